"""One name spelled two ways in the same article: "Zelensky" and "Zelenskyy", "Kiev" and
"Kyiv", "US" and "U.S.".

Wire copy follows one house style throughout. A second spelling of the same name inside one
article is a sign that part of the text went through another language and back (French writes
"Choïgu" and "Zelensky", German "Selenskyj") or was pasted from another source. The rule groups
spellings two ways:

- by a transliteration key: diacritics stripped, doubled letters collapsed, and digraphs that
  transliteration systems render differently made equal (French "ch"/"ou"/"j" for English
  "sh"/"u"/"zh", "iy"/"yj" endings for "y"). Only capitalised words of five letters or more
  take part, so "Mark"/"Marc" or "Jon"/"John" never meet;
- by a table of known variants (``data/spelling_variants.tsv``): "Kiev"/"Kyiv",
  "Kharkov"/"Kharkiv", "U.S."/"US", "U.N."/"UN" and so on.

It reports every occurrence of the minority spelling and names the majority one. When the
majority is clear (at least twice as frequent) the fix, replacing the minority spelling with the
majority one, is safe; on a tie the later spelling is reported and no fix is offered. Two
spellings used with different neighbouring names ("Philip Moss" and "Philipp Kern") are taken
to be two people and left alone, and fixed names such as "Dynamo Kiev" or "chicken Kiev" are
not counted. Only the body counts: headlines ("US clears out migrants" above a "U.S." story),
bylines and page chrome follow their own conventions, and so do quotations, which may reproduce
another organisation's statement.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from functools import lru_cache

from wirelint.plain import is_plain
from wirelint.rule import Hit, bad, good, rule
from wirelint.rules._data import tsv_records

# The look-behind sits after the first letter so the scan only stops at capitals (same matches).
# A capitalised word; not one glued to mojibake ("Russiaâ€™s" is Russia's with a mangled apostrophe).
WORD_RE = re.compile(r"([A-Z](?<![\w.’'-][A-Z])[^\W\d_A-Z]{4,30})(?:’s|'s)?(?![\w€-])")
# The same on plain text (ASCII and clean punctuation: no letter or digit beyond ASCII), where
# the ASCII classes scan faster.
PLAIN_WORD_RE = re.compile(r"([A-Z](?<![A-Za-z0-9_.’'-][A-Z])[a-z]{4,30})(?:’s|'s)?(?![A-Za-z0-9_€-])")
REPEAT_RE = re.compile(r"(.)\1+")
CAPS_WORD_RE = re.compile(r"[A-Z]{2,}")
FIXED_NAMES_RE = re.compile(r"\b(?:Dynamo|[Cc]hicken) \Z")
DIGRAPHS = (("tch", "ch"), ("sch", "sh"), ("ch", "sh"), ("dzh", "j"), ("zh", "j"), ("dj", "j"),
            ("ou", "u"), ("iy", "y"), ("yj", "y"), ("ij", "y"), ("ph", "f"), ("ck", "k"))


@lru_cache(maxsize=65536)
def key(word: str) -> str:
    """The transliteration key of a word: two spellings with the same key are one name."""
    if word.isascii():
        k = word.lower()  # nothing to decompose
    else:
        decomposed = unicodedata.normalize("NFKD", word)
        k = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    k = REPEAT_RE.sub(r"\1", k)
    for a, b in DIGRAPHS:
        if a in k:
            k = k.replace(a, b)
    return REPEAT_RE.sub(r"\1", k)


@lru_cache(maxsize=1)
def _variants() -> dict[str, str]:
    return {r["variant"]: r["group"] for r in tsv_records("spelling_variants.tsv")}


@lru_cache(maxsize=1)
def _variant_re() -> re.Pattern[str]:
    # Longest first, grouped by first character, with the look-behind after that character: the
    # same matches as one plain alternation behind a look-behind, but the scan only stops at the
    # characters a variant can start with.
    by_first: dict[str, list[str]] = {}
    for v in sorted(_variants(), key=len, reverse=True):
        by_first.setdefault(v[0], []).append(v)
    alt = "|".join(
        rf"{re.escape(c)}(?<![\w.’'-]{re.escape(c)})(?:{'|'.join(re.escape(v[1:]) for v in group)})"
        for c, group in by_first.items()
    )
    return re.compile(rf"({alt})(?![\w-]|\.[A-Za-z])")


def _neighbours(text: str, start: int, end: int) -> tuple[str, str]:
    before = re.search(r"([A-Z][\w’'-]*) \Z", text[max(0, start - 40) : start])
    after = re.match(r" ([A-Z][\w’'-]*)", text[end : end + 40])
    return (before.group(1) if before else "", after.group(1) if after else "")


def _shouting(text: str, start: int, end: int) -> bool:
    """True inside an all-capitals stretch (a headline in capitals: "US STOCKS FALL")."""
    window = text[max(0, start - 30) : end + 30]
    return len(CAPS_WORD_RE.findall(window)) >= 3


def _occurrences(doc) -> dict[str, dict[str, list[tuple[int, int]]]]:
    """group -> spelling -> spans, counting the body outside quotations only."""
    text = doc.text

    def counted(offset: int) -> bool:
        return doc.zone_at(offset) == "body" and not doc.in_quote(offset)

    groups: dict[str, dict[str, list[tuple[int, int]]]] = defaultdict(lambda: defaultdict(list))
    variants = _variants()
    # Spellings first, then keys once per spelling; only a key with two spellings or more can
    # matter, so the zone and quotation test runs on those spans alone.
    # Distinct spellings in order of first use (one C-level scan); spans are collected, in a
    # second scan, only when some key has two spellings -- which most articles never have.
    by_key: dict[str, list[str]] = {}
    word_re = PLAIN_WORD_RE if is_plain(text) else WORD_RE
    for word in dict.fromkeys(word_re.findall(text)):
        if word not in variants:
            by_key.setdefault(key(word), []).append(word)
    wanted = {word for words in by_key.values() if len(words) >= 2 for word in words}
    spelled: dict[str, list[tuple[int, int]]] = {word: [] for word in wanted}
    if wanted:
        for m in word_re.finditer(text):
            spans = spelled.get(m.group(1))
            if spans is not None:
                spans.append(m.span(1))
    for k, words in by_key.items():
        if len(words) < 2:
            continue
        for word in words:
            spans = [s for s in spelled[word] if counted(s[0])]
            if spans:
                groups[k][word] = spans
    for m in _variant_re().finditer(text):
        word = m.group(1)
        if not counted(m.start()):
            continue
        if word.isupper() and _shouting(text, m.start(), m.end()):
            continue
        if FIXED_NAMES_RE.search(text[max(0, m.start() - 12) : m.start()]):
            continue
        if _legacy_phrase(text, m.start(), m.end()):
            continue
        groups["=" + variants[word]][word].append(m.span(1))
    return groups


def _legacy_phrase(text: str, start: int, end: int) -> bool:
    """ "Kiev Rus", "Chicken Kiev": a fixed phrase in which the old spelling is right."""
    from wirelint.rules import _names

    return _names.word_before(text, start) in _names.LEGACY_BEFORE or _names.word_after(text, end) in _names.LEGACY_AFTER


def _same_person(text: str, spans_a, spans_b) -> bool:
    """False when the two spellings come with different neighbouring names (two people)."""
    na = [_neighbours(text, s, e) for s, e in spans_a]
    nb = [_neighbours(text, s, e) for s, e in spans_b]
    for side in (0, 1):
        a = {n[side] for n in na if n[side]}
        b = {n[side] for n in nb if n[side]}
        if a and b and not (a & b):
            return False
    return True


def _foreign(spelling: str) -> int:
    from wirelint.rules._names import english_names, variants

    if spelling in english_names():
        return 0
    return 2 if spelling in variants() else 1


@rule(
    code="WL204",
    name="inconsistent-spelling",
    category="names",
    severity="warning",
    summary="One name spelled two ways in the same article",
    fix="safe",
    examples=[
        bad("Zelenskyy met aides. Later Zelenskyy spoke. [[Zelensky]] left.",
            fixed="Zelenskyy met aides. Later Zelenskyy spoke. Zelenskyy left."),
        bad("Troops left Kyiv. Shelling hit Kyiv and [[Kiev]]’s suburbs.",
            fixed="Troops left Kyiv. Shelling hit Kyiv and Kyiv’s suburbs."),
        bad("The U.S. Navy and U.S. officials said [[US]] troops left.",
            fixed="The U.S. Navy and U.S. officials said U.S. troops left."),
        good("Officials in Russia said Russiaâ€™s army had moved."),
        bad("Dmytro [[Kouleba]] spoke to reporters. Foreign Minister Dmytro Kuleba later left Kyiv."),
        bad("Sergei Shoigu spoke. Shoigu left. Shoigu later returned. [[Choïgu]] declined comment.",
            fixed="Sergei Shoigu spoke. Shoigu left. Shoigu later returned. Shoigu declined comment."),
        bad("Shoigu spoke. [[Choïgu]] left."),
        good("His predecessor, Sergei Choïgu, is also on the trip."),
        good("The two US rivals met, and the United States said nothing."),
        good("Mark Smith and Marc Jones met. Jon and John left. Carol and Carole stayed."),
        good("Philip Moss met Philipp Kern. Moss and Kern talked."),
        good("He ate chicken Kiev in Kyiv. Kyiv is the capital."),
        good("US STOCKS FALL AS U.S. DATA DISAPPOINTS. The U.S. economy slowed."),
    ],
)
def check(doc, options):
    text = doc.text
    groups = _occurrences(doc)
    hits = []
    for spellings in groups.values():
        if len(spellings) < 2:
            continue
        # Most frequent first; on a tie, a known English news spelling beats a known foreign one.
        # A known English spelling beats a known foreign or legacy one whatever the counts: WL203
        # fixes the foreign one to the English one, and two rules must never fix a span two ways
        # (issue 22 item 2: "Kiev"/"Kyiv" swapped back and forth).
        foreign = {w: _foreign(w) for w in spellings}
        conflict = 0 in foreign.values() and 2 in foreign.values()
        ranked = sorted(
            spellings.items(),
            key=lambda kv: (foreign[kv[0]] if conflict else 0, -len(kv[1]), foreign[kv[0]], kv[1][0][0]),
        )
        major, major_spans = ranked[0]
        # Never a fix towards a spelling WL203 reports as foreign or legacy.
        fixable = foreign[major] != 2
        for minor, spans in ranked[1:]:
            if not _same_person(text, major_spans, spans):
                continue
            clear = fixable and len(major_spans) >= 2 * len(spans)
            for s, e in spans:
                hits.append(
                    Hit(
                        s,
                        e,
                        f"“{minor}” is also spelled “{major}” in this article "
                        f"({len(spans)} against {len(major_spans)})",
                        replacement=major if clear else None,
                        help=f"use one spelling throughout: “{major}”",
                    )
                )
    hits.sort(key=lambda h: h.start)
    yield from hits
