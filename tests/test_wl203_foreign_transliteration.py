"""WL203 foreign-transliteration on the seed article, the clean corpus and realistic copy."""

from __future__ import annotations

import pytest

from corpora import clean_corpus, seed
from wirelint.document import Document
from wirelint.registry import rule_by_key

RULE = rule_by_key("WL203")


def hits(text, **options):
    return [(text[h.start : h.end], h.replacement) for h in RULE.run(Document(text, "<test>"), options)]


def test_seed_reports_choigu():
    text, expected = seed()
    found = RULE.run(Document(text, "seed"))
    assert [(h.start, h.end, h.replacement) for h in found] == [(5541, 5547, "Shoigu")]


def test_clean_corpus_is_silent():
    for path in clean_corpus():
        assert RULE.run(Document(path.read_text(encoding="utf-8"), str(path))) == [], path.name


@pytest.mark.parametrize(
    "variant, english",
    [
        ("Choïgou", "Shoigu"), ("Schoigu", "Shoigu"), ("Poutine", "Putin"), ("Navalnaïa", "Navalnaya"),
        ("Nawalny", "Navalny"), ("Prigojine", "Prigozhin"), ("Selenskyj", "Zelenskyy"),
        ("Zelenski", "Zelenskyy"), ("Kiew", "Kyiv"), ("Kiyv", "Kyiv"), ("Gorbatschow", "Gorbachev"),
        ("Jarkov", "Kharkiv"), ("Eltsine", "Yeltsin"), ("Medwedew", "Medvedev"), ("Tchétchénie", "Chechnya"),
    ],
)
def test_variants(variant, english):
    assert hits(f"On Monday {variant} was in the news.") == [(variant, english)]


def test_lavrov_and_english_alternatives_are_fine():
    text = "Lavrov, Peskov, Zelensky, Zelenskiy, Odessa, Chernobyl and St. Petersburg all appear here."
    assert hits(text) == []


def test_house_spelling_option():
    assert hits("Selenskyj spoke.", house_spellings={"Zelenskyy": "Zelensky"}) == [("Selenskyj", "Zelensky")]


def test_multiword_exonym():
    assert hits("He flew to Sankt Petersburg on Friday.") == [("Sankt Petersburg", "St. Petersburg")]


def test_kiev_policy():
    mixed = "Strikes hit Kiev overnight. The mayor of Kyiv said power was cut."
    alone = "Strikes hit Kiev overnight, officials said."
    assert hits(mixed) == [("Kiev", "Kyiv")]
    assert hits(alone) == []
    assert hits(alone, legacy="always") == [("Kiev", "Kyiv")]
    assert hits(mixed, legacy="never") == []
    phrases = "Kyiv is shelled. He ordered Chicken Kiev; Kiev Rus was medieval; Dynamo Kiev won. He said “Kiev is ours.”"
    assert hits(phrases, legacy="always") == []


def test_accent_and_diaeresis_signals():
    assert hits("Dmitri Medvédev and Sergei Shoigú spoke.") == [("Medvédev", "Medvedev"), ("Shoigú", "Shoigu")]
    found = RULE.run(Document("Colonel Andreïev and Mr. Kouzmitch arrived.", "<t>"))
    # No fix when the English spelling is unknown (issue 17 item 3: never "Tchaikovski", "Serguei").
    assert [(h.replacement, h.safe) for h in found] == [(None, False)]
    found = RULE.run(Document("Pyotr Tchaïkovski wrote it.", "<t>"))
    assert [h.replacement for h in found] in ([None], ["Tchaikovsky"])
    assert hits("Zoë, Brontë, Citroën, Noël, Chloë, Moët, Anaïs, Raphaël and Saïd came.") == []


def test_ambiguous_variant_fix_is_unsafe():
    doc = Document("Chodorkowski spoke.", "<t>")
    assert all(h.safe in (None, False) for h in RULE.run(doc))


@pytest.mark.parametrize("text", ["", "\x00", "Ï" * 5000, "Choïgu" * 3000])
def test_never_raises(text):
    RULE.run(Document(text, "<odd>"))
