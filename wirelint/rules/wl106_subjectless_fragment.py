"""A sentence of one to three words with no subject, left at the end of a paragraph: "Atlético
beats Sevilla and climbs to third. Suffers.", "the cheaper plan drew customers. Is growing.",
"no defeat at home since October. Of the league.".

Engines that translate a headline, a teaser or a sentence split across two segments leave its
verb (or the tail of a prepositional phrase) standing alone after the sentence it belonged to:
a capitalised finite verb with no subject, or "Of the …", closing the paragraph. English news
does not end a paragraph with a verb and no subject.

The candidate is the last sentence of a paragraph that has another sentence before it, one to
three words long and ending in a full stop, outside quotations and outside the head, byline and
page chrome. Its first word must be a verb: the part-of-speech tagger (wirelint.pos, loaded only
when a candidate exists) tags the fragment after a dummy subject ("It suffers.") and a finite
verb or participle (VBZ, VBD, VBP, VBN) confirms it; or it is "Of the". Left alone: interjections
and replies that news copy quotes ("Thanks.", "Agreed.", "Done."), "Of course.", fragments with a
subject or a noun ("Not so.", "Far from it.", "Until now."), and questions and exclamations.
There is no fix: the editor must rebuild the sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from wirelint.rule import Hit, bad, good, rule

WORD_RE = re.compile(r"[^\W\d_][\w’'-]*")
SKIP_ZONES = frozenset({"head", "headline", "dateline", "byline", "bio", "chrome"})
VERB_TAGS = frozenset({"VBZ", "VBD", "VBP", "VBN"})
FINITE = frozenset({"VBZ", "VBD", "VBP", "MD"})
# One-word replies and interjections that are complete in themselves.
OBJECTS = frozenset("you me us him her them it everyone everybody all".split())
REPLIES = frozenset("thanks agreed done sorry indeed exactly absolutely granted noted understood confirmed".split())


@rule(
    code="WL106",
    name="subjectless-fragment",
    category="translation",
    severity="warning",
    summary="A verb or phrase with no subject left at the end of a paragraph",
    examples=[
        bad("Atlético beat Sevilla 2-1 and climbed to third place. [[Suffers.]]\n\nThe visitors pressed late."),
        bad("The cheaper plan with advertising drew new customers. [[Is growing.]]\n\nThe company said more."),
        bad("Sevilla have not won away since October. [[Of the league.]]\n\nThe coach was calm."),
        good("Asked whether he would stay, the coach paused. “Agreed.”\n\nHe left. Thanks.\n\nOf course."),
        good("The minister said the plan would work. Not so.\n\nCritics disagreed. Far from it."),
        good("Evacuated.\n\nResidents were told to leave at dawn."),
        good("We are grateful to all of you. Thank you.\n\nThank you, everyone."),
        good("The hosts won 2-0. Booked: Kovac, Fenwick.\n\nAttendance was low. Referee Smith."),
        good("The vote was delayed. Why?\n\nThe talks went on. Until now."),
        good("Delegates met again on Monday. Talks went on.\n\nPrices rose. Markets fell."),
    ],
)
def check(doc, options):
    text = doc.text
    all_sentences = doc.sentences
    starts = [s.start for s in all_sentences]
    for para in doc.paragraphs:
        i = bisect_left(starts, para.start)
        sentences = []
        while i < len(all_sentences) and all_sentences[i].start < para.end:
            sentences.append(all_sentences[i])
            i += 1
        if len(sentences) < 2:
            continue
        s = sentences[-1]
        frag = text[s.start : s.end]
        if not frag.endswith(".") or frag.endswith(".."):
            continue
        words = WORD_RE.findall(frag)
        if not 1 <= len(words) <= 3 or not words[0][0].isupper():
            continue
        if ":" in frag or any(w[0].isupper() for w in words[1:]):
            continue  # a label or a list of names: "Booked: Kovačić, Fenwick."
        first = words[0].lower()
        if first in REPLIES or doc.in_quote(s.start) or doc.zone_at(s.start) in SKIP_ZONES:
            continue
        if any(w.lower() in OBJECTS for w in words[1:]):
            continue  # "Thank you.", "See you.": formulas with their object
        if first == "of":
            if len(words) < 2 or words[1].lower() != "the":
                continue
        elif not _verb_first(" ".join([first] + words[1:])):
            continue
        yield Hit(s.start, s.end, f"Fragment with no subject: '{frag}' (a leftover of the sentence before?)",
                  help="join it to the sentence it belongs to, or rebuild the sentence")


def _verb_first(fragment: str) -> bool:
    """The first word is a verb (tagged after a dummy subject) and no finite verb follows it
    (tagged as written): "Talks went on." has its subject."""
    from wirelint.pos import tag_text

    tags = tag_text("It " + fragment + ".")
    if len(tags) < 2 or tags[1].tag not in VERB_TAGS:
        return False
    alone = tag_text(fragment[:1].upper() + fragment[1:] + ".")
    return not any(t.tag in FINITE for t in alone[1:])
