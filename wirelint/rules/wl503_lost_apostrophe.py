"""An apostrophe lost in a conversion: "We re ready", "the judge s ruling", "it s over", "we didnt".

A curly apostrophe (’) is three bytes in UTF-8 and one in Windows-1252; tools that strip what
they cannot show, or "clean" text to ASCII, drop it and leave a space ("judge s") or nothing
("didnt"). English has no word "re", "s" or "t" on its own, and "didnt" is no word.

Reported: a contraction split by a space ("don t", "we re", "I m", "they ll", "you ve", "she d"),
a possessive "s" standing alone after a word ("the judge s ruling", "Macron s visit"), and the
contractions that are no word without their apostrophe ("didnt", "isnt", "youre", "theyre",
"thats", "weve"), and an apostrophe a conversion to ASCII replaced with a question mark ("I?ve",
"that?s", "the Sheriff?s office"). The lost character is certain, so the fix restores it, curly or straight as
the rest of the article writes its apostrophes.

Left alone: "cant", "wont", "were", "well", "ill", "its", "lets", "shed", "hell" (words without
the apostrophe too), "re-" as a prefix ("we re-elected"), a letter named on its own ("the letter
s", "plan B"), an "s" after a number or a single letter ("1990 s", "U S").
"""

from __future__ import annotations

import re

from wirelint.rule import Hit, bad, good, rule
from wirelint.rules._lazy import lazy_compile

NT_STEMS = frozenset("don doesn didn isn wasn aren weren hasn haven hadn couldn wouldn shouldn mustn needn can won ain "
                     "mightn shan".split())
# The words each detached ending may follow; "s" also follows any word as a possessive.
STEMS = {
    "t": NT_STEMS,
    "re": frozenset("we you they".split()),
    "ll": frozenset("i we you they he she it that there who what".split()),
    "ve": frozenset("i we you they who".split()),
    "d": frozenset("i we you they he she it that there who".split()),
    "m": frozenset({"i"}),
    "s": frozenset("it that what there here who let".split()),
}
# Endings that need a lowercase word after them to be sure ("I d" may be a list item).
NEEDS_WORD_AFTER = frozenset({"ll", "ve", "d", "m", "s"})
# Letters of Windows-1252 that end the mojibake of a curly quote ("â€œWe re"): not part of a word.
MOJIBAKE_LETTERS = "œŒšŠžŽŸƒ"
# Words a possessive "s" cannot follow: "the letter s", "and s".
NOT_OWNERS = frozenset("letter letters the an and or of to in on at by for with from is was are were be plus minus "
                       "times size sizes".split())
# A contraction's ending or a possessive "s" standing alone after a space.
TAIL_RE = lazy_compile(r" (t|re|ll|ve|d|m|s)(?![\w'’-])")
GLUED = {
    "didnt": "didn’t", "doesnt": "doesn’t", "isnt": "isn’t", "wasnt": "wasn’t", "arent": "aren’t",
    "werent": "weren’t", "hasnt": "hasn’t", "havent": "haven’t", "hadnt": "hadn’t", "couldnt": "couldn’t",
    "wouldnt": "wouldn’t", "shouldnt": "shouldn’t", "mustnt": "mustn’t", "neednt": "needn’t", "dont": "don’t",
    "youre": "you’re", "theyre": "they’re", "thats": "that’s", "whats": "what’s", "theres": "there’s",
    "youll": "you’ll", "theyll": "they’ll", "youve": "you’ve", "theyve": "they’ve", "weve": "we’ve",
    "wouldve": "would’ve", "couldve": "could’ve", "shouldve": "should’ve",
}
# Runs of letters as long as the GLUED words: found all at once and compared as a set, so that
# GLUED_RE is only tried where one of its words stands.
GLUED_TOKEN_RE = re.compile(f"[A-Za-z]{{{min(map(len, GLUED))},{max(map(len, GLUED))}}}")
GLUED_RE = lazy_compile(r"(?<![\w'’@#/.-])(" + "|".join(sorted(GLUED, key=len, reverse=True)) + r")(?![\w'’@/-]|\.\w)",
                        re.IGNORECASE)


# An apostrophe a lossy conversion turned into "?" ("I?ve", "that?s", "Sheriff?s"): a question
# mark between a word and a contraction's ending or a possessive "s", with a letter on each side.
QUESTION_RE = lazy_compile(r"\?(?<=[A-Za-z]\?)(s|t|re|ll|ve|d|m)(?![\w'’?=&/-])")


def _apostrophe(text: str) -> str:
    """The article's own apostrophe: curly unless straight ones are more common."""
    return "'" if text.count("'") > text.count("’") else "’"


