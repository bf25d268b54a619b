"""wl204_inconsistent_spelling: the seed article, the clean corpus and adversarial input."""


from corpora import seed_hits

from wirelint.document import Document
from wirelint.rules.wl204_inconsistent_spelling import check as RULE


def test_seed_has_no_false_positive():
    _doc, tp, fp = seed_hits(RULE)
    assert fp == []


def test_tie_reports_later_form_without_fix():
    text = "Zelenskyy spoke first. Then Zelensky left."
    (hit,) = RULE.run(Document(text))
    assert text[hit.start : hit.end] == "Zelensky" and hit.replacement is None


def test_clear_majority_is_fixed():
    text = "Kyiv was hit. Kyiv burned. Kyiv held. Kiev’s mayor spoke."
    (hit,) = RULE.run(Document(text))
    assert text[hit.start : hit.end] == "Kiev" and hit.replacement == "Kyiv"


def test_key_normalisation():
    from wirelint.rules.wl204_inconsistent_spelling import key

    assert key("Choïgu") == key("Shoigu")
    assert key("Zelenskyy") == key("Zelensky") == key("Zelenskiy")
    assert key("Joukov") == key("Zhukov")
    assert key("Carole") != key("Carol") or len("Carol") < 5  # short names never compared


def test_quoted_and_headline_forms_not_counted():
    text = "US clears out migrants\n\nThe U.S. Navy said U.S. officials left.\n\n\"The US will act,\" he said."
    assert RULE.run(Document(text)) == []
