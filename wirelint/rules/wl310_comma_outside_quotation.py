"""A comma after the closing quotation mark of a quoted sentence, before its attribution:
“Our army has destroyed the cells”, he added.

Portuguese, Spanish, French, Italian and German put the comma that ends a quotation outside the
closing mark ("»…«, sagte er"; "“…”, disse ele"), and machine translation keeps it there. English
copy puts it inside when a whole quoted sentence is followed by its attribution — American and
British newsrooms alike (“We will win,” he said). British copy puts a comma outside only after a
quoted fragment that is part of the writer's own sentence (He called the plan “unworkable”,
adding…), which is logical punctuation, not a translation.

Some English copy puts such commas outside (Wikinews follows Wikipedia's logical quotation, with
straight quotes, and slips now and then), so a convention the article keeps is left alone: the
rule reports a comma outside only when the same article also puts one inside (with straight
quotes: at least as often inside as outside), and only where the quotation opens its sentence
(at the start of a paragraph, or after a full stop, colon, question or exclamation mark) with a
capital letter and an attribution follows the comma ("he added", "the minister said", "said Ms.
Silva", "according to the ministry"). A comma outside before a speech verb that only translation
uses ("…", guaranteed the minister; "affirmed", "underlined") is reported even when the article
is consistent. The fix moves the comma inside the mark.

Left alone: fragments in the writer's sentence (“unworkable”, adding), lists of quoted titles
(“Jaws”, “Alien” and “Heat”), a comma inside the mark, single quotes.
"""

from __future__ import annotations

import re

from wirelint.rule import Hit, bad, good, rule
from wirelint.rules._lazy import lazy_compile

COMMA_AFTER_RE = re.compile(r'[”"],(?=[ \u00a0])')
SPEECH = (
    r"said|says|added|adds|told|asked|explained|stressed|noted|insisted|declared|continued|concluded|"
    r"replied|warned|wrote|argued|emphasi[sz]ed|underlined|guaranteed|assured|recalled|affirmed|stated|"
    r"announced|acknowledged|admitted|observed|remarked|pointed out|highlighted|according to"
)
# After the comma: a subject then a speech verb, or a speech verb (then its subject).
ATTRIBUTION_RE = lazy_compile(
    rf"[ \u00a0](?:(?:he|she|they|it|we|I)[ \u00a0](?:also[ \u00a0])?(?:{SPEECH})\b|"
    rf"(?:{SPEECH})\b|"
    rf"(?:the[ \u00a0])?(?:[A-Z][\w.’'-]*[ \u00a0]){{0,4}}(?:[a-z]+[ \u00a0]){{0,3}}(?:also[ \u00a0])?(?:{SPEECH})\b)"
)


def _opens_sentence(text: str, o: int, floor: int) -> bool:
    """Does the quotation at o open its sentence (paragraph start, or after . : ? ! and spaces)?"""
    j = o
    while j > floor and text[j - 1] in " \t\u00a0":
        j -= 1
    return j == floor or text[j - 1] in ".:?!—–"


@rule(
    code="WL310",
    name="comma-outside-quotation",
    category="typography",
    severity="warning",
    summary="Comma outside the closing quotation mark of a quoted sentence (continental convention)",
    fix="safe",
    examples=[
        bad("“Our army has destroyed the cells[[”,]] he added. “We stand with Israel,” he added.",
            fixed="“Our army has destroyed the cells,” he added. “We stand with Israel,” he added."),
        bad("The talks ended. “We are all mobilised[[”,]] the minister said on Monday. “The work goes on,” she said.",
            fixed="The talks ended. “We are all mobilised,” the minister said on Monday. “The work goes on,” she said."),
        bad('"This was expected[[",]] said Ms. Silva. "It is a good day for us," said Mr. Lopes. "We agree with that," she said.',
            fixed='"This was expected," said Ms. Silva. "It is a good day for us," said Mr. Lopes. "We agree with that," she said.'),
        good('"I was not expecting this", said the winner. "We worked hard for it", she added.'),
        bad('"The state has no magic wand, but it has a plan and it has money[[",]] guaranteed the minister.',
            fixed='"The state has no magic wand, but it has a plan and it has money," guaranteed the minister.'),
        good('"We knew it would be hard", the coach said. "It was close," he said. "We lost the lead", he added.'),
        good("“We will win,” he said. “It is not over,” she added."),
        good("He called the plan “unworkable”, adding that it would fail."),
        good("The films “Jaws”, “Alien” and “Heat”, he said, shaped him."),
        good("She used the word “Catastrophic”, he said, twice."),
    ],
)
def check(doc, options):
    text = doc.text
    if '”,' not in text and '",' not in text:
        return
    outside = list(_attributed(doc, text, COMMA_AFTER_RE, 0))
    if not outside:
        return
    inside = sum(1 for _ in _attributed(doc, text, COMMA_INSIDE_RE, 1))
    if not inside:
        # The article puts it outside every time (logical punctuation): only a translated
        # speech verb after it ("guaranteed the minister") says the comma came with the verb.
        outside = [c for c in outside if TRANSLATED_SPEECH_RE.match(text, c + 2)]
        inside = len(outside)
    for c in outside:
        mark = text[c]
        if mark == '"' and inside < len(outside):
            continue  # straight quotes, mostly outside: a wiki's logical punctuation, not slipped
        yield Hit(c, c + 2, "Comma outside the closing quotation mark before the attribution, where the article elsewhere puts it inside",
                  replacement=f",{mark}", help="put the comma inside the quotation mark")


COMMA_INSIDE_RE = re.compile(r',[”"](?=[ \u00a0])')
# Speech verbs a translation brings from Portuguese, Spanish, Italian and French ("garantiu",
# "afirmó", "ha sottolineato", "a assuré"): no English newsroom attributes a quotation with them.
TRANSLATED_SPEECH_RE = lazy_compile(
    r"[ \u00a0](?:(?:he|she|they|we)[ \u00a0])?(?:guaranteed|affirmed|assured|underlined|considered|defended|"
    r"reinforced|valued|evaluated|sustained|reaffirmed)\b"
)


def _attributed(doc, text: str, pattern, mark_at: int):
    """Offsets of the closing marks (or, for the outside form, of the mark before the comma) of
    quoted sentences followed by a comma and an attribution; ``mark_at`` is where the closing
    mark is in a match of ``pattern``."""
    for m in pattern.finditer(text):
        c = m.start() + mark_at
        q = doc.quote_at(c)
        if q is None or q.end != c + 1 or q.closer is None:
            continue
        para = doc.paragraph_at(q.start)
        floor = para.start if para else 0
        inner = text[q.start + 1 : m.start()].lstrip(" \u00a0")
        if not inner[:1].isupper() or len(inner.split()) < 3 or not _opens_sentence(text, q.start, floor):
            continue
        if ATTRIBUTION_RE.match(text, m.end()):
            yield m.start()
