"""Shared helpers for the Markdown and HTML tests: lint a string as a file of a given type."""

from __future__ import annotations

import re

from wirelint.config import Settings
from wirelint.formats import to_document
from wirelint.linter import lint_document
from wirelint.registry import rule_by_key
from wirelint.rule import Hit, rule

SETTINGS = Settings()


def lint(source: str, path: str, rules=None, **kw):
    doc = to_document(source, path, **kw)
    rules = rules if rules is not None else (rule_by_key("WL301"),)
    result = lint_document(doc, SETTINGS, rules=tuple(rules))
    assert result.errors == []
    return doc, result.findings


def places(findings):
    return [(f.line, f.column, f.end_column) for f in findings]


def fake_rule(pattern: str, replacement: str | None, code: str = "WL999"):
    """A test-only rule: flag every match of ``pattern`` in doc.text, fix it with ``replacement``."""
    rx = re.compile(pattern)

    @rule(code=code, name="fake-rule", category="test", summary="test only", fix="safe")
    def check(doc, options):
        for m in rx.finditer(doc.text):
            yield Hit(m.start(), m.end(), "fake", replacement=replacement)

    return check
