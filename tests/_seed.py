"""Where the shared seed article is: /work/shared beside the checkout (main) or beside the
worktrees folder. Tests that need it skip with the path they looked at."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

_HERE = Path(__file__).resolve()


def seed_paths() -> tuple[Path, Path] | None:
    for parent in _HERE.parents:
        corpus = parent / "shared" / "corpus"
        if (corpus / "seed-article.txt").exists():
            return corpus / "seed-article.txt", corpus / "seed-article.expected.json"
    return None


def load_seed():
    """(text, expected defects) of the seed article, or skip the test."""
    found = seed_paths()
    if found is None:
        pytest.skip(f"the shared seed article (shared/corpus/seed-article.txt) is not beside {_HERE.parents[1]}")
    text_path, expected_path = found
    return text_path.read_text(encoding="utf-8"), json.loads(expected_path.read_text(encoding="utf-8"))["expected"]


def clean_corpus() -> list[Path]:
    return sorted((_HERE.parent / "corpus" / "clean").glob("*.txt"))
