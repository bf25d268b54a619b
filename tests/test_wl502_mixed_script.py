"""wl502_mixed_script: the seed article, the clean corpus and adversarial input."""


from corpora import seed_hits

from wirelint.document import Document
from wirelint.rules.wl502_mixed_script import check as RULE


def test_seed_has_no_false_positive():
    _doc, tp, fp = seed_hits(RULE)
    assert fp == []


def test_homoglyph_fix_and_native_script_words():
    text = "The Ministry of Defenсe (Министерство обороны) said."
    (hit,) = RULE.run(Document(text))
    assert text[hit.start : hit.end] == "\u0441" and hit.replacement == "c"


def test_unmapped_letter_has_no_fix():
    (hit,) = RULE.run(Document("Moпday"))
    assert hit.replacement is None
