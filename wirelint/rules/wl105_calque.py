"""Calques and false friends from French, Spanish, German and Italian.

A translation engine that goes through another language and back keeps that language's turns
of phrase with English words: "dans le cadre de" becomes "in the framework of", "depuis trois
ans" becomes "since three years", "assister à" becomes "assist at" (for "attend"), "actuel"
becomes "actual" (for "current"), "interpeller" becomes "interpellate" (for "detain"). Each
phrase on its own can be a writer's choice, but in wire copy they are fingerprints of a round
trip.

The phrases live in ``data/calques.tsv`` (pattern, idiomatic English, source languages, note,
and an example the data test checks). Only forms English copy does not use in the same sense
are listed: bare "eventually" or "actually" are left alone, because nothing on the surface tells
"eventually" (in the end) from "éventuellement" (possibly); the table catches the unambiguous
shapes ("any eventual sanctions", "the actual president").

The rule is off by default: a single hit proves little, and some shapes ("put in place", "it is
about the…") also occur in native copy. Select it (``--select WL105``) to review a suspect
article. No fix is offered: the idiomatic form depends on the sentence.
"""

from __future__ import annotations

import re
from functools import lru_cache

from wirelint.rule import Hit, bad, good, rule
from wirelint.rules._data import tsv_records


@lru_cache(maxsize=1)
def _table() -> tuple[tuple[re.Pattern[str], dict[str, str]], ...]:
    rows = []
    for rec in tsv_records("calques.tsv"):
        pattern = re.compile(rf"(?<![\w-])(?:{rec['pattern']})(?![\w-])", re.IGNORECASE)
        rows.append((pattern, rec))
    return tuple(rows)


@rule(
    code="WL105",
    name="calque",
    category="translation",
    severity="info",
    summary="Calque or false friend from French, Spanish, German or Italian",
    default=False,
    examples=[
        bad("The arrests were made [[in the framework of]] an inquiry."),
        bad("He has been in exile [[since three years]] and [[assisted at]] no meeting."),
        bad("[[The actual president]] said [[any eventual]] talks would be public."),
        bad("Three men were [[interpellated]] on Sunday, the spokesman [[precised]]."),
        bad("[[Manifestations against]] the reform grew."),
        good("He has been in exile since 2021 and for three years before that."),
        good("The current president attended the funeral."),
        good("The framework of the talks was agreed. Eventually, he actually left."),
        good("Talks were held within the framework agreed in 2015, and the chef of the restaurant cooked."),
        good("He was exiled since three years ago? No: three years ago."),
    ],
)
def check(doc, options):
    text = doc.text
    hits = []
    for pattern, rec in _table():
        for m in pattern.finditer(text):
            hits.append(
                Hit(
                    m.start(),
                    m.end(),
                    f"“{m.group()}” looks like a calque ({rec['note']})",
                    help=f"in English: {rec['idiomatic']}",
                    language=rec["language"].split(",")[0],
                )
            )
    hits.sort(key=lambda h: (h.start, h.end))
    yield from hits
