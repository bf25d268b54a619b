"""WL201 proper-noun-case on the seed article, the clean corpus and realistic sentences."""

from __future__ import annotations

import pytest

from corpora import clean_corpus, seed
from wirelint.document import Document
from wirelint.linter import apply_fixes, stamp
from wirelint.registry import rule_by_key

RULE = rule_by_key("WL201")


def hits(text, **options):
    doc = Document(text, "<test>")
    return [(text[h.start : h.end], h.replacement) for h in RULE.run(doc, options)]


def fixed(text):
    doc = Document(text, "<test>")
    findings = [stamp(doc, RULE, h, RULE.severity) for h in RULE.run(doc)]
    return apply_fixes(text, findings, unsafe=False)[0]


def test_seed_finds_every_lowercase_name_and_nothing_else():
    text, expected = seed()
    found = RULE.run(Document(text, "seed"))
    wanted = [e for e in expected if e["category"] == "proper-noun-case"]
    assert len(wanted) == 5
    for e in wanted:
        assert any(h.start < e["end"] and e["start"] < h.end for h in found), e["id"]
    for h in found:
        assert any(h.start < e["end"] and e["start"] < h.end for e in expected), (h, text[h.start : h.end])
    by_span = {(h.start, h.end): h.replacement for h in found}
    assert by_span[(5661, 5665)] == "Kyiv"
    assert by_span[(6009, 6020)] == "Jack Colman"


def test_clean_corpus_is_silent():
    files = clean_corpus()
    assert files
    for path in files:
        doc = Document(path.read_text(encoding="utf-8"), str(path))
        assert RULE.run(doc) == [], path.name


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Shelling resumed near kharkiv and odesa overnight.", [("kharkiv", "Kharkiv"), ("odesa", "Odesa")]),
        ("The envoy landed in buenos aires before heading to são paulo.", [("buenos aires", "Buenos Aires"), ("são paulo", "São Paulo")]),
        ("Troops crossed into ukraine, then into poland.", [("ukraine", "Ukraine"), ("poland", "Poland")]),
        ("Aides to putin and lavrov declined to comment.", [("putin", "Putin"), ("lavrov", "Lavrov")]),
    ],
)
def test_known_names(text, expected):
    assert hits(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "He was reading a report on turkey prices in March, and it may grace the front page.",
        "The bill would split the mobile market; nice work, said Mark, who will rob no one.",
        "Follow @kyiv_independent or email desk@lviv.example.org; see kyiv.png and #odesa.",
        "A chile pepper and a bath towel; jack up the car.",
        "Kyiv, Lviv and Odesa were hit; the mayor of Kyiv spoke.",
    ],
)
def test_ordinary_words_and_technical_strings_are_left_alone(text):
    assert hits(text) == []


def test_byline_words_are_names_only_in_the_bio_when_ordinary():
    text = (
        "The court adjourned on Friday, lawyers said. Workers will jack up the bridge.\n\n"
        "jack colman\n\n"
        "jack began writing early. He later joined the paper, where jack covered courts.\n"
    )
    got = hits(text)
    assert got[0] == ("jack colman", "Jack Colman")
    assert [g for g in got[1:]] == [("jack", "Jack"), ("jack", "Jack")]
    assert "Workers will jack up" in fixed(text)
    assert "Jack began writing" in fixed(text)


def test_capitalised_elsewhere_is_reported_with_an_unsafe_fix():
    text = "Natasha Kuhrt teaches in London. The deal, kuhrt said, is fragile."
    doc = Document(text, "<test>")
    found = RULE.run(doc)
    assert [(text[h.start : h.end], h.replacement, h.safe) for h in found] == [("kuhrt", "Kuhrt", False)]
    assert fixed(text) == text  # unsafe: not applied by a plain --fix


def test_canonical_casing_and_particles():
    assert hits("Flooding hit mcallen.") == [("mcallen", "McAllen")]
    text = "The ministry said so on Friday, officials said.\n\ncharles de gaulle\n\nHe writes."
    assert hits(text) == [("charles de gaulle", "Charles de Gaulle")]


@pytest.mark.parametrize("text", ["", "\x00\x01\x02", "kyiv" * 10000, "a\u2028kyiv\r\n\r\njack"])
def test_never_raises(text):
    RULE.run(Document(text, "<odd>"))


# Issue 17 item 1: a lowercase word that is also an ordinary word is never a safe fix.
@pytest.mark.parametrize(
    "text",
    [
        "The auction included a Ming vase and other fine china.",
        "He bought a panama hat in the china shop.",
        "Please polish the silver before the turkey is served.",
        "She ate a jordan almond with her tea.",
    ],
)
def test_homographs_are_never_fixed_without_evidence(text):
    assert hits(text) == []
    assert fixed(text) == text


def test_homograph_with_evidence_is_reported_with_an_unsafe_fix():
    text = "Sales to China rose. Exports from china fell, and the envoy flew to panama."
    found = RULE.run(Document(text, "<test>"))
    assert [(text[h.start : h.end], h.safe) for h in found] == [("china", False), ("panama", False)]
    assert fixed(text) == text
