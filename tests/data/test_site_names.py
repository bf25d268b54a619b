"""The site-name table used by WL401: required fields, known kinds, no duplicates, and every
row's example headline has exactly its site-name suffix reported."""

from __future__ import annotations

import pytest

from wirelint.document import Document
from wirelint.rules._data import load_tsv, tsv_records
from wirelint.rules.wl401_page_chrome import is_site_name, site_table

ROWS = tsv_records("site_names.tsv")


def test_header_and_fields():
    assert load_tsv("site_names.tsv")[0] == ("name", "kind", "example")
    for r in ROWS:
        assert r["name"] and r["example"], r
        assert r["kind"] in {"site", "ending"}, r


def test_no_duplicates():
    keys = [(r["name"], r["kind"]) for r in ROWS]
    assert len(keys) == len(set(keys))


def test_endings_are_single_capitalised_words():
    _, endings = site_table()
    for e in endings:
        assert len(e.split()) == 1 and e[0].isupper(), e


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['kind']}:{r['name']}" for r in ROWS])
def test_example_suffix_is_reported(row):
    from wirelint.rules.wl401_page_chrome import check

    text = row["example"] + "\n\nThe talks ended on Thursday, officials said."
    hits = check.run(Document(text))
    assert len(hits) == 1
    suffix = text[hits[0].start : hits[0].end]
    assert row["example"].endswith(suffix)
    assert row["name"] in suffix and suffix.lstrip()[0] in "-–—|"
    fixed = text[: hits[0].start] + hits[0].replacement + text[hits[0].end :]
    assert check.run(Document(fixed)) == []


@pytest.mark.parametrize("row", [r for r in ROWS if r["kind"] == "site"], ids=lambda r: r["name"])
def test_site_names_are_names(row):
    assert is_site_name(row["name"])
    assert not is_site_name(f'"{row["name"]}"')
