"""WL204's near misses, WL205-WL209 and their coordination: one defect gets one rule's finding,
fixes never disagree, and every mechanism stays linear on the shapes that would make it
quadratic (10,000 names one letter apart, 100,000 capitalised words, a 1 MB sentence)."""

from __future__ import annotations

import itertools
import string
import time

import pytest

from wirelint.api import lint_text
from wirelint.document import Document
from wirelint.registry import rule_by_key


def codes(text: str) -> list[tuple[str, str]]:
    return [(f.code, text[f.start : f.end]) for f in lint_text(text, "<t>") if f.code in
            {"WL102", "WL201", "WL204", "WL205", "WL206", "WL207", "WL208", "WL209", "WL306"}]


@pytest.mark.parametrize(
    "text, want",
    [
        ("The ship docked at the port The ministry said it carried grain.", [("WL206", "port The")]),
        ("Exports rose by A third in the first quarter of the year.", [("WL205", "A")]),
        ("The gallery was full of visitors, The museum said on Sunday.", [("WL205", "The")]),
        ("Ministers of the EU (EU) met in Brussels on Monday.", [("WL207", " (EU)")]),
        ("The talks ended without a deal.. The envoys left.", [("WL208", "..")]),
        ("Police said the young suspect the young suspect fled.", [("WL209", " the young suspect")]),
    ],
)
def test_one_defect_one_rule(text, want):
    assert codes(text) == want


def test_near_miss_needs_a_majority_and_no_known_look_alike():
    assert codes("Gantz spoke. Ganzt left.") == []  # one each: no majority
    text = "Gantz spoke. Gantz left. Later Ganzt returned."
    assert codes(text) == [("WL204", "Ganzt")]
    (hit,) = rule_by_key("WL204").run(Document(text))
    assert hit.safe is False and hit.replacement == "Gantz"
    assert codes("Austria and Austria met Australia. Jordan, Jordan and Jordon played.") == []


def _near_names(n: int) -> str:
    names = ("Kandar" + "".join(t) for t in itertools.product(string.ascii_lowercase, repeat=3))
    return " met ".join(itertools.islice(names, n)) + "."


def _timed(rule: str, text: str) -> float:
    doc = Document(text)
    t0 = time.perf_counter()
    rule_by_key(rule).run(doc)
    return time.perf_counter() - t0


def test_ten_thousand_names_one_letter_apart_are_not_compared_pairwise():
    small, large = _near_names(1_000), _near_names(10_000)
    a, b = _timed("WL204", small), _timed("WL204", large)
    assert b < 30 * a + 0.5, (a, b)
    assert b < 10


@pytest.mark.parametrize("rule", ["WL205", "WL206", "WL209", "WL204", "WL201"])
def test_capitals_and_one_long_sentence_are_linear(rule):
    caps = "the Locals cheered and " * 5_000  # 100,000+ characters, 5,000 capitals mid-sentence
    a = _timed(rule, caps)
    b = _timed(rule, caps * 10)
    assert b < 30 * a + 0.5, (rule, a, b)
    sentence = ("and the talks went on with the port The ministry said that " * 17_000)[:1_000_000]
    assert _timed(rule, sentence) < 20
