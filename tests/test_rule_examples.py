"""Every rule's bad and good examples are tests: a bad example must be flagged exactly at its
marked spans (and fixed to its ``fixed`` text), a good example must not be flagged at all."""

from __future__ import annotations

import pytest

from wirelint.document import Document
from wirelint.linter import apply_fixes, stamp
from wirelint.registry import all_rules


def _cases():
    for rule in all_rules():
        n_bad = n_good = 0
        for ex in rule.examples:
            if ex.is_bad:
                n_bad += 1
                label = f"{rule.code}-bad-{n_bad}"
            else:
                n_good += 1
                label = f"{rule.code}-good-{n_good}"
            yield pytest.param(rule, ex, id=label)


@pytest.mark.parametrize("rule, example", list(_cases()))
def test_example(rule, example):
    doc = Document(example.text, "<example>")
    hits = rule.run(doc, example.options)
    spans = sorted({(h.start, h.end) for h in hits})
    if not example.is_bad:
        assert spans == [], f"{rule.code} flagged a good example at {[example.text[s:e] for s, e in spans]}"
        return
    expected = sorted(example.spans)
    assert spans == expected, (
        f"{rule.code} flagged {[example.text[s:e] for s, e in spans]}, "
        f"expected {[example.text[s:e] for s, e in expected]}"
    )
    if example.fixed is not None:
        findings = [stamp(doc, rule, h, rule.severity) for h in hits]
        fixed, _ = apply_fixes(example.text, findings, unsafe=True)
        assert fixed == example.fixed


def test_every_rule_has_bad_and_good_examples():
    for rule in all_rules():
        assert any(e.is_bad for e in rule.examples), f"{rule.code} has no bad example"
        assert any(not e.is_bad for e in rule.examples), f"{rule.code} has no good example"
        if rule.fixable:
            assert any(e.fixed is not None for e in rule.examples), f"{rule.code} is fixable but shows no fix"
