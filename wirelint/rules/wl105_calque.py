"""Calques, false friends and news-translation tells, each pointing to its source language.

A translation engine keeps the source language's turns of phrase with English words: "dans le
cadre de" becomes "in the framework of", "depuis trois ans" "since three years", "assister à"
"assist at" (for "attend"). News copy adds its own tells, the conventions of another country's
newsrooms carried over word for word: a weekday used as the date ("said this Tuesday", "on
Wednesday (7)", "Thursday 14"), the day of the month without its month ("on the 10th", from
Chinese "10日"), a periphrasis for a named leader ("the occupant of the White House", "the head of
French diplomacy"), verbs of saying English news does not use for "said" ("he guaranteed", "the
minister assured that"), officialese ("the competent authorities", "the relevant departments",
"Among them,"), a club named by its colours or city ("the meringues", "the Sevillian team"), a
preposition rendered word for word ("married with", "depends of", "arrived to Lisbon") and the
narrator's "my country" for China. Each phrase on its own can be a writer's choice; in wire copy
they are fingerprints of a translation, and each names the languages it points to.

The phrases live in ``data/calques.tsv``: pattern, idiomatic English, source languages, kind,
where it counts (anywhere, or only in narration: a quoted speaker may say "our country", and
nothing in a transcript with speaker labels is narration), state,
note and an example the data test checks. Only forms English news does not use in the same sense
are listed: bare "eventually", "actually" or "stressed" are left alone, because nothing on the
surface tells them from the English words; the table catches the unambiguous shapes ("any
eventual sanctions", "the actual president", "“…,” he guaranteed").

Entries whose precision was measured (``state`` on: silent on the clean corpora, the professional
pool and the MQM human references, and found on machine-translated copy; see
``scripts/measure_tells.py``) are reported by default. The rest (``state`` review) run only with
the option ``include_review = true``: a shape that also occurs in native copy ("It is understood
that", "the relevant authorities") or that no measured text has shown yet. No fix is offered: the
idiomatic form depends on the sentence.
"""

from __future__ import annotations

import re
from functools import lru_cache

from wirelint.rule import Hit, bad, good, rule
from wirelint.rules._data import tsv_records
from wirelint.rules._lower import lowered, occurrences

WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# A match lies within this many characters of its anchor on either side (the data test checks the
# longest example), so the pattern is tried only on windows around the anchors' occurrences.
REACH = 160
PLACEHOLDERS = {"{weekday}": f"(?-i:{WEEKDAYS})", "{month}": f"(?-i:{MONTHS})"}
LANGUAGE_NAMES = {
    "fr": "French", "es": "Spanish", "pt": "Portuguese", "it": "Italian", "de": "German", "nl": "Dutch",
    "zh": "Chinese", "ja": "Japanese", "ko": "Korean", "vi": "Vietnamese", "id": "Indonesian", "ms": "Malay",
    "tr": "Turkish", "ar": "Arabic", "he": "Hebrew", "fa": "Persian", "ru": "Russian", "uk": "Ukrainian",
    "az": "Azerbaijani", "pl": "Polish",
}


def expand(pattern: str) -> str:
    for key, value in PLACEHOLDERS.items():
        pattern = pattern.replace(key, value)
    return pattern


def compile_entry(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{expand(pattern)})(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=2)
def _table(include_review: bool) -> tuple[tuple[re.Pattern[str], tuple[str, ...], dict[str, str], str | None, str], ...]:
    rows = []
    for rec in tsv_records("calques.tsv"):
        if rec["state"] != "on" and not include_review:
            continue
        codes = rec["language"].split(",")
        language = None if codes[0] == "xx" else codes[0]
        names = " or ".join(LANGUAGE_NAMES.get(c, c) for c in codes if c != "xx")
        rows.append((compile_entry(rec["pattern"]), tuple(rec["anchor"].split("|")), rec, language, names))
    return tuple(rows)


