"""Who a third-person pronoun can stand for: the names and nouns just before it, each classed as a
man, a woman, a person of unknown sex, or a thing (a place, a country, a club or a company).

The pronoun rules (WL112, WL113) read this. A pronoun's window is its own sentence up to it and
the sentence before it (the last sentence of the previous paragraph when it opens a paragraph).
Everything in the window that could be its antecedent is a candidate; a rule speaks only when
every candidate is of the wrong kind, so anything unknown — a capitalised word that might be a
person, a noun such as "coach" or "player", a pronoun of the same gender earlier in the window —
keeps it silent.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from wirelint.plain import last_text
from wirelint.rules._data import tsv_records

# A run of capitalised words (with name particles: "Erik ten Hag"); a dot only after an initial.
CAP_TOKEN = r"[A-Z](?:\.|[\w’'-]*)"
CAP_RUN_RE = re.compile(
    rf"(?<![\w’'-]){CAP_TOKEN}(?:[ \t]+(?:(?:de|da|di|van|von|der|den|bin|al|el|la|le|ten|du)[ \t]+)?{CAP_TOKEN})*"
)
PRONOUN_RE = re.compile(r"(?<![\w’'-])(?:he|his|him|himself|she|her|hers|herself|He|His|Him|She|Her)(?![\w’'-])")
WORD_RE = re.compile(r"(?<![\w’'-])[a-z][a-z’'-]*")
TITLE_RE = re.compile(r"(?<![\w.])(Mr|Mrs|Ms|Miss|Sir|Dame|Lady|Lord)\.?[ \t]+([A-Z][\w’'-]+)")

APPOSITION_RE = re.compile(r",?[ \t]+[A-Z][a-z]")
MASCULINE = frozenset("he his him himself".split())
FEMININE = frozenset("she her hers herself".split())
MALE_NOUNS = frozenset(
    """man men boy boys father son sons husband brother brothers king prince uncle nephew grandfather
    grandson actor chairman spokesman businessman congressman boyfriend gentleman guy widower groom
    monk priest pope sultan emir sheikh tsar czar duke earl baron count dad""".split()
)
FEMALE_NOUNS = frozenset(
    """woman women girl girls mother daughter daughters wife sister sisters queen princess aunt niece
    grandmother granddaughter actress chairwoman spokeswoman businesswoman congresswoman girlfriend
    lady widow bride nun duchess countess baroness mum mom""".split()
)
# Nouns for people of either sex (a man may be meant): any of them in the window silences a rule.
PERSON_NOUNS = frozenset(
    """person people individual player coach manager president minister leader official spokesperson
    singer artist rapper star driver doctor teacher student child children victim suspect officer
    judge lawyer chief head director chancellor premier senator governor mayor ambassador envoy
    candidate member partner friend colleague rival opponent winner champion captain striker
    goalkeeper defender midfielder forward athlete rider boxer fighter author writer poet composer
    musician producer owner founder executive boss chair host presenter journalist reporter editor
    photographer scientist researcher professor expert analyst economist adviser advisor aide
    secretary deputy lawmaker politician activist protester citizen resident worker employee
    patient survivor witness relative parent parents baby teenager youth fan fans user customer
    client buyer seller investor banker trader farmer soldier general commander pilot sailor
    prisoner detainee hostage agent spy king-maker successor predecessor incumbent nominee
    teammate coach's skipper referee umpire chef designer model dancer comedian filmmaker
    director-general head-coach heir ruler monarch dictator president-elect prosecutor attorney
    investigator detective police policeman inspector sergeant constable whose someone anyone
    everyone nobody somebody who""".split()
)
# Words that make a capitalised run an organisation, a team or a place, not a person.
ORG_WORDS = frozenset(
    """FC AFC CF SC United City Club Hotspur Athletic Rovers Wanderers Albion Town County Real
    Party Bank Group Inc Inc. Corp Corp. Ltd Ltd. LLC PLC plc Company Co. Airlines Airways Motors
    Union Association Federation Committee Agency Council Ministry Department Court Government
    Parliament Congress Senate Assembly Army Navy Police University College Hospital Institute
    Foundation Church Commission Organization Organisation Authority Office Service Fund
    Republic Kingdom Emirates States Nations Times Post News Journal Network Television Radio
    Studios Records Entertainment Festival League Cup Championship Olympics Games""".split()
)
SKIP_CAPS = frozenset(
    """Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
    July August September October November December I""".split()
)
MAX_PRONOUNS = 2000
# Titles before a name ("President Maria Lopez", "Prime Minister …") are skipped.
TITLE_WORDS = frozenset(
    """President Vice Prime Minister Chancellor Premier Senator Sen. Governor Gov. Mayor Judge Justice
    Ambassador General Gen. Dr Dr. Professor Prof. Coach Captain Singer Actor Actress Rapper Queen King
    Prince Princess Pope Secretary Deputy Foreign Defence Defense Finance Interior Health Chief""".split()
)


class Candidate(NamedTuple):
    kind: str  # "m", "f" (a person of that sex), "p" (a person, sex unknown), "t" (a thing)
    text: str


@lru_cache(maxsize=1)
def first_names() -> dict[str, str]:
    return {r["name"]: r["gender"] for r in tsv_records("first_names.tsv") if r.get("name")}


@lru_cache(maxsize=1)
def _places() -> dict[str, str]:
    from wirelint.rules._names import places

    return places()


@lru_cache(maxsize=1)
def _surname_places() -> frozenset[str]:
    from wirelint.rules._data import data_text

    return frozenset(w.strip() for w in data_text("surname_places.txt").splitlines() if w.strip() and not w.startswith("#"))


@lru_cache(maxsize=1)
def _common() -> frozenset[str]:
    from wirelint.rules._names import common_words

    return common_words()


@last_text
def surnames(text: str) -> dict[str, str]:
    """Surname -> "m"/"f" for the people the article names with a listed first name or a title
    (Mr, Ms…); a surname two people of different sex share (Bill and Hillary Clinton) is left
    out."""
    names = first_names()
    votes: dict[str, set[str]] = {}
    for m in CAP_RUN_RE.finditer(text):
        tokens = m.group().replace("’s", "").replace("'s", "").split()
        while len(tokens) > 1 and tokens[0] in TITLE_WORDS:
            tokens = tokens[1:]
        if len(tokens) > 1 and tokens[0] in names:
            votes.setdefault(tokens[-1], set()).add(names[tokens[0]])
    for m in TITLE_RE.finditer(text):
        g = "m" if m.group(1) in ("Mr", "Sir", "Lord") else "f"
        votes.setdefault(m.group(2), set()).add(g)
    return {s: next(iter(v)) for s, v in votes.items() if len(v) == 1}


def classify_run(run: str, at_sentence_start: bool, known: dict[str, str]) -> Candidate | None:
    """What a capitalised run can stand for, or None when it names nothing a pronoun can mean (a
    day, a month, a capitalised function word at the start of a sentence)."""
    tokens = [t.rstrip(".,") for t in run.replace("’s", "").replace("'s", "").split()]
    tokens = [t for t in tokens if t]
    common = _common()
    while tokens and at_sentence_start and tokens[0].lower() in common:
        tokens = tokens[1:]
        at_sentence_start = False
    tokens = [t for t in tokens if t not in SKIP_CAPS]
    if not tokens:
        return None
    names = first_names()
    while len(tokens) > 1 and tokens[0] in TITLE_WORDS:
        tokens = tokens[1:]
    first = {names[tokens[0]]} if len(tokens) > 1 and tokens[0] in names else set()
    genders = first | {known[tokens[-1]]} if tokens[-1] in known else first
    if len(genders) == 1:
        return Candidate(genders.pop(), run)
    if genders:
        return Candidate("p", run)
    if any(t in ORG_WORDS for t in tokens):
        return Candidate("t", run)
    joined = " ".join(tokens).lower()
    if len(tokens) == 1 and (tokens[0] in names or tokens[0] in _surname_places()):
        return Candidate("p", run)  # Florence, Austin, Lincoln, Darwin: a person as often as a place
    if joined in _places() or (len(tokens) == 1 and tokens[0].isupper() and len(tokens[0]) > 1):
        return Candidate("t", run)  # a place, a country, or an acronym (NATO, BBC)
    if len(tokens) == 1 and tokens[0] in names:
        return Candidate(names[tokens[0]], run)
    return Candidate("p", run)


class Index(NamedTuple):
    """Every possible antecedent of the article in text order: offsets, candidates, and which of
    them are names (capitalised runs)."""

    starts: list[int]
    cands: list[Candidate]
    is_name: list[bool]


_INDEX: list = [None, None]


def index(doc) -> Index:
    """The article's candidates, computed once per document (the pronoun rules share them)."""
    if _INDEX[0] is doc:
        return _INDEX[1]
    text = doc.text
    sentence_starts = set(doc._sentence_starts)
    known = surnames(text)
    found: list[tuple[int, Candidate, bool]] = []
    for m in CAP_RUN_RE.finditer(text):
        c = classify_run(m.group(), _opens_sentence(text, m.start(), sentence_starts), known)
        if c is not None:
            found.append((m.start(), c, True))
    for m in WORD_RE.finditer(text):
        w = m.group()
        kind = None
        if w in MALE_NOUNS or w in MASCULINE:
            kind = "m"
        elif w in FEMALE_NOUNS or w in FEMININE:
            kind = "f"
        elif w in PERSON_NOUNS or w.rstrip("s") in PERSON_NOUNS:
            kind = "p"
        if kind is None:
            continue
        if w not in MASCULINE and w not in FEMININE and APPOSITION_RE.match(text, m.end()):
            continue  # "singer Laura Bennett", "the coach, Arne Slot": the noun describes the name
        found.append((m.start(), Candidate(kind, w), False))
    found.sort(key=lambda x: x[0])
    result = Index([f[0] for f in found], [f[1] for f in found], [f[2] for f in found])
    _INDEX[0], _INDEX[1] = doc, result
    return result


