"""A French, German, Spanish or Italian month name left in an English date.

A translation round trip, or copy lifted from a foreign wire, sometimes keeps the source's date
untranslated: "le 17 mai" comes back as "on 17 mai", "am 12. März" as "on 12. März",
"el 5 de mayo" as "on 5 de mayo". English readers may not recognise the month at all.

The month names live in ``data/foreign_months.tsv``. Several are also English words or names
("Mars" the planet, "Mai", "Avril", "Julio", County Mayo), so a month is only reported right
after a day number (1-31, French "1er", German "12."), and those ambiguous words only in their
native case (lower case, or capitalised for German) and with an unsafe fix. English month names
and English date orders are never touched.
"""

from __future__ import annotations

import re
from functools import lru_cache

from wirelint.rule import Hit, bad, good, rule
from wirelint.rules._data import tsv_records
from wirelint.rules._lazy import lazy_compile

DATA = "foreign_months.tsv"


@lru_cache(maxsize=1)
def months() -> dict[str, dict[str, str]]:
    return {r["word"]: r for r in tsv_records(DATA)}


@lru_cache(maxsize=1)
def pattern() -> re.Pattern[str]:
    words = sorted(months(), key=len, reverse=True)
    alternation = "|".join(re.escape(w) for w in words)
    return re.compile(
        r"(?<![\w.,:/-])(?P<day>[12]?\d|3[01])(?P<suffix>er|\.)?[ \u00a0](?:(?P<de>de)[ \u00a0])?"
        rf"(?P<month>{alternation})(?![\w-])",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def _day_start_re() -> re.Pattern[str]:
    """Where a match can start: a digit with no word character, dot, comma, colon, slash or
    hyphen before it (the look-behind follows the digit, so the scan jumps from digit to digit),
    followed by what could be the rest of a match: another digit, a suffix, a space, "de", then
    a letter some month name starts with (so "12 people" and "2024" are not tried)."""
    firsts = "".join(sorted({re.escape(w[0]) for w in months() if w}))
    return re.compile(rf"\d(?<![\w.,:/-]\d)(?=\d?(?:er|\.)?[ \u00a0](?:de[ \u00a0])?[{firsts}])", re.IGNORECASE)


def _matches(text: str):
    """``pattern().finditer(text)``, trying the pattern only where a day can start."""
    match = None  # the month alternation is compiled at the first place a date could be
    end = 0
    for c in _day_start_re().finditer(text):
        if match is None:
            match = pattern().match
        if c.start() < end:
            continue
        m = match(text, c.start())
        if m:
            yield m
            end = m.end()


DATE_BEFORE_RE = lazy_compile(
    r"(?:\b(?:on|by|for|since|until|till|from|to|before|after|of|between|and|le|du|au|el|del|il|dal|al|am|vom|bis)|[,(])[ \u00a0]$",
    re.IGNORECASE,
)
DATE_AFTER_RE = lazy_compile(r"(?:[ \u00a0](?:1[89]|2[01])\d\d(?!\d)|[ \u00a0]?[,.;:)!?]|[ \t\u00a0]*(?:\r|\n|$))")


def _date_context(text: str, start: int, end: int) -> bool:
    """An ambiguous month word is a month when a year, punctuation or the line end follows it,
    or a date preposition ("on", "since", "le", "el", "am") comes before the day."""
    return bool(DATE_AFTER_RE.match(text, end) or DATE_BEFORE_RE.search(text, max(0, start - 12), start))


def _lookup(word: str) -> dict[str, str] | None:
    """The data row for a word as written, honouring each language's capitalisation."""
    table = months()
    if word in table:
        return table[word]
    low = word.lower()
    if word[:1].isupper() and word[1:].islower() and low in table and table[low]["ambiguous"] == "no":
        return table[low]  # "17 Juin": a capitalised French month is still a month
    return None


@rule(
    code="WL305",
    name="foreign-month",
    category="typography",
    severity="warning",
    summary="French, German, Spanish or Italian month name in an English date",
    fix="safe",
    examples=[
        bad("The talks ended on [[17 mai]] in Paris.", fixed="The talks ended on 17 May in Paris."),
        bad("He was born on [[3 juin]] 2024 and baptised on [[1er juillet]].", fixed="He was born on 3 June 2024 and baptised on 1 July."),
        bad("The law took effect on [[12. März]] in Berlin.", fixed="The law took effect on 12 March in Berlin."),
        bad("The rally on [[5 de mayo]] drew thousands, and another on [[21 settembre]].", fixed="The rally on 5 May drew thousands, and another on 21 September."),
        bad("Elections are set for [[17 mars]] and [[2 Février]].", fixed="Elections are set for 17 March and 2 February."),
        good("The rover landed on Mars on 18 February; Mars 2 was a Soviet probe."),
        good("Cinco de Mayo falls on May 5; the Mayo Clinic and County Mayo; Avril 14 is a band."),
        good("They ordered 2 mai tais and met Julio 3 times on March 17 and 17 March."),
        good("Trains 3 Mai and 12 Juni are not dates without the German day's full stop."),
        good("In 2024 mars rovers; version 2.17 mai; score 3-12 marzo."),
    ],
)
def check(doc, options):
    text = doc.text
    for m in _matches(text):
        word = m.group("month")
        row = _lookup(word)
        if row is None:
            continue
        langs = row["languages"].split()
        german = "de" in langs and word[:1].isupper()
        if german and row["ambiguous"] == "yes" and m.group("suffix") != ".":
            continue  # "3 Mai" may be a name; "3. Mai" is a German date
        if m.group("de") and "es" not in langs:
            continue  # "de" belongs to Spanish dates only
        if m.group("suffix") == "." and not german:
            continue
        if m.group("suffix") == "er" and (m.group("day") != "1" or "fr" not in langs):
            continue
        if row["ambiguous"] == "yes" and not german and not _date_context(text, m.start(), m.end()):
            continue  # "Room 12 mars the view", "2 mai tais"
        lang = "de" if german else next((l for l in langs if l != "de"), langs[0])
        yield Hit(
            m.start(),
            m.end(),
            f"Foreign month name {word!r} ({row['english']})",
            replacement=f"{m.group('day')} {row['english']}",
            help=f"write the English month: {m.group('day')} {row['english']}",
            safe=False if row["ambiguous"] == "yes" else None,
            language=lang,
        )
