"""Capitalisation errors found by LanguageTool (its CASING category).

Translation engines lose capitals that French does not use: a sentence that starts in lower
case after a stray full stop, "kyiv" or "monday" in lower case, a title capitalised in the
middle of a sentence. LanguageTool's casing rules (UPPERCASE_SENTENCE_START and others) report
them. This rule reports LanguageTool matches in the CASING category; it runs only when a
LanguageTool server is configured, the message names the LanguageTool rule id, and a single
suggested replacement is offered as an unsafe fix.
"""

from wirelint.lt_match import canned_bad, canned_good, lt_hits
from wirelint.rule import good, rule

LT_KIND = "casing"


@rule(
    code="WL605",
    needs="languagetool",
    name="languagetool-casing",
    category="casing",
    severity="warning",
    summary="Capitalisation error reported by LanguageTool",
    fix="unsafe",
    examples=[
        canned_bad("Talks ended. [[security]] was tight.", "UPPERCASE_SENTENCE_START", "CASING", "typographical",
                   "This sentence does not start with an uppercase letter.", ["Security"], fixed="Talks ended. Security was tight."),
        canned_bad("Concerns grew in [[kyiv]] on Monday.", "KYIV_CASE", "CASING", "misspelling",
                   "Proper nouns are capitalised.", ["Kyiv"], fixed="Concerns grew in Kyiv on Monday."),
        good("Talks ended. Security was tight."),
        canned_good("Talks ended. Belousov was named minister.", "Belousov", "MORFOLOGIK_RULE_EN_US", "TYPOS", "misspelling"),
    ],
)
def check(doc, options):
    yield from lt_hits(doc, options, LT_KIND)
