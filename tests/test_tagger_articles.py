"""The tagger rules (WL110-WL114) on test articles written for them (tests/corpus/tagger): every
marked defect is found and nothing else is flagged. Marks as in tests/corpus/defective:
⟦flag⟧{category|note}. The rules are selected here: WL110-WL113 are off by default."""

import re
from pathlib import Path

import pytest

from wirelint.document import Document
from wirelint.registry import rule_by_key

HERE = Path(__file__).resolve().parent / "corpus" / "tagger"
MARK_RE = re.compile(r"⟦(.*?)⟧\{([a-z-]+)\??\|[^}]*\}", re.DOTALL)
CODES = ("WL110", "WL111", "WL112", "WL113", "WL114")


def unmark(marked: str):
    text, defects, pos = [], [], 0
    last = 0
    for m in MARK_RE.finditer(marked):
        text.append(marked[last : m.start()])
        pos += m.start() - last
        defects.append((pos, pos + len(m.group(1)), m.group(2)))
        text.append(m.group(1))
        pos += len(m.group(1))
        last = m.end()
    text.append(marked[last:])
    return "".join(text), defects


@pytest.mark.parametrize("path", sorted(HERE.glob("*.marked.txt")), ids=lambda p: p.name)
def test_every_defect_found_and_nothing_else(path):
    text, defects = unmark(path.read_text(encoding="utf-8"))
    doc = Document(text, path.name)
    hits = [h for code in CODES for h in rule_by_key(code).run(doc)]
    missed = [text[s:e] for s, e, _ in defects if not any(h.start < e and s < h.end for h in hits)]
    extra = [text[h.start : h.end] for h in hits if not any(h.start < e and s < h.end for s, e, _ in defects)]
    assert missed == [] and extra == []
