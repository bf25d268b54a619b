"""The foreign-typography and missing-space rules (WL302, WL304, WL308-WL317, WL503, WL504) beyond
their examples: near misses professional copy prints every day stay silent, the shapes each rule
exists for are found in new words, fixes do what they say, and the article-level conventions
(WL310's comma placement, WL315's names printed apart) are read from the whole article."""

from __future__ import annotations

import pytest

from wirelint.document import Document
from wirelint.registry import all_rules

RULES = {r.code: r for r in all_rules()}


def spans(code: str, text: str) -> list[str]:
    return [text[h.start : h.end] for h in RULES[code].run(Document(text))]


@pytest.mark.parametrize("code,text", [
    ("WL308", "“We are ready,” the coach said. “It will be hard.” He called it “a test”."),
    ("WL308", 'She said "no" and "never"; the word "yes" was absent.'),
    ("WL309", "He said: “Yes.” Then “no”. The “no”s had it; (“maybe”), “quote”—dash."),
    ("WL310", "“We will win,” he said. “The team is strong,” she added. He called it “poor”, adding more."),
    ("WL311", "The mayor — who had resigned — spoke. The mayor—who had resigned—spoke. Pages 3–5."),
    ("WL312", "The 2:1 ratio held; trains at 7:30 and 19:45 GMT; Genesis 1:1; they won 3-1 at 8.30pm."),
    ("WL313", "He asked “Why??” and she wrote “Yes!!”. Then... nothing. Or . . . something?!"),
    ("WL314", "KYIV, Ukraine (AP) — The talks ran from March 18-20. On Dec. 8, 2020, they met."),
    ("WL315", "The ceasefire, a livestreamed crackdown, iPhone, eBay, PlayStation, McDonald, DeSantis, 5km, 10am."),
    ("WL316", "Tokyo（東京）and Beijing「北京」, and «مرحبا، أهلا»; she said “¿Qué?” in Madrid."),
    ("WL317", "Kane (47) and Son (80) scored; the term (10 years) ended; Ahmed Saleh, 42, was freed."),
    ("WL503", "We can't; it's the judge's ruling; we re-elected her; the letter s; the 1990 s; U S aid."),
    ("WL504", "Szczęsny zagrał świetnie, a Żyła skoczył najdalej w zawodach w Zakopanem w sobotę wieczorem."),
    ("WL302", "The U.S. Army, e.g. Mr. Smith, (s)he and f(x)dx; tags red,green,blue; J.R.R. Tolkien."),
    ("WL304", "Yields of 3.125%, a 42.195-kilometre race, 1,500 troops, version 2.5 and rounds 1,2 and 3."),
])
def test_near_misses_stay_silent(code, text):
    assert spans(code, text) == []


@pytest.mark.parametrize("code,text,flag", [
    ("WL308", "The album “ Thunder ” sold well.", "“ "),
    ("WL308", "“The bridge stays shut “\n\nOfficials agreed.", " “"),
    ("WL309", "The mayor replied:“No comment.”", "“"),
    ("WL309", "“No comment”replied the mayor.", "”"),
    ("WL311", "The plan —approved in May— failed.", " —"),
    ("WL311", "Markets rallied——the index rose.", "——"),
    ("WL312", "Bayern won the match 2:0 (1:0) at home.", "2:0"),
    ("WL312", "The show starts at 21h30 tonight.", "21h30"),
    ("WL313", "Prices fell again!! Traders sold.", "!!"),
    ("WL314", "Xinhua, March 4-Chinese officials said the plan works.", "-"),
    ("WL315", "The bill wasapproved and will takeeffect soon.", None),
    ("WL316", "The plant employs 300 people，the firm said.", "，"),
    ("WL317", "The victim, Omar Haddad (19 years), was hurt.", " (19 years)"),
    ("WL503", "They said they re happy and the mayor s office agreed.", "they re"),
    ("WL302", "A spokesman (Reuters)said the deal was done.", ")said"),
])
def test_new_instances_are_found(code, text, flag):
    found = spans(code, text)
    assert found, text
    if flag is not None:
        assert flag in found


def test_comma_outside_is_reported_only_against_the_article_s_own_habit():
    consistent = '"We will win", he said. "The team is strong", she added. "It is over", he said.'
    assert spans("WL310", consistent) == []
    mixed_curly = "“We will win”, he said. “The team is strong,” she added."
    assert spans("WL310", mixed_curly) == ["”,"]


