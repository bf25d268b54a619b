"""Where the shared seed article is: ``shared/`` beside the checkout (CI's clone, main) or beside
the worktrees folder. Tests that need it skip with the path they looked at."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

_HERE = Path(__file__).resolve()
ROOT = _HERE.parent.parent


def shared_corpus() -> Path | None:
    for parent in _HERE.parents:
        corpus = parent / "shared" / "corpus"
        if (corpus / "seed-article.txt").exists():
            return corpus
    return None


def seed_paths() -> tuple[Path, Path] | None:
    corpus = shared_corpus()
    if corpus is None:
        return None
    return corpus / "seed-article.txt", corpus / "seed-article.expected.json"


def load_seed():
    """(text, expected defects) of the seed article, or skip the test."""
    found = seed_paths()
    if found is None:
        pytest.skip(f"the shared seed article (shared/corpus/seed-article.txt) is not beside {ROOT}")
    text_path, expected_path = found
    return text_path.read_text(encoding="utf-8"), json.loads(expected_path.read_text(encoding="utf-8"))["expected"]


seed = load_seed


def clean_corpus() -> list[Path]:
    return sorted((ROOT / "tests" / "corpus" / "clean").glob("*.txt"))
