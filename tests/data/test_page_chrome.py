"""The page-chrome phrase table: required fields, known match kinds, no duplicates, phrases in
normal form, every row's example line is reported by WL401 (and only that line), and no phrase
is reported inside a prose sentence."""

from __future__ import annotations

import pytest

from wirelint.document import Document
from wirelint.rules._chrome import KINDS, normalize, table
from wirelint.rules._data import load_tsv, tsv_records
from wirelint.rules.wl401_page_chrome import check

ROWS = tsv_records("page_chrome.tsv")
BEFORE = "The talks ended on Thursday, officials said.\n\n"
AFTER = "\n\nThe leaders met again on Friday."


def test_header_and_fields():
    assert load_tsv("page_chrome.tsv")[0] == ("phrase", "match", "example")
    for r in ROWS:
        assert r["phrase"] and r["example"], r
        assert r["match"] in KINDS, r


def test_no_duplicates():
    keys = [(r["phrase"], r["match"]) for r in ROWS]
    assert len(keys) == len(set(keys)), sorted(k for k in keys if keys.count(k) > 1)


def test_phrases_are_in_normal_form():
    for r in ROWS:
        assert normalize(r["phrase"]) == r["phrase"], r["phrase"]


def test_verbs_and_ui_words_are_single_words():
    for r in ROWS:
        if r["match"] in ("verb", "ui", "token"):
            assert len(r["phrase"].split()) <= 2, r


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['match']}:{r['phrase']}" for r in ROWS])
def test_example_line_is_reported(row):
    words = normalize(row["example"]).split()
    if row["match"] == "verb":
        assert words[0] == row["phrase"], row  # the example opens with the verb
    else:
        assert f" {row['phrase']} " in f" {' '.join(words)} ", row
    text = BEFORE + row["example"] + AFTER
    hits = check.run(Document(text))
    assert len(hits) == 1, [text[h.start : h.end] for h in hits]
    assert text[hits[0].start : hits[0].end].strip() == row["example"]
    fixed = text[: hits[0].start] + hits[0].replacement + text[hits[0].end :]
    assert fixed == BEFORE + AFTER.lstrip("\n")  # the line goes with its line ending: no blank-line run
    assert check.run(Document(fixed)) == []


@pytest.mark.parametrize("row", [r for r in ROWS if r["match"] in ("line", "label", "lead")], ids=lambda r: r["phrase"])
def test_phrase_inside_prose_is_not_reported(row):
    text = f"The minister said that {row['phrase']} was the phrase he heard most often during the long campaign."
    assert check.run(Document(text)) == []


@pytest.mark.parametrize("row", [r for r in ROWS if r["match"] == "contains"], ids=lambda r: r["phrase"])
def test_notice_inside_a_long_paragraph_is_not_reported(row):
    text = (
        "The minister spoke for an hour about the war, the economy and the coming elections, and he said that "
        f"the words {row['phrase']} had been on a sign he saw in the capital, which he described at length to the "
        "reporters who had gathered outside the ministry on a cold and windy morning in the last week of March."
    )
    assert len(text.split()) > 40
    assert check.run(Document(text)) == []


@pytest.mark.parametrize("row", [r for r in ROWS if r["match"] in ("verb", "ui")], ids=lambda r: f"{r['match']}:{r['phrase']}")
def test_verbs_and_ui_words_in_prose_are_not_reported(row):
    text = f"Officials said the word {row['phrase']} appeared in the company's filing on Thursday, and that the case was closed."
    assert check.run(Document(text)) == []


def test_table_groups_every_kind():
    assert set(table()) == set(KINDS)
    assert all(table()[k] for k in KINDS)
