"""“million” cut off from its number: “About 10 are registered annually million new cases.”

Russian, Persian, Turkish and Chinese number phrases do not always keep the number and its
multiplier together the way English does, and a translation that moves the verb (“ежегодно
регистрируется около 10 миллионов новых случаев”) can leave “10” in one place and “million” in
another. English never writes a bare singular “million”, “billion” or “trillion”: it always has
a number or a determiner right before it (“10 million”, “a million”, “one billion”, “several
million”, “the first million”, “$5 billion”, “per million”).

The rule flags a lower-case singular “million”, “billion” or “trillion” whose previous word is
none of those: not a numeral (in figures or words), not an article, possessive or quantifier, not
“per”, and not an adjective that itself follows one (“a cool million”, “his first billion”).
Plurals (“millions of people”), capitalised titles (“Million Dollar Baby”), hyphenated
compounds (“million-dollar”, “multi-billion”) and a word that ends a line (a broken line wrap)
are left alone.
"""

from __future__ import annotations

import re

from wirelint.rule import Hit, bad, good, rule

MULTIPLIER_RE = re.compile(r"(?<![\w’'-])(?:million|billion|trillion)(?![\w’'-])")
WORD_BEFORE_RE = re.compile(r"([\w’'$€£¥.,%-]+)[ \t\u00a0]+$")
NUMBER_WORDS = frozenset(
    """a an one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
    sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred
    thousand half quarter third several few many couple dozen per the this that every each
    his her its their our my your whose which what no some about nearly almost around over under
    roughly approximately just only more than fewer less extra additional another""".split()
)
# Adjectives that sit between a determiner and "million" ("a cool million", "the first billion").
DETERMINERS = frozenset("a an the his her its their our my your this that one another every".split())
ADJECTIVES = frozenset(
    """cool first second third last next extra additional whopping estimated further mere record
    staggering full final entire whole additional further odd""".split()
)


def _previous_word(text: str, start: int) -> tuple[str, int] | None:
    m = WORD_BEFORE_RE.search(text, max(0, start - 60), start)
    if not m:
        return None
    return m.group(1), m.start(1)


def _is_number(word: str) -> bool:
    w = word.strip(".,")
    if not w:
        return False
    if any(c.isdigit() for c in w):
        return True  # 10, 1.5, $5, €2, 3bn-style figures
    return w.lower() in NUMBER_WORDS


@rule(
    code="WL114",
    name="split-number",
    category="translation",
    severity="warning",
    summary="“million”/“billion” with no number before it (the number was moved away)",
    examples=[
        bad("About 10 are registered annually [[million]] new cases of dementia."),
        bad("The company said it had lost [[billion]] dollars in two years."),
        bad("Some 3.5 were spent last year [[million]] euros on repairs."),
        bad("Turnover grew to 4 over the year [[billion]] yuan."),
        good("About 10 million new cases are registered every year."),
        good("The fund lost a cool million in a week and his first billion soon after."),
        good("Millions of people watched; several million more streamed it."),
        good("She spent $5 million on a million-dollar house and a multi-billion plan."),
        good("Concentrations of 300 parts per million were found."),
        good("The film Million Dollar Baby won four Oscars."),
        good("The project cost one billion, or about 1.1 billion dollars."),
        good("It raised more than a million and nearly half a billion."),
    ],
)
def check(doc, options):
    text = doc.text
    if "illion" not in text:
        return
    for m in MULTIPLIER_RE.finditer(text):
        prev = _previous_word(text, m.start())
        if prev is None:
            continue  # start of a line or text: nothing to judge
        word, at = prev
        if _is_number(word) or word.endswith(("-", "$", "€", "£")):
            continue
        low = word.lower().strip(".,")
        if not low or not low[0].isalpha():
            continue
        before = _previous_word(text, at) if low in ADJECTIVES else None
        if low in ADJECTIVES and before is not None and before[0].lower() in DETERMINERS | NUMBER_WORDS:
            continue  # "a cool million", "the first billion", "one more million"
        if word.endswith((".", ",")) or text[m.end() : m.end() + 1] == "-":
            continue
        yield Hit(
            m.start(),
            m.end(),
            f"“{m.group()}” has no number before it: the number may have been moved away from it",
            help=f"put the number right before “{m.group()}” (“10 {m.group()} new cases”)",
        )
