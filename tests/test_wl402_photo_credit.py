"""WL402: seed defects found with no false positive, silent on the clean corpus,
robust on adversarial input, and behaviour beyond the rule's examples."""

from __future__ import annotations

import pytest

from corpora import assert_seed, seed, spans
from wirelint.document import Document
from wirelint.rules.wl402_photo_credit import check


def test_seed():
    assert_seed(check, ['S09'])


def test_seed_credit_span_exact():
    text, _ = seed()
    assert spans(check, text) == [(4711, 4730)]


def test_credit_inside_long_paragraph_left_alone():
    long = "The minister spoke for an hour about the war and the economy and the elections " * 3
    text = long + "and thanked the crowd. Jane Doe / AP"
    assert check.run(Document(text)) == []


@pytest.mark.parametrize("text", [
    "He told the AP. She told AFP.",
    "Data: Reuters/Ipsos poll shows support rising, the poll said.",
    "The AP / NORC survey found rising concern.",
])
def test_prose_left_alone(text):
    assert check.run(Document(text)) == []

