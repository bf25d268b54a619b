"""WL303: seed defects found with no false positive, silent on the clean corpus,
robust on adversarial input, and behaviour beyond the rule's examples."""

from __future__ import annotations


from corpora import assert_seed
from wirelint.document import Document
from wirelint.rules.wl303_foreign_quotation_marks import check


def test_seed():
    assert_seed(check, [])


def test_pair_fixed_and_languages():
    text = "Il a dit « non » et er sagte „ja“."
    hits = check.run(Document(text))
    assert [(text[h.start : h.end], h.replacement, h.language) for h in hits] == [
        ("« ", "“", "fr"), (" »", "”", "fr"), ("„", "“", "de"), ("“", "”", "de")]


def test_lone_closing_guillemet_has_no_fix():
    text = "He said no » and left."
    (h,) = check.run(Document(text))
    assert text[h.start : h.end] == "»" and h.replacement is None
