"""Two words run together by a lost space: "continue tofollow", "playedwell", "withHo Chi Minh
City", "COVID-19should", "Pham MinhChinh".

Scrapers that join lines or strip markup (a link, a line break, a non-breaking space the tool did
not know) lose the space between two words; machine translation of such text keeps the run-on
token as an unknown word. English copy never writes two words as one token.

How the rule knows: a lowercase token is split only when it is no word itself (``common_words.txt``,
the frequency list ``word_zipf.txt`` and the compounds, brands and foreign words in
``glued_exceptions.txt``, all derived from SCOWL and wordfreq by ``scripts/build_wordlist.py``)
and it cuts into two common words, one of them a function word ("to|follow", "issued|by") or
both very common with the first ending as no compound's first part does ("played|well",
"political|system"). A lowercase function word glued to a capitalised word ("withHo",
"onCOVID-19"), a possessive glued to the next word ("Netflix'sglobal"), a number glued to a word ("COVID-19should", "1Students") and two capitalised
parts glued together that the article also prints apart ("MinhChinh" beside "Minh Chinh") are
reported too. Two nouns run together ("teaindustry", "ricesector") are reported only in an
article that loses spaces elsewhere as well (a sentence glued to the next, another glued pair),
since English writes many compounds of two nouns as one word.

Left alone: any word the data knows, compounds ("ceasefire", "drugmakers", "mouthpart"), names
and brands ("iPhone", "eBay", "McDonald", "YouTube", "PlayStation", "DeSantis", "9News"),
hashtags, handles, URLs, e-mail addresses, file names and code ("#tofollow", "@onthe",
"example.com/playedwell", "snake_case"), ordinals and units after a number ("21st", "5km",
"10am", "1990s"). The fix inserts the space and is unsafe: the cut is the likeliest, not certain.
"""

from __future__ import annotations

import re

from wirelint.rule import Hit, bad, good, rule
from wirelint.rules._lazy import lazy_compile
from wirelint.rules._words import FUNCTION_WORDS, TWO_LETTER, exceptions, split_glued, zipf_table

# What may not touch a token for it to be prose: the marks of handles, hashtags, paths, code.
_NOT_PROSE_BEFORE = r"\w@#/\\.\-'’&_=+:~$%"
_NOT_PROSE_AFTER = r"\w@#/\\\-'’&_=+~%("
# A lowercase token of five or more letters, not inside a handle, path, domain or identifier.
LOWER_RE = lazy_compile(rf"(?<![{_NOT_PROSE_BEFORE}])[a-z]{{5,40}}(?![{_NOT_PROSE_AFTER}]|[.:]\w)")
# A lowercase function word glued to a capitalised word: "withHo", "onCOVID".
# ("the", "a", "e", "i" and a few others start brands: "theScore", "iPhone", "eBay", "upGrad".)
GLUE_WORDS = sorted((FUNCTION_WORDS | TWO_LETTER) - {"the", "a", "an", "am", "me", "my", "us", "we", "he", "go", "do",
                                                     "so", "no", "up", "it", "be", "or", "is", "if", "yet"},
                    key=len, reverse=True)
LOWER_UPPER_RE = lazy_compile(
    rf"(?<![{_NOT_PROSE_BEFORE}])({'|'.join(GLUE_WORDS)})([A-Z][A-Za-z]+)(?:-\d+)?(?![{_NOT_PROSE_AFTER}]|[.:]\w)"
)
# Two capitalised parts: "MinhChinh" (reported only when the article prints "Minh Chinh").
CAMEL_RE = lazy_compile(rf"(?<![{_NOT_PROSE_BEFORE}])([A-Z][a-z]+)([A-Z][a-z]+)(?![{_NOT_PROSE_AFTER}]|[.:]\w)")
PAIR_RE = lazy_compile(r"(?=(?<![A-Za-z])([A-Z][a-z]+) ([A-Z][a-z]+)(?![A-Za-z]))")
# A number glued to a word: "COVID-19should", "1Students".
NUMBER_WORD_RE = lazy_compile(r"(?<![\w.,/:])(\d{1,4}(?:\.\d{1,3})?)([a-z]{3,20}|[A-Z][a-z]{2,20})(?![\w@/\-'’&]|[.:]\w)")
# A possessive glued to the next word: "Netflix'sglobal".
POSSESSIVE_GLUED_RE = lazy_compile(r"['’](?<=[^\W\d_]['’])s([a-z]{4,20})(?![\w'’@/-]|[.:]\w)")
UNITS = frozenset(
    "st nd rd th am pm km kg mm cm ml mg mph kph kmh gb mb kb tb hz khz mhz ghz kw mw gw kwh mwh bn mn "
    "bps fps rpm yo yrs hrs mins secs min sec kts ft sq lbs oz mah ppm ppb cc hp".split()
)
# Quick screens, each starting with the character it is about so that the engine jumps between
# candidates: a run of five lowercase letters (its words are looked up in sets all at once), a
# capital right after a lowercase letter (every lower-upper and CamelCase join), a letter right
# after a digit (every number-word join). The full patterns above then run at those places only.
RUN_RE = re.compile(r"[a-z]{5,40}")
JOIN_RE = re.compile(r"[A-Z](?<=[a-z][A-Z])")
DIGIT_LETTER_RE = re.compile(r"\d(?=[A-Za-z])")
GLUE_WORD_SET = frozenset(GLUE_WORDS)
# Capitalised words brands put after a number ("9News", "7Sport", "3Com").
NUMBER_BRANDS = frozenset("news sport sports now plus go network media live life chat tv com one net".split())


