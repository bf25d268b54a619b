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
    r"litres\b|[€$£¥]"
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
    for m in DOT_THOUSANDS_RE.finditer(text) if DOT_GROUPS_RE.search(text) else ():
        yield Hit(m.start(), m.end(), f"Thousands separated by full stops in {m.group(0)!r}",
                  replacement=m.group(0).replace(".", ","), help="separate thousands with commas",
                  language="de")
