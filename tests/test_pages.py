"""WL401 and WL402 on whole scraped pages written for these tests (tests/pages, see its README):
every marked piece of chrome and every marked credit is found, nothing outside the marks is
reported, and the professional pages draw no finding at all. Fixing a page leaves no run of
blank lines and removes every line of chrome."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from wirelint.document import Document
from wirelint.linter import apply_fixes, stamp
from wirelint.rules.wl401_page_chrome import check as chrome
from wirelint.rules.wl402_photo_credit import check as credit

PAGES = Path(__file__).parent / "pages"
MARKS = {"[[": ("]]", "chrome"), "{{": ("}}", "credit"), "<<": (">>", "either")}
OPEN_RE = re.compile(r"\[\[|\{\{|<<")


def load(path: Path) -> tuple[str, list[tuple[str, int, int]]]:
    """The page's text without marks, and its marked spans as (kind, start, end)."""
    marked = path.read_text(encoding="utf-8")
    out, spans, pos = [], [], 0
    length = 0
    while True:
        m = OPEN_RE.search(marked, pos)
        if m is None:
            out.append(marked[pos:])
            break
        close, kind = MARKS[m.group()]
        end = marked.index(close, m.end())
        out.append(marked[pos : m.start()])
        length += m.start() - pos
        inner = marked[m.end() : end]
        out.append(inner)
        spans.append((kind, length, length + len(inner)))
        length += len(inner)
        pos = end + len(close)
    return "".join(out), spans


def page_ids():
    return sorted(p.name for p in PAGES.glob("*.marked.txt"))


def _overlaps(a0, a1, b0, b1):
    return a0 < b1 and b0 < a1


@pytest.mark.parametrize("name", page_ids())
def test_page(name):
    text, spans = load(PAGES / name)
    doc = Document(text, name)
    found = {"chrome": chrome.run(doc), "credit": credit.run(doc)}
    missed = [
        (kind, text[s:e]) for kind, s, e in spans if kind != "either"
        and not any(_overlaps(h.start, h.end, s, e) for h in found[kind])
    ]
    allowed = {"chrome": ("chrome", "either"), "credit": ("credit", "either")}
    stray = [
        (kind, text[h.start : h.end]) for kind, hits in found.items() for h in hits
        if not any(k in allowed[kind] and _overlaps(h.start, h.end, s, e) for k, s, e in spans)
    ]
    assert not missed, f"missed {missed}"
    assert not stray, f"false positives {stray}"
    if name.startswith("clean-"):
        assert not spans and not found["chrome"] and not found["credit"]


@pytest.mark.parametrize("name", [n for n in page_ids() if not n.startswith("clean-")])
def test_fixed_page_has_no_blank_line_runs_and_no_chrome_left(name):
    text, _ = load(PAGES / name)
    doc = Document(text, name)
    findings = [stamp(doc, chrome, h, chrome.severity) for h in chrome.run(doc)]
    fixed, applied = apply_fixes(text, findings, unsafe=True)
    assert applied
    assert "\n\n\n" not in fixed
    assert not fixed.startswith("\n")
    assert [fixed[h.start : h.end] for h in chrome.run(Document(fixed))] == []


def test_pages_exist():
    names = page_ids()
    assert len([n for n in names if not n.startswith("clean-")]) >= 10
    assert len([n for n in names if n.startswith("clean-")]) >= 4
