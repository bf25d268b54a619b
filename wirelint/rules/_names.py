"""Shared name knowledge for the names rules (WL201-WL203): the data files, the article's byline
name, and tokens. Every view is cached (data per process, article views per Document)."""

from __future__ import annotations

import re
import weakref
from functools import lru_cache

from wirelint.rules._data import data_text, tsv_records

# A word: letters, with inner apostrophes or hyphens ("O'Brien", "Kara-Murza").
TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+){0,5}")
BY_RE = re.compile(r"(?i)^\s*(?:by|written by|author:|words by)\s+")
# Words in a byline line that are not part of the name.
BYLINE_STOP = frozenset("by and written author words with staff reporter correspondent in for the".split())


def split_list(cell: str) -> list[str]:
    return [p.strip() for p in cell.split(",") if p.strip()]


@lru_cache(maxsize=None)
def common_words() -> frozenset[str]:
    return frozenset(
        line.strip() for line in data_text("common_words.txt").splitlines() if line.strip() and not line.startswith("#")
    )


@lru_cache(maxsize=None)
def places() -> dict[str, str]:
    """lowercase name -> canonical name, for every place in places.tsv."""
    return {r["name"].lower(): r["name"] for r in tsv_records("places.tsv") if r.get("name")}


@lru_cache(maxsize=None)
def newsmakers() -> tuple[dict[str, str], ...]:
    return tuple(tsv_records("newsmakers.tsv"))


@lru_cache(maxsize=None)
def english_names() -> dict[str, str]:
    """Every English spelling of a newsmaker (house spelling and alternatives) -> house spelling."""
    out: dict[str, str] = {}
    for row in newsmakers():
        for s in [row["english"], *split_list(row.get("alternatives", ""))]:
            out.setdefault(s, row["english"])
    return out


@lru_cache(maxsize=None)
def known_names_lower() -> dict[str, str]:
    """lowercase form -> canonical casing, for places and newsmakers (newsmakers win)."""
    out = dict(places())
    for spelling, _ in english_names().items():
        out[spelling.lower()] = spelling
    return out


@lru_cache(maxsize=None)
def variants() -> dict[str, tuple[tuple[str, frozenset[str]], ...]]:
    """variant -> ((english, languages), ...) from transliteration_variants.tsv."""
    out: dict[str, list[tuple[str, frozenset[str]]]] = {}
    for r in tsv_records("transliteration_variants.tsv"):
        out.setdefault(r["variant"], []).append((r["english"], frozenset(split_list(r["language"]))))
    return {k: tuple(v) for k, v in out.items()}


# --- the article's byline ----------------------------------------------------------------------
_BYLINE_CACHE: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def byline(doc) -> tuple[tuple[int, int] | None, list[tuple[int, int, str]]]:
    """The byline line's span and its name words as (start, end, word), or (None, []).

    The byline is the zone finder's name line after the body, else a "By …" line among the
    first lines of the article."""
    try:
        return _BYLINE_CACHE[doc]
    except KeyError:
        pass
    result: tuple[tuple[int, int] | None, list[tuple[int, int, str]]] = (None, [])
    text = doc.text
    span = None
    try:
        span = doc.zones.byline
    except Exception:  # never let a zone heuristic break a rule
        span = None
    candidates = []
    if span is not None:
        candidates.append((span.start, span.end))
    else:
        nonblank = [s for s in doc.lines if not doc.is_blank(s)][:8]
        for s in nonblank:
            line = text[s.start : s.end]
            if BY_RE.match(line) and len(line) <= 80:
                candidates.append((s.start, s.end))
                break
    for start, end in candidates:
        line = text[start:end]
        m = BY_RE.match(line)
        offset = start + (m.end() if m else 0)
        words = []
        for t in TOKEN_RE.finditer(text, offset, end):
            if t.group().lower() in BYLINE_STOP:
                continue
            words.append((t.start(), t.end(), t.group()))
        if 1 <= len(words) <= 6:
            result = ((start, end), words)
            break
    _BYLINE_CACHE[doc] = result
    return result


def byline_words_lower(doc) -> frozenset[str]:
    return frozenset(w.lower() for _, _, w in byline(doc)[1])


def in_spans(offset: int, spans) -> bool:
    return any(s.start <= offset < s.end for s in spans)
