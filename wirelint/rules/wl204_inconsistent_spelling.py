"""One name spelled two ways in the same article: "Zelensky" and "Zelenskyy", "Kiev" and
"Kyiv", "US" and "U.S.".

Wire copy follows one house style throughout. A second spelling of the same name inside one
article is a sign that part of the text went through another language and back (French writes
"Choïgu" and "Zelensky", German "Selenskyj") or was pasted from another source. The rule groups
spellings two ways:

- by a transliteration key: diacritics stripped, doubled letters collapsed, and digraphs that
  transliteration systems render differently made equal (French "ch"/"ou"/"j" for English
  "sh"/"u"/"zh", "iy"/"yj" endings for "y", German and Polish "w" for "v"; "ł", "ø" and the like as plain letters). Capitalised
  words of four letters or more take part ("Dijk"/"Dyck"), and of three when they differ only by
  diacritics ("São"/"Sao"); "Mark"/"Marc" and "Jon"/"John" have different keys and never meet;
- by a table of known variants (``data/spelling_variants.tsv``): "Kiev"/"Kyiv",
  "Kharkov"/"Kharkiv", "U.S."/"US", "U.N."/"UN" and so on.

- by a near miss (a typo or one transliteration step the key does not cover: "Gantz"/"Ganzt",
  a correspondent's "KAHN" in a transcript's speaker label and "Khan" in the
  copy): two capitalised words with the same initial one edit apart (a letter changed, added,
  dropped or two swapped; five letters or more, four for a swap). Candidates are found by
  bucketing each spelling under its deletion variants — never by comparing every pair, and a
  bucket that collects many spellings (a list of codes, a table of names) is not a drift and is
  skipped. A near miss is reported only when the majority form occurs at least twice and more
  often than the other, neither form is an ordinary word, the two are not known distinct names
  (two places of the gazetteer such as Austria/Australia or Slovenia/Slovakia, two newsmakers, or
  a pair in ``distinct_names.tsv``: Jordan/Jordon, Iran/Iraq), neither is the other plus an
  ending (Korea/Korean, Israel/Israeli, a possessive or plural) and the two are not both first
  names (Mario and Maria Rossi are two people). Its fix is unsafe: the editor checks the name.

- by British and American spelling of one word ("armoured"/"armored", "defence"/"defense",
  "organise"/"organize", "centre"/"center", "travelled"/"traveled"): a lowercase word whose
  American form (by the regular correspondences) is an ordinary American word that the article
  also uses, while the word itself is not one ("four" is no British "for").

It reports every occurrence of the minority spelling and names the majority one. The option
``accept`` lists groups of spellings the house uses side by side (``accept = [["U.S.", "US"]]``):
they are never reported against each other. When the
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
WORD_RE = re.compile(r"([A-Z](?<![\w.’'-][A-Z])[^\W\d_A-Z]{2,30})(?:’s|'s)?(?![\w€-])")
# The same on plain text (ASCII and clean punctuation: no letter or digit beyond ASCII), where
# the ASCII classes scan faster.
PLAIN_WORD_RE = re.compile(r"([A-Z](?<![A-Za-z0-9_.’'-][A-Z])[a-z]{3,30})(?:’s|'s)?(?![A-Za-z0-9_€-])")
REPEAT_RE = re.compile(r"(.)\1+")
CAPS_WORD_RE = re.compile(r"[A-Z]{2,}")
FIXED_NAMES_RE = re.compile(r"\b(?:Dynamo|[Cc]hicken) \Z")
DIGRAPHS = (("tch", "ch"), ("sch", "sh"), ("ch", "sh"), ("dzh", "j"), ("zh", "j"), ("dj", "j"),
            ("ou", "u"), ("iy", "y"), ("yj", "y"), ("ij", "y"), ("ph", "f"), ("ck", "k"), ("w", "v"))


# Letters with no Unicode decomposition that spelling without diacritics drops all the same.
UNDECOMPOSED = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss",
                              "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ı": "i", "ħ": "h"})


def _accent_only(a: str, b: str) -> bool:
    """The two spellings differ only by diacritics: "São"/"Sao"."""
    strip = lambda w: "".join(c for c in unicodedata.normalize("NFKD", w.translate(UNDECOMPOSED)) if not unicodedata.combining(c))
    return strip(a) == strip(b)


@lru_cache(maxsize=65536)
def key(word: str) -> str:
    """The transliteration key of a word: two spellings with the same key are one name."""
    if word.isascii():
        k = word.lower()  # nothing to decompose
    else:
        decomposed = unicodedata.normalize("NFKD", word.translate(UNDECOMPOSED))
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
        if doc.zone_at(offset) != "body":
            return False
        q = doc.quote_at(offset)
        return q is None or not q.closed  # (an unclosed mark runs to the paragraph's end: no quotation)

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
        if min(map(len, words)) < 4 and not all(_accent_only(words[0], w) for w in words[1:]):
            continue  # three letters: only a difference of diacritics counts ("São"/"Sao")
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


# Capitalised words before a name that are titles, not names: "President Zelenskyy" and
# "Volodymyr Zelensky" are one person.
TITLE_WORDS = frozenset(
    "President Prime Minister Mr Mrs Ms Dr Gen General Chancellor King Queen Prince Princess Senator "
    "Sen Governor Gov Mayor Secretary Foreign Defence Defense Deputy Vice Chief Commander Colonel Col "
    "Captain Capt Lt Sgt Judge Justice Ambassador Pope Sheikh Emir Sultan Coach Manager Captain Rep "
    "Representative Speaker Leader Premier Director Chairman Chairwoman Professor Prof Former Ex "
    "The In On At By For With And But Of To From As".split()
)


def _same_person(text: str, spans_a, spans_b) -> bool:
    """False when the two spellings come with different neighbouring names (two people)."""
    na = [_neighbours(text, s, e) for s, e in spans_a]
    nb = [_neighbours(text, s, e) for s, e in spans_b]
    for side in (0, 1):
        a = {key(n[side]) for n in na if n[side] and n[side] not in TITLE_WORDS}
        b = {key(n[side]) for n in nb if n[side] and n[side] not in TITLE_WORDS}  # "María"/"Maria Jesus"
        if a and b and not (a & b):
            return False
    return True


def _foreign(spelling: str) -> int:
    from wirelint.rules._names import english_names, variants

    if spelling in english_names():
        return 0
    return 2 if spelling in variants() else 1


# --- near misses ------------------------------------------------------------------------------
# A capitalised word (first letter A-Z) of four letters or more, or a word in capitals; the
# look-behind after the first letter keeps the scan on capitals.
NEAR_RE = re.compile(r"[A-Z](?<![\w.’'-][A-Z])(?:[^\W\d_A-Z]{3,30}|[A-Z]{3,30})(?![\w€-])")
MAX_BUCKET = 6
ENDINGS = ("s", "es", "n", "an", "ian", "i", "is", "ese", "ish", "ic", "ans")


def _deletions(k: str):
    """k and k less one letter: two words one edit apart share one of these (a changed letter:
    the same position dropped; an added one: the longer less it; a swap: either letter dropped)."""
    yield k
    for i in range(len(k)):
        yield k[:i] + k[i + 1 :]


def _one_edit(a: str, b: str) -> bool:
    """Whether b is a with one letter changed, added, dropped, or two neighbours swapped."""
    if a == b:
        return False
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    i = 0
    while i < min(la, lb) and a[i] == b[i]:
        i += 1
    if la == lb:
        if a[i + 1 :] == b[i + 1 :]:
            return True
        return i + 1 < la and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2 :] == b[i + 2 :]
    if la > lb:
        a, b = b, a
    return a[i:] == b[i + 1 :]


@lru_cache(maxsize=1)
def _distinct() -> frozenset[frozenset[str]]:
    return frozenset(frozenset((r["name"], r["other"])) for r in tsv_records("distinct_names.tsv"))


def _known_distinct(a: str, b: str) -> bool:
    from wirelint.rules import _names

    if frozenset((a, b)) in _distinct():
        return True
    places = _names.places()
    if a.lower() in places and b.lower() in places:
        return True  # two places of the gazetteer: Austria/Australia
    english = _names.english_names()
    return a in english and b in english and english[a] != english[b]


def _morphology(a: str, b: str) -> bool:
    """Korea/Korean, Israel/Israeli, Trump/Trumps: one is the other plus an ending."""
    if len(a) > len(b):
        a, b = b, a
    if b.startswith(a) or any(b == a + e for e in ENDINGS):
        return True
    return a[-1:] in ("a", "e", "y") and any(b == a[:-1] + e for e in ENDINGS if len(e) >= 2)  # Italy/Italian


def _ordinary(word: str) -> bool:
    from wirelint.rules import _capitals, _names

    low = word.lower()
    return _names.is_common(low) or low in _capitals.lowercase_words()


def _near_pairs(doc, counts: dict[str, list[tuple[int, int]]]) -> list[tuple[str, str]]:
    """Pairs of spellings (as written) that are near misses of each other, bucketed."""
    norm: dict[str, str] = {}
    for w in counts:
        t = w if not w.isupper() else w[0] + w[1:].lower()
        if len(t) >= 4:
            norm[w] = key(t)
    buckets: dict[str, set[str]] = {}
    for w, k in norm.items():
        for d in _deletions(k):
            buckets.setdefault(d, set()).add(w)
    pairs = set()
    for b, members in buckets.items():
        if len(members) < 2 or len(members) > MAX_BUCKET:
            continue
        ordered = sorted(members)
        for i, a in enumerate(ordered):
            for c in ordered[i + 1 :]:
                ka, kc = norm[a], norm[c]
                if ka == kc or a[0].lower() != c[0].lower():
                    continue
                if _one_edit(ka, kc) and (min(len(a), len(c)) >= 5 or (len(ka) == len(kc) and sorted(ka) == sorted(kc))):
                    pairs.add((a, c))
    return sorted(pairs)


def _first_name(text: str, spans) -> bool:
    """Whether every use of the spelling is followed by another capitalised word (a first name)."""
    return all(re.match(r" [A-Z][a-z]", text[e : e + 3]) for _, e in spans)


def _near_misses(doc, text: str):
    """Hits for near-miss spellings (typos, a transliteration step the key misses)."""
    from wirelint.rules import _capitals  # noqa: F401  (the lowercase list, read on first need)

    counted: dict[str, list[tuple[int, int]]] = {}
    for m in NEAR_RE.finditer(text):
        counted.setdefault(m.group(), []).append(m.span())
    if len(counted) < 2:
        return []
    hits = []
    taken: set[str] = set()
    for a, b in _near_pairs(doc, counted):
        if a in taken or b in taken:
            continue
        if _morphology(a.lower(), b.lower()) or _ordinary(a) or _ordinary(b) or _known_distinct(a, b):
            continue
        spans = {}
        for w in (a, b):
            spans[w] = [s for s in counted[w] if doc.zone_at(s[0]) == "body" and not doc.in_quote(s[0])]
        if not spans[a] or not spans[b]:
            continue
        caps = [w for w in (a, b) if w.isupper()]
        if len(caps) == 2:
            continue
        if caps:
            major = caps[0]  # a speaker label or a name in capitals: typed from a roster
            minor = b if major == a else a
        else:
            major, minor = sorted((a, b), key=lambda w: (-len(spans[w]), spans[w][0][0]))
            if len(spans[major]) < 2 or len(spans[major]) <= len(spans[minor]):
                continue
            if _first_name(text, spans[a]) and _first_name(text, spans[b]):
                continue  # Mario and Maria: two people
            if not _same_person(text, spans[major], spans[minor]):
                continue
        fix = major if not major.isupper() else major[0] + major[1:].lower()
        taken.update((a, b))
        for s, e in spans[minor]:
            hits.append(Hit(s, e, f"“{minor}” is also spelled “{major}” in this article (a typo?)",
                            replacement=fix, safe=False, help=f"check the name and spell it one way: “{fix}”?"))
    return hits


# --- British and American spellings ----------------------------------------------------------------
LOWER_WORD_RE = re.compile(r"(?<![\w'’-])[a-z]{4,30}(?![\w'’-])")
BRITISH = (("our", "or"), ("ence", "ense"), ("ise", "ize"), ("isation", "ization"), ("ising", "izing"),
           ("ised", "ized"), ("tre", "ter"), ("ogue", "og"), ("lled", "led"), ("lling", "ling"), ("yse", "yze"))


def _american(word: str) -> str | None:
    for a, b in BRITISH:
        i = word.find(a)
        if i > 0:
            return word[:i] + b + word[i + len(a) :]
    return None


def _spelling_pairs(doc, text: str):
    from wirelint.rules import _names

    words: dict[str, list[tuple[int, int]]] = {}
    for m in LOWER_WORD_RE.finditer(text):
        words.setdefault(m.group(), []).append(m.span())
    hits = []
    for w, spans in words.items():
        us = _american(w)
        if us is None or us not in words or _names.is_common(w) or not _names.is_common(us):
            continue
        forms = {}
        for form in (w, us):
            forms[form] = [sp for sp in words[form] if doc.zone_at(sp[0]) == "body" and not doc.in_quote(sp[0])]
        if not forms[w] or not forms[us]:
            continue
        major, minor = sorted((w, us), key=lambda f: (-len(words[f]), words[f][0][0]))
        if len(words[major]) < 2 * len(words[minor]) or not forms[major]:
            continue  # no clear house spelling (counting quotations): an interview may mix them
        for a, b in forms[minor]:
            hits.append(Hit(a, b, f"“{minor}” is also spelled “{major}” in this article (British and American spelling)",
                            replacement=major, help=f"use one spelling throughout: “{major}”"))
    return hits


def _accepted(options) -> list[frozenset[str]]:
    """The house's accepted pairs: ``accept = [["U.S.", "US"], ["Zelensky", "Zelenskyy"]]``."""
    out = []
    for group in options.get("accept") or ():
        if isinstance(group, (list, tuple)) and all(isinstance(w, str) for w in group):
            out.append(frozenset(group))
    return out


