"""Numbers written the French (or German, Spanish, Italian) way in English copy.

Continental Europe writes a decimal comma ("3,5 %", "2,6 milliards"), spaces the percent sign
("50 %"), and separates thousands with a (no-break) space ("10 000") or with full stops
("1.500.000"). A translation round trip often keeps these forms, which English readers misread:
"2,6 billion" looks like a typo for 2,600 billion. English writes "3.5%", "2.6 billion", "50%",
"10,000" and "1,500,000".

What is left alone: a comma followed by exactly three digits is an English thousands separator
("2,600-mile border", "1,500 troops"); a decimal comma is only reported beside a unit, currency or
quantity word, where the reading is certain; a plain space between numbers is only reported when
the groups are clearly a single number (not a date such as "March 3 200 protesters"), and that
fix is unsafe.

The continental forms in other positions are reported too, where no English reading exists: a
comma with four or more digits after it ("1,0845") or two after it with no list around ("traded
at 32,45 against the dollar"), full-stop thousands with a decimal comma ("18.443,27"), one
full-stop group before a counted noun ("105.000 farmers", "1.500 metres" — never 105 with three
decimals), one digit and a space before "000" or a counted noun ("3 000 drones", "4 300 fans"),
the percent sign before the number ("%50", Turkish), a space after a currency sign ("$ 5 million",
"€ 300") and a currency sign after the amount ("300 €"), and foreign abbreviations of million and
billion after a decimal comma ("2,5 mln"). Decimals with a full stop ("3.125%", "1.500 seconds"
is not a count), version numbers, times ("10.30"), bond yields and English lists are left alone.
"""

from __future__ import annotations

import re

from wirelint.rule import Hit, bad, good, rule
from wirelint.rules._lazy import lazy_compile