def test_names_glued_only_when_printed_apart_in_the_article():
    assert spans("WL315", "Mr. VanHorn spoke.") == []
    assert spans("WL315", "Anna VanHorn and Peter Van Horn spoke.") == ["VanHorn"]


def test_lost_apostrophe_follows_the_article_s_apostrophe():
    (h,) = RULES["WL503"].run(Document("It's the plan, and we re sure."))
    assert h.replacement == "we're"
    (h,) = RULES["WL503"].run(Document("It’s the plan, and we re sure."))
    assert h.replacement == "we’re"


def test_every_caesar_shift_of_a_paragraph_is_found():
    from wirelint.rules.wl504_ciphered_text import _shift

    plain = ("The regional council approved the plan to build a new bridge over the river before the winter, "
             "officials said on Monday after a long debate in the city hall.")
    for k in range(1, 26):
        hits = RULES["WL504"].run(Document(_shift(plain, -k)))
        assert len(hits) == 1, k
        assert f"shifted {k} letters" in hits[0].message
    assert RULES["WL504"].run(Document(plain)) == []


@pytest.mark.parametrize("code", ["WL304", "WL308", "WL309", "WL312", "WL313", "WL315", "WL316", "WL503"])
def test_fixes_apply_cleanly(code):
    from wirelint.linter import apply_fixes, stamp

    rule = RULES[code]
    for ex in rule.examples:
        if not ex.is_bad or ex.fixed is None:
            continue
        doc = Document(ex.text)
        findings = [stamp(doc, rule, h, rule.severity) for h in rule.run(doc)]
        fixed, _ = apply_fixes(doc.text, findings, unsafe=True)
        assert fixed == ex.fixed


# --- screens: each rule that tries its full pattern only where a quick scan found a candidate must
# find exactly what the full pattern finds over the whole text.
import random  # noqa: E402

PIECES = ["the", "to", "follow", "tofollow", "issuedby", "onthe", "with", "Ho", "Minh", "Chinh", "MinhChinh", " ",
          "  ", ".", ",", "-", "'", "’", "s", "didnt", "Didnt", "dont", "x", "R", "T", "E", "Erdogan", "19", "1",
          "\n", "@", "/", "_", "#", "é", "A", "I", "men", "yes", "(", ")", "AFP", "said", "while", "Hue", "abc" * 5]


def _texts(seed: int, n: int = 2500):
    rng = random.Random(seed)
    for _ in range(n):
        yield "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 30)))


def test_wl315_runs_screen_matches_the_full_pattern():
    from wirelint.rules import wl315_glued_words as wl315
    from wirelint.rules._words import split_glued

    found = 0
    for text in _texts(315):
        evidence = wl315._loses_spaces(text)
        full = [(m.start(), m.end()) for m in wl315.LOWER_RE.finditer(text)
                if split_glued(m.group()) and not wl315._inside_link(text, m.start(), m.end())]
        if full and not evidence and not any(split_glued(text[a:b])[3] for a, b in full):
            full = []
        assert sorted((h.start, h.end) for h in wl315._lowercase_runs(text)) == sorted(full), text
        found += bool(full)
    assert found > 50


def test_wl503_glued_screen_matches_the_full_pattern():
    from wirelint.rules import wl503_lost_apostrophe as wl503

    found = 0
    for text in _texts(503):
        words = {t for t in set(wl503.GLUED_TOKEN_RE.findall(text)) if t.lower() in wl503.GLUED}
        full = [m.span() for m in wl503.GLUED_RE.finditer(text)]
        assert [m.span() for m in wl503._glued(text, words)] == full, text
        found += bool(full)
    assert found > 50


def test_wl302_initials_screen_matches_the_full_pattern():
    from wirelint.rules import wl302_missing_space_after_punctuation as wl302

    found = 0
    rng = random.Random(302)
    pieces = ["R.", "T.", "J.", "Erdogan", "Smith", "Com", " ", ".", "x", "U.S.", "Army", "a", "-", "é", "Ab"]
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 20)))
        full = [m.span() for m in wl302.INITIALS_RE.finditer(text)]
        assert [m.span() for m in wl302._initials(text)] == full, text
        found += bool(full)
    assert found > 50
