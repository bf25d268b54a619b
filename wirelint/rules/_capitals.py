"""Capitalised words in mid-sentence, shared by WL205 (a common word capitalised as German and
Dutch capitalise nouns, or a capitalised function word) and WL206 (two sentences run together).

One scan per document (cached): every capitalised word that stands inside a sentence — after a
lowercase word, a number, a comma or semicolon, or a closing quotation mark that ends no sentence —
outside the head, byline, bio and page chrome, outside title-case lines (headlines, subheads, lists
of names), and not part of a run of capitalised words ("Supreme Court", "Ministry of the
Interior", "the film Gone With the Wind"). The rules then judge each one from its words.
"""

from __future__ import annotations

import re
import weakref
from dataclasses import dataclass
from functools import lru_cache

from wirelint.rules._data import data_text, tsv_records

# A capitalised word (first letter A-Z, then lowercase ASCII), with hyphenated lowercase parts
# ("Ex-coach"). The capital comes first so that the scan jumps from capital to capital.
CAP_RE = re.compile(r"[A-Z](?<![A-Za-z0-9_'’.-][A-Z])[a-z]{0,30}(?:-[a-z]{1,30}){0,3}(?![A-Za-z0-9_'’-])")
WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’-]{0,40}")
# Joining words inside names and titles: "Ministry of the Interior", "War and Peace".
JOINERS = frozenset("of the and for de del la le du von van der da di a an in on to at & y e".split())
SKIP_ZONES = frozenset({"head", "headline", "byline", "bio", "chrome"})
# Words after which a capitalised word is a title of a work or a name being introduced.
TITLE_CUES = frozenset(
    "film movie book novel song album single show series play opera musical game titled entitled "
    "called named dubbed nicknamed magazine newspaper daily paper programme program podcast "
    "documentary exhibition poem painting hashtag slogan motto brand label".split()
)
# Words after a capitalised word that make it a publication or a brand ("Time magazine").
NAME_AFTER = frozenset("magazine newspaper daily weekly channel network group inc ltd plc".split())


@lru_cache(maxsize=None)
def lowercase_words() -> frozenset[str]:
    return frozenset(
        line.strip() for line in data_text("lowercase_words.txt").splitlines() if line.strip() and not line.startswith("#")
    )


@lru_cache(maxsize=None)
def capital_exceptions() -> dict[str, str]:
    """lowercase word -> kind, for common words that news copy legitimately capitalises."""
    return {r["word"]: r["kind"] for r in tsv_records("capitalised_words.tsv")}


@dataclass(frozen=True, slots=True)
class Capital:
    start: int
    end: int
    word: str  # as written
    before: str  # the previous word as written ("" after punctuation other than , ;)
    sep: str  # what stands between the previous word and this one, stripped of spaces
    after: str  # the next word as written ("" when punctuation follows)
    quote: bool  # inside a quotation


@dataclass(frozen=True, slots=True)
class Capitals:
    found: tuple[Capital, ...]  # capitalised words inside sentences
    in_names: frozenset[str]  # words the article writes inside a run of capitalised words


_CACHE: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def _prev_word(text: str, i: int, floor: int) -> tuple[str, str, int]:
    """(word, separator, start) of the word before offset i: the separator is what stands
    between them other than spaces (",", "”", ""). The word is "" when other punctuation or a
    line break comes first."""
    j = i
    while j > floor and text[j - 1] == " ":
        j -= 1
    if j == i:
        return "", "?", i  # no space before: glued to something
    sep = ""
    while j > floor and text[j - 1] in ",;”\" ":
        if text[j - 1] != " ":
            sep = text[j - 1] + sep
        j -= 1
        if len(sep) > 2 or i - j > 6:
            return "", "?", i
    k = j
    while k > floor and j - k < 40 and (text[k - 1].isalnum() or text[k - 1] in "'’-"):
        k -= 1
    if k == j:
        return "", "?", i
    return text[k:j], sep, k


def _next_word(text: str, end: int, limit: int) -> str:
    if end >= limit or text[end] != " ":
        return ""
    m = WORD_RE.match(text, end + 1, min(limit, end + 42))
    return m.group() if m else ""


def _is_cap(word: str) -> bool:
    return bool(word) and word[0].isupper()


