"""A fixed name or news collocation with a word swapped for a synonym: a spinner's fingerprint.

Content farms disguise copied articles with "article spinners", programs that replace words with
dictionary synonyms one by one. They cannot tell a free word from a word inside a fixed name, so
"Associated Press" comes out as "Affiliated Press", "The New York Times" as "The New York
Occasions", "Prime Minister" as "Top Minister", "top diplomat" as "most sensible diplomat",
"news media" as "information media", "death toll" as "loss of life toll" and "won't" as
"gained't". No writer or translator produces these: the original is a set phrase that a reader
recognises, and the spun form is that phrase with one word replaced by a synonym that does not
fit it. (The Problematic Paper Screener finds spun science papers the same way, by their
"tortured phrases": "counterfeit consciousness" for artificial intelligence.)

The rule does not keep a list of spun phrases. It generates them: ``data/fixed_names.tsv`` lists
well-known multiword names and collocations, ``data/spinner_synonyms.tsv`` the substitutes a
spinner puts in place of their words, and every form with one or two words replaced is looked
for. A name's spun form counts only where the words it keeps carry the name's capitals and the
replaced word keeps its capital ("Affiliated Press", not "the related press conference"), and
not on a Title Case headline line; no form counts in capitals ("FOR FURTHER INFORMATION MEDIA
SHOULD CONTACT"). Forms that turn out to be legitimate English ("interest
charges", "Supreme Court docket") are listed as exceptions beside their name. The free synonyms
of spun copy ("pals", "companions") are left alone: only a broken fixed form is evidence.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from wirelint.rule import Hit, bad, good, rule
from wirelint.rules._data import tsv_records
from wirelint.rules._lower import lowered

MONTHS = "January February March April May June July August September October November December".split()
TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
OPTIONAL = "…"
MAX_GAP = 3  # characters between two words of a fixed form: a space, "U.N. ", "-", "' "
GAP_CHARS = frozenset(" \u00a0-.'’")
WINDOW = 90  # characters on either side of a key word that a spun form can span


def _norm(word: str) -> str:
    return word.lower().replace("’", "'")


class Piece:
    """One word of a fixed form, as the spun form writes it: ``tokens`` (lowercase; several for a
    multiword substitute), the ``original`` word it stands for, whether it was ``replaced``, and
    whether its first token must be capitalised."""

    __slots__ = ("tokens", "original", "replaced", "capital")

    def __init__(self, tokens: tuple[str, ...], original: str, replaced: bool, capital: bool) -> None:
        self.tokens, self.original, self.replaced, self.capital = tokens, original, replaced, capital


def _entries() -> list[tuple[list[str], str, set[str]]]:
    out = []
    for rec in tsv_records("fixed_names.tsv"):
        names = [rec["name"].replace("{month}", m) for m in MONTHS] if "{month}" in rec["name"] else [rec["name"]]
        excluded = {_norm(x) for x in rec["not"].split("|") if x.strip()}
        for name in names:
            out.append((name.split(), rec["kind"], excluded))
    return out


STOPWORDS = frozenset("a an and by for in my of on own the to with".split())


@lru_cache(maxsize=1)
def spun_forms() -> dict[str, list[tuple[tuple, str, str, int, int]]]:
    """Key word -> [(pieces, kind, fixed form, first, last)] for every generated spun form: the
    key is the longest word the spinner put in (the rarest, so the cheapest to look for), and
    ``first``..``last`` the positions it can take among the form's words (an optional word
    before it makes two)."""
    synonyms = {_norm(r["word"]): [s.split() for s in r["spun"].split("|")] for r in tsv_records("spinner_synonyms.tsv")}
    index: dict[str, list[tuple[tuple, str, str, int, int]]] = {}
    for words, kind, excluded in _entries():
        fixed = " ".join(words)
        slots = [i for i, w in enumerate(words) if w != OPTIONAL and _norm(w) in synonyms]
        for n in (1, 2):
            for chosen in itertools.combinations(slots, n):
                options = [synonyms[_norm(words[i])] for i in chosen]
                for subs in itertools.product(*options):
                    replace = dict(zip(chosen, subs))
                    pieces = []
                    for i, w in enumerate(words):
                        if w == OPTIONAL:
                            pieces.append(None)
                            continue
                        capital = kind == "name" and w[:1].isupper()
                        if i in replace:
                            pieces.append(Piece(tuple(_norm(t) for t in replace[i]), w, True, capital))
                        else:
                            pieces.append(Piece(tuple(_norm(t) for t in TOKEN_RE.findall(w)), w, False, capital))
                    spun = " ".join(" ".join(p.tokens) for p in pieces if p is not None)
                    if spun in excluded or spun == _norm(fixed):
                        continue
                    position, key, optional_before = 0, None, 0
                    for p in pieces:
                        if p is None:
                            optional_before = 1
                            continue
                        for t in p.tokens:
                            rank = (p.replaced and t not in STOPWORDS, t not in STOPWORDS, len(t))
                            if key is None or rank > key[3]:
                                key = (t, position, optional_before, rank)
                            position += 1
                    word, at, shift, _ = key
                    index.setdefault(word, []).append((tuple(pieces), kind, fixed, at, at + shift))
    return index


def _gap_ok(text: str, a: int, b: int) -> bool:
    return 0 < b - a <= MAX_GAP and all(c in GAP_CHARS for c in text[a:b])


def _match(text: str, tokens: list[re.Match], pieces: tuple) -> tuple[int, list] | None:
    """Match the pieces against ``tokens`` from the first; (tokens used, [(piece, first, last)])."""
    k = 0
    spans = []
    for n, piece in enumerate(pieces):
        if piece is None:  # one optional word, taken only when the next piece does not start here
            nxt = pieces[n + 1]
            if k < len(tokens) and _norm(tokens[k].group()) != nxt.tokens[0] and k + 1 < len(tokens):
                if not _gap_ok(text, tokens[k - 1].end(), tokens[k].start()):
                    return None
                k += 1
            continue
        first = k
        for t in piece.tokens:
            if k >= len(tokens) or _norm(tokens[k].group()) != t:
                return None
            if k and not _gap_ok(text, tokens[k - 1].end(), tokens[k].start()):
                return None
            k += 1
        if piece.capital and not tokens[first].group()[:1].isupper():
            return None
        spans.append((piece, first, k - 1))
    return k, spans


HEADLINE_CHARS = 200  # a longer line is no headline


def _title_case_line(text: str, start: int) -> bool:
    """Is the match on a short line whose words are mostly capitalised (a headline)?"""
    a = text.rfind("\n", max(0, start - HEADLINE_CHARS), start) + 1
    if a == 0 and start > HEADLINE_CHARS:
        return False
    b = text.find("\n", start, start + HEADLINE_CHARS)
    if b < 0:
        if len(text) - a > HEADLINE_CHARS:
            return False
        b = len(text)
    words = [w for w in TOKEN_RE.findall(text[a:b]) if len(w) > 3]
    return len(words) >= 3 and sum(w[:1].isupper() for w in words) >= 0.6 * len(words)


def _restore(original: str, written: str) -> str:
    return original[:1].upper() + original[1:] if written[:1].isupper() else original[:1].lower() + original[1:]


def _candidates(low: str, index) -> list[tuple[int, str]]:
    """Every whole-word occurrence of a key word, in text order."""
    out = []
    n = len(low)
    find = low.find
    for key in index:
        i = find(key)
        while i >= 0:
            j = i + len(key)
            if not ((i and (low[i - 1].isalpha() or low[i - 1] in "'’")) or (j < n and low[j].isalpha())):
                out.append((i, key))
            i = find(key, j)
    out.sort()
    return out


@rule(
    code="WL120",
    name="spun-phrase",
    category="translation",
    severity="warning",
    summary="A fixed name or news phrase with a word swapped for a synonym (article spinner)",
    fix="unsafe",
    examples=[
        bad("The [[Affiliated Press]] said the [[loss of life toll]] had risen.",
            fixed="The Associated Press said the death toll had risen."),
        bad("Turkey's [[most sensible diplomat]] told the [[New York Occasions]] he [[gained't]] resign.",
            fixed="Turkey's top diplomat told the New York Times he won't resign."),
        bad("The [[Top Minister]] spoke to the [[information media]] about the [[Heart East]].",
            fixed="The Prime Minister spoke to the news media about the Middle East."),
        bad("The [[Biden management]] wants to [[domesticate strong ties]] with its [[buying and selling companions]]."),
        bad("In [[January by myself]], the [[inventory market]] fell.", fixed="In January alone, the stock market fell."),
        good("The Associated Press said the death toll had risen; the related press conference ran late."),
        good("Top Minister Resigns After White Home Visit"),
        good("Interest charges on the loan rose, and the Supreme Court docket is full this term."),
        good("She is the best diplomat of her generation, a top minister in all but name."),
        good("He went to the Middle East alone in January, and his pals came later."),
        good("FOR FURTHER INFORMATION MEDIA SHOULD CALL THE DESK. The EU Commission agreed."),
    ],
)
def check(doc, options):
    text = doc.text
    index = spun_forms()
    found: dict[int, tuple[int, str, str]] = {}
    for pos, key in _candidates(lowered(text), index):
        lo = max(0, pos - WINDOW)
        window = list(TOKEN_RE.finditer(text, lo, min(len(text), pos + WINDOW)))
        j = next((k for k, t in enumerate(window) if t.start() == pos), None)
        if j is None:
            continue
        for pieces, kind, fixed, first, last in index[key]:
            for at in range(first, last + 1):
                s = j - at
                if s < 0 or (s == 0 and lo > 0 and text[lo - 1].isalpha()):
                    continue  # the form would start at a word cut by the window
                got = _match(text, window[s:], pieces)
                if got is None or s + got[0] - 1 < j:
                    continue
                used, spans = got
                start, end = window[s].start(), window[s + used - 1].end()
                if (kind == "name" and _title_case_line(text, start)) or text[start:end].isupper():
                    continue  # headline case and capitals hide where one name ends and the next words begin
                parts = []
                cursor = start
                for piece, a_tok, b_tok in spans:
                    a, b = window[s + a_tok].start(), window[s + b_tok].end()
                    parts.append(text[cursor:a])
                    parts.append(_restore(piece.original, text[a:b]) if piece.replaced else text[a:b])
                    cursor = b
                if start not in found or end > found[start][0]:
                    found[start] = (end, "".join(parts), fixed)
    last_end = -1
    for start in sorted(found):
        end, replacement, fixed = found[start]
        if start < last_end:
            continue
        last_end = end
        yield Hit(
            start,
            end,
            f"“{text[start:end]}” looks like “{fixed}” run through an article spinner",
            replacement=replacement,
            help=f"the fixed form is “{fixed}”; check the copy against its source",
        )
