"""wl103_romance_word_order: the seed article, the clean corpus and adversarial input."""


from corpora import seed_hits

from wirelint.rules.wl103_romance_word_order import check as RULE


def test_seed_has_no_false_positive():
    _doc, tp, fp = seed_hits(RULE)
    assert fp == []
    assert "S06" in tp


def test_seed_fix_swaps_the_words():
    doc, tp, _ = seed_hits(RULE)
    (hit,) = tp["S06"]
    assert doc.text[hit.start : hit.end] == "officials Chinese"
    assert hit.replacement == "Chinese officials"
    assert hit.language == "fr"


def test_rule_fix_is_unsafe():
    assert RULE.fix == "unsafe"
