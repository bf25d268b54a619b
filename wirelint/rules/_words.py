"""English words and their frequencies, for the rules that must tell a word from two words run
together (WL315) or read an English word around a broken character (WL501, WL503, WL504).

Data (``scripts/build_wordlist.py`` derives it from wordfreq and ``common_words.txt``):
``word_zipf.txt`` holds the words that may be one half of a glued pair with their Zipf frequency;
``glued_exceptions.txt`` the words that split into two such halves but are words themselves.
Both are read on first need; a token is a word when either file or ``common_words.txt`` has it.
"""

from __future__ import annotations

from functools import lru_cache

from wirelint.rules._data import data_text
from wirelint.rules._names import is_common

# Two-letter words that may be half of a glued pair ("issuedby", "onthe"); no one-letter half.
TWO_LETTER = frozenset("of to in on at by is it as an be we he me my no so up us or do go if am".split())
FUNCTION_WORDS = frozenset(
    "the of to in on at by is it as an and for with from that this was be are a or but not has have had "
    "will would can could should may might must into onto over after before about than then said says "
    "also well which who when where while there their they he she we its his her our your been being "
    "were did does so such very more most all any some both each only just even still yet".split()
)
# Two content words run together count when the first ends as no compound's first part does (a
# past form, an adverb or an adjective: "playedwell", "politicalsystem"). Two nouns ("teaindustry",
# "ricesector") are a weak cut: English writes many compounds as one word ("mouthpart",
# "chipmaking", "logboats"); WL315 reports a weak cut only in an article that loses spaces
# elsewhere too.
CONTENT_FIRST_ENDINGS = ("ed", "ly", "al", "ic", "ous", "ive", "ing", "ful")
# Second parts English compounds are built on ("keywoman", "freeflight", "riverside"): two nouns
# ending in one of them are taken for a compound, not for two words run together.
COMPOUND_HEADS = frozenset(
    "woman women person persons people flight flights ships house houses works wares sides lines lands "
    "woods field fields yards rooms books light lights water fires times nights balls board boards point "
    "points place places heads craft holder holders maker makers goers keeper keepers worker workers "
    "writer writers player players owner owners bound world".split()
)
# How frequent a half must be, by its length: short words must be very common to count.
HALF_MIN_ZIPF = {3: 4.0, 4: 3.0, 5: 3.0}
LONG_HALF_MIN_ZIPF = 3.0  # six letters or more
# Two content words run together must both be this common: compounds of rarer words abound
# ("chipmakers", "cheatgrass"), and one of two function words is a stronger sign ("tofollow").
CONTENT_MIN_ZIPF = 4.0
# Halves that are affixes more often than words: "robust|ness", "re|coup", "over|took".
NOT_HALVES = frozenset(
    "ness less ment ship able ible ful hood dom ward wards wise ally ion ions ant ants ism ist led per "
    "age ages son sons man men over under out super counter post cyber micro mega anti non multi inter "
    "mis dis pre sub auto bio eco geo tele ness ling lings ette ettes ese ian ite ites".split()
)
MIN_GLUED = 5  # shorter tokens are never split


def may_be_half(word: str, zipf: float) -> bool:
    if word in NOT_HALVES or not word.isalpha() or not word.isascii():
        return False
    n = len(word)
    if n == 2:
        return word in TWO_LETTER
    if n < 2:
        return False
    return zipf >= HALF_MIN_ZIPF.get(n, LONG_HALF_MIN_ZIPF)


def is_function(word: str) -> bool:
    return word in FUNCTION_WORDS or word in TWO_LETTER


def best_split(token: str, table: dict[str, float]) -> tuple[int, float, bool] | None:
    """``(k, score, strong)`` for the best cut of a lowercase token into token[:k] and token[k:]:
    both halves in ``table``, and one a function word, or both at least CONTENT_MIN_ZIPF with
    the first ending as no compound's first part does, or (a weak cut, ``strong`` False) both
    that common with a second half of five letters or more that is no compound head. The score is
    the Zipf frequency of the rarer half, plus one for a function word. None: no cut."""
    best = None
    get = table.get
    for k in range(2, len(token) - 1):
        za = get(token[:k])
        if za is None:
            continue
        zb = get(token[k:])
        if zb is None:
            continue
        score = min(za, zb)
        strong = True
        if is_function(token[:k]) or is_function(token[k:]):
            score += 1.0
        elif score < CONTENT_MIN_ZIPF:
            continue
        elif not token[:k].endswith(CONTENT_FIRST_ENDINGS):
            if len(token) - k < 5 or token[k:] in COMPOUND_HEADS:
                continue
            strong = False
        if best is None or (strong, score) > (best[2], best[1]):
            best = (k, score, strong)
    return best


@lru_cache(maxsize=1)
def zipf_table() -> dict[str, float]:
    """word -> Zipf frequency, for every word of word_zipf.txt."""
    table: dict[str, float] = {}
    for line in data_text("word_zipf.txt").splitlines():
        if not line or line.startswith("#"):
            continue
        z, _, words = line.partition("\t")
        value = float(z)
        for w in words.split():
            table[w] = value
    return table


@lru_cache(maxsize=1)
def exceptions() -> frozenset[str]:
    return frozenset(
        line.strip() for line in data_text("glued_exceptions.txt").splitlines() if line.strip() and not line.startswith("#")
    )


def is_word(token: str) -> bool:
    """A lowercase token is an English word (or a compound, brand or foreign word English copy
    uses) according to the data."""
    return token in zipf_table() or token in exceptions() or is_common(token)


@lru_cache(maxsize=16384)
def split_glued(token: str) -> tuple[str, str, float, bool] | None:
    """Two words run together: ``(first, second, score, strong)`` when the lowercase token is no
    word itself and splits into two common words (``strong`` False for two nouns, which a
    compound may also be); else None."""
    if len(token) < MIN_GLUED:
        return None
    table = zipf_table()
    found = best_split(token, table)  # (cheaper than is_word, and None for almost every token)
    if found is None or is_word(token):
        return None
    k, score, strong = found
    return token[:k], token[k:], score, strong
