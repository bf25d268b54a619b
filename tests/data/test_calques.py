"""calques.tsv: required fields, known languages, kinds and states, no duplicates, every pattern
compiles, flags its own example (outside quotation marks where it counts only in narration) and
does not flag its own idiomatic replacement; an entry that counts only in narration is silent
inside a quotation."""

import re

import pytest

from wirelint.document import Document
from wirelint.rules._data import tsv_records
from wirelint.rules.wl105_calque import LANGUAGE_NAMES, compile_entry, check

ROWS = tsv_records("calques.tsv")
NESTED = re.compile(r"\([^()]*[+*]\)[+*{]")  # (a+)+ shapes: the data must stay linear-time
KINDS = {"calque", "false friend", "date", "leader", "reporting verb", "officialese", "club", "preposition",
         "narrator", "number"}


def test_table_is_not_empty():
    assert len(ROWS) >= 100
    assert sum(r["state"] == "on" for r in ROWS) >= 5


@pytest.mark.parametrize("row", ROWS, ids=[r["pattern"] for r in ROWS])
def test_row(row):
    for field in ("pattern", "idiomatic", "language", "kind", "where", "state", "note", "example"):
        assert row[field], f"{row['pattern']!r} lacks {field}"
    codes = row["language"].split(",")
    assert set(codes) <= set(LANGUAGE_NAMES) | {"xx"}
    assert codes == ["xx"] or "xx" not in codes
    assert row["kind"] in KINDS and row["where"] in ("any", "narration") and row["state"] in ("on", "review")
    assert not NESTED.search(row["pattern"])
    pattern = compile_entry(row["pattern"])
    assert pattern.search(row["example"]), f"{row['pattern']!r} misses its example"
    hits = check.run(Document(row["example"]), {"include_review": True})
    assert hits, "the rule does not flag the row's example"
    if row["state"] == "on":
        assert check.run(Document(row["example"])), "an entry that is on is reported by default"
    else:
        assert not any(compile_entry(row["pattern"]).search(row["example"][h.start:h.end]) and h.start == m.start()
                       for h in check.run(Document(row["example"])) for m in pattern.finditer(row["example"]))
    for alternative in re.split(r"\s*/\s*", row["idiomatic"].replace("…", "").strip()):
        assert not pattern.search(alternative), f"replacement {alternative!r} is itself flagged"


@pytest.mark.parametrize("row", [r for r in ROWS if r["where"] == "narration"], ids=lambda r: r["pattern"])
def test_narration_entries_are_silent_in_quotations(row):
    m = compile_entry(row["pattern"]).search(row["example"])
    quoted = f"“{row['example'][m.start():]}” she said."
    hits = check.run(Document(quoted), {"include_review": True})
    assert not any(h.start == 1 for h in hits)


def test_no_duplicate_patterns():
    patterns = [r["pattern"].lower() for r in ROWS]
    assert len(patterns) == len(set(patterns))


def _corpus_texts():
    from corpora import REPO, clean_texts

    texts = [t for _, t in clean_texts()]
    texts += [p.read_text(encoding="utf-8") for p in sorted((REPO / "tests" / "corpus" / "defective").glob("*.txt"))
              if not p.name.endswith(".marked.txt")]
    texts += [r["example"] for r in ROWS]
    return texts


def test_anchors_screen_exactly():
    """Every match holds one of its entry's anchors and fits the reach around it, so trying the
    pattern only near the anchors finds exactly what a scan of the whole text finds."""
    from wirelint.rules._lower import lowered
    from wirelint.rules.wl105_calque import REACH, matches

    texts = _corpus_texts()
    for r in ROWS:
        pattern = compile_entry(r["pattern"])
        anchors = tuple(r["anchor"].split("|"))
        for text in texts + [text.upper() for text in texts[-len(ROWS):]]:
            full = [(m.start(), m.end()) for m in pattern.finditer(text)]
            low = lowered(text)
            for s, e in full:
                assert any(a in low[s:e] for a in anchors), (r["pattern"], text[s:e])
                assert e - s <= REACH // 2
            assert [(m.start(), m.end()) for m in matches(pattern, anchors, text, low)] == full
