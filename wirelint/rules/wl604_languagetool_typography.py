"""Typography and white-space errors found by LanguageTool (its TYPOGRAPHY category, and the
``whitespace`` and ``typographical`` issue types outside a known category).

Scraped and machine-translated copy collects doubled spaces, a missing space after a full stop,
spaces inside parentheses and French spacing. This rule reports the LanguageTool matches of that
kind. Where one of wirelint's own rules reports the same spot (WL301 for a space before a comma),
only wirelint's finding is kept. It runs only when a LanguageTool server is configured; the
message names the LanguageTool rule id, and a single suggested replacement is an unsafe fix.
"""

from wirelint.lt_match import canned_bad, canned_good, lt_hits
from wirelint.rule import good, rule

LT_KIND = "typography"


@rule(
    code="WL604",
    needs="languagetool",
    name="languagetool-typography",
    category="typography",
    severity="info",
    summary="Typography or white-space error reported by LanguageTool",
    fix="unsafe",
    examples=[
        canned_bad("The talks[[  ]]ended.", "WHITESPACE_RULE", "TYPOGRAPHY", "whitespace",
                   "Possible typo: you repeated a whitespace", [" "], fixed="The talks ended."),
        canned_bad("It ended [[( ]]finally) today.", "COMMA_PARENTHESIS_WHITESPACE", "TYPOGRAPHY", "whitespace",
                   "Don’t put a space after the opening parenthesis.", ["("], fixed="It ended (finally) today."),
        good("The talks ended."),
        canned_good("The talks in Soochow ended.", "Soochow", "MORFOLOGIK_RULE_EN_US", "TYPOS", "misspelling"),
    ],
)
def check(doc, options):
    yield from lt_hits(doc, options, LT_KIND)
