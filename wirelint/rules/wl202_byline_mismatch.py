"""The author bio calls its subject by a name that is not the byline's: byline "jack colman", bio
"Smith went on to study journalism".

Content farms that republish machine-translated copy paste a generated author box under it; the
generator fills a template with names, and the bio ends up naming someone other than the byline,
or two people at once. A real bio names its author consistently, by the byline's first name or
surname, so a different person's name in the subject position of a bio sentence ("Smith went
on to…", "Jones has covered…") shows the box was not written for this author.

Only the bio zone is read (the prose after a byline line at the end of the article), and only a
capitalised name standing as the subject of a sentence or clause and followed by a verb. Pronouns,
function words, places, organisations ("Columbia University", "the New York Times": followed or
preceded by another capitalised word) and any word of the byline (in any case) are left alone.
A lowercase byline name is WL201's finding, not this rule's.
"""

from __future__ import annotations

import re

from wirelint.rule import Hit, bad, good, rule
from wirelint.rules import _names

# A capitalised word at the start of a sentence or clause, then (after an optional adverb or
# auxiliary) a lowercase word. Bounded: linear time.
SUBJECT_RE = re.compile(
    r"(?:^|(?<=[.!?;:]\s)|(?<=[.!?]”\s)|(?<=,\s)|(?<=\band\s)|(?<=\bbut\s)|(?<=\bwhere\s))"
    r"([A-Z][a-z]{1,30}(?:[-'’][A-Z][a-z]{1,30})?)"
    r"(?:\s([A-Z][a-z]{1,30}(?:[-'’][A-Z][a-z]{1,30})?))?"
    r"\s((?:(?:also|then|later|now|first|soon|eventually|previously|currently|recently|has|had|have|is|was)\s){0,2})"
    r"([a-z]{2,20})\b",
    re.MULTILINE,
)
VERB_WORDS = frozenset(
    "went began became grew wrote took joined holds has had is was covers covered writes wrote "
    "studied graduated earned worked works lives lived landed moved spent served reports reported "
    "enjoys enjoyed loves loved spends started founded led leads teaches taught received won "
    "holds held brings brought continues continued previously also then later now first soon "
    "eventually currently recently".split()
)
# Capitalised words that open a sentence without being a person's name.
FUNCTION_WORDS = frozenset(
    "he she they his her their it its we our i you your this that these those there here the a an "
    "after before with without as over though although while when where since during in on at by "
    "for from of to into through between among besides and but or so yet if because once then now "
    "today yesterday last next each every many most some both such no not one two three "
    "according despite however meanwhile also later earlier previously currently".split()
)


def _verbish(word: str) -> bool:
    return word in VERB_WORDS or (len(word) > 3 and word.endswith("ed"))


@rule(
    code="WL202",
    name="byline-mismatch",
    category="names",
    severity="warning",
    summary="The author bio names someone other than the byline",
    examples=[
        bad(
            "The talks ended on Friday, officials said.\n\nJack Colman\n\n"
            "Jack began writing at an early age. [[Smith]] went on to study journalism at Columbia University.",
        ),
        bad(
            "The ceasefire held overnight, the army said.\n\nBy Maria Lopez\n\n"
            "Maria covers diplomacy. Before that, [[Jones]] has covered three elections for the paper.",
        ),
        bad(
            "Markets fell sharply on Monday, traders said.\n\nAnna Petrova\n\n"
            "Petrova joined the desk in 2019, and [[Daniel Wright]] later moved to the Berlin bureau.",
        ),
        good(
            "The talks ended on Friday, officials said.\n\nJack Colman\n\n"
            "Colman went on to study journalism at Columbia University. After interning at the New York Times, he landed a role as a news writer.",
        ),
        good(
            "The ceasefire held overnight, the army said.\n\nMaria Lopez\n\n"
            "Lopez covers diplomacy. She joined the paper after Reuters. Columbia University awarded her a prize.",
        ),
        good("Smith went on to study law, the court heard. Jones has covered the case since 2020."),
    ],
)
def check(doc, options):
    _, words = _names.byline(doc)
    if not words:
        return
    names = {w.lower() for _, _, w in words}
    places = _names.places()
    text = doc.text
    byline_text = " ".join(w for _, _, w in words)
    for span in doc.zones.bio:
        for m in SUBJECT_RE.finditer(text, span.start, span.end):
            verb = m.group(4)
            if not (m.group(3) or _verbish(verb)):
                continue
            parts = [(m.start(1), m.end(1), m.group(1))]
            if m.group(2):
                parts.append((m.start(2), m.end(2), m.group(2)))
            if any(p[2].lower() in FUNCTION_WORDS for p in parts):
                continue
            if any(p[2].lower() in names for p in parts):
                continue  # the bio uses the author's own name
            if any(p[2].lower() in places for p in parts):
                continue
            start, end = parts[0][0], parts[-1][1]
            # Part of a longer capitalised name ("the New York Times reported"): an organisation.
            before = text[max(span.start, start - 40) : start].rstrip()
            prev_word = before.rsplit(None, 1)[-1] if before.split() else ""
            if prev_word[:1].isupper() and not prev_word.endswith((".", ",", ";", ":", "!", "?")):
                continue
            if prev_word.lower() == "the":
                continue
            yield Hit(
                start,
                end,
                f"The bio calls its subject '{text[start:end]}', but the byline is '{byline_text}'",
                help="a bio names its author consistently; this one was written for someone else",
            )
