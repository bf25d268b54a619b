"""The foreign month table: required fields, no duplicates, real English months, and no
replacement that the rule would flag again; every row is found in a date."""

from __future__ import annotations

import calendar

import pytest

from wirelint.document import Document
from wirelint.rules._data import load_tsv, tsv_records
from wirelint.rules.wl305_foreign_month import check

ROWS = tsv_records("foreign_months.tsv")
ENGLISH = set(calendar.month_name[1:])


def test_header_and_fields():
    assert load_tsv("foreign_months.tsv")[0] == ("word", "english", "languages", "ambiguous")
    assert len(ROWS) >= 40
    for r in ROWS:
        assert all(r[k] for k in ("word", "english", "languages", "ambiguous")), r
        assert r["english"] in ENGLISH, r
        assert set(r["languages"].split()) <= {"fr", "de", "es", "it"}, r
        assert r["ambiguous"] in ("yes", "no"), r
        assert r["word"].lower() != r["english"].lower(), f"{r['word']} is the English name"


def test_no_duplicate_words():
    words = [r["word"] for r in ROWS]
    assert len(words) == len(set(words))


def test_each_language_has_twelve_months_or_english_twins():
    for lang in ("fr", "es", "it"):
        covered = {r["english"] for r in ROWS if lang in r["languages"].split()}
        assert len(covered) >= 11, (lang, ENGLISH - covered)


@pytest.mark.parametrize("row", ROWS, ids=[r["word"] for r in ROWS])
def test_row_is_found_and_its_fix_is_clean(row):
    word = row["word"]
    day = "17." if word[0].isupper() else "17"
    text = f"The meeting was held on {day} {word} in the capital."
    hits = check.run(Document(text))
    assert len(hits) == 1 and text[hits[0].start : hits[0].end] == f"{day} {word}"
    fixed = text[: hits[0].start] + hits[0].replacement + text[hits[0].end :]
    assert fixed == f"The meeting was held on 17 {row['english']} in the capital."
    assert check.run(Document(fixed)) == []
