"""A plural noun followed by a nationality adjective: "officials Chinese", "troops Ukrainian".

French, Spanish, Italian and Portuguese put most adjectives after the noun ("les responsables
chinois", "las tropas rusas"). A machine translation round trip through one of them sometimes
keeps that order in English, where a nationality adjective always comes first: "he had told
officials Chinese that…" should read "he had told Chinese officials that…".

The nouns come from a short list of what news copy most often qualifies with a nationality
(``data/nationality_nouns.txt``); the adjectives from a list built from country data
(``data/demonyms.txt``, see ``scripts/build_demonyms.py``). English does put a demonym after
such a noun when it starts a new phrase, so the rule stays silent when:

- punctuation or a dash separates them ("officials, Chinese and Russian, met");
- the demonym is followed by a noun or a capitalised word: it then qualifies that word
  ("told officials Chinese companies were…", "troops Ukrainian forces had trained");
- the demonym is part of a hyphenated compound ("forces French-backed") or a possessive;
- a proper noun precedes the noun ("Ukraine Forces Chinese…" in a title-cased line).

It flags only when what follows the adjective is punctuation, the end of the text, or a word that
cannot be the noun it qualifies (a conjunction, preposition, pronoun or verb such as "that",
"in", "said", "were"). The fix, "Chinese officials", is offered but not applied by default
(unsafe): a human should confirm the reading.
"""

from __future__ import annotations

import re
from functools import lru_cache

from wirelint.rule import Hit, bad, good, rule
from wirelint.rules._data import data_text

# Words after the adjective that show it is not qualifying a following noun.
FOLLOWERS = frozenset(
    """that who whom which whose said say says told tell have has had are were was is will would
    could can should may might must did do does and or but nor to in on at for from with about
    during after before over under against into through by as of than when while if because
    since until also not already still then there here this these those it they them their he
    she his her we our you your its""".split()
)


def _words(name: str) -> list[str]:
    return [w.strip() for w in data_text(name).splitlines() if w.strip() and not w.startswith("#")]


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    nouns = sorted(_words("nationality_nouns.txt"), key=len, reverse=True)
    demonyms = sorted(_words("demonyms.txt"), key=len, reverse=True)
    noun_alt = "|".join(re.escape(n) for n in nouns)
    dem_alt = "|".join(re.escape(d).replace(r"\ ", " ") for d in demonyms)
    return re.compile(
        rf"(?<![\w’'-])(?P<noun>(?i:{noun_alt}))"
        rf" (?P<dem>{dem_alt})(?![\w’'-])"
        r"(?P<after>[ \t]*(?P<next>[^\W\d_][\w’'-]{0,40})?)"
    )


@lru_cache(maxsize=1)
def _screen() -> tuple[re.Pattern[str], int] | None:
    """A quick scan for the space before a demonym, and the longest noun. Every match of the
    pattern starts at most that many characters before such a space, so trying the pattern only
    there finds what ``finditer`` over the whole text finds. None when the word lists do not
    allow it (a noun that is not plain lower-case letters, a demonym not starting with a capital).
    The demonym must end where a word ends, as in the pattern ("Germany" is no hit for "German"),
    so most articles never need the pattern, whose two big alternations cost ~4 ms to compile."""
    nouns = _words("nationality_nouns.txt")
    demonyms = _words("demonyms.txt")
    if not nouns or not demonyms or not all(n.isascii() and n.isalpha() for n in nouns):
        return None
    if not all(d[0].isascii() and d[0].isupper() for d in demonyms):
        return None
    firsts = sorted({d[0] for d in demonyms})
    groups = "|".join(
        re.escape(c) + "(?:" + "|".join(re.escape(d[1:]).replace(r"\ ", " ") for d in demonyms if d[0] == c) + ")"
        for c in firsts
    )
    return re.compile(rf" (?=[{''.join(firsts)}])(?=(?:{groups})(?![\w’'-]))"), max(map(len, nouns))


@lru_cache(maxsize=1)
def _nouns() -> frozenset[str]:
    return frozenset(n.lower() for n in _words("nationality_nouns.txt"))


