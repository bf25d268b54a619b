"""An abbreviation glossed with itself: "the EU (EU)", "NATO (NATO)", "the European Union
(European Union)".

Copy introduces an abbreviation once, after the full name: "the European Union (EU)". A machine
translation that renders the full name by its English abbreviation keeps the source's gloss too,
so the same letters stand twice, the second time in brackets; a round trip does the same with
the full name. English never glosses a term with itself.

Reported: a word or abbreviation, or a name of up to six words, followed directly by the same
text in brackets (case and a leading "the" aside). Left alone: a different abbreviation in
brackets ("the European Union (EU)", "Brussels (AP)"), numbers and years ("2024 (2024)" is left to
other checks) and anything inside quotations. The safe fix deletes the bracketed repetition.
"""

from __future__ import annotations

import re

from wirelint.rule import Hit, bad, good, rule

# "(" first: the scan jumps from bracket to bracket. Group 1 is the bracketed text.
PAREN_RE = re.compile(r"\(([^\W\d_][^()\n]{0,80})\)")
WORD_RE = re.compile(r"[^\W_][\w.&'’-]*")


@rule(
    code="WL207",
    name="duplicated-gloss",
    category="translation",
    severity="warning",
    summary="An abbreviation or name glossed with itself in brackets",
    fix="safe",
    examples=[
        bad("Ministers of the EU[[ (EU)]] met in Brussels on Monday.", fixed="Ministers of the EU met in Brussels on Monday."),
        bad("Leaders of NATO[[ (Nato)]] agreed on new spending targets."),
        bad("The World Health Organization[[ (World Health Organization)]] warned of a new wave.",
            fixed="The World Health Organization warned of a new wave."),
        good("Ministers of the European Union (EU) met in Brussels (AP) on Monday."),
        good("The International Monetary Fund (IMF) and the IMF's board (the Board) met."),
        good("He said “the UN (UN) is here”, quoting a sign."),
        good("The promotion World Wonder Ring Stardom (Stardom) announced the news."),
    ],
)
def check(doc, options):
    text = doc.text
    if "(" not in text:
        return
    for m in PAREN_RE.finditer(text):
        inner = m.group(1).strip()
        words = WORD_RE.findall(inner)
        if not words or len(words) > 6 or not inner[0].isupper():
            continue
        open_at = m.start()
        j = open_at
        while j > 0 and text[j - 1] in " \u00a0":
            j -= 1
        prev = text[max(0, j - len(inner)) : j]
        if prev.lower() != inner.lower():
            continue
        k = j - len(inner)
        if k > 0 and text[k - 1].isalnum():
            continue  # the repetition must be whole words: "SUEU (EU)" is not one
        prev = re.search(r"([^\W\d_][\w'’-]*)[ \u00a0]+$", text[max(0, k - 40) : k])
        if prev and prev.group(1)[0].isupper() and prev.group(1) not in ("The", "A", "An"):
            continue  # the tail of a longer name: "World Wonder Ring Stardom (Stardom)"
        if doc.in_quote(open_at):
            continue
        yield Hit(j, m.end(), f"'{inner}' is glossed with itself in brackets",
                  replacement="", help=f"delete the bracketed '{inner}'")
