"""Find the parts of a scraped article: head (section labels, headline), dateline, body,
byline and author bio, and the trailing page chrome.

Scraped copy has no markup to say which line is which, so this works from the shape of lines:
prose lines are long and end like sentences; labels, bylines and buttons are short and do not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from wirelint.span import Span

if TYPE_CHECKING:  # zones reads a Document; document.py imports this module, not the reverse
    from wirelint.document import Document

SENTENCE_END = tuple(".!?…\"”’)")
WORD_RE = re.compile(r"[^\W\d_][\w'’.-]*")
DATELINE_RE = re.compile(
    r"(?:[A-Z][A-Z.'’-]+(?:[ ][A-Z][A-Z.'’-]+)*"  # HONG KONG, WASHINGTON
    r"(?:,[ ][A-Z][A-Za-z.'’-]+(?:[ ][A-Z][A-Za-z.'’-]+)*)?"  # , Ukraine
    r"(?:[ ]\([^()\n]{1,40}\))?"  # (AP)
    r")[ ]?(?:—|–|--|-)[ ]"
)
BYLINE_BY_RE = re.compile(r"(?i)^(?:by|author:|written by)\s+[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){0,4}\s*$")
# Words that never make up a person's name in a byline-like line.
NOT_NAME = frozenset(
    "the a an of to and or in on at for with from by news source sources world top back button "
    "share read more comments comment related advertisement subscribe follow us home menu search "
    "click here page next previous article articles photo video image credit copyright reserved "
    "rights all topics tags category categories posted updated published report reports live "
    "business politics sport sports opinion latest breaking newsletter sign up login log".split()
)


def _words(text: str) -> list[str]:
    return WORD_RE.findall(text)


def is_prose(text: str) -> bool:
    """A line that reads like running text: four words or more ending like a sentence, or a long
    line (headlines and labels end without a full stop and are short)."""
    # Count words only as far as the answer needs: 4 for a line ending like a sentence, else 16.
    need = 4 if text.rstrip().endswith(SENTENCE_END) else 16
    n = 0
    for _ in WORD_RE.finditer(text):
        n += 1
        if n >= need:
            return True
    return False


def looks_like_byline(text: str) -> bool:
    """``By Jane Doe``, or a bare name line of two to four name-like words (any case)."""
    s = text.strip()
    if BYLINE_BY_RE.match(s):
        return True
    if len(s) > 40 or s.endswith(SENTENCE_END + (":",)):
        return False
    words = s.split()
    if not 2 <= len(words) <= 4:
        return False
    for w in words:
        if not re.fullmatch(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*\.?", w):
            return False
        if w.lower().rstrip(".") in NOT_NAME:
            return False
    caps = [w[0].isupper() for w in words]
    return all(caps) or not any(caps)


@dataclass
class Zones:
    """Where the parts of a scraped article are. All spans are line spans (no newline)."""

    head: list[Span] = field(default_factory=list)
    headline: Span | None = None
    dateline: Span | None = None
    body: Span | None = None
    byline: Span | None = None
    bio: list[Span] = field(default_factory=list)
    chrome: list[Span] = field(default_factory=list)

    def name_at(self, offset: int) -> str:
        def inside(span: Span | None) -> bool:
            return span is not None and span.start <= offset < span.end

        if inside(self.headline):
            return "headline"
        if inside(self.dateline):
            return "dateline"
        if inside(self.byline):
            return "byline"
        if any(inside(s) for s in self.bio):
            return "bio"
        if any(inside(s) for s in self.chrome):
            return "chrome"
        if any(inside(s) for s in self.head):
            return "head"
        return "body"


def find_zones(doc: Document) -> Zones:
    zones = Zones()
    t = doc.text
    lines = list(doc.nonblank_lines)
    if not lines:
        return zones
    prose = [is_prose(t[s.start : s.end]) for s in lines]
    if not any(prose):
        zones.body = Span(lines[0].start, lines[-1].end)
        return zones

    first = prose.index(True)
    zones.head = lines[:first]
    for span in reversed(zones.head):
        if len(_words(t[span.start : span.end])) >= 3:
            zones.headline = span
            break
    m = DATELINE_RE.match(t, lines[first].start, lines[first].end)
    if m:
        zones.dateline = Span(m.start(), m.end())

    # The tail: a byline after the body, the bio that follows it, and short chrome lines.
    last_prose = len(prose) - 1 - prose[::-1].index(True)
    byline_idx = None
    for i in range(len(lines) - 1, first, -1):
        text = t[lines[i].start : lines[i].end]
        if prose[i]:
            continue
        if looks_like_byline(text) and any(prose[first:i]):
            byline_idx = i  # a name line after body prose: what follows is bio and chrome
            break
    end_body = len(lines) - 1
    if byline_idx is not None:
        zones.byline = Span(lines[byline_idx].start, lines[byline_idx].end)
        for j in range(byline_idx + 1, len(lines)):
            (zones.bio if prose[j] else zones.chrome).append(lines[j])
        end_body = byline_idx - 1
    else:
        end_body = last_prose
        zones.chrome.extend(lines[last_prose + 1 :])
    # Short non-prose lines just before the byline (or the chrome) are chrome too: source labels.
    while end_body > first and not prose[end_body]:
        zones.chrome.insert(0, lines[end_body])
        end_body -= 1
    zones.body = Span(lines[first].start, lines[end_body].end)
    zones.chrome.sort()
    return zones
