"""WL305: seed defects found with no false positive, silent on the clean corpus,
robust on adversarial input, and behaviour beyond the rule's examples."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from corpora import assert_seed
from wirelint.document import Document
from wirelint.rules.wl305_foreign_month import check


def test_seed():
    assert_seed(check, [])


@pytest.mark.parametrize("text", [
    "NASA's rover reached Mars 17 days later; the Mars mission.",
    "The 2 Mai brothers and 4 Mayo clubs.",
    "The race is on 17 May and the summit on March 3.",
    "Room 12 mars the view.",
])
def test_english_and_names_left_alone(text):
    assert check.run(Document(text)) == []


def test_ambiguous_word_fix_is_unsafe():
    (h,) = check.run(Document("They met on 12 mars in Lyon."))
    assert h.safe is False and h.replacement == "12 March" and h.language == "fr"


def test_german_day_with_full_stop():
    text = "Am 3. Mai and on 4. Juli."
    hits = check.run(Document(text))
    assert [text[h.start : h.end] for h in hits] == ["3. Mai", "4. Juli"]
    assert {h.language for h in hits} == {"de"}


@given(st.lists(st.sampled_from(["1", "12", "31", "2024", "3.", "1er", " ", "\u00a0", "de ", "mars", "Mars", "MARS",
                                  "März", "mai", "juin", "people", "million", ",", ".", "-", "x", "enero", "on "]),
                max_size=14))
def test_screened_matches_equal_the_full_pattern(parts):
    from wirelint.rules.wl305_foreign_month import _matches, pattern

    text = "".join(parts)
    assert [m.span() for m in _matches(text)] == [m.span() for m in pattern().finditer(text)]
