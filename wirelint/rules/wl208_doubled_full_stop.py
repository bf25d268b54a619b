"""Two full stops where one belongs: "talks with others. . The source said", "the deal..".

Scraped copy that dropped a link, a footnote marker or an image between two sentence ends keeps
both full stops; machine translation that ends a sentence after an abbreviation's own point
("in the U.S..") doubles it. English ends a sentence with one stop.

Left alone: ellipses, spaced or not ("...", ". . ."), abbreviations before a single stop ("U.S.",
"a.m."), an abbreviation's point followed by the sentence's ("7 a.m.."), numbered outlines ("1..5"), URLs, file names and code. The fix deletes the second stop
(and the space before it); it is safe.
"""

from __future__ import annotations

import re

from wirelint.rule import Hit, bad, good, rule

# A full stop, optional spaces, a second full stop that no third follows and that no stop
# preceded: a doubled stop, not an ellipsis. Dot first, so the scan jumps between dots.
DOUBLE_RE = re.compile(r"\.(?<![.…]\.)([ \u00a0]?)\.(?![.…]| \.)")


@rule(
    code="WL208",
    name="doubled-full-stop",
    category="punctuation",
    severity="warning",
    summary="Two full stops in a row (not an ellipsis)",
    fix="safe",
    examples=[
        bad("He held talks with the others[[. .]] The source declined to comment.",
            fixed="He held talks with the others. The source declined to comment."),
        bad("Prices fell across the country[[..]] Officials blamed the weather.",
            fixed="Prices fell across the country. Officials blamed the weather."),
        good("The shops open at 7 a.m.. Most close at noon."),
        good("He paused... and then left. She said . . . nothing at all."),
        good("See pages 1..5 of the report at example.com/a..b or run ls .. to go up."),
        good("The U.S. economy grew at 3 p.m. on Monday."),
    ],
)
def check(doc, options):
    text = doc.text
    if ".." not in text and ". ." not in text:
        return
    for m in DOUBLE_RE.finditer(text):
        start = m.start()
        end = m.end()
        before = text[start - 1] if start > 0 else " "
        after = text[end] if end < len(text) else " "
        if before.isdigit() or after.isalnum() or after in "/\\_":
            continue  # 1..5, a..b, ../path
        if before in "/\\ \n" or start == 0:
            continue  # "ls .." or a path
        if start >= 2 and text[start - 2] == "." and before.isalpha():
            continue  # an abbreviation's point and the sentence's: "7 a.m.." is left to the editor
        yield Hit(start, end, "Doubled full stop", replacement=".", help="delete the second full stop")
