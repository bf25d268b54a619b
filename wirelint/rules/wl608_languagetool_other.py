"""LanguageTool matches that fit none of the other LanguageTool rules (WL601–WL607): categories
wirelint does not know and issue types such as ``uncategorized`` or ``other``.

New LanguageTool releases add categories, and some rules file themselves under MISC without a
telling issue type. Rather than drop these matches or mislabel them as grammar, wirelint reports
them here. Their quality is unknown, so the rule is off by default; select it (``--select
WL608``) to see everything LanguageTool says. It runs only when a LanguageTool server is
configured; the message names the LanguageTool rule id, and a single suggested replacement is
offered as an unsafe fix.
"""

from wirelint.lt_match import canned_bad, canned_good, lt_hits
from wirelint.rule import good, rule

LT_KIND = "other"


@rule(
    code="WL608",
    needs="languagetool",
    name="languagetool-other",
    category="other",
    severity="info",
    summary="Other LanguageTool match (off by default)",
    fix="unsafe",
    default=False,
    examples=[
        canned_bad("The [[1st of May]] rally.", "DATE_NEW_RULE", "MISC", "uncategorized",
                   "Check this date.", ["May 1"], fixed="The May 1 rally."),
        canned_bad("Prices rose [[200 %]].", "SOME_NEW_RULE", "NEW_CATEGORY", "other", "A new kind of match."),
        good("The May 1 rally."),
        canned_good("Guneyev took the photo in May.", "Guneyev", "MORFOLOGIK_RULE_EN_US", "TYPOS", "misspelling"),
    ],
)
def check(doc, options):
    yield from lt_hits(doc, options, LT_KIND)
