"""Every rule, on real text: no finding on the seed article that overlaps no expected defect,
no finding at all from a default-on rule on the clean news corpus, and no crash, span outside
the text or runaway time on adversarial input."""

from __future__ import annotations

import time

import pytest

from corpora import ADVERSARIAL, clean_errata, clean_texts, is_erratum, seed_hits
from wirelint.document import Document
from wirelint.registry import all_rules

RULES = [pytest.param(r, id=r.code) for r in all_rules()]
DEFAULT_RULES = [pytest.param(r, id=r.code) for r in all_rules() if r.default]


@pytest.mark.parametrize("rule", RULES)
def test_no_false_positive_on_the_seed(rule):
    doc, _, fp = seed_hits(rule)
    assert [doc.text[h.start : h.end] for h in fp] == []


@pytest.mark.parametrize("rule", DEFAULT_RULES)
def test_default_rule_is_silent_on_clean_news(rule):
    texts = clean_texts()
    assert len(texts) >= 30, "the clean corpus is missing"
    found = [(name, text[h.start : h.end]) for name, text in texts for h in rule.run(Document(text, name))]
    assert [f for f in found if not is_erratum(f[0], rule.code, f[1])] == []
    # Every real error listed for this rule is still found (the errata list cannot go stale).
    for e in clean_errata():
        if e["code"] == rule.code:
            assert (e["file"], e["text"]) in found, e


@pytest.mark.parametrize("rule", RULES)
def test_adversarial_input(rule):
    for text in ADVERSARIAL:
        t0 = time.perf_counter()
        hits = rule.run(Document(text))
        took = time.perf_counter() - t0
        assert took < 5, f"{rule.code} took {took:.2f}s on {text[:20]!r}…"
        for h in hits:
            assert 0 <= h.start <= h.end <= len(text)
