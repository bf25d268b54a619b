"""Helpers for rule tests: the shared seed article and the clean corpus, found beside the repo."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wirelint.document import Document

REPO = Path(__file__).resolve().parents[1]
CLEAN_DIR = REPO / "tests" / "corpus" / "clean"


def _shared() -> Path | None:
    for base in (REPO.parent, REPO.parent.parent):
        if (base / "shared" / "corpus" / "seed-article.txt").exists():
            return base / "shared"
    return None


def seed():
    """(Document, expected defects) of the seed article, or skip the test."""
    shared = _shared()
    if shared is None:
        pytest.skip("the shared seed article is not beside the repository")
    text = (shared / "corpus" / "seed-article.txt").read_text(encoding="utf-8")
    expected = json.loads((shared / "corpus" / "seed-article.expected.json").read_text(encoding="utf-8"))
    return Document(text, "seed-article.txt"), expected["expected"]


def clean_docs() -> list[Document]:
    return [Document(p.read_text(encoding="utf-8"), p.name) for p in sorted(CLEAN_DIR.glob("*.txt"))]


def seed_hits(rule):
    """Hits of ``rule`` on the seed, split into (true positives by id, false positives)."""
    doc, expected = seed()
    tp, fp = {}, []
    for h in rule.run(doc):
        ids = [e["id"] for e in expected if h.start < e["end"] and e["start"] < h.end]
        if ids:
            for i in ids:
                tp.setdefault(i, []).append(h)
        else:
            fp.append(doc.text[h.start : h.end])
    return doc, tp, fp


ADVERSARIAL = [
    "",
    " ",
    "\x00\x01\x02\x7f\x80\x9f",
    "\ufffd" * 50,
    "a" * 100_000,
    "It " * 20_000,
    "officials " * 10_000 + "Chinese",
    "“" * 5000 + "”" * 5000,
    ("Xi, 70, " * 2000) + "It said.",
    "\u0301" * 3000,
    "Ã©" * 20_000,
    "Defenсe " * 5000,
    "\r\n\r\n".join(["It talks."] * 1000),
    "U.S. US " * 3000,
    "A\u0300\u0301\u0302\u0303" * 2000,
    "\ud800 lone surrogate",
]
