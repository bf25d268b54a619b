"""Property-based tests of fixing, generic over every fixable rule (the registry's and fakes):
random copy with injected artifacts, in LF/CRLF/CR and UTF-8/BOM/UTF-16 variants."""

from __future__ import annotations

import codecs
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fixhelp import assert_bytes_outside_edits, assert_edits_inside, fixable_rules, linter
from wirelint.fix import fix_source, fix_text
from wirelint.linter import apply_fixes
from wirelint.source import decode

WORDS = ["the", "teh", "minister", "said", "Choïgu", "Kyiv", "2024", "xx", "€60", "😀", "naïve", "US", "a", "q"]
ARTIFACTS = [" ,", " .", " :", " ;", " !", " ?", "\u00a0:", "\u202f?", "  ", "   ", ";", "//", " ... ", "3 : 2", ".45"]
GLUE = [" ", " ", " ", ", ", ". ", "\n", "\n\n", "“", "”", "\t"]

tokens = st.lists(st.sampled_from(WORDS + ARTIFACTS + GLUE), min_size=0, max_size=60).map("".join)
NEWLINES = st.sampled_from(["\n", "\r\n", "\r"])
ENCODINGS = st.sampled_from([("utf-8", b""), ("utf-8", codecs.BOM_UTF8), ("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE)])

RULES = fixable_rules()


def _kinds(text: str) -> set[str]:
    return set(re.findall(r"\r\n|\r|\n", text))


LINT = linter(RULES)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(tokens, st.booleans())
def test_changes_stay_inside_reported_spans(text, unsafe):
    res = fix_text(text, LINT, unsafe=unsafe)
    assert_edits_inside(res.edits, res.applied)
    rebuilt, pos = [], 0
    for ed in res.edits:
        assert ed.start >= pos
        rebuilt += [text[pos : ed.start], ed.text]
        pos = ed.end
    assert "".join(rebuilt) + text[pos:] == res.text


@SETTINGS
@given(tokens, st.booleans())
def test_fixing_is_idempotent_and_fixed_findings_do_not_return(text, unsafe):
    res = fix_text(text, LINT, unsafe=unsafe)
    assert res.stable
    again = fix_text(res.text, LINT, unsafe=unsafe)
    assert again.text == res.text and again.edits == [] and again.applied == []
    # nothing that a fix would still change is reported on the fixed text
    _, pending = apply_fixes(res.text, LINT(res.text), unsafe)
    assert pending == []


@SETTINGS
@given(tokens, NEWLINES, ENCODINGS)
def test_bytes_outside_fixes_survive_every_encoding_and_line_ending(text, newline, encoding):
    enc, bom = encoding
    raw = bom + text.replace("\n", newline).encode(enc)
    src = decode(raw)
    assert src.text == text.replace("\n", newline)
    out = fix_source(src, LINT)
    assert_bytes_outside_edits(src, out.data, out.result.edits, enc)
    again = decode(out.data)
    assert again.text == out.result.text and again.bom == src.bom
    if len(_kinds(src.text)) == 1:  # a fix that breaks a line uses the file's own line ending
        assert _kinds(again.text) == _kinds(src.text)
    assert fix_source(again, LINT).data == out.data
