"""wl105_calque: the seed article, the clean corpus and adversarial input."""

import time

import pytest
from corpora import ADVERSARIAL, seed_hits

from wirelint.document import Document
from wirelint.rules.wl105_calque import check as RULE


def test_seed_has_no_false_positive():
    _doc, tp, fp = seed_hits(RULE)
    assert fp == []


@pytest.mark.parametrize("text", ADVERSARIAL, ids=range(len(ADVERSARIAL)))
def test_adversarial_input(text):
    t0 = time.perf_counter()
    hits = RULE.run(Document(text))
    assert time.perf_counter() - t0 < 5
    for h in hits:
        assert 0 <= h.start <= h.end <= len(text)
