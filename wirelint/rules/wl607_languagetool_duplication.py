"""Repeated words and other duplication found by LanguageTool (the ``duplication`` issue type,
e.g. ENGLISH_WORD_REPEAT_RULE, and the REPETITIONS category).

Machine translation and careless re-editing leave doubled words ("the the", "in in") where two
translations of a phrase were spliced. LanguageTool reports them as duplication. When one of
wirelint's own rules (a repeated-word rule) reports the same spot, only wirelint's finding is
kept. It runs only when a LanguageTool server is configured; the message names the LanguageTool
rule id, and a single suggested replacement is offered as an unsafe fix.
"""

from wirelint.lt_match import canned_bad, canned_good, lt_hits
from wirelint.rule import good, rule

LT_KIND = "duplication"


@rule(
    code="WL607",
    needs="languagetool",
    name="languagetool-duplication",
    category="repetition",
    severity="warning",
    summary="Repeated word reported by LanguageTool",
    fix="unsafe",
    examples=[
        canned_bad("They met in [[the the]] capital.", "ENGLISH_WORD_REPEAT_RULE", "MISC", "duplication",
                   "Possible typo: you repeated a word.", ["the"], fixed="They met in the capital."),
        canned_bad("😀 Talks [[in in]] Beijing.", "ENGLISH_WORD_REPEAT_RULE", "MISC", "duplication",
                   "Possible typo: you repeated a word.", ["in"], fixed="😀 Talks in Beijing."),
        good("They met in the capital."),
        canned_good("He said that that was all.", "that that", "GRAMMAR_THAT", "GRAMMAR", "grammar"),
    ],
)
def check(doc, options):
    yield from lt_hits(doc, options, LT_KIND)
