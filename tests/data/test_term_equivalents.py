"""wirelint/rules/data/term_equivalents.tsv: groups of renderings of one idiom (WL101)."""

from __future__ import annotations

import re
from collections import defaultdict

import pytest

from wirelint.document import Document
from wirelint.registry import rule_by_key
from wirelint.rules import wl101_term_drift as wl101
from wirelint.rules._data import load_tsv, tsv_records

NAME = "term_equivalents.tsv"
RECORDS = tsv_records(NAME)
GROUPS: dict[str, list[str]] = defaultdict(list)
for _rec in RECORDS:
    GROUPS[_rec["group"]].append(_rec["term"])


def test_header_and_required_fields():
    assert load_tsv(NAME)[0] == ("group", "term", "source")
    assert RECORDS
    for rec in RECORDS:
        assert all(rec[k] for k in ("group", "term", "source")), rec
        assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", rec["group"]), rec
        assert re.fullmatch(r"[a-z]{2}:.+", rec["source"]), f"source needs a language code: {rec}"


def test_terms_are_short_lower_case_terms():
    for rec in RECORDS:
        term = rec["term"]
        assert term == term.strip() and term[0].islower(), rec
        assert 1 <= len(wl101._words(term)) <= wl101.MAX_WORDS, rec


def test_no_duplicate_renderings():
    seen = {}
    for rec in RECORDS:
        key = wl101._analyse(rec["term"])[0]
        assert key not in seen, f"{rec['term']!r} duplicates {seen[key]!r} (same words after normalising)"
        seen[key] = rec["term"]


def test_every_group_has_two_renderings_and_a_single_source_language():
    for group, terms in GROUPS.items():
        assert len(terms) >= 2, group


@pytest.mark.parametrize("group", sorted(GROUPS))
def test_rule_reports_each_other_rendering_of_a_group(group):
    first, *others = GROUPS[group]
    rule = rule_by_key("WL101")
    for other in others:
        text = f"Officials spoke of a “{first}” policy. Critics said the “{other}” policy would fail."
        found = [text[h.start : h.end] for h in rule.run(Document(text))]
        assert found == [other], (first, other, found)


def test_renderings_of_different_groups_are_not_confused():
    rule = rule_by_key("WL101")
    names = sorted(GROUPS)
    for a, b in zip(names, names[1:]):
        text = f"Officials spoke of a “{GROUPS[a][0]}” policy. Critics said the “{GROUPS[b][0]}” policy would fail."
        assert rule.run(Document(text)) == [], (a, b)
