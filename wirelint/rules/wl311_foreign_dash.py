"""Dashes used the Spanish, French or Chinese way: an incise opened after a space and closed
before one ("the minister —as expected— resigned"), a dash that introduces the attribution of
speech ("“We will win,” – he said"; "We will win, — said the coach"), and a doubled em dash
("momentum——the data").

Spanish and Portuguese set off an aside with a dash spaced only on the outside (" —así— "); they
and Russian mark dialogue with a dash before the narrator's words ("—Ganaremos —dijo"); Chinese
writes its dash as two em dashes with no space ("——"). Machine translation keeps all three.
English sets a dash either closed on both sides ("minister—as expected—resigned") or spaced on
both sides ("minister — as expected — resigned"), never introduces "he said" with a dash, and
writes one em dash.

Left alone: English dashes, closed or spaced; ranges ("2010–2014", "pages 3–5"); a dash before
an attribution in a byline or sign-off ("— Reuters"); the ASCII double hyphen "--" (plain-text
copy's em dash) and the doubled en dash "––" some newsrooms type for it. The fix for an incise or a dialogue dash is unsafe (the writer may want commas
or a new sentence); "——" becomes one em dash.
"""

from __future__ import annotations

import re

from wirelint.rule import Hit, bad, good, rule
from wirelint.rules._lazy import lazy_compile

DASHES = "—–"
# " —aside— ": a dash after a space and before a word, then (within one line) a dash after a
# word or punctuation and before a space or punctuation.
INCISE_RE = lazy_compile(r"([—–])(?<=[ \u00a0][—–])(?=[^\W_])([^—–\n]{1,150}?)(?<=[^\W_]|[.,!?])([—–])(?=[ \u00a0,.;:]|$)")
SPEECH_WORDS = (
    r"he|she|they|we|I|said|says|added|adds|told|asked|explained|stressed|noted|insisted|declared|continued|"
    r"concluded|replied|answered|warned|wrote|argued|recalled|assured|admitted|exclaimed|shouted"
)
# A dash right after the end of a quotation or of a spoken sentence, before an attribution.
DIALOGUE_RE = lazy_compile(rf"([—–])(?:(?<=[”\",.!?][—–])|(?<=[”\",.!?][ \u00a0][—–]))[ \u00a0]?(?=(?:{SPEECH_WORDS})\b)")
DOUBLE_RE = re.compile("——+")  # (two en dashes "––" are an em dash typed on some keyboards: VOA prints them)


@rule(
    code="WL311",
    name="foreign-dash",
    category="typography",
    severity="warning",
    summary="Dash used as a Spanish or French incise or dialogue mark, or a doubled Chinese dash",
    fix="unsafe",
    examples=[
        bad("The minister[[ —]]as expected[[—]] resigned on Friday.", fixed="The minister, as expected, resigned on Friday."),
        bad("“We will rebuild the port,”[[ –]] he said.", fixed="“We will rebuild the port,” he said."),
        bad("We will win,[[ —]] said the coach.", fixed="We will win, said the coach."),
        bad("Growth gained momentum[[——]]the data show a rebound.", fixed="Growth gained momentum — the data show a rebound."),
        good("The minister—as expected—resigned. The minister — as expected — resigned."),
        good("From 2010–2014, pages 3–5, the 9–5 shift; plain-text copy -- like this -- too."),
        good("He said it would rain. — Reuters"),
        good("“We will win,” he said — and they did."),
    ],
)
def check(doc, options):
    text = doc.text
    if "—" not in text and "–" not in text:
        return
    for m in INCISE_RE.finditer(text):
        inner = m.group(2)
        if inner.endswith((" ", "\u00a0")) or inner[-1:].isdigit() and m.group(1) == "–":
            continue
        yield Hit(m.start(1) - 1, m.end(1), "Dash opening an aside after a space but not before the word (Spanish incise)",
                  replacement=", ", safe=False, help="use commas, or an English dash spaced on both sides or neither",
                  language="es")
        yield Hit(m.start(3), m.end(3), "Dash closing an aside before a space but not after the word (Spanish incise)",
                  replacement=",", safe=False, help="use commas, or an English dash spaced on both sides or neither",
                  language="es")
    for m in DIALOGUE_RE.finditer(text):
        lo = m.start(1)
        if lo > 0 and text[lo - 1] in " \u00a0":
            lo -= 1
        yield Hit(lo, m.end(1), "Dash before the attribution of speech (Spanish or French dialogue mark)",
                  replacement="", safe=False, help="drop the dash: “…,” he said", language="es")
    for m in DOUBLE_RE.finditer(text):
        spaced = (m.start() > 0 and text[m.start() - 1] == " ") or (m.end() < len(text) and text[m.end()] == " ")
        yield Hit(m.start(), m.end(), "Doubled dash (Chinese dash ——)",
                  replacement="—" if spaced else " — ", help="write one em dash", language="zh")
