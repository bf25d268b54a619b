"""The office words of WL402: required fields, no duplicates, each a capitalised word, and every
row's example is reported because of its word (the same credit naming a person alone is not)."""

from __future__ import annotations

import pytest

from wirelint.document import Document
from wirelint.rules._data import load_tsv, tsv_records
from wirelint.rules.wl402_photo_credit import check

ROWS = tsv_records("photo_offices.tsv")


def test_header_and_fields():
    assert load_tsv("photo_offices.tsv")[0] == ("name", "example")
    for r in ROWS:
        assert r["name"] and r["example"], r
        assert r["name"].isalpha() and r["name"][0].isupper(), r
        assert r["name"].lower() in r["example"].lower(), r


def test_no_duplicates():
    names = [r["name"] for r in ROWS]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("row", ROWS, ids=[r["name"] for r in ROWS])
def test_example_is_reported(row):
    text = row["example"] + "\n\nThe work ended on Friday."
    hits = check.run(Document(text))
    assert len(hits) == 1, [text[h.start : h.end] for h in hits]
    assert row["name"].lower() in text[hits[0].start : hits[0].end].lower()


@pytest.mark.parametrize("credit", ["Photo: Jane Doe", "Image: Jane Doe.", "(Photo: Jane Doe)", "(Image: Jane Doe)",
                                    "Image: unknown.", "Image: Voice of Harbour.", "Image: Jane j doe."])
def test_a_person_alone_is_not_reported(credit):
    text = f"The ship leaves the harbour. {credit}\n\nThe work ended on Friday."
    assert check.run(Document(text)) == []
