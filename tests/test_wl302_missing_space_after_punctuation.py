"""WL302: seed defects found with no false positive, silent on the clean corpus,
robust on adversarial input, and behaviour beyond the rule's examples."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpora import assert_seed
from wirelint.document import Document
from wirelint.rules.wl302_missing_space_after_punctuation import check


def test_seed():
    assert_seed(check, ['S18', 'S20'])


def test_fix_inserts_one_space():
    text = "He left the class.After that he ran."
    (h,) = check.run(Document(text))
    assert text[h.start : h.end] == "class.After" and h.replacement == "class. After"


@pytest.mark.parametrize("text", [
    "See www.Example.Com/News.Today for details.",
    "Mail press.Office@un.org or visit gov.uk.",
    "Shares of Yahoo!Finance rose; the show Jeopardy!Champions aired.",
    "J.R.R. Tolkien and C.S. Lewis met at Oxford.",
    "The files are budget.docx and Report.Pdf.",
])
def test_left_alone(text):
    assert check.run(Document(text)) == []


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["the", "Then", "U", "S", "N", ".", ",", ";", "!", "?", " ", "x" * 31, "word", "McAllen",
                                  "é", "’", "1", "_", "@", "-", "AB", "ABC", "ly"]), max_size=20))
def test_screened_matches_equal_the_full_pattern(parts):
    from wirelint.rules.wl302_missing_space_after_punctuation import PATTERN, _matches

    text = "".join(parts)
    assert [m.span() for m in _matches(text)] == [m.span() for m in PATTERN.finditer(text)]
