"""The test corpora, found beside the repository: the shared seed article (``shared/`` beside the
checkout, as in CI, or beside the worktrees folder), the clean professional news corpus, and
adversarial inputs. Tests that need the shared folder skip with the path they looked at."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import pytest

from wirelint.document import Document

REPO = Path(__file__).resolve().parents[1]
CLEAN_DIR = REPO / "tests" / "corpus" / "clean"


def shared_dir() -> Path | None:
    for parent in REPO.parents:
        if (parent / "shared" / "corpus" / "seed-article.txt").exists():
            return parent / "shared"
    return None


def seed() -> tuple[str, list[dict]]:
    """(text, expected defects) of the seed article, or skip the test."""
    shared = shared_dir()
    if shared is None:
        pytest.skip(f"the shared seed article (shared/corpus/seed-article.txt) is not beside {REPO}")
    corpus = shared / "corpus"
    text = (corpus / "seed-article.txt").read_text(encoding="utf-8")
    return text, json.loads((corpus / "seed-article.expected.json").read_text(encoding="utf-8"))["expected"]


def clean_paths() -> list[Path]:
    return sorted(CLEAN_DIR.glob("*.txt"))


@lru_cache(maxsize=1)
def clean_texts() -> tuple[tuple[str, str], ...]:
    return tuple((p.name, p.read_text(encoding="utf-8")) for p in clean_paths())


@lru_cache(maxsize=1)
def clean_errata() -> tuple[dict, ...]:
    """Real errors in the published clean copy (tests/corpus/clean/errata.json): a finding of the
    named rule on exactly that text is a true positive."""
    path = CLEAN_DIR / "errata.json"
    if not path.exists():
        return ()
    return tuple(json.loads(path.read_text(encoding="utf-8"))["errata"])


def is_erratum(name: str, code: str, flagged: str) -> bool:
    return any(e["file"] == name and e["code"] == code and e["text"] == flagged for e in clean_errata())


def seed_hits(rule):
    """(Document, {defect id: [hits]}, [hits overlapping no defect]) for one rule on the seed."""
    text, expected = seed()
    doc = Document(text, "seed-article.txt")
    tp: dict[str, list] = {}
    fp = []
    for h in rule.run(doc):
        ids = [e["id"] for e in expected if h.start < e["end"] and e["start"] < h.end]
        for i in ids:
            tp.setdefault(i, []).append(h)
        if not ids:
            fp.append(h)
    return doc, tp, fp


ADVERSARIAL = [
    "", " ", "\n\n\n", "\x00\x01\x02\x7f\x80\x9f", "\x00\x01\x0c\u2028\u0085", "\ufffd" * 50,
    "a" * 100_000, "A" * 100_000, "It " * 20_000, "officials " * 10_000 + "Chinese",
    "“" * 5000, "”" * 5000, '"' * 5000, "“" * 5000 + "”" * 5000, "«»„“" * 2000,
    ("Xi, 70, " * 2000) + "It said.", "\u0301" * 3000, "Ã©" * 20_000, "Defenсe " * 5000,
    "\r\n\r\n".join(["It talks."] * 1000), "U.S. US " * 3000, "A\u0300\u0301\u0302\u0303" * 2000,
    "\ud800 lone surrogate", "a." * 20000 + "A", "class.After" * 5000, "the " * 20000,
    "a b c " * 10000, "1,5 " * 10000 + "%", "1 000 " * 10000, "17 mai " * 10000, "17. März " * 5000,
    "Read more\n" * 5000, "News Source :\n" * 5000, "Jane Doe / AP\n" * 5000,
    "Jane Doe Jane Doe Jane Doe / " * 2000 + "AP", "(" * 10000 + "Getty Images" + ")" * 10000,
    "Photo: " * 10000, "🙂 \u0301\u200f" * 1000, "kyiv " * 20000, "x@" * 50000, "Smith " * 20000,
    "a, " * 30000,
]


# --- helpers shared by the per-rule tests ------------------------------------------------------
def seed_paths() -> tuple[Path, Path] | None:
    shared = shared_dir()
    if shared is None:
        return None
    return shared / "corpus" / "seed-article.txt", shared / "corpus" / "seed-article.expected.json"


load_seed = seed
clean_corpus = clean_paths


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
