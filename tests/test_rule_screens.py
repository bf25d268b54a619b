"""Rules that try their pattern only where a quick scan says it can match must find exactly what
the pattern finds over the whole text (WL302, WL402 and WL502 screens)."""

import random
import re

import pytest

from wirelint.rules import wl302_missing_space_after_punctuation as wl302
from wirelint.rules import wl402_photo_credit as wl402
from wirelint.rules import wl502_mixed_script as wl502

PIECES = ["the", "group", "In", "addition", "Mr", "U", "S", "Amazon", "Com", "TDA", "a", "B", "Photo",
          "Reuters", "AP", "AFP", "via", "Getty Images", "Jane Doe", "/", " / ", ".", ",", ";", "!", "?",
          " ", " ", "  ", "\n", "\r\n", "\u00a0", ":", "(", ")", "©", "Credit", "Image", "é", "Ёж", "pаris",
          "\u0301", "x\u0301\u0302\u0303", "mixеd", "-", "’", "Courtesy of ", "Image source, ", " by ", " - staff, ",
          "CC BY-SA 4.0", "Unsplash", " | ", "photo", "instagram/x_y", "Jane Doe"]


def _texts(seed: int, n: int = 2500):
    rng = random.Random(seed)
    for _ in range(n):
        yield "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 30)))


def _spans(ms):
    return [(m.start(), m.end(), m.groups()) for m in ms]


def test_wl302_screen_matches_full_scan():
    found = 0
    for text in _texts(302):
        full = _spans(wl302.PATTERN.finditer(text))
        assert _spans(wl302._matches(text)) == full, text
        found += bool(full)
    assert found > 50


@pytest.mark.parametrize("kind", wl402.KINDS)
def test_wl402_screen_matches_full_scan(kind):
    pattern = dict(wl402.patterns())[kind]
    for text in _texts(402):
        assert _spans(wl402._finditer(kind, pattern, text)) == _spans(pattern.finditer(text)), text


def test_wl402_screens_see_credits():
    pattern = dict(wl402.patterns())["name-slash"]
    assert _spans(wl402._finditer("name-slash", pattern, "Text.\nSergey Guneyev / AP\nMore."))


def test_wl502_words_match_full_scan():
    found = 0
    for text in _texts(502):
        full = [m.span() for m in wl502.WORD_RE.finditer(text) if not m.group().isascii()]
        assert [m.span() for m in wl502._words(text) if not m.group().isascii()] == full, text
        found += bool(full)
    assert found > 50


def test_wl307_only_letters_lower_case_to_ascii_letters():
    """WL307 reads the keys of ASCII-lettered text from text.lower(): that needs every character
    lower-casing to an ASCII letter to be a letter itself (A-Z, and two non-ASCII ones)."""
    import sys

    from wirelint.rules._names import NON_ASCII_LETTERS_RE

    to_ascii = [c for c in map(chr, range(sys.maxunicode + 1)) if c.lower() != c and any("a" <= x <= "z" for x in c.lower())]
    assert len(to_ascii) >= 26
    assert all(re.fullmatch(r"[^\W\d_]", c) for c in to_ascii)
    assert [c for c in to_ascii if not c.isascii()] == [c for c in to_ascii if NON_ASCII_LETTERS_RE.match(c)]


def test_wl307_doubles_match_full_scan():
    from wirelint.document import Document
    from wirelint.rules import wl307_repeated_word as wl307
    from wirelint.rules._names import NON_ASCII_LETTERS_RE

    rng = random.Random(307)
    words = ["the", "The", "THE", "to", "was", "it’s", "It’s", "don't", "a", "x", "Walla", "mahi",
             "é", "été", "Été", "ſ"]
    seps = [" ", " ", "  ", "\n", "\n\n", ". ", ", ", "-", "’", "“", "” ", "\t", "\u00a0", "3"]
    found = 0
    for _ in range(3000):
        text = "".join(rng.choice(words) + rng.choice(seps) for _ in range(rng.randint(0, 16)))
        doc = Document(text)
        ascii_letters = NON_ASCII_LETTERS_RE.search(text) is None
        keyed = wl307._sentence_keys(doc, ascii_letters)
        got = [m.span() for m in wl307._doubles(text, keyed, ascii_letters)]
        full = [m.span() for m in wl307.DOUBLE_RE.finditer(text)]
        assert got == full, text
        found += bool(full)
    assert found > 100


def test_wl301_screen_matches_full_scan():
    from wirelint.rules import wl301_space_before_punctuation as wl301

    found = 0
    for text in _texts(301):
        full = _spans(wl301.PATTERN.finditer(text))
        assert _spans(wl301._matches(text)) == full, text
        found += bool(full)
    assert found > 50


def test_wl305_screen_matches_full_scan():
    from wirelint.rules import wl305_foreign_month as wl305

    rng = random.Random(305)
    pieces = ["3", "12", "31", "1er", "3.", " ", "\u00a0", "de ", "mars", "Mai", "juin", "Juni", "enero", "x",
              "-", ",", ":", "/", "2024", "\n", "le ", "on ", "Mars"]
    found = 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        full = _spans(wl305.pattern().finditer(text))
        assert _spans(wl305._matches(text)) == full, text
        found += bool(full)
    assert found > 5
