"""Scores, times, dates and ordinals written the continental way: "after the 6:7 (7:9)", "won the
first set 25:22", "kick-off at 20.30 Uhr", "at 16h00", "a time of 1.54,07", "on 1.7.2027", "at
the 32. Round".

German, Polish, Dutch, French and Chinese copy write a score with a colon, often with the
half-time or tie-break score in brackets; German and Dutch times take a full stop ("20.30 Uhr"),
French ones an "h" ("16h00"), race times a full stop and a decimal comma ("1.54,07"); dates run
day.month.year; German ordinals are a number and a full stop ("32. Spieltag"). Translation keeps
every one; Italian and French race reports give gaps in primes ("23''", "1'58\" down"). English
writes "7-6 (9-7)", "25-22", "8.30pm" or "20:30", "4 p.m.", "1:54.07", "July 1, 2027", "the 32nd
round" and "23 seconds".

A colon score is only reported where it cannot be a time, ratio or verse: with a bracketed
half-time score after it, in a run of scores ("25:22, 25:19"), or after a word of the game
("won", "lost", "beat", "set", "game", "match", "victory", "after the") close before it. Dotted
times need a time word after them ("Uhr", "o'clock", "hours", "h"); dotted dates a four-digit year
and a day and month in range; a German ordinal a game or calendar noun after it and an article or
preposition before ("in the 89. minute"), which a sentence end never has.

Left alone: times with a colon or am/pm ("7:30", "8.30pm", "20:30 GMT"), ratios ("a 2:1 majority"),
verses ("John 3:16"), hyphenated scores ("2-1"), version numbers, and a sentence ending in a number.
"""

from __future__ import annotations

import re

from wirelint.rule import Hit, bad, good, rule
from wirelint.rules._lazy import lazy_compile

# Every pattern starts with the mark it is about (":", ".", "h", "'"), not with the number
# before it: the engine then jumps from mark to mark (numbers are everywhere in news copy), and
# the number before the mark is read by _number_before.
COLON_SCORE_RE = lazy_compile(r":(?<=\d:)(\d{1,2})(?![\d:]|[.,]\d)")
HALF_TIME_AFTER_RE = lazy_compile(r"[ \u00a0]?\((\d{1,2}):(\d{1,2})(?:,[ \u00a0]?\d{1,2}:\d{1,2})*\)")
SERIES_AFTER_RE = lazy_compile(r",[ \u00a0]\d{1,2}:\d{1,2}(?![\d:])")
SERIES_BEFORE_RE = lazy_compile(r"\d{1,2}:\d{1,2},[ \u00a0]$")
GAME_WORDS_RE = lazy_compile(
    r"\b(?:won|win|wins|winning|lost|lose|loses|beat|beats|beaten|defeated|defeat|victory|draw|drew|drawn|"
    r"score|scored|scoreline|set|sets|game|games|match|final|leg|half-time|halftime|lead|led|trailing|trailed|"
    r"after the|with a|by|tie-break|tiebreak|round)\b[^.!?\n]{0,30}$",
    re.IGNORECASE,
)
TIME_AFTER_RE = lazy_compile(r"[ \u00a0]?(?:a\.?m\.?|p\.?m\.?|GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|local|hours?\b|hrs?\b|h\b|o'clock|o’clock|Uhr)", re.IGNORECASE)
# After a number and its full stop: a time with a time word, a race time, a date, an ordinal.
DOTTED_TIME_RE = lazy_compile(r"\.(?<=\d\.)([0-5]\d)[ \u00a0]?(Uhr|o'clock|o’clock|hours|hrs|h)\b")
RACE_TIME_RE = lazy_compile(r"\.(?<=\d\.)([0-5]\d),(\d{1,2})(?!\d|[.,]\d)")
DOTTED_DATE_RE = lazy_compile(r"\.(?<=\d\.)(0?[1-9]|1[0-2])\.((?:19|20)\d\d)(?![\d.]\d|\d)")
# A German ordinal: a number, a full stop and a game or calendar noun ("89. minute"), after an
# article or preposition (ORDINAL_BEFORE) that no sentence ends with.
GERMAN_ORDINAL_RE = lazy_compile(
    r"\.(?<=\d\.)[ \u00a0]"
    r"(?=(?:[Mm]inute|[Rr]ound|[Mm]atchday|[Ss]tage|[Ll]ap|[Ll]eg|[Gg]ame|[Ss]eason|[Bb]irthday|[Aa]nniversary|"
    r"[Ee]dition|[Pp]lace|[Cc]entury|[Ww]eek|[Dd]ay|[Ff]loor|[Cc]ongress|[Pp]arty [Cc]ongress)s?\b)"
)
ORDINAL_BEFORE = frozenset("the at in on after from his her its their until before of".split())
FRENCH_TIME_RE = lazy_compile(r"h(?<=\dh)([0-5]\d)(?!\w)")
# Race gaps in primes, the Italian and French way: 23'' (seconds), 1'58" (a minute and 58
# seconds). Feet and inches use the same marks, so 1'58" counts only beside a word of the race.
DOUBLE_PRIME_RE = lazy_compile(r"''(?<=\d'')(?!')")
MINUTE_PRIME_RE = lazy_compile(r"['’](?<=\d['’])(\d{2})(?:\"|'')(?=[ \u00a0]+(?:down|behind|ahead|back|adrift|of advantage|advantage|lead|gap|clear)\b)")


