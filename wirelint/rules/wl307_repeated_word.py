"""A word, or a whole run of words, written twice in a row.

"the the", "to to" and a clause repeated verbatim ("the two leaders met in Beijing the two
leaders met in Beijing") are stutters of careless editing, of scrapers that join overlapping
fragments, and of machine translation, which sometimes emits one source segment twice.

Legitimate doubles are left alone: "had had", "that that" and "is is" are grammatical, and so is
"her her" (an object and a possessive: "he got her her favourite flowers"); emphatic or playful
doubles ("very very", "good good", "bye bye", "no no", "mahi mahi") are common in quotations of
speech and in transcripts;
place and proper names repeat a capitalised word ("Walla Walla", "Bora Bora", "Duran Duran"),
or join it with a hyphen ("Baden-Baden", "Boutros Boutros-Ghali"); numbers are not words. A
repeated run of three or more words is reported only outside quotations (crowds chant "bring
them home, bring them home"), and its fix (keep one copy) is not applied automatically.
"""

from __future__ import annotations

import re
from itertools import chain, islice

from wirelint.document import Span
from wirelint.rule import Hit, bad, good, rule
from wirelint.rules._names import non_ascii_letter_starts

# Whitespace between two words, at most one line break (never a paragraph break).
GAP = r"(?:[ \t\u00a0]{1,8}|[ \t]{0,8}\r?\n[ \t]{0,8})"
WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# Possessive and atomic: a word that cannot be followed by the gap never can when shortened, so
# giving back characters is pointless (same matches, half the work).
DOUBLE_RE = re.compile(rf"(?<![\w'’-])([^\W\d_]++(?:['’][^\W\d_]++)?+)((?>{GAP}))(\1)(?![\w'’-])", re.IGNORECASE)
LEGITIMATE = frozenset(
    "had that is do does very really so no yes bye now well ha haha ho hee la knock tut boo yada "
    "chop many far long ever bang blah tsk hip ding choo cha pooh goody night there again round "
    "mahi bora pago walla tom dum can chin sing tsetse dik pom go her good".split()
)
# Separators allowed between two copies of a repeated run: spaces, or a comma and spaces.
RUN_GAP_RE = re.compile(r"[ \t\u00a0]{1,8}|,[ \t\u00a0]{1,8}")
MIN_RUN, MAX_RUN = 3, 25
LOWER_ASCII_WORD_RE = re.compile(r"[a-z]+(?:['’][a-z]+)?")
# Longer "sentences" are not prose (tables, lists, run-on scrapes): the run check skips them.
MAX_SENTENCE_WORDS = 400


@rule(
    code="WL307",
    name="repeated-word",
    category="grammar",
    severity="warning",
    summary="A word or a run of words repeated twice in a row",
    fix="safe",
    examples=[
        bad("Putin arrived in [[the the]] Chinese capital on Thursday.", fixed="Putin arrived in the Chinese capital on Thursday."),
        bad("[[The the]] talks continued and he wanted [[to to]] stay.", fixed="The talks continued and he wanted to stay."),
        bad("Officials said it [[was\nwas]] too late."),  # across a line break: reported, not fixed
        bad("On Thursday [[the two leaders met in Beijing the two leaders met in Beijing]] for talks.",
            fixed="On Thursday the two leaders met in Beijing for talks."),
        bad("He said [[that the war would end, that the war would end]] soon.", fixed="He said that the war would end soon."),
        good("She had had enough, and he said that that was fine; what it is is a ceasefire."),
        good("THE PRESIDENT: Since she is not my mom, I got her her favorite thing: an orchid."),
        good("\"We had a good good couple of weeks [in training]\", the coach said."),
        good("He visited Walla Walla, Bora Bora, Baden-Baden and met Boutros Boutros-Ghali and Duran Duran."),
        good("“It was very very hard, bye bye,” she said, and the crowd chanted “bring them home, bring them home.”"),
        good("The vote was 10 10 in committee, and 3 3 in the second round."),
        good("He ordered the mahi mahi.\n\nThe\n\nthe paragraph break is not a repeat."),
        good("The talks ended. The talks will resume; talks, talks and more talks."),
    ],
)
def check(doc, options):
    text = doc.text
    ascii_letters = not non_ascii_letter_starts(text)  # shared with the names rules (cached)
    keyed = _sentence_keys(doc, ascii_letters)
    for m in _doubles(text, keyed, ascii_letters):
        first, second = m.group(1), m.group(3)
        low = first.lower()
        if low in LEGITIMATE:
            continue
        if first[0].isupper() and second[0].isupper():
            continue  # Walla Walla, Duran Duran, ALL CAPS
        if first[1:] != first[1:].lower() or second[1:] != second[1:].lower():
            continue  # acronyms and camel case
        yield Hit(
            m.start(),
            m.end(),
            f"Repeated word {second!r}",
            # Across a line break a deletion would also remove the break: report only.
            replacement=None if "\n" in m.group(2) else first,
            help=f"delete the second {second!r}",
        )
    yield from _repeated_runs(doc, keyed)


