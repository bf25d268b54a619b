"""WL103 tries its pattern only just before a demonym; that must find exactly what a scan of
the whole text finds, overlapping and adjacent candidates included."""

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from wirelint.rules import wl103_romance_word_order as wl103
from wirelint.rules.wl103_romance_word_order import _matches, _pattern, _screen


def _spans(ms):
    return [(m.start(), m.end(), m.group("noun"), m.group("dem"), m.group("next")) for m in ms]


def test_screen_applies_to_the_shipped_word_lists():
    assert _screen() is not None


def test_screened_matches_equal_a_full_scan():
    rng = random.Random(103)
    words = ["officials", "Officials", "OFFICIALS", "troops", "soldiers", "authorities", "Chinese",
             "Russian", "South", "Korean", "South Korean", "said", "that", "the", "-", "’", "officials-",
             "x", "Iranian", "allegedly", "\n", "\t", ",", ".", "diplomats", "American"]
    for _ in range(3000):
        text = "".join(rng.choice(words) + rng.choice([" ", " ", "  ", "", "\n", ". "]) for _ in range(rng.randint(0, 14)))
        assert _spans(_matches(text)) == _spans(_pattern().finditer(text)), text
    assert any(_spans(_matches("The officials Chinese said that soldiers Russian officials Iranian left.")))


PIECES = ["officials", "Officials", "OFFICIALS", "troops", "subofficials", "companies", "firms", "x-officials",
          "Chinese", "South Korean", "South", "Korean", "French-backed", "Germany", "German", "Zürich", "officialſ",
          " ", " ", " ", "  ", ", ", ". ", "\n", "’", "'", "-", "said", "that", "in", "Kyiv", "é", "_", "9"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30))
def test_screened_matches_equal_the_full_pattern(parts):
    text = "".join(parts)
    want = [(m.span(), m.groupdict()) for m in wl103._pattern().finditer(text)]
    got = [(m.span(), m.groupdict()) for m in wl103._matches(text)]
    assert got == want


def test_real_sentences():
    text = ("He told officials Chinese that talks failed. Officials South Korean met troops Ukrainian, "
            "and subofficials Chinese did not. The firms German-owned were sold; companies French.")
    want = [m.span() for m in wl103._pattern().finditer(text)]
    assert [m.span() for m in wl103._matches(text)] == want
    assert len(want) >= 4
