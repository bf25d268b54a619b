"""Punctuation of another writing system left in English text: the Chinese and Japanese full-width
comma, full stop, colon and brackets ("，", "。", "：", "（"), Japanese corner brackets as quotation
marks ("「…」"), the Arabic comma and question mark ("،", "؟"), and Spanish opening marks ("¿", "¡").

Machine translation replaces the words and often keeps the marks between them, and copy pasted
from a foreign page carries them. English has none of these marks; a reader sees a wide gap, an
odd bracket or an upside-down question mark.

Left alone: the marks inside text of their own script (a Chinese or Arabic name or quotation
written in it, "北京（中国）"), Spanish opening marks before Spanish words inside a quotation, and
the ideographic space. The fix replaces a full-width mark or a corner bracket with its English
form and is safe; the Spanish and Arabic marks' fixes are the English mark or nothing.
"""

from __future__ import annotations

import re

from wirelint.rule import Hit, bad, good, rule

REPLACEMENTS = {
    "，": ", ", "。": ". ", "：": ": ", "；": "; ", "！": "! ", "？": "? ", "（": " (", "）": ") ", "、": ", ",
    "「": "“", "」": "”", "『": "‘", "』": "’", "《": "“", "》": "”", "【": "[", "】": "]",
    "،": ", ", "؛": "; ", "؟": "?", "¿": "", "¡": "",
}
MARKS_RE = re.compile("[" + "".join(REPLACEMENTS) + "]")
NO_SPACE_BEFORE = ",.;:!?)”’" + "".join(REPLACEMENTS)  # what a replacement's trailing space may not precede
# Letters of the scripts these marks belong to (CJK, kana, hangul; Arabic).
NATIVE_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\u0600-\u06ff\u0750-\u077f]")
NAMES = {"，": "full-width comma", "。": "ideographic full stop", "：": "full-width colon", "；": "full-width semicolon",
         "！": "full-width exclamation mark", "？": "full-width question mark", "（": "full-width bracket",
         "）": "full-width bracket", "、": "ideographic comma", "「": "corner bracket", "」": "corner bracket",
         "『": "corner bracket", "』": "corner bracket", "《": "title bracket", "》": "title bracket",
         "【": "lenticular bracket", "】": "lenticular bracket", "،": "Arabic comma", "؛": "Arabic semicolon",
         "؟": "Arabic question mark", "¿": "Spanish inverted question mark", "¡": "Spanish inverted exclamation mark"}
SPANISH = re.compile(r"[ñáéíóúü]|\b(?:qué|cómo|dónde|cuándo|por|para|el|la|los|las|es|no|sí|vamos|viva|ay|hola)\b", re.IGNORECASE)


@rule(
    code="WL316",
    name="foreign-punctuation",
    category="typography",
    severity="warning",
    summary="Chinese, Japanese, Arabic or Spanish punctuation left in English text",
    fix="safe",
    examples=[
        bad("Exports rose 12 percent[[，]]the ministry said.", fixed="Exports rose 12 percent, the ministry said."),
        bad("He said [[「]]the line held[[」]] after the quake.", fixed="He said “the line held” after the quake."),
        bad("Two men were arrested[[،]] police said.", fixed="Two men were arrested, police said."),
        bad("Who will pay for the water[[¿]] Nobody knows.", fixed="Who will pay for the water Nobody knows."),
        good("The sign read 北京（中国）， and the banner «مرحبا، أهلا»."),
        good("Fans chanted “¡Viva España!” and asked “¿Qué pasa?” in Madrid."),
    ],
)
def check(doc, options):
    text = doc.text
    if text.isascii() or not MARKS_RE.search(text):
        return
    n = len(text)
    run: list = []  # adjacent marks are reported as one finding ("，」": one slip, not two)
    for m in MARKS_RE.finditer(text):
        i = m.start()
        c = m.group()
        if NATIVE_RE.search(text, max(0, i - 2), i) or NATIVE_RE.search(text, i + 1, i + 3):
            continue  # inside text of the mark's own script
        if c in "¿¡" and (doc.in_quote(i) or SPANISH.search(text, i + 1, min(n, i + 25))):
            continue  # Spanish quoted as Spanish
        rep = REPLACEMENTS[c]
        # no doubled space, none before the end of a line or a mark
        if rep.endswith(" ") and (i + 1 >= n or text[i + 1].isspace() or text[i + 1] in NO_SPACE_BEFORE):
            rep = rep.rstrip()
        if rep.startswith(" ") and (i == 0 or text[i - 1].isspace() or text[i - 1] in REPLACEMENTS):
            rep = rep.lstrip()
        if run and run[-1][1] == i:
            run.append((i, i + 1, c, rep))
            continue
        if run:
            yield _hit(run)
        run = [(i, i + 1, c, rep)]
    if run:
        yield _hit(run)


def _hit(run) -> Hit:
    start, end = run[0][0], run[-1][1]
    marks = "".join(r[2] for r in run)
    rep = "".join(r[3] for r in run)
    first = NAMES[run[0][2]]
    what = f"{first[0].upper()}{first[1:]}" if len(run) == 1 else "Foreign punctuation"
    return Hit(start, end, f"{what} {marks!r} in English text", replacement=rep,
               help=f"use the English mark{'s' if len(run) > 1 else ''}{': ' + rep.strip() if rep.strip() else ''}")