SP = "[ \u00a0\u202f\u2009]"
# Every pattern below starts with a digit (or a space) and checks what precedes it with a
# look-behind placed after that first character: the scan skips other characters quickly.
UNITS = (
    r"%|percent\b|per[ ]cent\b|pc\b|billions?\b|millions?\b|trillions?\b|bn\b|euros?\b|dollars\b|"
    r"pounds\b|yuan\b|yen\b|roubles\b|rubles\b|francs\b|kilomet(?:er|re)s\b|km\b|kg\b|kilograms\b|"
    r"tonnes\b|tons\b|miles\b|met(?:er|re)s\b|cm\b|mm\b|degrees\b|°|points\b|hours\b|liters\b|"
    r"litres\b|mln\b|mld\b|mlrd\b|bln\b|mio\b|mrd\b|tys\b|thousands?\b|[€$£¥]"
)
# A decimal comma: 1-3 digits, a comma, then 1-2 or 4+ digits (three digits would be English
# thousands), then a unit.
DECIMAL_COMMA_RE = lazy_compile(rf"(\d(?<![\d.,]\d)\d{{0,2}}),(\d{{1,2}}|\d{{4,6}})(?![\d,])(?={SP}?(?:{UNITS}))", re.I)
SPACED_PERCENT_RE = lazy_compile(rf"({SP}(?<=\d{SP}){SP}?)%")
# Thousands separated by no-break or thin spaces: never English.
NBSP_THOUSANDS_RE = lazy_compile(r"\d(?<![\d.,]\d)\d{0,2}(?:[\u00a0\u202f\u2009]\d{3})+(?![\d,.]?\d)")
# Thousands separated by plain spaces: "10 000", "1 500 000". Two or three digits first, or
# several groups, so that "March 3 200 protesters" (a date then a number) does not match.
SPACE_THOUSANDS_RE = lazy_compile(r"\d(?<![\d.,]\d)(?:\d{1,2}(?: \d{3})+|(?: \d{3}){2,})(?! ?\d)(?![.,]\d)")
# Full stops as thousands separators, at least two groups: "1.500.000".
DOT_THOUSANDS_RE = lazy_compile(r"\d(?<![\d.,]\d)\d{0,2}(?:\.\d{3}){2,}(?![\d]|\.\d)")
# What every DOT_THOUSANDS_RE match holds; starting with a literal it is a quick screen.
NARROW_SPACES = ("\u00a0", "\u202f", "\u2009")  # what NBSP_THOUSANDS_RE separates groups with
DOT_GROUPS_RE = re.compile(r"\.\d{3}\.\d{3}")
# Likewise for DECIMAL_COMMA_RE (a comma, then digits as it wants them) and SPACE_THOUSANDS_RE.
DECIMAL_SCREEN_RE = re.compile(r",(?:\d{1,2}|\d{4,6})(?![\d,])")
SPACE_GROUP_RE = re.compile(r" \d\d\d(?<=\d \d\d\d)")
# Nouns a count goes with: a number before them is a whole number ("105.000 farmers").
COUNTED = (
    r"people|persons|residents|inhabitants|citizens|voters|fans|spectators|visitors|tourists|farmers|workers|"
    r"employees|jobs|children|students|soldiers|troops|police|officers|refugees|migrants|families|households|"
    r"homes|houses|buildings|cars|vehicles|drones|rockets|missiles|shells|euros|dollars|pounds|francs|pesos|"
    r"reais|liras|lira|yuan|yen|rubles|roubles|zlotys|copies|units|cases|deaths|victims|patients|doses|"
    r"signatures|members|participants|runners|athletes|animals|trees|sheep|cattle|tickets|seats|dong|rupiah|"
    r"rupees|won|zloty|forint|VND|USD|EUR|GBP|IDR|INR|CNY|RMB|JPY|KRW|TRY|BRL|MXN|ARS|COP|PLN|CZK|HUF|RUB|UAH|Rp"
)
# Units a measurement goes with: "42.195 kilometres" is a decimal, so only a round group
# ("1.500 metres", "1.200 litres") is read as thousands.
MEASURED = r"kilomet(?:re|er)s|met(?:re|er)s|km|m|lit(?:re|er)s|tonnes|tons|hectares|acres|barrels|kg|t"
SINGLE_DOT_GROUP_RE = lazy_compile(
    rf"\d(?<![\d.,]\d)\d{{0,2}}\.(?:\d{{3}}(?=[ \u00a0](?:{COUNTED})\b)|\d00(?=[ \u00a0](?:{MEASURED})\b))(?![\d.,]\d|\d)"
)
DOT_AND_COMMA_RE = lazy_compile(r"\d(?<![\d.,]\d)\d{0,2}(?:\.\d{3})+,\d{1,4}(?![\d.,]\d|\d)")
ONE_DIGIT_GROUP_RE = lazy_compile(rf"\d(?<![\d.,]\d)(?<!\d \d)[ \u00a0](?:000|\d{{3}}(?=[ \u00a0](?:{COUNTED})\b))(?![\d.,]?\d)")
# A decimal comma with no unit: four or more digits after it, or one or two with no list around.
LONG_DECIMAL_RE = lazy_compile(r"\d(?<![\d.,]\d)\d{0,2},\d{4,}(?![\d,.]\d|\d)")
SHORT_DECIMAL_RE = lazy_compile(r"\d(?<![\d.,]\d)\d{0,2},\d{2}(?![\d,]|\.\d)")
LIST_AFTER_RE = lazy_compile(r"[ \u00a0]?(?:,|and\b|or\b|&)[ \u00a0]?\d")
PERCENT_FIRST_RE = lazy_compile(r"%(?<![\w%]%)\d+(?:[.,]\d+)?(?![\w%])")
CURRENCY_SPACE_RE = lazy_compile(r"([$€£¥])(?<![\w$€£¥][$€£¥])[ \u00a0](?=\d)")
CURRENCY_AFTER_RE = lazy_compile(r"\d(?:[.,]\d+)?([ \u00a0][€£¥])(?![\w$€£¥])")
MONTHS = lazy_compile(
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|"
    r"july|august|september|october|november|december|no|nos|page|pages|p|pp|route|room|flight)\.?\s*$",
    re.I,
)


