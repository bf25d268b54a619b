"""A paragraph of text shifted by a Caesar cipher: "Ejf Sfhjfsvoh ibu ejf Qmåof cftdimpttfo" (each
letter moved one place: "Die Regierung hat die Pläne beschlossen").

Several news sites hide the text of paying articles from readers without a subscription by
shifting every letter; a scraper that copies the page takes the scrambled text for the article,
and a translation tool, finding no language in it, passes it through. No reader can make sense
of it; it is never intended copy.

How: a scrambled paragraph is full of letters that are rare in every European language ("j",
"q", "x", "z" make up about 2% of the letters of English, German, French, Spanish, Italian,
Portuguese and Dutch; a shift of the alphabet turns common letters into them). Only a paragraph
where they are frequent is read further: its letters are compared with those languages' letter
frequencies (``data/letter_frequencies.tsv``, from wordfreq) at each of the 25 shifts. A paragraph
is reported when shifting it back fits those frequencies far better than reading it as it is; the
message shows the start of the paragraph shifted back.

Left alone: text in any of those languages, and in Polish, Czech, Turkish, Welsh or Dutch
(frequent "z", "j" or "w", but read as they are they fit better than any shift), names, codes and
lists of abbreviations (too few letters to judge), and paragraphs under MIN_LETTERS letters.
"""

from __future__ import annotations

import bisect
import math
import re
from functools import lru_cache
from operator import mul

from wirelint.rule import Hit, bad, good, rule
from wirelint.rules._data import tsv_records

RARE = "jqxzJQXZ"
RARE_RE = re.compile(f"[{RARE}]")
MIN_LETTERS = 60
RARE_SHARE = 0.03  # more than 3% of the letters rare: worth reading (natural text: about 2%)
MIN_GAIN = 0.35  # log-likelihood a letter must gain by shifting back (natural logarithm)
ALPHABET = "abcdefghijklmnopqrstuvwxyz"


@lru_cache(maxsize=1)
def _log_frequencies() -> list[float]:
    per = {r["letter"]: int(r["per_100000"]) for r in tsv_records("letter_frequencies.tsv")}
    total = sum(per.values())
    return [math.log(per.get(c, 1) / total) for c in ALPHABET]


def _shift(text: str, k: int) -> str:
    """``text`` with each ASCII letter moved k places back in the alphabet."""
    out = []
    for ch in text:
        o = ord(ch)
        if 97 <= o <= 122:
            out.append(chr((o - 97 - k) % 26 + 97))
        elif 65 <= o <= 90:
            out.append(chr((o - 65 - k) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)


# Letters a paragraph's most frequent letter can be the image of: the most frequent letters of
# the languages measured. Only the shifts that map it back onto one of them are scored.
TOP_LETTERS = "eaniost"


def best_shift(counts: list[int]) -> tuple[int, float]:
    """``(k, gain)``: the shift back that best fits the languages' letter frequencies, and how
    much better per letter it fits than no shift (0.0 when no shift does). Only the shifts that
    turn the paragraph's most frequent letter into one of TOP_LETTERS are tried (a shifted text's
    commonest letter is the image of a common one), seven sums of 26 products instead of 25."""
    logp = _log_frequencies()
    n = sum(counts) or 1

    def score(k: int) -> float:
        return sum(map(mul, counts[k:] + counts[:k], logp)) / n

    top = max(range(26), key=counts.__getitem__)
    shifts = {(top - ALPHABET.index(c)) % 26 for c in TOP_LETTERS} - {0}
    if not shifts:
        return 0, 0.0
    base = score(0)
    k, best = max(((k, score(k)) for k in shifts), key=lambda t: t[1])
    return (k, best - base) if best > base else (0, 0.0)


@rule(
    code="WL504",
    name="ciphered-text",
    category="encoding",
    severity="error",
    summary="Paragraph of text shifted by a Caesar cipher (a paywall's scrambled text)",
    examples=[
        bad("The council met on Monday.\n\n[[Ejf Sfhjfsvoh ibu ejf Qmbfof gvfs efo Bvtcbv efs Tusbttfocbio cftdimpttfo, tbhuf fjo Tqsfdifs bn Npoubh jo Cfsmjo.]]"),
        bad("[[Qeb zlrkzfi xmmolsba qeb mixk ql yrfia x kbt yofadb lsbo qeb ofsbo ybclob qeb tfkqbo.]]"),
        good("Die Regierung hat die Pläne für den Ausbau der Straßenbahn beschlossen, sagte ein Sprecher am Montag in Berlin."),
        good("Prezydent Andrzej Duda zaznaczył, że zjazd z autostrady zostanie zamknięty już w przyszłym tygodniu, jak zwykle."),
        good("Jazz quiz: Zoe, Xavier and Jacques quizzed the jazz expert on zither, xylophone and jukebox jingles."),
    ],
)
def check(doc, options):
    text = doc.text
    if not any(c in text for c in RARE):
        return
    # The rare letters' places, counted per paragraph: the work follows the rare letters (few in
    # any natural text), not the length of the text.
    starts = doc._paragraph_starts
    per_paragraph: dict[int, int] = {}
    for m in RARE_RE.finditer(text):
        i = bisect.bisect_right(starts, m.start()) - 1
        per_paragraph[i] = per_paragraph.get(i, 0) + 1
    paragraphs = doc.paragraphs
    for i, rare in sorted(per_paragraph.items()):
        if i < 0 or rare < MIN_LETTERS * RARE_SHARE:
            continue
        s, e = paragraphs[i]
        if rare < RARE_SHARE * 0.5 * (e - s):
            continue  # too few even if only half the paragraph were letters (prose is about 80%)
        chunk = text[s:e].lower()
        counts = [chunk.count(c) for c in ALPHABET]
        letters = sum(counts)
        if letters < MIN_LETTERS or rare < RARE_SHARE * letters:
            continue
        k, gain = best_shift(counts)
        if k == 0 or gain < MIN_GAIN:
            continue
        preview = _shift(text[s : min(e, s + 60)], k)
        yield Hit(s, e, f"Text shifted {k} letters along the alphabet (a Caesar cipher); shifted back it reads “{preview}…”",
                  help="restore the article's text from the source; a paywall scrambled it")
