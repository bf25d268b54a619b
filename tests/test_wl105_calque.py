"""wl105_calque: the seed article, the clean corpus and adversarial input."""

import time

import pytest
from _corpus import ADVERSARIAL, clean_docs, seed_hits

from wirelint.document import Document
from wirelint.rules.wl105_calque import check as RULE


def test_seed_has_no_false_positive():
    _doc, tp, fp = seed_hits(RULE)
    assert fp == []


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
