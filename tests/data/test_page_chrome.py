"""The page-chrome phrase table: required fields, known match kinds, no duplicates, phrases in
normal form, and every row's example line is reported by WL401."""

from __future__ import annotations

import pytest

from wirelint.document import Document
from wirelint.rules._data import load_tsv, tsv_records
from wirelint.rules.wl401_page_chrome import check, normalize

ROWS = tsv_records("page_chrome.tsv")
KINDS = {"line", "label", "lead", "token"}


def test_header_and_fields():
    assert load_tsv("page_chrome.tsv")[0] == ("phrase", "match", "example")
    for r in ROWS:
        assert r["phrase"] and r["example"], r
        assert r["match"] in KINDS, r


def test_no_duplicates():
    keys = [(r["phrase"], r["match"]) for r in ROWS]
    assert len(keys) == len(set(keys))


def test_phrases_are_in_normal_form():
    for r in ROWS:
        assert normalize(r["phrase"]) == r["phrase"], r["phrase"]


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['match']}:{r['phrase']}" for r in ROWS])
def test_example_line_is_reported(row):
    assert row["phrase"] in normalize(row["example"])
    text = f"The talks ended on Thursday, officials said.\n\n{row['example']}\n\nThe leaders met again on Friday."
    hits = check.run(Document(text))
    assert len(hits) == 1, [text[h.start : h.end] for h in hits]
    assert text[hits[0].start : hits[0].end] == row["example"]
    fixed = text[: hits[0].start] + hits[0].replacement + text[hits[0].end :]
    assert check.run(Document(fixed)) == []


@pytest.mark.parametrize("row", [r for r in ROWS if r["match"] != "token"], ids=lambda r: r["phrase"])
def test_phrase_inside_prose_is_not_reported(row):
    text = f"The minister said that {row['phrase']} was the phrase he heard most often during the long campaign."
    assert check.run(Document(text)) == []