def _sentence_keys(doc, ascii_letters: bool) -> list[tuple[Span, list[str]]]:
    """Each sentence with its words in lower case. (Words never contain a space, and
    lower-casing them joined is lower-casing each. Without non-ASCII letters in the text,
    LOWER_ASCII_WORD_RE over the lower-cased text finds the same words, lower-cased, faster.)"""
    text = doc.text
    if ascii_letters:
        # Only A-Z and two non-ASCII letters lower-case to ASCII letters: in the lower-cased text
        # (same length, same offsets) the lower-case ASCII words are the keys.
        findall = LOWER_ASCII_WORD_RE.findall
        lowered = text.lower()
        return [(s, findall(lowered, s.start, s.end) or [""]) for s in doc.sentences]
    findall = WORD_RE.findall
    return [(s, " ".join(findall(text, s.start, s.end)).lower().split(" ")) for s in doc.sentences]


def _doubles(text: str, keyed, ascii_letters: bool):
    """``DOUBLE_RE.finditer(text)``. A match never leaves a sentence (its gap is white space with
    at most one line break), and its two words are neighbours among the sentence's words. When
    the text has only ASCII letters, lower case compares words as the pattern does, so only
    sentences with two equal neighbouring words need the pattern."""
    if not ascii_letters:
        yield from DOUBLE_RE.finditer(text)
        return
    # One pass over the words of all sentences first: most documents have no two equal
    # neighbours even across sentence edges, and then no sentence has.
    flat = list(chain.from_iterable(keys for _, keys in keyed))
    if not any(map(str.__eq__, flat, islice(flat, 1, None))):
        return
    for sent, keys in keyed:
        if len(keys) > 1 and any(map(str.__eq__, keys, keys[1:])):
            yield from DOUBLE_RE.finditer(text, sent.start, sent.end)


def _repeated_runs(doc, keyed):
    text = doc.text
    for sent, keys in keyed:
        # Cheap screen: a run of three or more words repeated needs a word trigram that occurs
        # twice in the sentence; most sentences have none and skip the exact search below.
        # Before that, cheaper: the second copy's words all occurred before, so at least MIN_RUN
        # words of the sentence are repeats.
        n = len(keys)
        if n < 2 * MIN_RUN or n - len(set(keys)) < MIN_RUN or len(set(zip(keys, keys[1:], keys[2:]))) == n - 2:
            continue
        words = [(w.start(), w.end(), w.group().lower()) for w in WORD_RE.finditer(text, sent.start, sent.end)]
        n = len(words)
        if n > MAX_SENTENCE_WORDS:
            continue
        keys = [w[2] for w in words]
        i = 0
        while i < n:
            found = None
            for size in range(min(MAX_RUN, (n - i) // 2), MIN_RUN - 1, -1):
                if keys[i] != keys[i + size] or keys[i : i + size] != keys[i + size : i + 2 * size]:
                    continue
                a, b = words[i : i + size], words[i + size : i + 2 * size]
                if not RUN_GAP_RE.fullmatch(text, a[-1][1], b[0][0]):
                    continue
                # Both copies must read the same, separators included.
                if text[a[0][0] : a[-1][1]].lower() != text[b[0][0] : b[-1][1]].lower():
                    continue
                found = (a, b)
                break
            if found is None:
                i += 1
                continue
            a, b = found
            start, end = a[0][0], b[-1][1]
            if doc.in_quote(start) or doc.in_quote(end - 1):
                i += 2 * len(a)
                continue
            yield Hit(
                start,
                end,
                f"Words repeated verbatim: {text[a[0][0] : a[-1][1]]!r}",
                replacement=text[a[0][0] : a[-1][1]],
                help="delete the second copy",
                safe=False,
            )
            i += 2 * len(a)
