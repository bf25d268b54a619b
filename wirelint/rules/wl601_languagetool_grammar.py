"""Grammar errors found by LanguageTool (agreement, a/an, confused words, collocations).

A round trip through French breaks English grammar in ways a pattern cannot list: a verb that
lost its third-person -s ("the United States … also threaten"), "a" kept before a vowel sound,
"he go", collocations translated word by word. LanguageTool's grammar rules catch many of them.
This rule reports LanguageTool matches in the categories GRAMMAR, CONFUSED_WORDS, COLLOCATIONS,
SEMANTICS, NONSTANDARD_PHRASES, FALSE_FRIENDS and COMPOUNDING, and word-form slips filed under
MISC (EN_A_VS_AN). It runs only when a LanguageTool server is configured (``--languagetool``);
the message names the LanguageTool rule id, and a single suggested replacement is offered as an
unsafe fix. Page chrome and bylines are not sent.
"""

from wirelint.lt_match import canned_bad, canned_good, lt_hits
from wirelint.rule import good, rule

LT_KIND = "grammar"


@rule(
    code="WL601",
    needs="languagetool",
    name="languagetool-grammar",
    category="grammar",
    severity="warning",
    summary="Grammar error reported by LanguageTool",
    fix="unsafe",
    examples=[
        canned_bad("He bought [[a]] apple.", "EN_A_VS_AN", "MISC", "misspelling",
                   "Use “an” instead of ‘a’ if the following word starts with a vowel sound.", ["an"], fixed="He bought an apple."),
        canned_bad("Then [[he go]] home.", "HE_VERB_AGR", "GRAMMAR", "grammar",
                   "The pronoun ‘he’ must be used with a third-person verb.", ["he goes", "he went"]),
        canned_bad("Kyiv 🇺🇦 said 😀 that [[he go]] home.", "HE_VERB_AGR", "GRAMMAR", "grammar",
                   "The pronoun ‘he’ must be used with a third-person verb.", ["he goes"], fixed="Kyiv 🇺🇦 said 😀 that he goes home."),
        canned_bad("The talks will [[effect]] trade.", "AFFECT_EFFECT", "CONFUSED_WORDS", "grammar",
                   "Did you mean “affect”?", ["affect"], fixed="The talks will affect trade."),
        good("He bought an apple."),
        canned_good("Natasha Kuhrt said.", "Kuhrt", "MORFOLOGIK_RULE_EN_US", "TYPOS", "misspelling"),
    ],
)
def check(doc, options):
    yield from lt_hits(doc, options, LT_KIND)
