"""The test articles of tests/corpus/names: every marked defect is found by a default rule, every
finding of the names, capitals and broken-sentence rules lands on a mark, and the trap articles
(professional copy full of near misses) get no finding from these rules at all."""

from __future__ import annotations

import importlib.util
from collections import Counter
from pathlib import Path

import pytest

from wirelint.api import lint_text

HERE = Path(__file__).resolve().parent
ARTICLES = HERE / "corpus" / "names"
CODES = frozenset(
    "WL101 WL102 WL106 WL107 WL201 WL202 WL203 WL204 WL205 WL206 WL207 WL208 WL209 WL306".split()
)


def _parse():
    spec = importlib.util.spec_from_file_location("defective_build", HERE / "corpus" / "defective" / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.parse


def articles():
    parse = _parse()
    out = []
    for path in sorted(ARTICLES.glob("*.marked.txt")):
        text, expected = parse(path.read_text(encoding="utf-8"), "N")
        out.append(pytest.param(path.name, text, expected, id=path.name.split(".")[0]))
    return out


def _overlaps(f, e) -> bool:
    return f.start < e["end"] and e["start"] < f.end


@pytest.mark.parametrize("name, text, expected", articles())
def test_every_marked_defect_is_found_and_nothing_else(name, text, expected):
    findings = [f for f in lint_text(text, name) if f.code in CODES]
    missed = [e["flag"] for e in expected if e["required"] and not any(_overlaps(f, e) for f in findings)]
    assert missed == [], f"{name}: missed {missed}"
    stray = [(f.code, text[f.start : f.end]) for f in findings if not any(_overlaps(f, e) for e in expected)]
    assert stray == [], f"{name}: findings off the marks {stray}"


def test_recall_per_category(capsys):
    found, total = Counter(), Counter()
    for param in articles():
        name, text, expected = param.values
        findings = [f for f in lint_text(text, name) if f.code in CODES]
        for e in expected:
            if not e["required"]:
                continue
            total[e["category"]] += 1
            found[e["category"]] += any(_overlaps(f, e) for f in findings)
    with capsys.disabled():
        print("\nnames test articles, recall per category: "
              + ", ".join(f"{c} {found[c]}/{total[c]}" for c in sorted(total)))
    assert sum(found.values()) == sum(total.values())


@pytest.mark.parametrize("path", sorted(ARTICLES.glob("trap-*.txt")), ids=lambda p: p.stem)
def test_traps_are_silent(path):
    text = path.read_text(encoding="utf-8")
    findings = [(f.code, text[f.start : f.end]) for f in lint_text(text, path.name) if f.code in CODES]
    assert findings == []