def _inside_link(text: str, start: int, end: int) -> bool:
    """Is the token part of a URL, e-mail address or path (a "://", "www." or "@" in the
    stretch of non-space characters around it)?"""
    lo = start
    while lo > 0 and not text[lo - 1].isspace() and start - lo < 200:
        lo -= 1
    hi = end
    while hi < len(text) and not text[hi].isspace() and hi - end < 200:
        hi += 1
    chunk = text[lo:hi]
    return "://" in chunk or "www." in chunk or "@" in chunk or "/" in chunk or "_" in chunk


@rule(
    code="WL315",
    name="glued-words",
    category="typography",
    severity="warning",
    summary="Two words run together by a lost space",
    fix="unsafe",
    examples=[
        bad("The ministry urged residents to continue [[tofollow]] the guidance.", fixed="The ministry urged residents to continue to follow the guidance."),
        bad("The notice was [[issuedby]] the city council, and the team [[playedwell]].",
            fixed="The notice was issued by the city council, and the team played well."),
        bad("Talks [[withHo]] Chi Minh City officials [[onCOVID]]-19 rules ended.", fixed="Talks with Ho Chi Minh City officials on COVID-19 rules ended."),
        bad("Cases of COVID-[[19should]] fall, and [[1Students]] returned.", fixed="Cases of COVID-19 should fall, and 1 Students returned."),
        bad("Exports were worth US$[[1.5billion]] in the quarter.", fixed="Exports were worth US$1.5 billion in the quarter."),
        bad("Prime Minister Pham Minh Chinh spoke; Pham [[MinhChinh]] later left.", fixed="Prime Minister Pham Minh Chinh spoke; Pham Minh Chinh later left."),
        bad("A reform of the [[politicalsystem]] [[thatwould]] take years.", fixed="A reform of the political system that would take years."),
        bad("It was Netflix’[[sglobal]] hit.", fixed="It was Netflix’s global hit."),
        good("The ceasefire held as drugmakers and chipmakers met lawmakers in the newsroom."),
        good("She bought an iPhone on eBay, ate at McDonald’s and watched YouTube on a PlayStation; DeSantis and LeBron too."),
        good("Follow #tofollow and @playedwell at https://example.com/issuedby or mail onthe@example.org; see my_var."),
        good("The 21st race, 5km long, started at 10am in the 1990s; 9News and 3Com reported 4G and 5G."),
        good("MinhChinh is a handle here, since the article never prints the two names apart."),
        good("Bronze Age logboats and a centre of advanced chipmaking."),
        bad("Growth in the [[ricesector]] slowed.In the south, the [[teaindustry]] grew.",
            fixed="Growth in the rice sector slowed.In the south, the tea industry grew."),
    ],
)
def check(doc, options):
    text = doc.text
    yield from _lowercase_runs(text)
    if JOIN_RE.search(text):
        yield from _joins(text)
    if DIGIT_LETTER_RE.search(text):
        yield from _number_joins(text)
    if "'s" in text or "’s" in text:
        table = zipf_table()
        for m in POSSESSIVE_GLUED_RE.finditer(text):
            word = m.group(1)
            if table.get(word, 0.0) < 3.5 or _inside_link(text, m.start(), m.end()):
                continue
            k = m.start(1)
            yield Hit(k - 1, m.end(), f"Words run together: “{text[k - 2:m.end()]}”",
                      replacement=f"s {word}", help="insert the lost space")


