"""The injection generator is reproducible and labels exact spans; the accuracy gate holds
every rule's precision and recall at or above its checked-in baseline."""

from __future__ import annotations

import json
import sys

import pytest

from conftest import CLEAN_DIR, REPO

sys.path.insert(0, str(REPO / "benchmarks"))
import accuracy  # noqa: E402
import inject  # noqa: E402


def _articles():
    arts = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(CLEAN_DIR.glob("*.txt"))]
    if not arts:
        pytest.skip("no clean corpus")
    return arts


def test_injection_is_reproducible_and_exact():
    arts = _articles()
    a = inject.generate(arts, 40, seed=7)
    b = inject.generate(arts, 40, seed=7)
    assert [d.text for _, d in a] == [d.text for _, d in b]
    assert [d.text for _, d in a] != [d.text for _, d in inject.generate(arts, 40, seed=8)]
    categories = set()
    for _, d in a:
        for e in d.expected:
            assert d.text[e["start"] : e["end"]] == e["flag"] and e["flag"].strip()
            categories.add(e["category"])
        spans = sorted((e["start"], e["end"]) for e in d.expected)
        assert all(x[1] <= y[0] for x, y in zip(spans, spans[1:])), "labels overlap"
    assert len(categories) >= 8


def test_each_injector_changes_text_only_where_it_says():
    text = (
        "Russian officials met in Kyiv on Monday, the ministry said. Talks went on in Moscow with Putin.\n\n"
        "Shoigu said the plan was ready. Officials agreed to more talks. The minister’s aides said it was “historic”.\n"
    )
    for fn in inject.INJECTORS:
        d = inject.Damaged(text)
        fn(d, __import__("random").Random(1))
        for e in d.expected:
            assert d.text[e["start"] : e["end"]] == e["flag"] if e["flag"] else True


def test_accuracy_does_not_regress_below_baseline():
    if not accuracy.BASELINE.exists():
        pytest.skip("no baseline yet")
    result = accuracy.measure(with_mqm=False)
    result.pop("_tallies")
    problems = accuracy.compare(result, json.loads(accuracy.BASELINE.read_text(encoding="utf-8")))
    assert not problems, "\n".join(problems)


def test_compare_gates_recall_per_defect_category():
    base = {"shapes": {"rules": {}, "overall": {}, "categories": {"calque": {"recall": 0.5}, "other": {"recall": None}}}}
    same = {"shapes": {"rules": {}, "overall": {}, "categories": {"calque": {"recall": 0.49}}}}
    worse = {"shapes": {"rules": {}, "overall": {}, "categories": {"calque": {"recall": 0.4}}}}
    gone = {"shapes": {"rules": {}, "overall": {}, "categories": {}}}
    assert accuracy.compare(same, base) == []
    assert accuracy.compare(worse, base) == ["shapes category calque recall 0.4 < baseline 0.5"]
    assert accuracy.compare(gone, base) == ["shapes category calque recall None < baseline 0.5"]


def test_verdict_call_on_shape_articles():
    class Old:  # the verdict before it gave a call of its own: a named source language means translated
        language = "fr"
    class New:
        language = None
        mt_verdict = "uncertain"
    assert accuracy.mt_call(Old()) == "translated"
    assert accuracy.mt_call(New()) == "uncertain"
    assert set(accuracy.MT_KINDS) == {"machine translation", "round trip", "spun"}
