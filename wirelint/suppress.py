"""Suppression comments inside the article: ``<!-- wirelint: disable WL301 -->`` … ``enable``,
``disable-next-line``, ``disable-file``. Without codes a directive covers every rule."""

from __future__ import annotations

import re
from dataclasses import dataclass

from wirelint.selection import matches

DIRECTIVE_RE = re.compile(
    r"<!--\s*wirelint:\s*(disable-next-line|disable-file|disable|enable)\b([^>]*?)-->", re.IGNORECASE
)


@dataclass(frozen=True)
class Region:
    start: int
    end: int
    selectors: tuple[str, ...]  # empty: every rule
    directive: tuple[int, int] | None = None  # where the comment that opened the region is

    def covers(self, rule, offset: int) -> bool:
        if not self.start <= offset < self.end:
            return False
        return not self.selectors or any(matches(s, rule, enabling=False) for s in self.selectors)


def regions(doc) -> list[Region]:
    src = doc.source
    if "wirelint:" not in src:
        return []
    out: list[Region] = []
    open_: dict[tuple[str, ...], tuple[int, tuple[int, int]]] = {}
    for m in DIRECTIVE_RE.finditer(src):
        kind = m.group(1).lower()
        selectors = tuple(s for s in re.split(r"[\s,]+", m.group(2).strip()) if s)
        if kind == "disable-file":
            out.append(Region(0, len(src) + 1, selectors, m.span()))
        elif kind == "disable-next-line":
            line, _ = doc.position(m.end())
            if line < len(doc.lines):
                nxt = doc.lines[line]  # 0-based index of the following line
                out.append(Region(nxt.start, nxt.end + 1, selectors, m.span()))
        elif kind == "disable":
            open_.setdefault(selectors, (m.end(), m.span()))
        else:  # enable
            if selectors:
                keys = [k for k in open_ if k == selectors or set(selectors) <= set(k)]
            else:
                keys = list(open_)
            for key in keys:
                start, span = open_.pop(key)
                out.append(Region(start, m.start(), key, span))
    for key, (start, span) in open_.items():
        out.append(Region(start, len(src) + 1, key, span))
    return out
