"""Style suggestions from LanguageTool (STYLE, REDUNDANCY, PLAIN_ENGLISH, REPETITIONS_STYLE and
other style categories; the ``style``, ``register`` and ``locale-violation`` issue types).

Translated copy often reads stiffly — "in order to", "a series of", wordy or repeated phrasing —
and LanguageTool offers style suggestions for it. They are suggestions, not defects, and a
professional newsroom's house style routinely disagrees with them, so this rule is off by
default. Select it (``--select WL606``) for an editor's pass. It runs only when a LanguageTool
server is configured; the message names the LanguageTool rule id, and a single suggested
replacement is offered as an unsafe fix.
"""

from wirelint.lt_match import canned_bad, canned_good, lt_hits
from wirelint.rule import good, rule

LT_KIND = "style"


@rule(
    code="WL606",
    needs="languagetool",
    name="languagetool-style",
    category="style",
    severity="info",
    summary="Style suggestion from LanguageTool (off by default)",
    fix="unsafe",
    default=False,
    examples=[
        canned_bad("He came [[in order to]] talk.", "IN_ORDER_TO_PREMIUM", "STYLE", "style",
                   "Consider a shorter alternative to avoid wordiness.", ["to"], fixed="He came to talk."),
        canned_bad("It is [[absolutely essential]].", "ABSOLUTELY_ESSENTIAL", "REDUNDANCY", "style",
                   "This phrase is redundant.", ["essential"], fixed="It is essential."),
        good("He came to talk."),
        canned_good("Kuhrt came to talk.", "Kuhrt", "MORFOLOGIK_RULE_EN_US", "TYPOS", "misspelling"),
    ],
)
def check(doc, options):
    yield from lt_hits(doc, options, LT_KIND)