@rule(
    code="WL204",
    name="inconsistent-spelling",
    category="names",
    severity="warning",
    summary="One name spelled two ways in the same article",
    fix="safe",
    options={"accept": []},
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
        good("The U.S. Navy and U.S. officials said US troops left.", accept=[["U.S.", "US"]]),
        bad("Benny Gantz joined the cabinet. Gantz said the war would be long, and [[Ganzt]] stressed unity.",
            fixed="Benny Gantz joined the cabinet. Gantz said the war would be long, and Gantz stressed unity."),
        bad("Ancelotti praised the team. Ancelotti said the [[Ancellotti]] era goes on."),
        bad("MARTA KOWALSKA, BYLINE: The vote was close.\n\nOur reporter Marta [[Kowalksa]] has more on the count."),
        good("Austria beat Australia, Slovenia drew with Slovakia, and Iran met Iraq. Austria won again."),
        good("Korea and the Korean team, Israel and Israeli troops, Trump and the Trumps: Korea won."),
        good("Mario Rossi and his sister Maria Rossi spoke. Mario Rossi left first, then Mario returned."),
        good("These talks and those talks ended. These were long."),
        bad("The armored vehicles and armored trucks crossed; the [[armoured]] column waited.",
            fixed="The armored vehicles and armored trucks crossed; the armored column waited."),
        good("Four of the five ministers met for talks on defence; the hour was late."),
    ],
)
def check(doc, options):
    text = doc.text
    groups = _occurrences(doc)
    accepted = _accepted(options)
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
            if any(major in g and minor in g for g in accepted):
                continue  # a house-style pair the configuration accepts
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
    reported = {(h.start, h.end) for h in hits}
    extra = _near_misses(doc, text) + _spelling_pairs(doc, text)
    if accepted:
        extra = [h for h in extra if not any(text[h.start : h.end] in g and h.replacement in g for g in accepted)]
    hits.extend(h for h in extra if (h.start, h.end) not in reported)
    hits.sort(key=lambda h: h.start)
    yield from hits
