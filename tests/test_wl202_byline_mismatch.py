"""WL202 byline-mismatch on the seed article, the clean corpus and realistic bios."""

from __future__ import annotations

import pytest

from corpora import clean_corpus, seed
from wirelint.document import Document
from wirelint.registry import rule_by_key

RULE = rule_by_key("WL202")
BODY = "The ministry confirmed the appointment on Friday, two officials said.\n\n"


def flagged(text):
    return [text[h.start : h.end] for h in RULE.run(Document(text, "<test>"))]


def test_seed_reports_smith_only():
    text, expected = seed()
    found = RULE.run(Document(text, "seed"))
    assert [(h.start, h.end) for h in found] == [(6181, 6186)]
    assert "jack colman" in found[0].message


def test_clean_corpus_is_silent():
    for path in clean_corpus():
        assert RULE.run(Document(path.read_text(encoding="utf-8"), str(path))) == [], path.name


@pytest.mark.parametrize(
    "bio, expected",
    [
        ("Colman began writing at an early age. Smith went on to study journalism.", ["Smith"]),
        ("Jack grew up in Ohio, and Jones has covered three elections since then.", ["Jones"]),
        ("Colman joined the desk in 2019. Later, Peter Hale moved to the Berlin bureau.", ["Peter Hale"]),
    ],
)
def test_other_names_in_the_bio(bio, expected):
    assert flagged(BODY + "Jack Colman\n\n" + bio + "\n") == expected


@pytest.mark.parametrize(
    "bio",
    [
        "Colman went on to study journalism at Columbia University, where he graduated top of his class.",
        "After interning at the New York Times, Jack landed a role as a news writer.",
        "He covers Russia. Moscow remains his base, and London was his first posting.",
        "Jack Colman joined the paper in 2015. His work has won awards.",
    ],
)
def test_the_authors_own_name_and_organisations_are_fine(bio):
    assert flagged(BODY + "Jack Colman\n\n" + bio + "\n") == []


def test_no_byline_no_finding():
    assert flagged("Smith went on to study journalism, the court heard. Jones has covered the case.\n") == []


def test_lowercase_byline_is_left_to_wl201():
    text = BODY + "jack colman\n\njack began writing early. Colman joined the paper.\n"
    assert flagged(text) == []


@pytest.mark.parametrize("text", ["", "\x00", BODY + "A B\n\n" + "Smith went. " * 2000])
def test_never_raises(text):
    RULE.run(Document(text, "<odd>"))
