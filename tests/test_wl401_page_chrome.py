"""WL401: seed defects found with no false positive, silent on the clean corpus,
robust on adversarial input, and behaviour beyond the rule's examples."""

from __future__ import annotations

import pytest

from corpora import assert_seed, seed, spans
from wirelint.document import Document
from wirelint.rules.wl401_page_chrome import check


def test_seed():
    assert_seed(check, ['S13', 'S22'])


def test_source_label_takes_its_value_line():
    text, _ = seed()
    hits = spans(check, text)
    assert (5985, 6007) in hits  # "News Source :\nGn world"
    assert (6777, 6795) in hits  # "Back to top button"


@pytest.mark.parametrize("text", [
    "Read more about it in our report, officials said.",
    "The source: a ministry official who spoke on condition of anonymity, said the troops left.",
    "Subscribe",
])
def test_prose_left_alone_and_bare_label_found(text):
    hits = check.run(Document(text))
    assert (text == "Subscribe") == bool(hits)


def test_zone_of_seed_chrome_agrees():
    text, _ = seed()
    doc = Document(text)
    chrome = doc.zones.chrome
    for h in check.run(doc):
        assert any(c.start <= h.start < c.end for c in chrome), text[h.start : h.end]
