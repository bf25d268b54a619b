"""wl120_spun_phrase: the seed, the clean corpus, and adversarial input (each key word a candidate,
a name repeated without end, Title Case lines) in linear time."""

import time

import pytest
from corpora import ADVERSARIAL, seed_hits

from wirelint.document import Document
from wirelint.rules.wl105_calque import check as WL105
from wirelint.rules.wl120_spun_phrase import check as RULE

SHAPES = {
    "keys": "again home space occasions information management ",
    "spun-names": "the Affiliated Press and the White Home said ",
    "names": "Top Minister Top Minister ",
    "title-case": "Affiliated Press Reports On The White Home\n",
    "tells": "on the 10th, Among them, the relevant departments in my country ",
    "digits": "1 2 3 4 5 6 7 8 9 0 ",
}


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


@pytest.mark.parametrize("rule", [RULE, WL105], ids=["WL120", "WL105"])
@pytest.mark.parametrize("kind", sorted(SHAPES))
def test_shapes_scale_linearly(rule, kind):
    def cost(n):
        text = SHAPES[kind] * n
        t0 = time.perf_counter()
        rule.run(Document(text), {"include_review": True} if rule is WL105 else None)
        return time.perf_counter() - t0

    small, large = cost(300), cost(3000)
    assert large < 30 * small + 0.5, f"{kind}: {small:.3f}s -> {large:.3f}s"


def test_spun_names_repeated_are_each_reported():
    text = "The Affiliated Press said. " * 50
    assert len(RULE.run(Document(text))) == 50
