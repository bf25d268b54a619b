"""Shared name knowledge for the names rules (WL201-WL203): the data files, the article's byline
name, and tokens. Every view is cached (data per process, article views per Document)."""

from __future__ import annotations

import bisect
import re
import weakref
from functools import lru_cache

from wirelint.plain import is_plain, last_text
from wirelint.rules._data import data_text, data_text_raw, tsv_records

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


# The first cell of every line that is not a comment.
_FIRST_CELL_RE = re.compile(r"^(?!#)([^\t\n]*)", re.MULTILINE)


@lru_cache(maxsize=None)
def places() -> dict[str, str]:
    """lowercase name -> canonical name, for every place in places.tsv (the same as reading its
    records, done with one regular expression: this file is big and read at start-up)."""
    text = data_text_raw("places.tsv")
    if "\r" in text:
        text = data_text("places.tsv")
    pos = 0
    while pos < len(text):  # comments and blank lines, up to the header
        nl = text.find("\n", pos)
        line = text[pos : len(text) if nl < 0 else nl]
        pos = len(text) if nl < 0 else nl + 1
        if line.strip() and not line.startswith("#"):
            break
    else:
        return {}
    if line.split("\t", 1)[0].strip() != "name":
        return {r["name"].lower(): r["name"] for r in tsv_records("places.tsv") if r.get("name")}
    names = [n for n in map(str.strip, _FIRST_CELL_RE.findall(text, pos)) if n]
    return dict(zip(map(str.lower, names), names))


@lru_cache(maxsize=None)
def homographs() -> frozenset[str]:
    """Lowercase words that are ordinary English words and also names (china, turkey, polish)."""
    return frozenset(
        line.strip() for line in data_text("name_homographs.txt").splitlines() if line.strip() and not line.startswith("#")
    )


# Fixed phrases in which a legacy spelling of a place is correct ("Chicken Kiev", "Kiev Rus",
# "Dynamo Kiev"): WL203 does not report them and WL204 does not count them.
LEGACY_BEFORE = frozenset({"chicken", "dynamo", "dinamo"})
LEGACY_AFTER = frozenset({"rus", "rus'", "rus’", "pechersk", "chicken", "cake"})


# Words after a platform's name that make it the platform ("its twitter account").
PLATFORM_AFTER = frozenset(
    "account accounts post posts posted page feed channel video videos handle profile followers "
    "subscribers user users app platform story stories live thread threads message messages".split()
)


# A place context: the word before a lowercase name that makes it a place ("flew to china").
PLACE_BEFORE = frozenset(
    "in to from across into toward towards visit visits visited visiting throughout inside outside "
    "leave leaves left leaving reach reached entered enter invade invaded invading".split()
)


@lru_cache(maxsize=None)
def newsmakers() -> tuple[dict[str, str], ...]:
    return tuple(tsv_records("newsmakers.tsv"))


@lru_cache(maxsize=None)
def english_names() -> dict[str, str]:
    """Every English spelling of a newsmaker (house spelling and alternatives) -> house spelling."""
    out: dict[str, str] = {}
    for row in (*newsmakers(), *tsv_records("arabic_hebrew_names.tsv")):
        for s in [row["english"], *split_list(row.get("alternatives", ""))]:
            out.setdefault(s, row["english"])
    return out


