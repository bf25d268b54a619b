"""A punctuation mark doubled in the writer's own sentences: "a historic day!!", "what now??",
"the results were good..", "left the room. . Officials".

Machine translation of informal or social-media copy keeps the source's "!!" and "??"; a
conversion that joins a sentence's full stop to a link's or caption's leaves "..", and a link
dropped between two full stops leaves ". .". News copy ends a sentence with one mark.

Left alone: anything inside a quotation (speech and posts quoted as written), the ellipsis
("...", "…", ". . ."), "?!" (an English convention), URLs and paths ("../", "a..b" in code),
numbers ("1..10"), and an abbreviation's full stop before the sentence's ("7 a.m..": a slip
English copy makes too).
"""

from __future__ import annotations

import re

from wirelint.rule import Hit, bad, good, rule

DOUBLED_RE = re.compile(r"(?:!(?<![.!?]!)!+|\?(?<![.!?]\?)\?+|\.(?<![.!?]\.)\.(?![.\w/])|\.(?<![.!?]\.)(?<![.!?] \.) \.(?! \.))")


@rule(
    code="WL313",
    name="doubled-punctuation",
    category="typography",
    severity="warning",
    summary="Doubled exclamation mark, question mark or full stop outside quotations",
    fix="safe",
    examples=[
        bad("It was a historic day[[!!]] The mayor agreed[[??]]", fixed="It was a historic day! The mayor agreed?"),
        bad("The results were good[[..]] Officials left the room[[. .]] Then they spoke.",
            fixed="The results were good. Officials left the room. Then they spoke."),
        good("He wrote “We won!!” and she asked “Really??” — then silence..."),
        good("Wait… and so on . . . or what?! See ../docs and 1..10."),
        good("They queued from 7 a.m.. Nobody came."),
    ],
)
def check(doc, options):
    text = doc.text
    if "!!" not in text and "??" not in text and ".." not in text and ". ." not in text:
        return
    for m in DOUBLED_RE.finditer(text):
        if doc.in_quote(m.start()):
            continue
        s = m.group()
        if s.startswith("..") and m.start() and (text[m.start() - 1].isdigit() or text[max(0, m.start() - 2)] == "."):
            continue  # "1..10"; "7 a.m..": an abbreviation's full stop and the sentence's
        yield Hit(m.start(), m.end(), f"Doubled punctuation {s!r}", replacement=s[0], help="use one mark")
