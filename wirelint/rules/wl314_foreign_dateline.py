"""A dateline in a foreign agency's format: Chinese "Xinhua, December 19-The coach said" (the date
fused to the first words with a bare hyphen, from "12月19日电"), Spanish and Mexican "Seville, 14
Mar (EFE).- The president" and "MONTERREY, Nuevo León.- Hundreds", and a stray full stop after
the month ("December. 08, 2020").

English datelines separate the place and date from the story with a dash and spaces ("SEVILLE,
Spain (AP) —", "BEIJING, Dec. 19 (Xinhua) --"), and write "December 8, 2020". Translation keeps
the source's format.

Reported only at the start of a paragraph (within its first 100 characters): a month and day
glued by a hyphen to a capitalised word, ".-" before a capitalised word, or the dash after an
agency's bracket glued to it ("Hanoi (VNA)– Rice exports"). A full month name
with a full stop is reported before a zero-padded day or a day and a year. Left alone: date
ranges ("December 19-20", "March 18-21"), abbreviated months with their full stop ("Dec. 8"),
datelines in English form, and an abbreviation's full stop before a hyphen ("U.S.- Italy").
"""

from __future__ import annotations

import re

from wirelint.rule import Hit, bad, good, rule
from wirelint.rules._lazy import lazy_compile

MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
FUSED_RE = lazy_compile(rf"\b(?:{MONTHS}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?)[ \u00a0]\d{{1,2}}(?:th|st|nd|rd)?(-)(?=[A-Z][a-z])")
SPANISH_RE = lazy_compile(r"\.(-)[ \u00a0]+(?=[A-ZÁÉÍÓÚÑ])")
MONTH_STOP_RE = lazy_compile(rf"\b(?:{MONTHS})(\.)(?=[ \u00a0](?:0\d\b|\d{{1,2}},[ \u00a0](?:19|20)\d\d\b))")
# Screens, each starting with its mark: a digit's hyphen before a capitalised word; a full stop
# before a zero-padded day or a day and a year.
FUSED_SCREEN_RE = re.compile(r"-(?<=\d-|h-|t-|d-)(?=[A-Z][a-z])")
STOP_SCREEN_RE = re.compile(r"\.(?=[ \u00a0](?:0\d\b|\d{1,2},[ \u00a0](?:19|20)\d\d\b))")
MONTH_NAMES = frozenset(MONTHS.split("|"))
REACH = 100  # how far into a paragraph a dateline may end
# An agency dateline's dash glued to its closing bracket: "Hanoi (VNA)– Vietnam's".
BRACKET_DASH_RE = lazy_compile(r"\)([–—-])(?=[ \u00a0]*[A-Z])")


@rule(
    code="WL314",
    name="foreign-dateline",
    category="typography",
    severity="warning",
    summary="Dateline in a foreign agency's format (date fused with a hyphen, '.-', 'December.')",
    fix="unsafe",
    examples=[
        bad("Xinhua, December 19[[-]]Didier Deschamps will stay on as coach.", fixed="Xinhua, December 19 — Didier Deschamps will stay on as coach."),
        bad("Seville, 14 Mar (EFE)[[.-]] The president of Andalusia spoke.", fixed="Seville, 14 Mar (EFE) — The president of Andalusia spoke."),
        bad("MONTERREY, Nuevo León[[.-]] Hundreds of residents queued for water.", fixed="MONTERREY, Nuevo León — Hundreds of residents queued for water."),
        bad("Posted December[[.]] 08, 2020 at noon.", fixed="Posted December 08, 2020 at noon."),
        bad("Hanoi (VNA)[[–]] Rice exports rose.", fixed="Hanoi (VNA) —  Rice exports rose."),
        good("BEIJING, Dec. 19 (Xinhua) -- The coach said. The talks ran December 19-20 and March 18-21."),
        good("SEVILLE, Spain (AP) — The president spoke on Dec. 8, 2020, and again in December. 5 people came."),
        good("U.S.- Italy Cooperation on security continues."),
    ],
)
def check(doc, options):
    text = doc.text
    fused = "-" in text and FUSED_SCREEN_RE.search(text) is not None
    spanish = ".-" in text
    bracket = ")–" in text or ")—" in text or ")-" in text
    if fused or spanish or bracket:
        for para in doc.paragraphs:
            head_end = min(para.end, para.start + REACH)
            for m in BRACKET_DASH_RE.finditer(text, para.start, head_end + 2) if bracket else ():
                if text.rfind("(", para.start, m.start()) < 0:
                    continue
                yield Hit(m.start(1), m.end(1), "Dateline dash glued to the closing bracket",
                          replacement=" — ", safe=False, help="write “Hanoi (VNA) — ”")
            for m in FUSED_RE.finditer(text, para.start, head_end + 2) if fused else ():
                yield Hit(m.start(1), m.end(1), "Date fused to the story with a bare hyphen (Chinese dateline)",
                          replacement=" — ", safe=False, help="write the dateline as “Dec. 19 (Xinhua) —”", language="zh")
            if spanish and ".-" in text[para.start:head_end]:
                for m in SPANISH_RE.finditer(text, para.start, head_end + 3):
                    i = m.start()
                    if i < 2 or text[i - 2] == "." or not (text[i - 1].isalpha() or text[i - 1] == ")"):
                        continue  # "U.S.- Italy": an abbreviation's full stop and a hyphen
                    yield Hit(m.start(), m.end(1), "“.-” after the dateline (Spanish agency format)",
                              replacement=" —", safe=False, help="write the dateline as “SEVILLE, Spain (EFE) —”", language="es")
    for c in STOP_SCREEN_RE.finditer(text):
        i = c.start()
        w = i
        while w > 0 and text[w - 1].isalpha() and i - w < 10:
            w -= 1
        if text[w:i] not in MONTH_NAMES:
            continue
        m = MONTH_STOP_RE.match(text, w)
        if m:
            yield Hit(m.start(1), m.end(1), "Full stop after the month's full name", replacement="",
                      help="write “December 8, 2020”")
