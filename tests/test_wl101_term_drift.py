"""WL101 term-drift on the seed article, on the clean corpus and on realistic copy."""

from __future__ import annotations

import pytest

from corpora import clean_corpus, load_seed
from wirelint.document import Document
from wirelint.registry import rule_by_key
from wirelint.rules import wl101_term_drift as mod

RULE = rule_by_key("WL101")


def hits(text: str):
    return RULE.run(Document(text, "<test>"))


def flagged(text: str) -> list[str]:
    return [text[h.start : h.end] for h in hits(text)]


def test_seed_finds_both_renderings_and_nothing_else():
    text, expected = load_seed()
    found = hits(Document(text, "seed").text)
    by_id = {e["id"]: e for e in expected}
    spans = sorted((h.start, h.end) for h in found)
    assert spans == [(by_id["S01"]["start"], by_id["S01"]["end"]), (by_id["S02"]["start"], by_id["S02"]["end"])]
    first, second = sorted(found, key=lambda h: h.start)
    assert "“no limits”" in first.message
    assert "“no limits”" in second.message and "“limitless”" in second.message
    assert "term already used" in second.message
    assert all(h.replacement is None for h in found)


def test_seed_without_the_table_still_finds_both(monkeypatch):
    """The table is support: stems find “limitless”, the anaphora finds “no holds barred”."""
    text, expected = load_seed()
    monkeypatch.setattr(mod, "_groups", lambda: {})
    by_id = {e["id"]: e for e in expected}
    spans = sorted((h.start, h.end) for h in hits(text))
    assert spans == [(by_id["S01"]["start"], by_id["S01"]["end"]), (by_id["S02"]["start"], by_id["S02"]["end"])]
    anaphoric = [h for h in hits(text) if h.start == by_id["S02"]["start"]][0]
    assert "never appeared" in anaphoric.message and "“no limits”" in anaphoric.message


@pytest.mark.parametrize("path", clean_corpus(), ids=lambda p: p.stem)
def test_silent_on_clean_news(path):
    assert flagged(path.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Leaders hailed a “no limits” friendship. Critics doubt the “without limits” pledge.", ["without limits"]),
        ("Moscow spoke of “boundless” ties. Later it praised the “no holds barred” alliance.", ["no holds barred"]),
        ("Generals ordered a ‘scorched earth’ retreat. Witnesses described ‘burned earth’ tactics.", ["burned earth"]),
        ("She called it a “witch hunt.” Her lawyer said the “hunt for witches” would fail.", ["hunt for witches"]),
        ("Rights groups fear a “no-fly zone” and an “air exclusion zone” over the north.", ["air exclusion zone"]),
        # The second rendering is reported once, not on each repetition.
        ("A “no limits” deal. A “limitless” deal. Another “limitless” deal.", ["limitless"]),
        # Capitalised at the start of a sentence it is still a term.
        ("There are “no limits,” she said. “Limitless” is how Beijing puts it.", ["Limitless"]),
    ],
)
def test_flags_later_rendering(text, expected):
    assert flagged(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Same term, other inflection, hyphenation, article or quote style.
        "Officials cited “illegal aliens.” The order targets “illegal alien” gang members.",
        "Critics decried the ‘witch hunt’. Supporters said there was no “witch-hunt” at all.",
        "He warned of “the worst of the worst” and later of “worst of the worst” detainees.",
        # A new term introduced as new.
        "Putin said there are “no limits” to ties. Putin coined the term “iron brotherhood” in 2019.",
        "Xi declared a “new era.” Xi used what he called “whole-process democracy” in his speech.",
        # Different terms that share a word.
        "Rules set a ‘limit day’ for children and a “limited play order” for games.",
        "Washington wants “limits” on exports, but Beijing wants “no limits.”",
        # Only the negator differs: ordinary English unless the table says otherwise.
        "Johnson warned of a “no deal” exit; Britain could leave “without a deal,” he said.",
        # Titles of shows and names are not terms.
        "He told “Meet the Press” and “Face the Nation” about the “ceasefire.”",
        # Speech: more than four words, or several sentences.
        "“We will go on without limits,” she said. He later called for “no limits.”",
        # An anaphor with no earlier declared label by someone named in the sentence.
        "Analysts called the plan “vague.” The Kremlin has dropped the term “special operation.”",
        "Putin said he was “grateful.” Putin has stopped using the term “special operation.”",
        # A repeated term that was never quoted before is a repetition, not drift.
        "Xi declared a “new era” in 2017. In Moscow, Xi repeated the phrase “community of shared future.”",
        # Free text: no quoted terms at all.
        "They have already declared that there are no limits and the leaders are limitless.",
    ],
)
def test_leaves_alone(text):
    assert flagged(text) == []


def test_anaphora_alone_names_the_declared_label():
    text = (
        "In 2022 Putin and Xi declared a “rock-solid” friendship. "
        "This year Putin has abandoned the term “ironclad brotherhood” in speeches."
    )
    found = hits(text)
    assert [text[h.start : h.end] for h in found] == ["ironclad brotherhood"]
    assert "“rock-solid”" in found[0].message


@pytest.mark.parametrize(
    "text",
    ["", "“", "‘’", "“”" * 500, "‘a’ " * 3000, "abandoned the term “" * 200, "\x00\x01“no\x0b limits”\u2028‘limitless’"],
)
def test_never_raises_on_odd_text(text):
    hits(text)


def test_linear_on_many_quotes():
    import time

    text = " ".join(f"They spoke of “term{i} no limits” and ‘limitless{i}’ ties." for i in range(4000))
    t0 = time.perf_counter()
    hits(text)
    assert time.perf_counter() - t0 < 10


from hypothesis import given, settings, strategies as st  # noqa: E402

ALPHABET = st.sampled_from(list("ab Nn.,“”‘’\"'-\n limits no holds barred the term abandoned Xi"))


@settings(max_examples=200, deadline=None)
@given(st.lists(ALPHABET, max_size=300).map("".join))
def test_spans_are_inside_quotes_on_any_text(text):
    for h in hits(text):
        assert 0 <= h.start < h.end <= len(text)
        assert text[h.start - 1] in "“‘\"" or text[h.start - 1].isspace()


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Xi dubbed it a “rock-solid” friendship. Since then Xi has dropped the phrase “steel bond.”", ["steel bond"]),
        ("Putin labelled the ties “unshakable.” Last year Putin stopped using the word “eternal.”", ["eternal"]),
        # No person links the earlier label to the anaphor: left alone.
        ("Officials called the strikes “surgical.” Biden stopped using the term “war on terror.”", []),
        # A title or nationality is not a shared person.
        ("Chinese officials described it as “stable.” Chinese President Xi dropped the term “iron ties.”", []),
    ],
)
def test_anaphora_needs_a_person_who_declared_the_earlier_label(text, expected):
    assert flagged(text) == expected
