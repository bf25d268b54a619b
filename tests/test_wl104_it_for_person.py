"""wl104_it_for_person: the seed article, the clean corpus and adversarial input."""


import pytest

from corpora import seed_hits

from wirelint.document import Document
from wirelint.rules.wl104_it_for_person import check as RULE


def test_seed_has_no_false_positive():
    _doc, tp, fp = seed_hits(RULE)
    assert fp == []
    assert "S08" in tp


def test_seed_fix_uses_the_articles_pronoun():
    doc, tp, _ = seed_hits(RULE)
    (hit,) = tp["S08"]
    assert doc.text[hit.start : hit.end] == "It talks"
    assert hit.replacement == "He talks"


def test_no_fix_when_pronoun_unknown():
    text = "said Victor Gao of the center. Gao is optimistic. It believes trade will grow."
    (hit,) = RULE.run(Document(text))
    assert hit.replacement is None


def test_country_subject_is_not_a_person():
    text = "President Xi Jinping arrived. China wants peace. It says the war must end."
    assert RULE.run(Document(text)) == []


def test_previous_paragraph_does_not_count():
    text = "President Xi Jinping arrived. Xi smiled.\n\nIt talks about peace."
    assert RULE.run(Document(text)) == []


def _defective(name: str) -> str:
    from pathlib import Path

    return (Path(__file__).parent / "corpus" / "defective" / f"{name}.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("name, flagged, context", [
    ("written-16-iran-nuclear-security-council", "it said", "anything like that amount,” "),
    ("written-15-china-maritime-law", "it said", "with the rival claimants, "),
    ("written-01-zelenskyy-call-statement", "It noted", "including the exchange of POWs. "),
])
def test_it_for_a_person_in_real_text(name, flagged, context):
    text = _defective(name)
    hits = [h for h in RULE.run(Document(text)) if text[h.start - len(context) : h.start] == context]
    assert [text[h.start : h.end] for h in hits] == [flagged]


def test_it_said_of_an_organisation_in_real_text_is_left_alone():
    # The clean article the Iran text comes from: "it said" never follows a person there.
    text = _defective("written-16-iran-nuclear-security-council").replace(
        "British Deputy U.N. Ambassador James Kariuki told reporters.", "the British mission told reporters."
    )
    assert [text[h.start : h.end] for h in RULE.run(Document(text)) if text[h.start : h.end] == "it said"] == []


@pytest.mark.parametrize("text", [
    "“The talks were useful,” Ambassador James Kariuki told reporters. Iran rejected the report, it said.",
    "“The talks were useful,” Ambassador James Kariuki told reporters.\n\n“We will meet again,” it said.",
    "“The talks were useful,” Ambassador James Kariuki told reporters. “We will meet again,” it said in a statement.",
    "“The talks were useful,” Ambassador James Kariuki told the ministry. “We will meet again,” it said.",
    "Trade will grow, said Andrew Yang. The figures were released by the bank on Monday, it said.",
])
def test_it_said_needs_a_person_speaker_and_nothing_else_it_could_be(text):
    assert RULE.run(Document(text)) == []


@pytest.mark.parametrize("text", ["", " it said.", "”, it said.", "“" * 3000 + ", it said.", ("x, it said. " * 500)])
def test_odd_input_never_raises(text):
    RULE.run(Document(text))
