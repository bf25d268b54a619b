"""WL304: seed defects found with no false positive, silent on the clean corpus,
robust on adversarial input, and behaviour beyond the rule's examples."""

from __future__ import annotations

import pytest

from corpora import assert_seed
from wirelint.document import Document
from wirelint.rules.wl304_foreign_number_format import check


def test_seed():
    assert_seed(check, [])


@pytest.mark.parametrize("text", [
    "The 2,600-mile border and 1,500 troops.",
    "Some 40,000 people and $60 billion in aid; $240 billion in trade.",
    "Scores of 2,3 and 4 were recorded.",
    "Call 020 7946 0958 now.",
    "Released on 3.12.2024 with version 10.2.",
])
def test_english_numbers_left_alone(text):
    assert check.run(Document(text)) == []


def test_decimal_comma_and_spaced_percent_fix_together():
    from wirelint.linter import apply_fixes, stamp

    doc = Document("Growth slowed to 1,25 % in May.")
    findings = [stamp(doc, check, h, check.severity) for h in check.run(doc)]
    fixed, _ = apply_fixes(doc.text, findings, unsafe=False)
    assert fixed == "Growth slowed to 1.25% in May."


def test_plain_space_thousands_fix_is_unsafe():
    (h,) = check.run(Document("About 25 000 people fled."))
    assert h.safe is False and h.replacement == "25,000"
