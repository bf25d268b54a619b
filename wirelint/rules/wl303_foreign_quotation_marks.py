"""Guillemets (« ») or German low-high quotation marks („ “) in English copy.

French, Russian, Italian and Spanish quote with guillemets, usually spaced inside
("« pas de limites »"); German and several Central European languages open low and close high
("„keine Grenzen“") or use reversed guillemets ("»keine Grenzen«"). A machine translation that
passes through one of those languages, or copy lifted from a foreign wire, keeps the marks.
English copy quotes with “ ” (or straight " in some house styles), so any of these marks is a
fingerprint of the source language.

When the marks pair up inside a paragraph the fix is safe: the opener becomes “ and the closer ”,
and the spaces French puts inside guillemets go. A lone mark is reported without a fix. English
curly quotes, straight quotes and apostrophes are never touched.
"""

from __future__ import annotations

import re

from wirelint.rule import Hit, bad, good, rule

FOREIGN = "«»„"
MARK_RE = re.compile("[«»„]")
SPACES = " \u00a0\u202f\u2009"


def _language(opener: str) -> str:
    return "fr" if opener == "«" else "de"


def _style(opener: str) -> str:
    return {"«": "guillemets « »", "»": "reversed guillemets » «", "„": "German quotation marks „ “"}[opener]


@rule(
    code="WL303",
    name="foreign-quotation-marks",
    category="typography",
    severity="warning",
    summary="Guillemets or German quotation marks in English copy",
    fix="safe",
    examples=[
        bad("They declared there were [[« ]]no limits[[ »]] to the partnership.", fixed="They declared there were “no limits” to the partnership."),
        bad("He called it [[„]]a turning point[[“]], officials said.", fixed="He called it “a turning point”, officials said."),
        bad("The paper wrote [[»]]Zeitenwende[[«]] on its front page.", fixed="The paper wrote “Zeitenwende” on its front page."),
        bad("She said [[«]]non\u00a0merci[[\u00a0»]].", fixed="She said “non\u00a0merci”."),
        bad("The minister promised [[«]] an end to the war.", fixed=None),
        good("They declared there were “no limits” to the partnership."),
        good('He called it "a turning point," officials said, quoting the “dear friend” line.'),
        good("The company’s ‘no holds barred’ approach drew criticism."),
    ],
)
def check(doc, options):
    text = doc.text
    if "«" not in text and "»" not in text and "„" not in text:
        return  # (three substring searches cost less than one scan with a character class)
    covered: set[int] = set()
    for q in doc.quotes:
        if q.opener not in FOREIGN:
            continue
        covered.add(q.start)
        lang = _language(q.opener)
        style = _style(q.opener)
        if q.closer is None:
            yield Hit(q.start, q.start + 1, f"Unmatched {style} in English copy", help="use English quotation marks “ ”", language=lang)
            continue
        close = q.end - 1
        covered.add(close)
        # French spaces inside the guillemets go with the marks.
        o_end = q.start + 1
        while o_end < close and text[o_end] in SPACES:
            o_end += 1
        c_start = close
        while c_start > o_end and text[c_start - 1] in SPACES:
            c_start -= 1
        help_ = "use English quotation marks “ ”"
        yield Hit(q.start, o_end, f"Opening {style} in English copy", replacement="“", help=help_, language=lang)
        yield Hit(c_start, q.end, f"Closing {style} in English copy", replacement="”", help=help_, language=lang)
    for m in MARK_RE.finditer(text):
        i, c = m.start(), m.group()
        if i not in covered:
            yield Hit(i, i + 1, f"Stray {'guillemet' if c != '„' else 'German quotation mark'} {c} in English copy",
                      help="use English quotation marks “ ”", language="fr" if c != "„" else "de")
