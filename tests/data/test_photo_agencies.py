"""The photo agency table: required fields, known kinds, no duplicates, and every row's example
credit is reported by WL402 at the end of a caption, while the bare name in prose is not."""

from __future__ import annotations

import pytest

from wirelint.document import Document
from wirelint.rules._data import load_tsv, tsv_records
from wirelint.rules.wl402_photo_credit import check

ROWS = tsv_records("photo_agencies.tsv")


def test_header_and_fields():
    assert load_tsv("photo_agencies.tsv")[0] == ("name", "kind", "example")
    for r in ROWS:
        assert r["name"] and r["example"], r
        assert r["kind"] in ("photo", "wire", "other"), r
        assert r["name"] in r["example"], r


def test_no_duplicates():
    names = [r["name"] for r in ROWS]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("row", ROWS, ids=[r["name"] for r in ROWS])
def test_example_credit_is_reported(row):
    text = f"Leaders meet in the capital on Thursday. {row['example']}\n\nThe talks went on for hours."
    hits = check.run(Document(text))
    assert [text[h.start : h.end] for h in hits] == [row["example"]]


@pytest.mark.parametrize("row", [r for r in ROWS if r["kind"] in ("wire", "other")], ids=lambda r: r["name"])
def test_wire_name_in_prose_is_not_reported(row):
    text = f"The minister told {row['name']} on Thursday that the talks would go on.\n\nShe spoke to {row['name']}"
    assert check.run(Document(text)) == []