def _number_before(text: str, i: int, longest: int = 2, not_before: str = ".,:") -> int:
    """Where the number of 1 to ``longest`` digits that ends at i starts, or -1 when there is
    none or it is part of something longer (a digit, or one of ``not_before``, precedes it)."""
    j = i
    while j > 0 and text[j - 1].isdigit() and i - j <= longest:
        j -= 1
    if j == i or i - j > longest or (j > 0 and (text[j - 1] in not_before or text[j - 1].isalnum())):
        return -1
    return j


def _ordinal(n: str) -> str:
    k = int(n)
    suffix = "th" if 10 <= k % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(k % 10, "th")
    return f"{k}{suffix}"


@rule(
    code="WL312",
    name="continental-score-time",
    category="typography",
    severity="warning",
    summary="Score, time, date or ordinal in continental notation (6:7, 20.30 Uhr, 16h00, 1.7.2027, 32. Round)",
    fix="unsafe",
    examples=[
        bad("He lost after the [[6:7]][[ (7:9)]], [[4:6]] defeat.", fixed="He lost after the 6-7 (7-9), 4-6 defeat."),
        bad("The hosts won the first set [[25:22]] and beat them [[3:1]].", fixed="The hosts won the first set 25-22 and beat them 3-1."),
        bad("Kick-off is at [[20.30 Uhr]], the launch at [[16h00]].", fixed="Kick-off is at 20:30, the launch at 16:00."),
        bad("She skated [[1.54,07]] and the rule applies from [[1.7.2027]].", fixed="She skated 1:54.07 and the rule applies from 1.7.2027."),
        bad("He scored in the [[89.]] minute of the [[32.]] Round.", fixed="He scored in the 89th minute of the 32nd Round."),
        bad("She won with [[23'']] of advantage; her rival finished [[1'58\"]] down.",
            fixed="She won with 23 seconds of advantage; her rival finished 1:58 down."),
        good("Trains leave at 7:30 and 20:30 GMT; a 2:1 majority; John 3:16; they won 2-1 at 8.30pm."),
        good("The meeting ran from 10:00 to 16:00 BST. Version 1.2.3 shipped in 2024. He was born in 1989. Round two starts."),
        good("The ratio was 3:1 in the survey, and the score 2-0 at half-time."),
        good("He is 6'2\" tall and the shelf is 5'10\" wide."),
    ],
)
def check(doc, options):
    text = doc.text
    if ":" in text:
        yield from _colon_scores(text)
    if "." in text:
        yield from _dotted(text)
    if "'" in text or "’" in text:
        for m in MINUTE_PRIME_RE.finditer(text):
            j = _number_before(text, m.start(), 2, "'’")
            if j < 0:
                continue
            yield Hit(j, m.end(), f"Race gap in primes: {text[j:m.end()]!r}",
                      replacement=f"{text[j:m.start()]}:{m.group(1)}", safe=False, help="write 1:58 or 1min 58sec", language="it")
        for m in DOUBLE_PRIME_RE.finditer(text):
            j = _number_before(text, m.start(), 2, "'’")
            if j < 0:
                continue
            yield Hit(j, m.end(), f"Seconds written with two primes: {text[j:m.end()]!r}",
                      replacement=f"{text[j:m.start()]} seconds", safe=False, help="write 23 seconds or 0:23", language="it")
    if "h" in text:
        for m in FRENCH_TIME_RE.finditer(text):
            j = _number_before(text, m.start(), 2, ".,:_")
            if j < 0 or int(text[j : m.start()]) > 23:
                continue
            yield Hit(j, m.end(), f"Time in French notation: {text[j:m.end()]!r}",
                      replacement=f"{text[j:m.start()]}:{m.group(1)}", safe=False, help="write 4 p.m. or 16:00", language="fr")


