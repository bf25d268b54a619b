"""spelling_variants.tsv: every group names one of its own variants, no variant twice, every group
has at least two spellings."""

from collections import Counter

from wirelint.rules._data import tsv_records

ROWS = tsv_records("spelling_variants.tsv")


def test_rows():
    variants = [r["variant"] for r in ROWS]
    assert len(variants) == len(set(variants))
    groups = Counter(r["group"] for r in ROWS)
    for group, n in groups.items():
        assert group in variants, f"group {group} is not itself a variant"
        assert n >= 2, f"group {group} has one spelling"
    for r in ROWS:
        assert r["variant"] and r["group"]
