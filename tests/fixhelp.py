"""Test helpers for fixing: fake fixable rules (not registered) and byte-level comparisons."""

from __future__ import annotations

import re

from wirelint.config import Settings
from wirelint.document import Document
from wirelint.finding import Hit, Severity
from wirelint.linter import lint_document
from wirelint.registry import rule_by_key
from wirelint.rule import Rule


def _fake(code, name, pattern, replace, fix="safe"):
    rx = re.compile(pattern)

    def check(doc, options):
        for m in rx.finditer(doc.text):
            yield Hit(m.start(), m.end(), f"fake {name}", replacement=replace(m))

    return Rule(code=code, name=name, category="test", severity=Severity.WARNING, summary=name, check=check, fix=fix)


TYPO = _fake("WL991", "fake-typo", r"\bteh\b", lambda m: "the")
INSERT = _fake("WL992", "fake-insert-space", r"(?<=;)(?=[A-Za-z])", lambda m: " ")
DOUBLE = _fake("WL993", "fake-double-space", r"  ", lambda m: " ")
UNSAFE = _fake("WL994", "fake-unsafe-upper", r"\bxx\b", lambda m: "XX", fix="unsafe")
NEWLINE = _fake("WL995", "fake-split-line", r"//", lambda m: "\n")


def fixable_rules():
    """Every fixable rule in the registry, plus the fakes."""
    from wirelint.registry import all_rules

    return tuple(r for r in all_rules() if r.fixable) + (TYPO, INSERT, DOUBLE, UNSAFE, NEWLINE)


def linter(rules):
    def lint(text):
        return lint_document(Document(text, "x.txt"), Settings(), rules=rules).findings

    return lint


def wl301():
    return rule_by_key("WL301")


def merged(spans):
    """Merge closed intervals that overlap or touch."""
    out = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return out


def assert_edits_inside(edits, applied):
    spans = merged((a.start, a.end) for a in applied)
    for ed in edits:
        assert any(s <= ed.start and ed.end <= e for s, e in spans), (ed, spans)


def assert_bytes_outside_edits(src, fixed_bytes, edits, enc):
    """The fixed bytes equal the original bytes outside the edits, gap by gap."""
    assert fixed_bytes.startswith(src.bom)
    old, new = src.raw[len(src.bom) :], fixed_bytes[len(src.bom) :]
    o = n = pos = 0
    for ed in edits:
        gap = len(src.text[pos : ed.start].encode(enc))
        assert old[o : o + gap] == new[n : n + gap]
        o += gap + len(src.text[ed.start : ed.end].encode(enc))
        n += gap + len(ed.text.encode(enc))
        pos = ed.end
    assert old[o:] == new[n:]
