"""wirelint/rules/data/leftover_alternatives.tsv: renderings an engine offers for one word (WL102)."""

from __future__ import annotations

import re

import pytest

from wirelint.document import Document
from wirelint.linter import apply_fixes, stamp
from wirelint.registry import rule_by_key
from wirelint.rules._data import load_tsv, tsv_records

NAME = "leftover_alternatives.tsv"
RECORDS = tsv_records(NAME)
RULE = rule_by_key("WL102")


def test_header_and_required_fields():
    assert load_tsv(NAME)[0] == ("word", "alternative", "source")
    assert RECORDS
    for rec in RECORDS:
        assert re.fullmatch(r"[a-z]+", rec["word"]), rec
        assert re.fullmatch(r"[a-z]+", rec["alternative"]), rec
        assert rec["word"] != rec["alternative"], rec
        assert re.fullmatch(r"[a-z]{2}:.+", rec["source"]), rec


def test_no_duplicate_pairs_either_way():
    seen = set()
    for rec in RECORDS:
        pair = frozenset((rec["word"], rec["alternative"]))
        assert pair not in seen, rec
        seen.add(pair)


@pytest.mark.parametrize("rec", RECORDS, ids=lambda r: f"{r['word']}-{r['alternative']}")
def test_each_pair_is_certain_and_the_fix_leaves_nothing_to_flag(rec):
    for word, alt in ((rec["word"], rec["alternative"]), (rec["alternative"], rec["word"])):
        text = f"The ministers met on Monday after weeks of {word}. {alt}.\n\nThey meet again next week."
        doc = Document(text)
        hits = RULE.run(doc)
        assert len(hits) == 1 and f"alternative rendering of “{word}”" in hits[0].message, (word, alt, hits)
        fixed, _ = apply_fixes(text, [stamp(doc, RULE, h, RULE.severity) for h in hits], unsafe=True)
        assert fixed == text.replace(f" {alt}.", "", 1)
        assert RULE.run(Document(fixed)) == []