def candidates(doc, start: int, end: int, names_only: bool = False) -> list[Candidate]:
    """Every possible antecedent that starts in text[start:end] (only names with ``names_only``)."""
    import bisect

    idx = index(doc)
    lo = bisect.bisect_left(idx.starts, start)
    hi = bisect.bisect_left(idx.starts, end)
    if names_only:
        return [idx.cands[i] for i in range(lo, hi) if idx.is_name[i]]
    return idx.cands[lo:hi]


def _opens_sentence(text: str, i: int, sentence_starts: set[int]) -> bool:
    j = i
    while j > 0 and text[j - 1] in "“\"‘'([":
        j -= 1
    if j in sentence_starts or j == 0 or text[j - 1] == "\n":
        return True
    # After a dateline's dash or a label's colon: "LOS ANGELES — Pop singer …", "Update: The …"
    return text[max(0, j - 2) : j] in ("— ", "– ", ": ")


def pronouns(doc):
    """(start, end, lower-case pronoun, window start) for each he/his/him/himself/she/her/hers/
    herself outside quotations; the window starts at the previous sentence (same paragraph, or
    the last sentence of the paragraph before)."""
    text = doc.text
    found = 0
    for m in PRONOUN_RE.finditer(text):
        found += 1
        if found > MAX_PRONOUNS:
            return
        if doc.quote_at(m.start()) is not None:
            continue
        sent = doc.sentence_at(m.start())
        if sent is None:
            continue
        idx = _sentence_index(doc, sent.start)
        window = sent.start
        if idx > 0:
            prev = doc.sentences[idx - 1]
            window = prev.start
        yield m.start(), m.end(), m.group().lower(), window, sent.start


def _sentence_index(doc, start: int) -> int:
    import bisect

    return bisect.bisect_left(doc._sentence_starts, start)
