"""WL306: seed defects found with no false positive, silent on the clean corpus,
robust on adversarial input, and behaviour beyond the rule's examples."""

from __future__ import annotations


from corpora import assert_seed, seed, spans
from wirelint.document import Document
from wirelint.rules.wl306_unbalanced_quote import check


def test_seed():
    assert_seed(check, ['S07'])


def test_seed_span_is_the_mark_and_first_word():
    text, _ = seed()
    hits = spans(check, text)
    assert (2413, 2419) in hits


def test_straight_inches_are_not_quotes():
    assert check.run(Document('He is 6\'2" tall.\n\nThe 55" screen.')) == []


def test_continued_quotation_at_document_end_is_reported():
    text = "“First paragraph runs on,\n\nAnd this one has no mark."
    assert [text[s:e] for s, e in spans(check, text)] == ["“First"]