@lru_cache(maxsize=None)
def given_names() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(variant -> English given name, every English spelling -> its house spelling, Ukrainian
    given name -> the English spelling of its Russian form), from given_names.tsv and
    given_name_variants.tsv."""
    english: dict[str, str] = {}
    russian: dict[str, str] = {}
    for r in tsv_records("given_names.tsv"):
        for s in [r["english"], *split_list(r.get("alternatives", ""))]:
            english.setdefault(s, r["english"])
        if r.get("russian"):
            russian[r["english"]] = r["russian"]
            for s in split_list(r.get("alternatives", "")):
                russian.setdefault(s, r["russian"])
    variants = {}
    for r in tsv_records("given_name_variants.tsv"):
        variants.setdefault(r["variant"], r["english"])
    return variants, english, russian


@lru_cache(maxsize=None)
def brands() -> dict[str, str]:
    """lowercase -> canonical casing of the platforms and brands in brands.tsv."""
    return {r["name"].lower(): r["name"] for r in tsv_records("brands.tsv") if r.get("name")}


@lru_cache(maxsize=None)
def known_names_lower() -> dict[str, str]:
    """lowercase form -> canonical casing, for places, brands and newsmakers (newsmakers win)."""
    out = dict(places())
    out.update(brands())
    for spelling, _ in english_names().items():
        out[spelling.lower()] = spelling
    return out


@lru_cache(maxsize=None)
def variants() -> dict[str, tuple[tuple[str, frozenset[str]], ...]]:
    """variant -> ((english, languages), ...) from transliteration_variants.tsv (read directly:
    the same as its records)."""
    text = data_text_raw("transliteration_variants.tsv")
    rows = [line.split("\t") for line in text.split("\n") if line.strip() and not line.startswith("#")]
    header = [c.strip() for c in rows[0]] if rows else []
    if "\r" in text or not {"variant", "english", "language"} <= set(header):
        return _variants_from_records()
    iv, ie, il = header.index("variant"), header.index("english"), header.index("language")
    width = len(header)
    out: dict[str, list[tuple[str, frozenset[str]]]] = {}
    languages: dict[str, frozenset[str]] = {}  # a few distinct cells ("fr", "de, es"), read once each
    for cells in rows[1:]:
        cells = [c.strip() for c in cells] + [""] * (width - len(cells))
        cell = cells[il]
        langs = languages.get(cell)
        if langs is None:
            langs = languages[cell] = frozenset(split_list(cell))
        out.setdefault(cells[iv], []).append((cells[ie], langs))
    return {k: tuple(v) for k, v in out.items()}


def _variants_from_records() -> dict[str, tuple[tuple[str, frozenset[str]], ...]]:
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
        nonblank = list(doc.nonblank_lines)[:8]
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


def word_before(text: str, i: int) -> str:
    """The word just before offset i (across spaces only), lowercase, or ""."""
    j = i
    while j > 0 and text[j - 1] == " ":
        j -= 1
    k = j
    while k > 0 and j - k < 40 and text[k - 1].isalpha():
        k -= 1
    return text[k:j].lower()


def word_after(text: str, i: int) -> str:
    """The word right after offset i when one space separates them, lowercase, or "" (punctuation
    or the end of the text follows)."""
    if i >= len(text) or text[i] != " ":
        return ""
    k = i + 1
    while k < len(text) and k - i < 40 and text[k].isalpha():
        k += 1
    return text[i + 1 : k].lower()


def in_spans(offset: int, spans) -> bool:
    return any(s.start <= offset < s.end for s in spans)


# --- fast look-ups ----------------------------------------------------------------------------
# The names rules find candidates with a few C-level passes (set intersections, str.find) and then
# evaluate only those positions; the tokenisation they rely on is TOKEN_RE's, reproduced exactly
# at any position by ``Tokens``.

JOINERS = "'’-"
LETTER_RE = re.compile(r"[^\W\d_]")
ASCII_LOWER_RUN_RE = re.compile(r"[a-z]+")
NON_ASCII_LETTERS_RE = re.compile(r"[^\W\d_\x00-\x7f]+")


@last_text
def non_ascii_letter_starts(text: str) -> tuple[int, ...]:
    """Start offsets of NON_ASCII_LETTERS_RE's matches (shared by the names rules)."""
    if is_plain(text):  # no letter outside ASCII: NON_ASCII_LETTERS_RE (a slow class to scan) need not run
        return ()
    return tuple(m.start() for m in NON_ASCII_LETTERS_RE.finditer(text))
# Characters whose lowercase form is ASCII or is not exactly one character (İ, the Kelvin sign…):
# with one of them in the text, a lowercase copy does not line up with the text character for
# character, so callers take their exhaustive path. Checked against Unicode by a test.
ODD_LOWER = "\u0130\u212a"
SYNC_LIMIT = 64


@lru_cache(maxsize=None)
def _common_blob() -> tuple[str, int, int] | None:
    """common_words.txt as it is on disk, and the offsets of the newlines that enclose its words:
    searched in place, with no set of 58,000 strings to build. None when the file is not the plain
    sorted list this needs (then the set is used)."""
    blob = data_text_raw("common_words.txt")
    lo = -1
    while blob.startswith("#", lo + 1):
        lo = blob.find("\n", lo + 1)
        if lo < 0:
            return None
    if lo < 0 or not blob.endswith("\n") or any(blob.find(c, lo) >= 0 for c in ("\n#", "\r", " ", "\t")):
        return None  # (sorted, one word a line, no blank line: tests/data/test_names_data.py)
    return blob, lo, len(blob) - 1


_COMMON_MEMO: dict[str, bool] = {}


