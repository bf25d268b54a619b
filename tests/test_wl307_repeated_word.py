"""WL307: seed defects found with no false positive, silent on the clean corpus,
robust on adversarial input, and behaviour beyond the rule's examples."""

from __future__ import annotations

import pytest

from corpora import assert_seed
from wirelint.document import Document
from wirelint.rules.wl307_repeated_word import check


def test_seed():
    assert_seed(check, [])


@pytest.mark.parametrize("text", [
    "What it is is a truce, and he had had enough, so that that plan failed.",
    "Walla Walla, Pago Pago and Sirhan Sirhan; Boutros Boutros-Ghali; Baden-Baden.",
    "The vote was 50 50 in the end.",
    "“Very very good, no no,” he said.",
    "The AP AP-NORC poll.",
])
def test_legitimate_doubles_left_alone(text):
    assert check.run(Document(text)) == []


def test_repeated_run_in_a_quotation_is_a_chant():
    text = "The crowd chanted “bring them home, bring them home” outside."
    assert check.run(Document(text)) == []


def test_single_word_fix_is_safe_and_run_fix_is_not():
    text = "He said the the talks were over and the war is over the war is over now."
    hits = check.run(Document(text))
    assert [(text[h.start : h.end], h.safe) for h in hits] == [
        ("the the", None), ("the war is over the war is over", False)]
