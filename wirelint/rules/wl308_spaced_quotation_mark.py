"""Quotation marks spaced the French or Spanish way, or turned the wrong way round by a translation:
“ Anti ” (spaces inside the marks), “It was left behind ” (a closing mark after a space), “…of
Spain “ (a closing mark printed as an opening one after a space), "for the disease, "said the
official" (the closing mark detached from the quote and glued to the attribution).

French and Spanish typography space the inside of « » and —; machine translation turns the
guillemets into English marks and keeps the spaces, and its quote conversion, blind to the
spaces, often prints the closing mark as an opening one. English copy never spaces the inside of
quotation marks: the opening mark sits against the first word, the closing mark against the last
word or its punctuation.

The rule reads each paragraph's marks in order. A curly opening mark followed by a space, or a
curly closing mark preceded by one, is reported (fix: remove the space); straight marks only when
both marks of a pair are spaced inside, since a straight mark's direction is a guess. An opening
mark that stands where the open quotation closes (after a space, before the end of the paragraph,
a punctuation mark or a lowercase attribution such as "he said") is reported as a closing mark
printed the wrong way (unsafe fix: ”). A closing mark after a space and glued to the next word
is reported as detached (fix: move the space after it).

Left alone: marks against their words, an ellipsis or dash before a spaced closing mark
(“I don’t know … ”, interrupted speech), a single quote closing just inside a double one (nested
quotations are set apart with a thin space), empty marks “ ”, single quotes (apostrophes share
them).
"""

from __future__ import annotations

import re

from wirelint.rule import Hit, bad, good, rule

MARKS_RE = re.compile('[“”"]')
SPACES = " \t\u00a0\u202f\u2009"
# Lowercase words an attribution starts with after a quotation.
ATTRIBUTION = frozenset(
    "he she they it we i you said says added told asked explained stressed noted insisted declared continued "
    "concluded replied warned wrote according the a an this that his her their its officials".split()
)
ATTRIBUTION_RE = re.compile(r"[^\W\d_]+")


def _after(text: str, i: int, end: int) -> tuple[int, str]:
    """(index of the first character after i that is no space, that character or "")."""
    j = i
    while j < end and text[j] in SPACES:
        j += 1
    return j, (text[j] if j < end else "")


def _closer_shaped(text: str, i: int, end: int) -> bool:
    """Could the mark at i close a quotation: nothing, a punctuation mark, or (after spaces) a
    lowercase word or the end of the paragraph follows it."""
    j, c = _after(text, i + 1, end)
    if not c or c in ",.;:!?)":
        return True
    if c.islower():
        if j == i + 1:
            m = ATTRIBUTION_RE.match(text, j)
            return bool(m) and m.group().lower() in ATTRIBUTION
        return True
    return False


@rule(
    code="WL308",
    name="spaced-quotation-mark",
    category="typography",
    severity="warning",
    summary="Space inside quotation marks, or a closing mark spaced or turned into an opening one",
    fix="safe",
    examples=[
        bad("The single [[“ ]]Anti[[ ”]] topped the chart.", fixed="The single “Anti” topped the chart."),
        bad("“The trains were left behind[[ ”]], the mayor said.", fixed="“The trains were left behind”, the mayor said."),
        bad("“We defend the interests of the country[[ “]]\n\nShe left.", fixed="“We defend the interests of the country”\n\nShe left."),
        bad("“There is more to do[[ “]]he said.", fixed="“There is more to do” he said."),
        bad('"Nobody was ready for the storm,[[ "]]said the official.', fixed='"Nobody was ready for the storm," said the official.'),
        bad("“Nobody was ready for the flood,[[ ”]]said the mayor.", fixed="“Nobody was ready for the flood,” said the mayor."),
        bad('The word [[" ]]freedom[[ "]] was banned.', fixed='The word "freedom" was banned.'),
        bad('"The records belong to a phase of my life that is over[[ "]], wrote the singer.',
            fixed='"The records belong to a phase of my life that is over", wrote the singer.'),
        good("“We will win,” she said. “It is not over.” He called it “a disaster” — and “ ” marks nothing."),
        good("“I don’t know … ” he said, and “Wait — ” she began."),
        good('He said "yes" and she said "no", then "maybe."'),
        good("“First paragraph of the quotation\n\n“Second paragraph.”"),
        good('She finished 1\'58" down. "I did not have the legs today," she said. "Next year."'),
        good('"It asks: \'are we alone?\'\u2009" And “a \'nested\' one ’\u2009”.'),
    ],
)
def check(doc, options):
    text = doc.text
    if "“" not in text and "”" not in text and '"' not in text:
        return
    for para in doc.paragraphs:
        yield from _paragraph(doc, text, para.start, para.end)


