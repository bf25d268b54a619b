"""Punctuation errors found by LanguageTool (its PUNCTUATION category).

Round trips through French move and drop punctuation: a comma before a restrictive clause, a
missing comma after an introductory phrase, a full stop left inside a sentence. LanguageTool's
punctuation rules catch the common English cases. This rule reports LanguageTool matches in the
PUNCTUATION category; it runs only when a LanguageTool server is configured, the message names
the LanguageTool rule id, and a single suggested replacement is offered as an unsafe fix.
Spacing before punctuation is WL301's job: where both report the same spot, WL301 wins.
"""

from wirelint.lt_match import canned_bad, canned_good, lt_hits
from wirelint.rule import good, rule

LT_KIND = "punctuation"


@rule(
    code="WL603",
    needs="languagetool",
    name="languagetool-punctuation",
    category="punctuation",
    severity="warning",
    summary="Punctuation error reported by LanguageTool",
    fix="unsafe",
    examples=[
        canned_bad("However[[ ]]the talks failed.", "SENT_START_CONJUNCTIVE_LINKING_ADVERB_COMMA", "PUNCTUATION", "typographical",
                   "A comma may be missing after the conjunctive/linking adverb ‘However’.", [", "], fixed="However, the talks failed."),
        canned_bad("He said[[,]] that he would come.", "COMMA_BEFORE_THAT", "PUNCTUATION", "typographical",
                   "Remove the comma before “that”.", ["", " "]),
        good("However, the talks failed."),
        canned_good("However, Kuhrt said, the talks failed.", "Kuhrt", "MORFOLOGIK_RULE_EN_US", "TYPOS", "misspelling"),
    ],
)
def check(doc, options):
    yield from lt_hits(doc, options, LT_KIND)