@rule(
    code="WL304",
    name="foreign-number-format",
    category="typography",
    severity="warning",
    summary="Decimal comma, spaced percent or space-separated thousands (continental number format)",
    fix="safe",
    examples=[
        bad("Inflation reached [[3,5]][[ %]] in April.", fixed="Inflation reached 3.5% in April."),
        bad("The deal is worth [[2,6]] billion dollars.", fixed="The deal is worth 2.6 billion dollars."),
        bad("A loan of [[1,5]] million euros and [[0,25]]€ per litre.", fixed="A loan of 1.5 million euros and 0.25€ per litre."),
        bad("Turnout was 50[[ %]].", fixed="Turnout was 50%."),
        bad("About [[10\u00a0000]] people fled and [[1\u202f500\u202f000]] were displaced.", fixed="About 10,000 people fled and 1,500,000 were displaced."),
        bad("Some [[25 000]] soldiers and [[1.500.000]] civilians.", fixed="Some 25,000 soldiers and 1,500,000 civilians."),
        good("Near the 2,600-mile border, 1,500 troops and 3.5% growth, 2.6 billion dollars."),
        good("On March 3 200 protesters gathered; in 2024 300 people were hired."),
        good("Scores were 3,5 and 7 in rounds 1,2 and 3; call 555 123 4567."),
        good("Version 1.2.3 was released on 12.03.2024 at 10.30, and 50 percent agreed."),
        good("Xi, 70, and Putin, 71, have met more than 40 times."),
        bad("The lira traded at [[32,45]] to the dollar, the euro at [[1,0845]] and the DAX at [[18.443,27]] points.",
            fixed="The lira traded at 32.45 to the dollar, the euro at 1.0845 and the DAX at 18,443.27 points."),
        bad("Payments to [[105.000]] farmers, a [[1.500]] metres race and [[3 000]] drones.",
            fixed="Payments to 105,000 farmers, a 1,500 metres race and 3,000 drones."),
        bad("Rates rose to [[%50]], a fine of [[$ ]]5 million and a ticket at 300[[ €]].", fixed="Rates rose to 50%, a fine of $5 million and a ticket at 300 €."),
        bad("A budget of [[2,5]] mln zlotys, [[1,2]] thousand million euros and rice at [[7.000]] VND/kg.",
            fixed="A budget of 2.5 mln zlotys, 1.2 thousand million euros and rice at 7,000 VND/kg."),
        good("Yields hit 3.125% and 1.500 seconds passed; at 10.30 on 12.03.2024 version 2.5 shipped."),
        good("Rounds 1,2 and 3, pages 10,12-14, the 4,12, 15 list, $5 and €300, 50% and US$5."),
        good("Prices of $2,791,105,000 and 48,000 units; a marathon of 42.195 kilometres."),
    ],
)
def check(doc, options):
    text = doc.text
    for m in DECIMAL_COMMA_RE.finditer(text) if DECIMAL_SCREEN_RE.search(text) else ():
        yield Hit(m.start(), m.end(), f"Decimal comma in {m.group(0)!r} (continental number format)",
                  replacement=f"{m.group(1)}.{m.group(2)}", help="use a decimal point", language="fr")
    for m in SPACED_PERCENT_RE.finditer(text) if "%" in text else ():
        yield Hit(m.start(), m.end(), "Space before the percent sign (French typography)",
                  replacement="%", help="write the percent sign against the number", language="fr")
    for m in NBSP_THOUSANDS_RE.finditer(text) if any(c in text for c in NARROW_SPACES) else ():
        yield Hit(m.start(), m.end(), f"Thousands separated by spaces in {m.group(0)!r}",
                  replacement=re.sub(r"[\u00a0\u202f\u2009]", ",", m.group(0)), help="separate thousands with commas",
                  language="fr")
    for m in SPACE_THOUSANDS_RE.finditer(text) if SPACE_GROUP_RE.search(text) else ():
        if MONTHS.search(text, max(0, m.start() - 12), m.start()):
            continue
        yield Hit(m.start(), m.end(), f"Thousands separated by spaces in {m.group(0)!r}",
                  replacement=m.group(0).replace(" ", ","), help="separate thousands with commas",
                  safe=False, language="fr")
    yield from _more(text)
    for m in DOT_THOUSANDS_RE.finditer(text) if DOT_GROUPS_RE.search(text) else ():
        yield Hit(m.start(), m.end(), f"Thousands separated by full stops in {m.group(0)!r}",
                  replacement=m.group(0).replace(".", ","), help="separate thousands with commas",
                  language="de")


