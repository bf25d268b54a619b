"""wl103_romance_word_order: the seed article, the clean corpus and adversarial input."""

import time

import pytest
from _corpus import ADVERSARIAL, clean_docs, seed_hits

from wirelint.document import Document
from wirelint.rules.wl103_romance_word_order import check as RULE


def test_seed_has_no_false_positive():
    _doc, tp, fp = seed_hits(RULE)
    assert fp == []
    assert "S06" in tp


def test_clean_corpus_is_silent():
    docs = clean_docs()
    assert docs, "no clean corpus"
    found = [(d.path, d.text[h.start : h.end]) for d in docs for h in RULE.run(d)]
    assert found == []


@pytest.mark.parametrize("text", ADVERSARIAL, ids=range(len(ADVERSARIAL)))
def test_adversarial_input(text):
    t0 = time.perf_counter()
    hits = RULE.run(Document(text))
    assert time.perf_counter() - t0 < 5
    for h in hits:
        assert 0 <= h.start <= h.end <= len(text)


def test_seed_fix_swaps_the_words():
    doc, tp, _ = seed_hits(RULE)
    (hit,) = tp["S06"]
    assert doc.text[hit.start : hit.end] == "officials Chinese"
    assert hit.replacement == "Chinese officials"
    assert hit.language == "fr"


def test_rule_fix_is_unsafe():
    assert RULE.fix == "unsafe"