def title_case_line(text: str, start: int, end: int) -> bool:
    """A line most of whose longer words are capitalised: a headline, subhead or list of names."""
    words = [w for w in WORD_RE.findall(text, start, end) if len(w) >= 4]
    if len(words) < 2:
        return True  # a label or a one-word line
    caps = sum(1 for w in words if w[0].isupper())
    return caps * 2 >= len(words)


OPENING_DETERMINERS = frozenset("The A An This That These Those His Her Its Their Our My Your".split())


def _opening_determiner(text: str, word: str, start: int, floor: int) -> bool:
    """ "The Locals whistled": a determiner that opens the sentence, not the start of a name."""
    if word not in OPENING_DETERMINERS:
        return False
    j = start
    while j > floor and text[j - 1] in " “\"‘(":
        j -= 1
    return j == floor or text[j - 1] in ".!?\n"


def _name_run_before(text: str, k: int, floor: int) -> bool:
    """Whether a capitalised word stands before k across joining words only ("Ministry of the")."""
    for _ in range(3):
        word, sep, k2 = _prev_word(text, k, floor)
        if not word or sep:
            return False
        if _is_cap(word):
            return True
        if word.lower() not in JOINERS:
            return False
        k = k2
    return False


def _opener_before_common(text: str, word: str, after: str, end: int, limit: int) -> bool:
    """ "farmers The Research group also": an article opening a sentence, then a common noun
    capitalised as German capitalises it, then lowercase words: no name."""
    if word not in ("The", "A", "An") or not after or after.lower() not in lowercase_words():
        return False
    if after.lower() in capital_exceptions():
        return False
    third = _next_word(text, end + 1 + len(after), limit)
    return bool(third) and third[0].islower()


def _name_run_after(text: str, end: int, limit: int) -> bool:
    """Whether a capitalised word follows across joining words only ("Ministry of the Interior"),
    or a known name written in lowercase does ("the Port of odesa": WL201's finding)."""
    from wirelint.rules._names import known_names_lower

    joined = False
    for _ in range(3):
        word = _next_word(text, end, limit)
        if not word:
            return False
        if _is_cap(word) or (joined and word.lower() in known_names_lower()):
            return True
        joined = True
        if word.lower() not in JOINERS:
            return False
        end = end + 1 + len(word)
    return False


def mid_sentence_capitals(doc) -> Capitals:
    try:
        return _CACHE[doc]
    except KeyError:
        pass
    text = doc.text
    out: list[Capital] = []
    in_names: set[str] = set()
    lines = doc.lines
    line_i = 0
    title_lines: dict[int, bool] = {}
    for m in CAP_RE.finditer(text):
        start, end = m.span()
        if start == 0 or text[start - 1] != " ":
            continue  # a line start, or glued to punctuation: a sentence or an item starts here
        word = m.group()
        if len(word) < 2 and word not in ("A", "I"):
            continue
        while line_i + 1 < len(lines) and lines[line_i].end < start:
            line_i += 1
        line = lines[line_i]
        before, sep, bstart = _prev_word(text, start, line.start)
        if not before or sep == "?":
            continue
        # (After a closing quotation mark the word before it ends the quotation with no full
        # stop — '"a safe route" And the' — or _prev_word found no word.)
        if _is_cap(before) and not sep and not _opening_determiner(text, before, bstart, line.start):
            in_names.add(word)
            continue  # part of a capitalised run: a name
        if not sep and not before[-1].isalnum():
            continue
        if not sep and before.isupper() and len(before) > 1:
            continue  # after an acronym or a shouted word
        if doc.zone_at(start) in SKIP_ZONES:
            continue
        title = title_lines.get(line.start)
        if title is None:
            title = title_lines[line.start] = title_case_line(text, line.start, line.end)
        if title:
            continue
        after = _next_word(text, end, line.end)
        if _name_run_after(text, end, line.end) and not _opener_before_common(text, word, after, end, line.end):
            in_names.add(word)
            continue
        if not sep and _name_run_before(text, bstart, line.start):
            in_names.add(word)
            continue
        out.append(Capital(start, end, word, before, sep, after, doc.in_quote(start)))
    result = Capitals(tuple(out), frozenset(in_names))
    _CACHE[doc] = result
    return result
