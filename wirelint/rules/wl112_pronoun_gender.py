"""“he” or “his” for a woman just named, “she” or “her” for a man: “Rihanna … In his message she wrote”.

Many languages do not mark the sex of a third person the way English does: Turkish “o”, Persian
“u”, Indonesian “dia”, Finnish “hän”, Hungarian “ő” and spoken Chinese “tā” are he and she alike,
and Italian or Spanish possessives (“suo”, “su”) agree with the thing owned, not the owner. A
machine translation then picks a pronoun by default, usually “he”/“his”, and a woman named in
the sentence before becomes “he”.

The rule looks at each he/his/him/himself and she/her/hers/herself outside quotations, and at
what it can stand for: the names and nouns of its sentence up to it and of the sentence before
(``rules/_referents.py``). A person's sex comes from a first name (``data/first_names.tsv``:
1990 US Census lists plus international names, names used for both sexes left out), a title
(Mr, Ms) or the same surname with such a first name elsewhere in the article. It flags the pronoun
only when at least one named person of the other sex is there and nothing else that could be
meant: no person of the pronoun's sex, no name whose sex is unknown, no noun for a person
(“the coach”, “players”), no pronoun of the same sex earlier in the window (the text is then
already talking about someone else).
"""

from __future__ import annotations

from wirelint.rule import Hit, bad, good, rule
from wirelint.rules._referents import FEMININE, MASCULINE, candidates, pronouns


@rule(
    code="WL112",
    name="pronoun-gender",
    category="translation",
    severity="warning",
    # Off by default: silent on the clean corpus and the MQM human references, but it costs about
    # 1 ms an article (tagging or candidate antecedents), more than the throughput budget allows.
    default=False,
    summary="“he”/“his” for a woman just named, or “she”/“her” for a man",
    examples=[
        bad("Singer Maria Lopez released a new single on Friday. In [[his]] message to fans, she thanked them."),
        bad("Angela Rossi won the race in Turin. After the finish [[he]] said it was her best day."),
        bad("Paul Weber resigned on Monday. In [[her]] letter, he blamed the board."),
        bad("Ms. Chen joined the firm in 2019. Last year [[he]] became its first female partner."),
        good("Maria Lopez met John Smith on Friday. In his message to fans, he thanked her."),
        good("Angela Rossi praised the coach. After the finish he said the team was tired."),
        good("Maria Lopez said her brother was safe. He had been in the building."),
        good("Paul Weber resigned on Monday. His letter blamed the board."),
        good("Maria Lopez thanked Tanaka for his help."),
        good("Angela Rossi thanked the fans. “He will be missed,” she said of the late coach."),
    ],
)
def check(doc, options):
    text = doc.text
    if " he" not in text and " his" not in text and " she" not in text and " her" not in text and "He" not in text \
            and "His" not in text and "She" not in text and "Her" not in text:
        return
    for start, end, word, window, sent_start in pronouns(doc):
        gender = "m" if word in MASCULINE else "f"
        other = "f" if gender == "m" else "m"
        # The rest of the sentence too: "In his testimony, Mehdiyev said" names him after "his".
        sent = doc.sentence_at(start)
        cands = candidates(doc, window, start) + candidates(doc, end, sent.end, names_only=True)
        kinds = {c.kind for c in cands}
        if gender in kinds or "p" in kinds:
            continue
        named = [c for c in cands if c.kind == other and c.text[:1].isupper() and c.text.lower() not in MASCULINE | FEMININE]
        if not named:
            continue
        who = named[-1].text
        yield Hit(
            start,
            end,
            f"“{text[start:end]}” seems to stand for {who}, named just before with the other sex "
            "(a source language without he/she)",
            help=f"use {'“she”/“her”' if gender == 'm' else '“he”/“his”/“him”'} if {who} is meant",
        )