def _lowercase_runs(text: str):
    """``LOWER_RE``'s tokens that split into two words. Every such token is a run of RUN_RE (a
    maximal run of 5-40 lowercase letters), so the runs are read all at once and compared with
    the word sets as sets; only a run no set knows is looked at further."""
    runs = set(RUN_RE.findall(text))
    if not runs:
        return
    unknown = runs.difference(zipf_table()).difference(exceptions())
    glued = {}
    for token in unknown:
        found = split_glued(token)
        if found is not None:
            glued[token] = found
    hits = []
    for token in sorted(glued, key=text.find):
        first, second, _score, strong = glued[token]
        i = text.find(token)
        while i >= 0:
            m = LOWER_RE.match(text, i)
            if m and m.end() == i + len(token) and not _inside_link(text, i, m.end()):
                hits.append((strong, Hit(i, m.end(), f"Words run together: “{token}” ({first} {second})",
                                         replacement=f"{first} {second}", help="insert the lost space")))
            i = text.find(token, i + 1)
    if hits and not any(strong for strong, _ in hits) and not _loses_spaces(text):
        return  # only two nouns run together, in an article that loses no space elsewhere: compounds
    for _strong, hit in hits:
        yield hit


# Other signs that an article loses spaces: a sentence glued to the next ("year.In", not a
# domain or an abbreviation), a function word glued to a capitalised word, a number to a word.
SENTENCE_GLUE_RE = lazy_compile(r"[.!?](?<=[a-z]{3}[.!?])(?=[A-Z][a-z])(?![A-Z][a-z]+[.@/])")


def _loses_spaces(text: str) -> bool:
    if SENTENCE_GLUE_RE.search(text):
        return True
    if JOIN_RE.search(text) and any(True for _ in _joins(text)):
        return True
    return DIGIT_LETTER_RE.search(text) is not None and any(True for _ in _number_joins(text))


def _joins(text: str):
    """A function word glued to a capitalised word, and CamelCase names the article also prints
    apart; tried only where a capital follows a lowercase letter."""
    pairs = None
    done = -1
    for c in JOIN_RE.finditer(text):
        k = c.start()
        if k < done:
            continue
        s = k
        while s > 0 and text[s - 1].isalpha() and k - s < 40:
            s -= 1
        word = text[s:k]
        if word in GLUE_WORD_SET:
            m = LOWER_UPPER_RE.match(text, s)
            if m and not _inside_link(text, m.start(), m.end()):
                done = m.end()
                yield Hit(m.start(), m.end(2), f"Words run together: “{m.group(1)}{m.group(2)}”",
                          replacement=f"{m.group(1)} {m.group(2)}", help="insert the lost space")
            continue
        if word[:1].isupper():
            m = CAMEL_RE.match(text, s)
            if m is None or m.end(1) != k:
                continue
            if pairs is None:
                pairs = {(p.group(1), p.group(2)) for p in PAIR_RE.finditer(text)}
            if (m.group(1), m.group(2)) in pairs and not _inside_link(text, m.start(), m.end()):
                done = m.end()
                yield Hit(m.start(), m.end(), f"Names run together: “{m.group()}” (the article also prints “{m.group(1)} {m.group(2)}”)",
                          replacement=f"{m.group(1)} {m.group(2)}", help="insert the lost space")


def _number_joins(text: str):
    table = zipf_table()
    done = -1
    for c in DIGIT_LETTER_RE.finditer(text):
        k = c.end()
        if k < done:
            continue
        s = k
        while s > 0 and text[s - 1].isdigit() and k - s < 5:
            s -= 1
        if s > 1 and text[s - 1] == "." and text[s - 2].isdigit():  # a decimal: "1.5billion"
            s -= 1
            while s > 0 and text[s - 1].isdigit() and k - s < 9:
                s -= 1
        m = NUMBER_WORD_RE.match(text, s)
        if m is None or m.start(2) != k:
            continue
        done = m.end()
        word = m.group(2)
        low = word.lower()
        if low in UNITS or (word[0].isupper() and low in NUMBER_BRANDS):
            continue
        if table.get(low, 0.0) < 4.0 or _inside_link(text, m.start(), m.end()):
            continue
        if word[0].isupper() and not (m.start() == 0 or text[m.start() - 1].isspace()):
            continue  # "F1Racing": a brand glued to its own number
        yield Hit(m.start(), m.end(), f"Number and word run together: “{m.group()}”",
                  replacement=f"{m.group(1)} {word}", help="insert the lost space")
