"""Where the shared seed article is: /work/shared for a worktree two levels below /work, or
../shared beside CI's clone. Tests that need it skip cleanly when it is absent."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CANDIDATES = (ROOT.parent / "shared", ROOT.parent.parent / "shared")


def shared_corpus() -> Path | None:
    for base in CANDIDATES:
        if (base / "corpus" / "seed-article.txt").exists():
            return base / "corpus"
    return None


def seed():
    """(text, expected defects) of the seed article, or skip the test."""
    corpus = shared_corpus()
    if corpus is None:
        pytest.skip("shared seed article not available")
    text = (corpus / "seed-article.txt").read_text(encoding="utf-8")
    expected = json.loads((corpus / "seed-article.expected.json").read_text(encoding="utf-8"))["expected"]
    return text, expected


def clean_corpus() -> list[Path]:
    return sorted((ROOT / "tests" / "corpus" / "clean").glob("*.txt"))
