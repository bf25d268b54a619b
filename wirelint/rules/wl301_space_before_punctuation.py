"""Space before a comma, full stop, colon, semicolon, question or exclamation mark.

French typography puts a space (often a no-break space) before ``: ; ! ?`` and machine
translation round trips through French leave spaces before commas and full stops as well:
"the United States and others , said", "News Source :". English copy never spaces these marks.
An ellipsis after a space ("he said ... and") and a leading decimal point (" .45 calibre",
" .NET") are English usage and are left alone.
"""

import re

from wirelint.rule import Hit, bad, good, rule

SPACES = "[ \t\u00a0\u202f\u2009\u2007]+"
PATTERN = re.compile(
    rf"(?<=[^\s])({SPACES})"
    r"(?:([,.])(?![\w.…])|([:;!?])(?![\w:;!?]))"
)
# Every match ends with a space then its mark; the pattern is tried only at such places (found
# mark first, which the scan finds faster than a space: marks are rarer).
SPACE_CHARS = " \t\u00a0\u202f\u2009\u2007"
MARK_AFTER_SPACE_RE = re.compile(rf"[,.:;!?](?<=[{SPACE_CHARS}][,.:;!?])")
NAMES = {",": "comma", ".": "full stop", ":": "colon", ";": "semicolon", "?": "question mark", "!": "exclamation mark"}


@rule(
    code="WL301",
    name="space-before-punctuation",
    category="typography",
    severity="warning",
    summary="Space before , . : ; ! or ? (French typography)",
    fix="safe",
    examples=[
        bad("constrain the United States and others[[ ,]] said Natasha Kuhrt", fixed="constrain the United States and others, said Natasha Kuhrt"),
        bad("News Source[[ :]]\nGn world", fixed="News Source:\nGn world"),
        bad("Why did he go[[\u202f?]] Nobody knows[[ !]]", fixed="Why did he go? Nobody knows!"),
        bad("The minister resigned[[ .]] Officials confirmed it.", fixed="The minister resigned. Officials confirmed it."),
        good("He said ... and then left."),
        good("A .45 caliber pistol and .NET code, 3 : 2 is not a score here? Yes: it is."),
        good("Scores: 3-2, 4-1; fine!"),
    ],
)
def check(doc, options):
    text = doc.text
    for m in _matches(text):
        mark = m.group(2) or m.group(3)
        # "3 : 2" between digits is a ratio or score, not French spacing.
        if mark == ":" and text[m.start() - 1].isdigit() and text[m.end() : m.end() + 2].strip()[:1].isdigit():
            continue
        yield Hit(
            m.start(),
            m.end(),
            f"Space before {NAMES[mark]} (French typography)",
            replacement=mark,
            help="remove the space",
            language="fr",
        )


def _matches(text: str):
    """``PATTERN.finditer(text)``: a match starts where the run of spaces before its mark starts
    (what precedes it is no space), so only those places are tried."""
    match = PATTERN.match
    for c in MARK_AFTER_SPACE_RE.finditer(text):
        s = c.start() - 1
        while s > 0 and text[s - 1] in SPACE_CHARS:
            s -= 1
        m = match(text, s)
        if m:
            yield m
