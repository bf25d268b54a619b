"""One quoted term rendered two or more ways in the same article.

A reporter quotes a declared slogan or label verbatim and keeps it verbatim: "a “no limits”
partnership" stays “no limits” all the way down. After a round trip through French the term comes
back each time the engine meets it, in whatever words it picks that time: “no limits”, then
“limitless”, then “no holds barred” — and the copy even says the leaders "abandoned the term
“no holds barred”", referring back to a term the reader has never seen. Three signals:

* two short quoted terms (one to four words, single or double curly quotes) that say the same
  thing: the same content words with the negation built another way (“no limits” / “limitless”)
  or in another order (“rules-based order” / “order based on rules”). Swapping one negator for
  another (“no deal” / “without a deal”) is ordinary English and is left to the table;
* two renderings listed as one group in ``data/term_equivalents.tsv``, a small table of idioms
  that engines swap (“no limits” / “no holds barred”, “scorched earth” / “burnt earth”);
* an anaphoric reference — "abandoned / dropped / stopped using / no longer use the term
  “X”" — to a term that never appeared before, when a person named in that sentence earlier
  declared or coined another short quoted label (“there are “no limits””, "declared a “limitless”
  partnership").

The later rendering is reported, with the earlier one(s) named. There is no fix: an editor must
choose the rendering. Left alone: the same term with other inflection, hyphenation or articles
(“illegal aliens” / “illegal alien”), new terms introduced as such ("coined the term “X”", "what
he called “X”"), titles and names in quotes (“Meet the Press”), and quotations of speech (more
than four words, or several sentences).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import product

from wirelint.rule import Hit, bad, good, rule
from wirelint.rules._data import tsv_records
from wirelint.rules._lazy import lazy_compile

MAX_WORDS = 4
MAX_CHARS = 48
WORD_RE = re.compile(r"[^\W\d_][\w’'-]*|\d[\w.,]*")
# ‘…’ single curly quotes around a short term; the closing ’ is not followed by a letter, so
# apostrophes inside ("‘Xi’s doctrine’") are skipped. Bounded, so linear in the text length.
# The look-behind follows the opening mark so that the scan jumps from one ‘ to the next.
SINGLE_RE = re.compile(r"‘(?<![\w’‘]‘)([^\W\d_][^‘’\n“”\"]{0,46}?)’(?!\w)")
STOPWORDS = frozenset(
    "a an the of on in to for and or with by at from as into onto over under about is are be its "
    "their his her our your my this that these those".split()
)
NEGATORS = frozenset({"no", "not", "without", "non", "never"})
# Verbs that refer back to a term already in use (the term must have appeared before).
ABANDON = (
    r"abandon(?:s|ed|ing)?|drop(?:s|ped|ping)?|ditch(?:es|ed|ing)?|shelv(?:e|es|ed|ing)|"
    r"retir(?:e|es|ed|ing)|stopp?(?:s|ed|ing)?\s+using|ceas(?:e|es|ed|ing)\s+using|"
    r"no\s+longer\s+us(?:e|es|ed|ing)|(?:moved?|moving|backed?|backing|walked?|walking)\s+away\s+from|"
    r"walk(?:s|ed|ing)?\s+back|gave\s+up|give[sn]?\s+up|giving\s+up"
)
REPEAT = r"repeat(?:s|ed|ing)?|reiterat(?:e|es|ed|ing)|again\s+us(?:e|es|ed|ing)|us(?:e|es|ed|ing)\s+again"
ANAPHOR_RE = lazy_compile(
    rf"\b(?:(?P<abandon>{ABANDON})|(?P<repeat>{REPEAT}))\s+"
    r"(?:(?:the|this|that|its|their|his|her)\s+)?"
    r"(?:(?:so-called|so\s+called)\s+|(?:term|phrase|expression|word|slogan|label|formula|wording|motto|catchphrase)\s+)"
    r"$",
    re.IGNORECASE,
)
# Cues before a quoted label that mark it as a declared or coined label, not a speech fragment.
LABEL_CUE_RE = lazy_compile(
    r"\b(?:(?:declar|proclaim|describ|call|dubb?|term|brand|labell?|hail|tout|coin)(?:e|es|ed|ing|s)?"
    r"(?:\s+(?:it|them|this|that|(?:the|their|its)\s+\w{1,20}))?(?:\s+as)?(?:\s+(?:a|an|the))?"
    r"|there\s+(?:are|is|was|were|would\s+be|will\s+be)|the\s+(?:term|phrase|expression|slogan|label))\s*$",
    re.IGNORECASE,
)
NAME_RE = re.compile(r"\b[A-Z][\w’'-]{1,30}")
NOT_NAMES = frozenset(
    "The A An It Its In On At Of For And But Or As He She They We I This That These Those There "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May "
    "June July August September October November December Last Next Although While When After "
    "President Prime Minister Secretary Chancellor General Senator Governor Mayor Chief Foreign "
    "Defense Defence State Ministry Government Officials Chinese Russian American European British "
    "Before During Since Because If".split()
)


@dataclass(frozen=True)
class Term:
    start: int  # the term's words inside the quotation marks
    end: int
    text: str
    sequence: tuple[str, ...]  # stems in order, negators as "¬no", "¬without"
    readings: frozenset[tuple[frozenset[str], bool]]  # (stem set, negated) readings
    sentence: tuple[int, int]


def _stem(word: str) -> str:
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    w = w.rstrip("'")
    if len(w) > 4 and w.endswith("ies"):
        w = w[:-3] + "y"
    elif len(w) > 4 and re.search(r"(?:s|x|z|ch|sh)es$", w):
        w = w[:-2]
    elif len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    if len(w) > 5 and w.endswith("ing"):
        w = w[:-3]
    elif len(w) > 4 and w.endswith("ed"):
        w = w[:-2]
    if len(w) > 4 and w[-1] == w[-2] and w[-1] not in "ls":
        w = w[:-1]  # barred -> barr -> bar
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]
    return w


def _words(text: str) -> list[str]:
    out = []
    for w in WORD_RE.findall(text):
        if "-" in w:
            out.extend(p for p in w.split("-") if p)
        else:
            out.append(w)
    return out


def _analyse(text: str) -> tuple[tuple[str, ...], frozenset[tuple[frozenset[str], bool]]]:
    seq: list[str] = []
    options: list[list[tuple[str | None, bool]]] = []
    for w in _words(text):
        low = w.lower()
        if low in NEGATORS:
            seq.append("¬" + low)
            options.append([(None, True)])
            continue
        if low in STOPWORDS:
            continue
        s = _stem(low)
        seq.append(s)
        choice = [(s, False)]
        if len(low) > 6 and low.endswith("less"):
            choice.append((_stem(low[:-4]), True))  # limitless = no limits
        options.append(choice)
    readings = set()
    for combo in product(*options) if options else ():
        stems = frozenset(s for s, _ in combo if s)
        negated = sum(1 for _, n in combo if n) % 2 == 1
        if stems:
            readings.add((stems, negated))
    return tuple(seq), frozenset(readings)


@lru_cache(maxsize=1)
def _groups() -> dict[tuple[str, ...], str]:
    table = {}
    for rec in tsv_records("term_equivalents.tsv"):
        table[_analyse(rec["term"])[0]] = rec["group"]
    return table


def _is_term(doc, text: str, start: int, sent: tuple[int, int] | None) -> bool:
    if len(text) > MAX_CHARS:
        return False  # (tested first: it spares splitting long speech into words)
    words = _words(text)
    if not 1 <= len(words) <= MAX_WORDS or len(text) > MAX_CHARS:
        return False
    if re.search(r"[.!?;:]\s", text) or "\n" in text:
        return False  # several sentences or clauses: speech
    if not any(c.isalpha() for c in text):
        return False
    first = text[0]
    if first.isupper():
        # A capitalised quotation is a title or a name (“Meet the Press”), or speech, unless it
        # opens a sentence and its other words are lower case.
        opens = sent is not None and not doc.text[sent[0] : start - 1].strip(" “‘\"")
        if not opens or any(w[0].isupper() for w in words[1:]):
            return False
    elif not first.islower():
        return False
    return True


def _inner_terms(doc):
    """(start, end) of the words inside each short quotation, double or single curly quotes."""
    text = doc.text
    spans = []
    for q in doc.quotes:
        if not q.closed:
            continue
        s, e = q.inner
        spans.append((s, e))
    for m in SINGLE_RE.finditer(text):
        outer = doc.quote_at(m.start())
        if outer is not None and outer.end - outer.start > MAX_CHARS + 2:
            continue  # a quotation nested in speech
        spans.append(m.span(1))
    spans.sort()
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and (text[e - 1].isspace() or text[e - 1] in ",.;:!?"):
            e -= 1
        if e > s:
            yield s, e


def _sentence_finder(doc):
    """``doc.sentence_at`` rebuilds its index on each call; bisect over one index instead."""
    sentences = doc.sentences
    starts = [s.start for s in sentences]

    def find(offset: int) -> tuple[int, int] | None:
        i = bisect.bisect_right(starts, offset) - 1
        if i >= 0 and sentences[i].start <= offset < sentences[i].end:
            return sentences[i].start, sentences[i].end
        return None

    return find


def _terms(doc) -> tuple[Term, ...]:
    out = []
    sentence_at = _sentence_finder(doc)
    for s, e in _inner_terms(doc):
        t = doc.text[s:e]
        sent = sentence_at(s)
        if not _is_term(doc, t, s, sent):
            continue
        seq, readings = _analyse(t)
        if not seq:
            continue
        out.append(Term(s, e, t, seq, readings, sent or (s, e)))
    return tuple(out)


def _names(doc, span: tuple[int, int]) -> set[str]:
    text = doc.text[span[0] : span[1]]
    names = set()
    for m in NAME_RE.finditer(text):
        w = m.group().rstrip("’'s") if m.group().endswith(("’s", "'s")) else m.group()
        if w not in NOT_NAMES and not w.isupper():
            names.add(w)
    return names


def _shape(term: Term) -> tuple[str, ...]:
    return tuple("¬" if s.startswith("¬") else s for s in term.sequence)


def _remember(index: dict, key, term: Term) -> None:
    kept = index.setdefault(key, [])
    if len(kept) < 5:  # the first few renderings are enough to name
        kept.append(term)


def _quoted(text: str) -> str:
    return f"“{text}”"


@rule(
    code="WL101",
    name="term-drift",
    category="translation",
    severity="warning",
    summary="One quoted term rendered two or more ways (translation drift)",
    examples=[
        bad(
            "They have declared that there are “no limits” to their friendship. In 2022 Xi and Putin "
            "declared a “[[limitless]]” partnership."
        ),
        bad(
            "Beijing and Moscow speak of a friendship “without limits”. Xi and Putin have also "
            "abandoned the term “[[no holds barred]]” when it comes to their ties."
        ),
        bad(
            "Critics called the retreat a “scorched earth” campaign. Villagers said the "
            "“[[burnt earth]]” tactics left nothing behind."
        ),
        bad(
            "The ministers defended a “rules-based order” in Asia. They said the "
            "‘[[order based on rules]]’ was under threat."
        ),
        bad(
            "Putin has said there are “no limits” to the partnership. On Monday, Putin dropped "
            "the term “[[iron friendship]]” from his speech."
        ),
        good(
            "Officials called the migrants “high-threat illegal aliens.” Critics said not all of "
            "them were “high threat illegal aliens.”"
        ),
        good(
            "The rules set a ‘limit day’ for minors. Parents welcomed the “limited play order” and "
            "called it “no limits” for gaming firms."
        ),
        good(
            "Putin said there are “no limits” to the partnership. Putin also coined the term "
            "“iron friendship” in 2019, in what he called “a new era.”"
        ),
        good(
            "Putin said he was “grateful” to Xi. Analysts said Putin stopped using the term "
            "“special operation” last year."
        ),
        good(
            "“They can keep us guessing whether or not they’re going to escalate, without limits "
            "and in every field,” she said. Earlier he spoke of “no limits”."
        ),
        good("He appeared on “Meet the Press” and then on “This Week” to discuss the “ceasefire.”"),
    ],
)
def check(doc, options):
    terms = _terms(doc)
    if len(terms) < 2:
        return
    groups = _groups()
    text = doc.text
    seen: set[tuple[str, ...]] = set()
    # Earlier renderings, indexed by what makes two renderings one term (no pairwise scan).
    by_reading: dict[tuple[frozenset[str], bool], list[Term]] = {}
    by_group: dict[str, list[Term]] = {}
    labels: list[tuple[Term, set[str]]] = []  # declared labels and the names in their sentence
    for term in terms:
        if term.sequence in seen:
            continue  # already in use: its first occurrence was judged
        seen.add(term.sequence)
        same: list[Term] = []
        group = groups.get(term.sequence)
        candidates = list(by_group.get(group, ())) if group else []
        for reading in term.readings:
            if any(len(s) >= 3 for s in reading[0]):
                # “no deal” / “without a deal” differ only in the negator: news writes both
                # (the table lists the pairs that are one term).
                candidates.extend(e for e in by_reading.get(reading, ()) if _shape(e) != _shape(term))
        for e in sorted(candidates, key=lambda t: t.start):
            if e.text.lower() not in (x.text.lower() for x in same):
                same.append(e)
        anaphor = ANAPHOR_RE.search(text, max(term.sentence[0], term.start - 80), max(0, term.start - 1))
        if same:
            renderings = ", ".join(_quoted(x.text) for x in same[:3])
            note = " and refers back to it as a term already used" if anaphor else ""
            yield Hit(
                term.start,
                term.end,
                f"Term drift: {_quoted(term.text)} renders the same term as {renderings} quoted earlier{note}",
                help="quote the term the same way throughout (check the original wording)",
            )
        elif anaphor and anaphor.group("abandon"):
            # "abandoned the term “X”": X must have been in use, yet it never appeared. Report it
            # when a person named in this sentence earlier declared another short quoted label.
            names = _names(doc, term.sentence)
            earlier = [e.text for e, e_names in labels[-50:] if names & e_names] if names else []
            if earlier:
                renderings = ", ".join(_quoted(x) for x in dict.fromkeys(earlier).keys())
                yield Hit(
                    term.start,
                    term.end,
                    f"Term drift: the copy refers back to {_quoted(term.text)} as a term already used, but it "
                    f"never appeared; the earlier rendering was {renderings}",
                    help="quote the term the same way throughout (check the original wording)",
                )
        # Index this rendering for the terms that follow.
        if group:
            _remember(by_group, group, term)
        for reading in term.readings:
            _remember(by_reading, reading, term)
        if LABEL_CUE_RE.search(text, max(term.sentence[0], term.start - 60), max(0, term.start - 1)):
            labels.append((term, _names(doc, term.sentence)))