def _paragraph(doc, text: str, start: int, end: int):
    pending = False  # an opening curly mark not yet closed
    for m in MARKS_RE.finditer(text, start, end):
        i = m.start()
        c = text[i]
        prev = text[i - 1] if i > start else ""
        if c == "“":
            if pending and (prev in SPACES or prev.isalnum() or prev in ".,;:!?") and _closer_shaped(text, i, end):
                lo = i
                while lo > start and text[lo - 1] in SPACES:
                    lo -= 1
                j, nxt = _after(text, i + 1, end)
                glued = j == i + 1 and nxt.isalpha()
                yield Hit(lo, i + 1, "Closing quotation mark printed as an opening one “" + ("" if lo == i else " after a space"),
                          replacement="” " if glued else "”", safe=False,
                          help="close the quotation with ” against its last word")
                pending = False
                continue
            j, nxt = _after(text, i + 1, end)
            if j > i + 1 and nxt and nxt not in "”\"":
                yield Hit(i, j, "Space after an opening quotation mark (French or Spanish typography)",
                          replacement="“", help="remove the space")
            pending = True
        elif c == "”" or (c == '"' and pending):  # (a straight mark may close a curly opening one)
            if prev in SPACES and i > start:
                yield from _spaced_closer(text, i, start, end)
            pending = False
    yield from _straight(doc, text, start, end)


def _spaced_closer(text: str, i: int, start: int, end: int):
    lo = i
    while lo > start and text[lo - 1] in SPACES:
        lo -= 1
    before = text[lo - 1] if lo > start else ""
    if not before or before in "“…—–-'’‘" or text.startswith("...", lo - 3):
        return  # an empty pair, an ellipsis, a dash, a nested quotation: a style, not a translation
    mark = text[i]
    j, nxt = _after(text, i + 1, end)
    if j == i + 1 and nxt.isalpha():
        yield Hit(lo, i + 1, "Closing quotation mark detached from the quotation and glued to the next word",
                  replacement=f"{mark} ", help="put the mark against the quotation and a space after it")
    else:
        yield Hit(lo, i + 1, "Space before a closing quotation mark (French or Spanish typography)",
                  replacement=mark, help="remove the space")


PRIME_RE = re.compile(r'\d"')


def _straight(doc, text: str, start: int, end: int):
    if '"' not in text[start:end] or PRIME_RE.search(text, start, end):
        return  # no straight mark, or a double prime (1'58", 12") that throws the pairing out
    for q in doc.quotes:
        if q.start < start or q.start >= end or q.opener != '"' or q.closer != '"':
            continue
        o, c = q.start, q.end - 1
        inner_lo, inner_hi = o + 1, c
        if c - o < 3:
            continue
        after_open = text[inner_lo] in SPACES
        before_close = text[inner_hi - 1] in SPACES
        if after_open and before_close:
            j = inner_lo
            while j < inner_hi and text[j] in SPACES:
                j += 1
            k = inner_hi
            while k > j and text[k - 1] in SPACES:
                k -= 1
            yield Hit(o, j, "Spaces inside quotation marks (French or Spanish typography)", replacement='"', help="remove the space")
            yield Hit(k, c + 1, "Spaces inside quotation marks (French or Spanish typography)", replacement='"', help="remove the space")
        elif before_close and not after_open and (c + 1 >= end or text[c + 1] in ",.;:!?)"):
            k = inner_hi
            while k > inner_lo and text[k - 1] in SPACES:
                k -= 1
            if text[k - 1] not in "…—–-.'’‘":  # (a single quote closing inside: nested quotations are spaced)
                yield Hit(k, c + 1, "Space before a closing quotation mark (French, Spanish or Italian typography)",
                          replacement='"', help="remove the space")
        elif before_close and not after_open and c + 1 < end and text[c + 1].isalpha():
            k = inner_hi
            while k > inner_lo and text[k - 1] in SPACES:
                k -= 1
            if text[k - 1] in ",.!?":
                yield Hit(k, c + 1, "Closing quotation mark detached from the quotation and glued to the next word",
                          replacement='" ', help="put the mark against the quotation and a space after it")
