"""A quotation mark glued to the word outside it: “We won”said the coach, the minister
said:“We will act”, the plan failed.“Next year we try again.”

When a scraper joins lines or a translation tool re-inserts quotation marks it often loses the
space on the outside of the mark. English copy always separates an opening mark from the word or
punctuation before it, and a closing mark from the word after it.

Curly marks say which way they face, so “ with a letter, digit or . , : ; ! ? before it and a word
after it is an opening mark glued to what precedes, and ” with a letter or digit after it is a
closing mark glued to what follows. A straight mark is judged by the quotation it opens or closes
in the paragraph; a digit before a straight mark (an inch mark: 5'10", 12" pipe) is left alone.
Single quotes are left alone (the apostrophe shares them), and so is a closing mark before an "s"
that ends the word (the plural of a quoted word). The fix inserts the space.
"""

from __future__ import annotations

import re

from wirelint.rule import Hit, bad, good, rule

GLUED_OPEN_RE = re.compile(r"“(?<=[^\W_]“|[.,:;!?]“)(?=[^\W_])")
GLUED_CLOSE_RE = re.compile(r"”(?=[^\W_])")


@rule(
    code="WL309",
    name="glued-quotation-mark",
    category="typography",
    severity="warning",
    summary="Quotation mark glued to the word or sentence outside it",
    fix="safe",
    examples=[
        bad("“We won[[”]]said the coach.", fixed="“We won” said the coach."),
        bad("The minister said:[[“]]We will act.”", fixed="The minister said: “We will act.”"),
        bad("The plan failed.[[“]]Next year we try again.”", fixed="The plan failed. “Next year we try again.”"),
        bad("He called it a[[“]]disaster” on Monday.", fixed="He called it a “disaster” on Monday."),
        bad('"It is over[["]]the coach said, and she replied[["]]Never."', fixed='"It is over" the coach said, and she replied "Never."'),
        good("“We won,” said the coach. He called it “a disaster”. The “no”s won; (“maybe”) too."),
        good('He is 5\'10" tall and bought a 12" pipe; "fine," she said.'),
        good("The ‘scare’ quotes and it’s fine; “Quote”—dash and “quote”… too."),
    ],
)
def check(doc, options):
    text = doc.text
    if "“" in text:
        for m in GLUED_OPEN_RE.finditer(text):
            i = m.start()
            yield Hit(i, i + 1, "Opening quotation mark glued to the word before it",
                      replacement=" “", help="insert a space before the mark")
    if "”" in text:
        for m in GLUED_CLOSE_RE.finditer(text):
            i = m.start()
            if text[i + 1] == "s" and (i + 2 >= len(text) or not text[i + 2].isalnum()):
                continue  # the “no”s: a plural
            yield Hit(i, i + 1, "Closing quotation mark glued to the word after it",
                      replacement="” ", help="insert a space after the mark")
    if '"' in text:
        yield from _straight(doc, text)


def _straight(doc, text: str):
    n = len(text)
    for q in doc.quotes:
        if q.opener != '"':
            continue
        o = q.start
        if o > 0 and o + 1 < n and (text[o - 1].isalpha() or text[o - 1] in ".,:;!?") and text[o + 1].isalnum() \
                and not (o > 1 and text[o - 2].isdigit()):
            yield Hit(o, o + 1, "Opening quotation mark glued to the word before it",
                      replacement=' "', help="insert a space before the mark")
        if q.closer == '"':
            c = q.end - 1
            if c + 1 < n and text[c + 1].isalpha() and not text[c - 1].isspace() and not text[c - 1].isdigit():
                if text[c + 1] == "s" and (c + 2 >= n or not text[c + 2].isalnum()):
                    continue
                yield Hit(c, c + 1, "Closing quotation mark glued to the word after it",
                          replacement='" ', help="insert a space after the mark")