def _matches(text: str):
    """The matches of ``_pattern()`` in ``text``, as ``finditer`` gives them."""
    screen = _screen()
    if screen is None:
        yield from _pattern().finditer(text)
        return
    scan, longest = screen
    nouns = _nouns()
    match = None  # the pattern is compiled at the first place it could match
    tried = 0  # every start below this was tried or lies inside a match
    for c in scan.finditer(text):
        q = c.start()
        # A match ending its noun here starts where the word before the space starts (the
        # pattern's look-behind allows no other start): find that word and look it up first.
        s = q
        while s > 0 and q - s <= longest and text[s - 1].isalpha():
            s -= 1
        word = text[s:q]
        if not word.isascii():  # a letter beyond ASCII (case folding): let the pattern decide
            starts = range(max(tried, q - longest), q)
        elif s < tried or (s > 0 and (text[s - 1].isalnum() or text[s - 1] in "_’'-")) or word.lower() not in nouns:
            tried = max(tried, q)  # no noun can end here (too long, joined, or not listed)
            continue
        else:
            starts = (s,)
        if match is None:
            match = _pattern().match
        for start in starts:
            m = match(text, start)
            if m:
                yield m
                tried = m.end()
                break
        else:
            tried = max(tried, q)


def _verdict(text: str, m: re.Match[str]) -> bool:
    noun = m.group("noun")
    if not (noun.islower() or (noun[0].isupper() and noun[1:].islower())):
        return False  # ALL CAPS or odd casing: a label, not prose
    if noun[0].isupper():
        # Title case: only at the start of a sentence, not in a title-cased headline.
        before = text[max(0, m.start() - 3) : m.start()].rstrip(" “\"‘'")
        if before and before[-1:] not in ".!?\n":
            return False
    # A proper noun just before the noun ("Ukraine Armed Forces Chinese…") means a name.
    prev = re.search(r"([^\W\d_][\w’'-]*)[ \t]*$", text[max(0, m.start() - 40) : m.start()])
    if prev and prev.group(1)[0].isupper() and noun[0].islower():
        word = prev.group(1)
        if word.lower() not in {"the", "these", "those", "all", "many", "some"}:
            return False
    nxt = m.group("next")
    if nxt is None:
        tail = text[m.end() : m.end() + 1]
        # Punctuation or end of text right after the demonym.
        return tail == "" or tail in ".,;:!?)”\"’\n" or tail.isspace()
    if nxt[0].isupper():
        return False
    # A function word, a verb of saying, or an adverb ("officials Iranian allegedly offered").
    return nxt.lower() in FOLLOWERS or (len(nxt) > 4 and nxt.endswith("ly"))


@rule(
    code="WL103",
    name="romance-word-order",
    category="translation",
    severity="warning",
    summary="Nationality adjective after its noun (French or Spanish word order)",
    fix="unsafe",
    examples=[
        bad("he had told [[officials Chinese]] that “if China does not solve this problem, we will”.",
            fixed="he had told Chinese officials that “if China does not solve this problem, we will”."),
        bad("Sanctions hit [[companies Russian]] in March.", fixed="Sanctions hit Russian companies in March."),
        bad("In 2018, [[officials Iranian]] allegedly offered money.", fixed="In 2018, Iranian officials allegedly offered money."),
        bad("The shelling killed two [[soldiers Ukrainian]], the army said.",
            fixed="The shelling killed two Ukrainian soldiers, the army said."),
        bad("[[Authorities French]] said the suspect had fled.", fixed="French authorities said the suspect had fled."),
        bad("Talks between [[diplomats South Korean]] and their hosts.",
            fixed="Talks between South Korean diplomats and their hosts."),
        good("he had told Chinese officials that the problem must be solved"),
        good("He told officials Chinese companies were buying the parts."),
        good("Western officials, Chinese diplomats and Russian envoys met in Geneva."),
        good("The troops Ukrainian forces trained last year were deployed to the front."),
        good("forces French-backed militias fought in the north"),
        good("A meeting of officials — Chinese, Russian and Iranian — ended without a deal."),
        good("OFFICIALS CHINESE DELEGATION ARRIVES"),
        good("He spoke to Americans and to officials in Beijing."),
    ],
)
def check(doc, options):
    text = doc.text
    for m in _matches(text):
        if not _verdict(text, m):
            continue
        noun, dem = m.group("noun"), m.group("dem")
        if noun[0].isupper():
            fixed = f"{dem} {noun.lower()}"
        else:
            fixed = f"{dem} {noun}"
        yield Hit(
            m.start("noun"),
            m.end("dem"),
            f"Nationality adjective after its noun: “{noun} {dem}” (French or Spanish word order)",
            replacement=fixed,
            help=f"English puts the nationality first: “{fixed}”",
            language="fr",
        )