def is_common(word: str) -> bool:
    """``word in common_words()``, by binary search over the sorted file (memoised)."""
    try:
        return _COMMON_MEMO[word]
    except KeyError:
        pass
    if len(_COMMON_MEMO) > 50000:
        _COMMON_MEMO.clear()
    found = _common_blob()
    if found is None or not word or word != word.strip() or "\n" in word:
        result = word in common_words()
    else:
        blob, lo, hi = found  # newlines; the lines strictly between are still in play
        result = False
        while lo < hi:
            mid = (lo + hi) // 2
            s = blob.rfind("\n", lo, mid + 1)
            e = blob.find("\n", s + 1, hi + 1)
            line = blob[s + 1 : e]
            if line == word:
                result = True
                break
            if word < line:
                hi = s
            else:
                lo = e
    _COMMON_MEMO[word] = result
    return result


class Tokens:
    """TOKEN_RE's tokens of a text, found at a given position without tokenising the whole text.

    ``finditer`` restarts cleanly after any character that is neither a letter nor a joiner, so
    the token starting at ``p`` is found by scanning from the start of p's run of letters and
    joiners; a run longer than SYNC_LIMIT falls back to one full pass (cached)."""

    __slots__ = ("text", "_starts", "_sorted_starts")

    def __init__(self, text: str) -> None:
        self.text = text
        self._starts = None
        self._sorted_starts = None

    def _sorted(self) -> list[int]:
        if self._sorted_starts is None:
            self._sorted_starts = sorted(self._all())
        return self._sorted_starts

    def _all(self) -> dict:
        if self._starts is None:
            self._starts = {m.start(): m for m in TOKEN_RE.finditer(self.text)}
        return self._starts

    def _sync(self, p: int) -> int | None:
        """The start of p's run of letters and joiners, or None when it is far away."""
        text = self.text
        q = p
        limit = max(0, p - SYNC_LIMIT)
        while q > 0:
            c = text[q - 1]
            if c not in JOINERS and not LETTER_RE.match(c):
                return q
            if q <= limit:
                return None
            q -= 1
        return 0

    def at(self, p: int):
        """The match of the token starting at p, or None when no token starts there."""
        text = self.text
        if p < 0 or p >= len(text):
            return None
        if self._starts is not None:
            return self._starts.get(p)
        if p > 0:
            c = text[p - 1]
            if c in JOINERS:
                q = self._sync(p - 1)
                if q is None:
                    return self._all().get(p)
                for m in TOKEN_RE.finditer(text, q):
                    if m.end() > p or m.start() >= p:
                        return m if m.start() == p else None
                return None
            if LETTER_RE.match(c):
                return None  # a token never starts right after a letter
        return TOKEN_RE.match(text, p)

    def containing(self, x: int):
        """The match of the token that covers the letter at x (None if x is no token's)."""
        text = self.text
        q = None if self._starts is not None else self._sync(x)
        if q is None:
            starts = self._sorted()
            i = bisect.bisect_right(starts, x) - 1
            if i >= 0:
                m = self._starts[starts[i]]
                return m if m.end() > x else None
            return None
        for m in TOKEN_RE.finditer(text, q):
            if m.end() > x:
                return m if m.start() <= x else None
        return None

    def next_after(self, m, seps: str):
        """The token right after m when exactly one character of ``seps`` separates them."""
        end = m.end()
        text = self.text
        if end < len(text) and text[end] in seps:
            return TOKEN_RE.match(text, end + 1)
        return None

    def chain(self, m, seps: str, size: int = 3) -> list:
        """``m`` and up to ``size - 1`` tokens that follow it, each one separator apart."""
        out = [m]
        while len(out) < size:
            nxt = self.next_after(out[-1], seps)
            if nxt is None:
                break
            out.append(nxt)
        return out

    def occurs(self, word: str) -> bool:
        """Whether some token is exactly ``word``."""
        text = self.text
        if self._starts is not None:
            return any(m.group() == word for m in self._starts.values())
        i = text.find(word)
        while i >= 0:
            m = self.at(i)
            if m is not None and m.group() == word:
                return True
            i = text.find(word, i + 1)
        return False


# Bytes other than a-z become spaces: the text's runs of a-z split out in C.
_ASCII_LOWER_ONLY = bytes(b if 97 <= b <= 122 else 32 for b in range(256))


def ascii_lower_runs(text: str) -> set[bytes] | set[str]:
    """The set of the text's runs of a-z, the same as set(ASCII_LOWER_RUN_RE.findall(text))."""
    raw = text.encode("utf-8", "surrogatepass").translate(_ASCII_LOWER_ONLY)
    return set(raw.decode("ascii").split())


def find_all(text: str, s: str):
    """Every start offset of s in text."""
    i = text.find(s)
    while i >= 0:
        yield i
        i = text.find(s, i + 1)