@rule(
    code="WL503",
    name="lost-apostrophe",
    category="encoding",
    severity="warning",
    summary="Apostrophe lost in a conversion (“we re”, “the judge s”, “didnt”)",
    fix="safe",
    examples=[
        bad("[[We re]] ready, said the judge, but we [[don t]] know when.", fixed="We’re ready, said the judge, but we don’t know when."),
        bad("The [[judge s]] ruling and [[Macron s]] visit.", fixed="The judge’s ruling and Macron’s visit."),
        bad("He [[didnt]] say, and [[theyre]] not sure [[it s]] over.", fixed="He didn’t say, and they’re not sure it’s over."),
        bad("[[I m]] sure [[they ll]] come, and [[you ve]] seen it.", fixed="I’m sure they’ll come, and you’ve seen it."),
        bad("Officials say it's the [[council s]] plan.", fixed="Officials say it's the council's plan."),
        bad("It moved faster than anything I[[?]]ve seen, the Sheriff[[?]]s office said.", fixed="It moved faster than anything I’ve seen, the Sheriff’s office said."),
        good("We can't and won't; cant, wont, were, well, ill, its, lets, shed and hell are words."),
        good("We re-elected the mayor; the letter s and plan B; the 1990 s list; U S aid."),
        good("It’s the judge’s ruling; we’re sure they’ll see it."),
        good("Really?Sure. See https://example.org/page?s and what?so."),
    ],
)
def check(doc, options):
    text = doc.text
    n = len(text)
    mark = None
    for m in TAIL_RE.finditer(text):
        tail = m.group(1)
        space = m.start()
        lo = space
        while lo > 0 and text[lo - 1].isalpha() and text[lo - 1] not in MOJIBAKE_LETTERS and space - lo < 40:
            lo -= 1
        word = text[lo:space]
        if len(word) < 1 or (lo and text[lo - 1] in "'’-.@#/_") or (lo and text[lo - 1].isascii() and text[lo - 1].isalnum()):
            continue  # no word, or a handle, path, abbreviation or number before the ending
        after = text[m.end() : m.end() + 2]
        word_after = len(after) == 2 and after[0] == " " and after[1].islower()
        ends_clause = after[:1] in (",", ".", ";", ":", "!", "?") and (len(after) < 2 or after[1].isspace())
        if word.lower() in STEMS[tail] and (word == "I" or word.islower() or word.istitle()):
            if word.lower() == "i" and word != "I":
                continue
            if tail in NEEDS_WORD_AFTER and not word_after:
                continue
            what = "Apostrophe lost"
        elif tail == "s" and len(word) >= 2 and word.lower() not in NOT_OWNERS and (word_after or ends_clause or m.end() == n):
            what = "Apostrophe of the possessive lost"
        else:
            continue
        mark = mark or _apostrophe(text)
        yield Hit(lo, m.end(), f"{what}: “{word} {tail}”", replacement=f"{word}{mark}{tail}",
                  help=f"write “{word}{mark}{tail}”")
    if "?" in text:
        for m in QUESTION_RE.finditer(text):
            q = m.start()
            lo = q
            while lo > 0 and text[lo - 1].isalpha():
                lo -= 1
            word, tail = text[lo:q], m.group(1)
            if tail == "t" and word.lower() not in NT_STEMS:
                continue
            if tail in ("re", "ll", "ve", "d", "m") and word.lower() not in STEMS[tail]:
                continue
            if (lo and text[lo - 1] in "/=&.") or "://" in text[max(0, lo - 60) : q]:
                continue  # a URL's query string
            mark = mark or _apostrophe(text)
            yield Hit(q, q + 1, f"Apostrophe turned into “?” by a lossy conversion: “{word}?{tail}”",
                      replacement=mark, help=f"write “{word}{mark}{tail}”")
    found = {t for t in set(GLUED_TOKEN_RE.findall(text)) if t.lower() in GLUED}
    for m in _glued(text, found):
        word = m.group()
        mark = mark or _apostrophe(text)
        fixed = GLUED[word.lower()].replace("’", mark)
        if word[0].isupper():
            fixed = fixed[0].upper() + fixed[1:]
        yield Hit(m.start(), m.end(), f"Apostrophe lost: “{word}”", replacement=fixed, help=f"write “{fixed}”")


def _glued(text: str, words: set[str]):
    """``GLUED_RE.finditer(text)`` restricted to places where one of ``words`` stands."""
    starts = []
    for w in words:
        i = text.find(w)
        while i >= 0:
            starts.append(i)
            i = text.find(w, i + 1)
    for i in sorted(starts):
        m = GLUED_RE.match(text, i)
        if m:
            yield m