# Screens for _more's patterns, each starting with its mark: the patterns run only when one finds
# something (a comma before other than three digits, full-stop thousands before a comma or a
# word, a space before three digits).
COMMA_SCREEN_RE = re.compile(r",(?:\d{1,2}(?!\d)|\d{4})")
DOT_COMMA_SCREEN_RE = re.compile(r"\.\d{3},\d")
DOT_WORD_SCREEN_RE = re.compile(r"\.\d{3}[ \u00a0][A-Za-z]")


def _more(text: str):
    """The continental forms outside the unit-bound patterns above."""
    if "," in text and COMMA_SCREEN_RE.search(text):
        for m in LONG_DECIMAL_RE.finditer(text):
            yield Hit(m.start(), m.end(), f"Decimal comma in {m.group(0)!r} (continental number format)",
                      replacement=m.group(0).replace(",", "."), help="use a decimal point", language="fr")
        for m in SHORT_DECIMAL_RE.finditer(text):
            if DECIMAL_COMMA_RE.match(text, m.start()):
                continue  # reported with its unit above
            before = text[max(0, m.start() - 2) : m.start()]
            if before.endswith((",", ", ", "& ")) or LIST_AFTER_RE.match(text, m.end()):
                continue  # a list: "1,2 and 3", "rounds 4,12, 15"
            if text[m.end() : m.end() + 1] in ("-", "–") or text[max(0, m.start() - 1) : m.start()] in ("-", "–", "/", ":"):
                continue  # "10,12-14", "p. 3,14/"
            yield Hit(m.start(), m.end(), f"Decimal comma in {m.group(0)!r} (continental number format)",
                      replacement=m.group(0).replace(",", "."), help="use a decimal point", language="fr")
    if "," in text and "." in text and DOT_COMMA_SCREEN_RE.search(text):
        for m in DOT_AND_COMMA_RE.finditer(text):
            whole, _, frac = m.group(0).partition(",")
            yield Hit(m.start(), m.end(), f"Full-stop thousands and a decimal comma in {m.group(0)!r}",
                      replacement=whole.replace(".", ",") + "." + frac, help="write thousands with commas and a decimal point",
                      language="de")
    if "." in text and DOT_WORD_SCREEN_RE.search(text):
        for m in SINGLE_DOT_GROUP_RE.finditer(text):
            yield Hit(m.start(), m.end(), f"Full stop as the thousands separator in {m.group(0)!r}",
                      replacement=m.group(0).replace(".", ","), help="separate thousands with a comma", language="es")
    if SPACE_GROUP_RE.search(text) or "\u00a0" in text:
        for m in ONE_DIGIT_GROUP_RE.finditer(text):
            if MONTHS.search(text, max(0, m.start() - 12), m.start()):
                continue
            yield Hit(m.start(), m.end(), f"Thousands separated by a space in {m.group(0)!r}",
                      replacement=m.group(0).replace(" ", ",").replace("\u00a0", ","), help="separate thousands with a comma",
                      safe=False, language="fr")
    if "%" in text:
        for m in PERCENT_FIRST_RE.finditer(text):
            yield Hit(m.start(), m.end(), f"Percent sign before the number in {m.group(0)!r} (Turkish order)",
                      replacement=m.group(0)[1:] + "%", help="write the percent sign after the number", language="tr")
    if any(c in text for c in "$€£¥"):
        for m in CURRENCY_SPACE_RE.finditer(text):
            yield Hit(m.start(), m.end(), f"Space after the currency sign {m.group(1)}",
                      replacement=m.group(1), help="write the sign against the amount", language="fr")
        for m in CURRENCY_AFTER_RE.finditer(text):
            yield Hit(m.start(1), m.end(1), f"Currency sign {m.group(1).strip()} after the amount (continental order)",
                      help="write the sign before the amount, or the currency's name after it", language="fr")
