"""A phrase said twice in one sentence: "the parents need to be aware of it and to be aware of
it", "police arrested the suspect the suspect on Monday".

Engines that translate sentence fragments separately, and copy pasted from their interface,
repeat a stretch of words: the same three or more words twice in a row, or with a conjunction or
one or two words between. English copy does not say the same phrase twice in one breath.

Reported: the second occurrence of a phrase of at least three words (ten letters or more, one of
them not a function word) that follows the first at once or after "and" or "or", in the same sentence, with nothing but
spaces or a comma between (a dash is a speaker restarting, as transcripts print it).
Left alone: repeated single words and pairs ("more and more", "step by step", "day after day":
WL307 reports a doubled word), quotations (speech and chants repeat on purpose: "we will fight,
we will fight"), and lists whose items share words but differ ("from the north of the city to
the south of the city" differs). The unsafe fix deletes the repetition and what stands between.
"""

from __future__ import annotations

import re

from wirelint.rule import Hit, bad, good, rule

WORD_RE = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*|\d+")
MIN_WORDS, MAX_WORDS = 3, 8
FUNCTION = frozenset(
    "a an the of in on at to for with by from as and or but is are was were be it its this that "
    "he she they we his her their our there not no".split()
)


GAP_WORDS = (), ("and",), ("or",)


def _phrase_ok(words: list[str]) -> bool:
    if any(w.isdigit() for w in words) or sum(len(w) for w in words) < 12:
        return False
    content = sum(1 for w in words if w not in FUNCTION)
    return content >= 2 or (content >= 1 and len(words) >= 4)


@rule(
    code="WL209",
    name="duplicated-phrase",
    category="translation",
    severity="warning",
    summary="The same phrase twice in one sentence",
    fix="unsafe",
    examples=[
        bad("Parents need to be aware of the risk[[ and to be aware of the risk]] at home.",
            fixed="Parents need to be aware of the risk at home."),
        bad("Police arrested the young suspect[[ the young suspect]] on Monday night."),
        bad("The council said it will repair the bridge[[, it will repair the bridge]] next year.",
            fixed="The council said it will repair the bridge next year."),
        good("Prices rose more and more, step by step, day after day after day."),
        good("“We will fight, we will fight, we will fight,” the crowd chanted."),
        good("Trains ran from the north of the city to the south of the city all night."),
        good("We hope to be able to return — to be able to return the favour, he said."),
        good("The team won in 2019 and in 2021, and in 2023 the team lost."),
    ],
)
def check(doc, options):
    text = doc.text
    for sent in doc.sentences:
        toks = list(WORD_RE.finditer(text, sent.start, sent.end))
        if len(toks) < 2 * MIN_WORDS:
            continue
        low = [t.group().lower() for t in toks]
        n_toks = len(low)
        # The next position of the same word (one pass from the right): a repetition can only
        # start where the first word comes back, so most positions are skipped at once.
        nxt = [0] * n_toks
        seen: dict[str, int] = {}
        for k in range(n_toks - 1, -1, -1):
            nxt[k] = seen.get(low[k], -1)
            seen[low[k]] = k
        i = 0
        while i < n_toks:
            found = None
            j = nxt[i]
            while 0 <= j and j <= i + MAX_WORDS + 1 and found is None:
                for gap_words in GAP_WORDS:
                    gap = len(gap_words)
                    n = j - i - gap
                    if n < MIN_WORDS or n > MAX_WORDS or j + n > n_toks:
                        continue
                    if tuple(low[i + n : j]) == gap_words and low[i : i + n] == low[j : j + n] and _phrase_ok(low[i : i + n]):
                        found = (n, gap, j)
                        break
                j = nxt[j]
            if found is None:
                i += 1
                continue
            n, gap, j = found
            first_end = toks[i + n - 1].end()
            second_end = toks[j + n - 1].end()
            if any(c in text[first_end : toks[j].start()] for c in "—–-…:;()"):
                i += 1
                continue  # "to be able to return — to be able to return": a speaker restarting
            if doc.in_quote(toks[j].start()):
                i = j + n
                continue
            yield Hit(first_end, second_end, f"Phrase repeated: '{text[toks[j].start():second_end]}'",
                      replacement="", help="delete the repetition")
            i = j + n
