"""The names rules (WL201, WL203) look only at candidate positions found with C-level passes.
These tests hold the shortcuts to the full pass they replace: the same tokens at any offset, the
same findings on any text, and the character tables they rely on."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wirelint.document import Document
from wirelint.registry import rule_by_key
from wirelint.rules import _names
from wirelint.rules import wl201_proper_noun_case as wl201
from wirelint.rules import wl203_foreign_transliteration as wl203

TOKEN_BITS = st.sampled_from([
    "a", "b", "Kyiv", "kyiv", "kyiv's", "’s", "'", "’", "-", " ", "  ", "\n", "\t", ".", ",", "5", "_",
    "é", "É", "ï", "Zürich", "zürich", "o'brien", "O'Brien", "a-b-c-d-e-f-g-h", "x-" * 40, "İ", "\u212a",
    "new delhi", "new-delhi", "New Delhi", "he’s", "He’s", "Kiew", "Kiev", "Choïgu", "Poutine", "Selenskyj",
    "jack colman", "Jack", "jack", "@kyiv", "www.kyiv.ua", "#kyiv", "data/kyiv_x", "Medvédev", "Andreïev",
    "Kuhrt", "kuhrt", "Moscou", "moscow", "reading", "Chicken Kiev", "Kievan Rus", "by ", "By ",
])
TEXTS = st.one_of(
    st.lists(st.one_of(TOKEN_BITS, st.text(max_size=6)), max_size=80).map("".join),
    st.text(max_size=300),
)


def _global(text):
    return {m.start(): m for m in _names.TOKEN_RE.finditer(text)}


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_tokens_at_any_offset_are_the_full_pass_tokens(text):
    full = _global(text)
    tokens = _names.Tokens(text)
    for p in range(len(text) + 1):
        m = tokens.at(p)
        expected = full.get(p)
        assert (m.span() if m else None) == (expected.span() if expected else None), p
    spans = sorted(m.span() for m in full.values())
    for x in range(len(text)):
        m = tokens.containing(x)
        cover = next((s for s in spans if s[0] <= x < s[1]), None)
        assert (m.span() if m else None) == cover, x
    order = sorted(full)
    for i, s in enumerate(order):
        nxt = tokens.next_after(full[s], " -")
        after = full[order[i + 1]] if i + 1 < len(order) else None
        ok = after is not None and after.start() == full[s].end() + 1 and text[full[s].end()] in " -"
        assert (nxt.span() if nxt else None) == (after.span() if ok else None)


def test_tokens_in_a_long_run_of_joined_words():
    text = "-".join(["ab"] * 500) + " kyiv " + "'".join(["x"] * 300)
    full = _global(text)
    tokens = _names.Tokens(text)
    assert [p for p in range(len(text)) if tokens.at(p)] == sorted(full)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_ascii_lower_runs(text):
    assert _names.ascii_lower_runs(text) == set(re.findall(r"[a-z]+", text))


def test_odd_lower_lists_every_character_that_lowercases_oddly():
    odd = [chr(c) for c in range(0x80, sys.maxunicode + 1)
           if len(chr(c).lower()) != 1 or chr(c).lower().isascii()]
    assert set(odd) <= set(_names.ODD_LOWER)


def _exhaustive_201(scan):
    return None


def _exhaustive_203(text, tokens, table):
    return [m for m in _names.TOKEN_RE.finditer(text) if m.group()[0].isupper()]


def _run_both(monkeypatch, code, text, options=None):
    rule = rule_by_key(code)
    fast = [(h.start, h.end, h.message, h.replacement, h.safe) for h in rule.run(Document(text), options)]
    with monkeypatch.context() as m:
        m.setattr(wl201, "_candidates", _exhaustive_201)
        m.setattr(wl203, "_candidates", _exhaustive_203)
        full = [(h.start, h.end, h.message, h.replacement, h.safe) for h in rule.run(Document(text), options)]
    return fast, full


ARTICLE_BITS = st.sampled_from([
    "The minister met officials in kyiv on Monday. ", "Kuhrt said the deal held; kuhrt disagreed. ",
    "\n\njack colman\n\nWith a penchant for words, jack began writing. ", "He’s in new delhi, he’s said. ",
    "Strikes hit Kiev overnight. The mayor of Kyiv spoke. ", "Poutine met Selenskyj in Moscou. ",
    "Dmitry Medvédev and Viktor Andreïev spoke. ", "See www.kyiv.ua or @kyiv. ", "Zoë and zoë. ",
    "Élysée officials, élysée staff. ", "Officials at the Élysée said élysée staff left. ", "O'Brien and o'brien. ", "reading in Reading. ", "\n",
    "Chicken Kiev and Kievan Rus. ", "McAllen and mcallen's mayor. ", "NEW DELHI, new-delhi's. ",
])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.lists(st.one_of(ARTICLE_BITS, TOKEN_BITS, st.text(max_size=8)), max_size=40).map("".join))
def test_candidate_pass_finds_what_the_full_pass_finds(monkeypatch, text):
    for code, options in (("WL201", None), ("WL203", None), ("WL203", {"legacy": "always"})):
        fast, full = _run_both(monkeypatch, code, text, options)
        assert fast == full, code
    # The one-pass search WL201 uses when there are many candidate words, and the full lookup
    # of capitalised words it uses after many look-ups.
    with monkeypatch.context() as m:
        m.setattr(wl201, "MAX_KEYS", 0)
        m.setattr(wl201, "MAX_LOOKUPS", 1)
        fast, full = _run_both(monkeypatch, "WL201", text)
    assert fast == full


@pytest.mark.parametrize("code", ["WL201", "WL203"])
def test_candidate_pass_on_the_clean_corpus_and_its_damaged_copies(monkeypatch, code, clean_texts):
    for text in clean_texts[:12]:
        for variant in (text, text.lower(), re.sub(r"\b([A-Z])(\w+)", lambda m: m.group().lower(), text[: len(text) // 2]) + text[len(text) // 2 :]):
            fast, full = _run_both(monkeypatch, code, variant)
            assert fast == full


@pytest.fixture(scope="module")
def clean_texts():
    from conftest import CLEAN_DIR
    return [p.read_text(encoding="utf-8") for p in sorted(CLEAN_DIR.glob("*.txt"))]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["a", "kyiv", " ", "\n", "@", "/", "\\", "_", "=", "#", "$", "www.", "ww", ".", "\u00a0", "\u2028", "x#y"]), max_size=40).map("".join))
def test_url_runs_from_markers_are_the_defined_runs(text):
    scan = wl201._Scan(Document(text), text, None, {}, [])
    assert scan.runs() == wl201._tech_runs(text)
