"""Spelling errors found by LanguageTool (its TYPOS category, the Morfologik speller).

A machine-translated article can carry misspellings: a French spelling kept ("Choïgu" for
Shoigu), a word the translator mangled. But news copy is full of names — people, places, parties,
agencies — that no dictionary holds, so LanguageTool's speller flags far more correct names than
real errors. This rule is therefore off by default; select it (``--select WL602``) to proofread a
single article by hand. It runs only when a LanguageTool server is configured; the message names
the LanguageTool rule id, and a single suggested replacement is offered as an unsafe fix.
"""

from wirelint.lt_match import canned_bad, canned_good, lt_hits
from wirelint.rule import good, rule

LT_KIND = "spelling"


@rule(
    code="WL602",
    needs="languagetool",
    name="languagetool-spelling",
    category="spelling",
    severity="info",
    summary="Spelling error reported by LanguageTool (off by default: names)",
    fix="unsafe",
    default=False,
    examples=[
        canned_bad("The [[goverment]] said.", "MORFOLOGIK_RULE_EN_US", "TYPOS", "misspelling",
                   "Possible spelling mistake found.", ["government"], fixed="The government said."),
        canned_bad("His predecessor, [[Choïgu]], is also on the trip.", "MORFOLOGIK_RULE_EN_US", "TYPOS", "misspelling",
                   "Possible spelling mistake found.", ["Shoigu", "Choice"]),
        good("The government said."),
        canned_good("Talks resumed in order to settle the dispute.", "in order to", "IN_ORDER_TO_PREMIUM", "STYLE", "style"),
    ],
)
def check(doc, options):
    yield from lt_hits(doc, options, LT_KIND)
