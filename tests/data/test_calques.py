"""calques.tsv: required fields, no duplicates, every pattern compiles, flags its own example and
does not flag its own idiomatic replacement."""

import re

import pytest

from wirelint.document import Document
from wirelint.rules._data import tsv_records
from wirelint.rules.wl105_calque import check

ROWS = tsv_records("calques.tsv")
NESTED = re.compile(r"\([^()]*[+*]\)[+*{]")  # (a+)+ shapes: the data must stay linear-time


def test_table_is_not_empty():
    assert len(ROWS) >= 20


@pytest.mark.parametrize("row", ROWS, ids=[r["pattern"] for r in ROWS])
def test_row(row):
    for field in ("pattern", "idiomatic", "language", "note", "example"):
        assert row[field], f"{row['pattern']!r} lacks {field}"
    assert set(row["language"].split(",")) <= {"fr", "es", "de", "it", "pt"}
    assert not NESTED.search(row["pattern"])
    pattern = re.compile(rf"(?<![\w-])(?:{row['pattern']})(?![\w-])", re.IGNORECASE)
    assert pattern.search(row["example"]), f"{row['pattern']!r} misses its example"
    hits = check.run(Document(row["example"]))
    assert hits, "the rule does not flag the row's example"
    for alternative in re.split(r"\s*/\s*", row["idiomatic"].replace("…", "").strip()):
        assert not pattern.search(alternative), f"replacement {alternative!r} is itself flagged"


def test_no_duplicate_patterns():
    patterns = [r["pattern"].lower() for r in ROWS]
    assert len(patterns) == len(set(patterns))
