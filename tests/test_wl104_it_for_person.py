"""wl104_it_for_person: the seed article, the clean corpus and adversarial input."""


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