# A speaker's label opening a line ("THE PRESIDENT:", "MARY LOUISE KELLY, HOST:", "Q ", an
# interviewer's "((WN))"). One label of two words or more, or three labels of any kind, make the
# text a transcript, where everything is speech.
SPEAKER_RE = re.compile(r"^(?:([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){1,5}(?:, [A-Z][A-Z ]+)?):[ \t]+\S|[A-Z][A-Z.,'’ -]{1,40}:|Q[ :\t]|\(\()",
                        re.MULTILINE)


def is_transcript(text: str) -> bool:
    for n, m in enumerate(SPEAKER_RE.finditer(text), 1):
        if m.group(1) or n >= 3:
            return True
    return False


def windows(anchors: tuple[str, ...], low: str) -> list[tuple[int, int]]:
    """The stretches of text within REACH of an occurrence of any anchor, merged."""
    found = sorted(i for a in anchors for i in occurrences(low, a))
    out: list[list[int]] = []
    for i in found:
        a, b = max(0, i - REACH), min(len(low), i + REACH)
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return [(a, b) for a, b in out]


def matches(pattern: re.Pattern[str], anchors: tuple[str, ...], text: str, low: str):
    """pattern.finditer(text), tried only near the anchors: every match holds an anchor and lies
    within REACH of it, and a match is kept only where its look-ahead had room to see past it."""
    for a, b in windows(anchors, low):
        for m in pattern.finditer(text, a, b):
            if b == len(text) or m.end() + REACH // 4 <= b:
                yield m


@rule(
    code="WL105",
    name="calque",
    category="translation",
    severity="info",
    summary="Calque, false friend or news-translation tell (points to the source language)",
    default=True,
    options={"include_review": False},
    examples=[
        bad("The arrests were made [[in the framework of]] an inquiry.", include_review=True),
        bad("The health minister [[announced this Thursday]] that clinics would open longer.", include_review=True),
        bad("Figures released by the bureau [[on the 10th]] showed exports fell."),
        bad("“We will rebuild every school,” [[he guaranteed]].", include_review=True),
        bad("The delegation [[arrived to Lisbon]] and met the [[head of French diplomacy]].", include_review=True),
        bad("Sales of new energy vehicles [[in my country]] rose. [[Among them,]] BYD led."),
        bad("[[The meringues]] lost at home, and the coach [[declared to the press]] that he would stay.", include_review=True),
        good("The current president attended the funeral on Tuesday, March 12."),
        good("He has been in exile since 2021 and for three years before that."),
        good("“Jobs in my country are at risk,” the minister said. Among them were three children."),
        good("She assured reporters that the plant was safe; we are assured that it is."),
        good("The Real Madrid coach said on Tuesday that the 10th anniversary falls on the 10th of May."),
        good("The talks were held within the framework agreed in 2015, and the chef cooked.", include_review=True),
        good("He arrived to cheers in Lisbon, married with two children."),
        good("THE PRESIDENT: Jobs in my country matter.\n\nQ Thank you.\n\nMS. LEE: We came back on the 26th."),
    ],
)
def check(doc, options):
    text = doc.text
    low = lowered(text)
    transcript = is_transcript(text)
    hits = []
    for pattern, anchors, rec, language, names in _table(bool(options.get("include_review"))):
        narration = rec["where"] == "narration"
        if narration and transcript:
            continue  # a transcript is all speech: a speaker may say "our country" or "on the 26th"
        for m in matches(pattern, anchors, text, low):
            if narration and doc.quote_at(m.start()) is not None:
                continue
            source = f" from {names}" if names else ""
            hits.append(
                Hit(
                    m.start(),
                    m.end(),
                    f"“{m.group()}” looks like a {rec['kind']}{source} ({rec['note']})",
                    help=f"in English: {rec['idiomatic']}",
                    language=language,
                )
            )
    hits.sort(key=lambda h: (h.start, -h.end))
    last_end = -1
    for h in hits:  # two entries can match one phrase ("the relevant person in charge"): keep the longer
        if h.start >= last_end:
            last_end = h.end
            yield h
