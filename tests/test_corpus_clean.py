"""Checks on the clean professional news corpus in tests/corpus/clean/.

The corpus is the false-positive baseline for wirelint, so these tests only
check that it is complete and well formed. They do not run the linter.
"""

import hashlib
import json
from pathlib import Path

import pytest

CORPUS = Path(__file__).parent / "corpus" / "clean"
SOURCES = CORPUS / "SOURCES.json"
MIN_ARTICLES = 30
MIN_WORDS = 200
REQUIRED_FIELDS = ("file", "url", "publisher", "title", "date", "license")


def _article_files():
    return sorted(CORPUS.glob("*.txt"))


def _sources():
    with SOURCES.open(encoding="utf-8") as handle:
        return json.load(handle)


ARTICLES = _article_files()


def test_corpus_has_enough_articles():
    assert len(ARTICLES) >= MIN_ARTICLES, (
        f"expected at least {MIN_ARTICLES} articles, found {len(ARTICLES)}"
    )


def test_sources_is_a_list_of_objects():
    sources = _sources()
    assert isinstance(sources, list)
    assert all(isinstance(entry, dict) for entry in sources)


def test_every_file_is_listed_and_every_listing_has_a_file():
    listed = [entry.get("file") for entry in _sources()]
    assert len(listed) == len(set(listed)), "a file is listed twice in SOURCES.json"
    on_disk = {path.name for path in ARTICLES}
    assert on_disk - set(listed) == set(), "files missing from SOURCES.json"
    assert set(listed) - on_disk == set(), "SOURCES.json lists files that do not exist"


@pytest.mark.parametrize("entry", _sources(), ids=lambda e: str(e.get("file")))
def test_sources_entry_fields(entry):
    for field in REQUIRED_FIELDS:
        assert field in entry, f"missing field {field!r}"
    for field in ("file", "url", "publisher", "title", "license"):
        assert isinstance(entry[field], str) and entry[field].strip(), field
    assert entry["url"].startswith(("https://", "http://")), entry["url"]
    date = entry["date"]
    assert date is None or (
        isinstance(date, str) and len(date) == 10 and date[4] == "-" and date[7] == "-"
    ), date


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_article_is_clean_text(path):
    raw = path.read_bytes()
    text = raw.decode("utf-8")  # raises if the file is not UTF-8
    assert "\r" not in text, "CR characters found"
    assert not text.startswith("\ufeff"), "byte order mark found"
    assert text.endswith("\n") and not text.endswith("\n\n"), "must end with one newline"
    headline, blank = text.split("\n", 2)[:2]
    assert headline.strip(), "first line must be the headline"
    assert blank == "", "headline must be followed by a blank line"
    words = len(text.split())
    assert words >= MIN_WORDS, f"only {words} words"


def test_no_two_articles_are_identical():
    seen = {}
    for path in ARTICLES:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        assert digest not in seen, f"{path.name} duplicates {seen[digest]}"
        seen[digest] = path.name
