"""wl502_mixed_script: the seed article, the clean corpus and adversarial input."""

from corpora import seed_hits
from hypothesis import given
from hypothesis import strategies as st

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


@given(st.text(alphabet=st.sampled_from(list("ab Z9’“—\u00a0\néßЖаα\u0301\u0300_-μ")), max_size=80))
def test_words_read_are_the_pattern_s_words_outside_ascii(text):
    from wirelint.rules.wl502_mixed_script import WORD_RE, _words

    want = [m.span() for m in WORD_RE.finditer(text) if not m.group().isascii()]
    assert [m.span() for m in _words(text) if not m.group().isascii()] == want