def _dotted(text: str):
    for m in DOTTED_TIME_RE.finditer(text):
        j = _number_before(text, m.start())
        if j < 0 or int(text[j : m.start()]) > 23:
            continue
        yield Hit(j, m.end(), f"Time in continental notation: {text[j:m.end()]!r}",
                  replacement=f"{text[j:m.start()]}:{m.group(1)}", safe=False, help="write 8.30pm or 20:30", language="de")
    for m in RACE_TIME_RE.finditer(text):
        j = _number_before(text, m.start())
        if j < 0:
            continue
        yield Hit(j, m.end(), f"Race time in continental notation: {text[j:m.end()]!r}",
                  replacement=f"{text[j:m.start()]}:{m.group(1)}.{m.group(2)}", safe=False,
                  help="write minutes:seconds.hundredths", language="nl")
    for m in DOTTED_DATE_RE.finditer(text):
        j = _number_before(text, m.start(), 2, ".,:/")
        if j < 0 or not 1 <= int(text[j : m.start()]) <= 31:
            continue
        yield Hit(j, m.end(), f"Date written day.month.year: {text[j:m.end()]!r}",
                  help="write the month's name: July 1, 2027 or 1 July 2027", language="de")
    for m in GERMAN_ORDINAL_RE.finditer(text):
        j = _number_before(text, m.start(), 3)
        if j < 2 or text[j - 1] not in " \u00a0":
            continue
        w = j - 1
        while w > 0 and text[w - 1].isalpha():
            w -= 1
        if text[w : j - 1].lower() not in ORDINAL_BEFORE or (w and text[w - 1].isalnum()):
            continue
        n = text[j : m.start()]
        yield Hit(j, m.start() + 1, f"German ordinal {n}. (a number and a full stop)",
                  replacement=_ordinal(n), safe=False, help=f"write {_ordinal(n)}", language="de")


def _colon_scores(text: str):
    done = 0  # end of the last bracketed score reported
    for m in COLON_SCORE_RE.finditer(text):
        start = _number_before(text, m.start(), 2, ":.,")
        if start < 0 or start < done or TIME_AFTER_RE.match(text, m.end()):
            continue
        ht = HALF_TIME_AFTER_RE.match(text, m.end())
        before = text[max(0, start - 50) : start]
        if before.rstrip().lower().endswith(("at", "from", "until", "till", "to", "by", "before", "since", "around",
                                             "about", "john", "verse", "chapter", "psalm", "ratio of", "ratio")):
            if not ht:
                continue  # a time or a verse
        in_series = SERIES_AFTER_RE.match(text, m.end()) or SERIES_BEFORE_RE.search(before)
        if not (ht or in_series or GAME_WORDS_RE.search(before)):
            continue
        a, b = text[start : m.start()], m.group(1)
        yield Hit(start, m.end(), f"Score with a colon: {a}:{b!s}", replacement=f"{a}-{b}", safe=False,
                  help="write scores with a hyphen: 7-6", language="de")
        if ht:
            done = ht.end()
            yield Hit(m.end(), ht.end(), f"Score with a colon in brackets: {ht.group().strip()!r}",
                      replacement=" " + ht.group().strip().replace(":", "-"), safe=False,
                      help="write scores with a hyphen: (9-7)", language="de")
