"""Shared helpers for the tests of WL302-WL307, WL401 and WL402: the clean corpus, the seed
article and its expected defects, and adversarial inputs."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

from wirelint.document import Document

REPO = Path(__file__).resolve().parents[1]
CLEAN_FILES = sorted((REPO / "tests" / "corpus" / "clean").glob("*.txt"))


def _shared() -> Path | None:
    candidates = [os.environ.get("WIRELINT_SHARED"), REPO.parent / "shared", REPO.parents[1] / "shared"]
    for c in candidates:
        if c and (Path(c) / "corpus" / "seed-article.txt").exists():
            return Path(c)
    return None


def seed() -> tuple[str, list[dict]]:
    shared = _shared()
    if shared is None:
        pytest.skip("the shared seed article is not beside the repository")
    text = (shared / "corpus" / "seed-article.txt").read_text(encoding="utf-8")
    expected = json.loads((shared / "corpus" / "seed-article.expected.json").read_text(encoding="utf-8"))["expected"]
    return text, expected


def spans(rule, text: str) -> list[tuple[int, int]]:
    return sorted((h.start, h.end) for h in rule.run(Document(text)))


def assert_seed(rule, must_hit: list[str]) -> None:
    """The rule finds each listed seed defect and nothing outside the expected defects."""
    text, expected = seed()
    hits = spans(rule, text)
    by_id = {e["id"]: e for e in expected}
    for ident in must_hit:
        e = by_id[ident]
        assert any(s < e["end"] and e["start"] < t for s, t in hits), f"{rule.code} missed {ident} {e['flag']!r}"
    for s, t in hits:
        assert any(s < e["end"] and e["start"] < t for e in expected), f"{rule.code} false positive {text[s:t]!r}"


def clean_params():
    return [pytest.param(p, id=p.stem) for p in CLEAN_FILES]


def assert_clean(rule, path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    hits = spans(rule, text)
    assert hits == [], f"{rule.code} on clean copy: {[text[s:t] for s, t in hits]}"


ADVERSARIAL = [
    "",
    " ",
    "\n\n\n",
    "\x00\x01\x0c\u2028\u0085",
    "“" * 5000,
    "”" * 5000,
    '"' * 5000,
    "«»„“" * 2000,
    "a." * 20000 + "A",
    "class.After" * 5000,
    "the " * 20000,
    "a b c " * 10000,
    "1,5 " * 10000 + "%",
    "1 000 " * 10000,
    "17 mai " * 10000,
    "17. März " * 5000,
    "Read more\n" * 5000,
    "News Source :\n" * 5000,
    "Jane Doe / AP\n" * 5000,
    "Jane Doe Jane Doe Jane Doe / " * 2000 + "AP",
    "A" * 100000,
    "(" * 10000 + "Getty Images" + ")" * 10000,
    "Photo: " * 10000,
    "🙂 \u0301\u200f" * 1000,
]


def assert_robust(rule, budget: float = 2.0) -> None:
    for text in ADVERSARIAL:
        start = time.perf_counter()
        hits = rule.run(Document(text))
        took = time.perf_counter() - start
        assert took < budget, f"{rule.code} took {took:.2f}s on {text[:20]!r}…"
        for h in hits:
            assert 0 <= h.start <= h.end <= len(text)
