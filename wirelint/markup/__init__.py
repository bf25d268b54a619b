"""Markup sources (Markdown, HTML) as prose: a same-length copy of the source in which every
character that is not prose is blanked.

A :class:`Prose` builder starts from a copy of the source in which everything is blank (a space;
line endings are kept so that lines still match) and copies back only the characters a parser
proved to be prose. Offsets into the prose copy are therefore offsets into the source, and no
position is ever guessed back by searching the source for matched text.

Each character has a kind: ``PROSE``, ``MARKUP`` (syntax: tags, emphasis markers, link
destinations, comments), ``OPAQUE`` (skipped content that stands for a word in the rendered
prose: inline code, autolinks and bare URLs, ``<code>``), ``ENTITY`` head or ``ENTITY_TAIL``.

* an HTML entity or character reference (``&amp;``, ``&#8217;``) is one prose character: its
  decoded character stands at the entity's first position and the rest of the entity is blanked;
* a structural break (end of a heading, list item, table cell, ``<p>``, ``<br>``) turns a blanked
  markup character into ``"\\n"`` so that blocks do not run together in the prose copy.

:class:`MarkupDocument` adds what the engine needs to place a rule's hit back on the source:
:meth:`MarkupDocument.place` trims markup off the ends of a hit, widens it over whole entities, and
drops a fix whose span touches markup; :meth:`MarkupDocument.is_prose_span` answers whether a span
is pure prose.
"""

from __future__ import annotations

import bisect
import re
from functools import cached_property
from typing import Any

from wirelint.document import Document, Span
from wirelint.finding import Hit

MARKUP, PROSE, ENTITY, ENTITY_TAIL, OPAQUE = 0, 1, 2, 3, 4
NOT_PROSE = (MARKUP, ENTITY_TAIL, OPAQUE)
LINE_END = "\r\n"
NEWLINE_RE = re.compile(r"\r\n|\r|\n")


class Prose:
    """Builds the prose copy of ``source``; everything is markup until kept."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.chars = [c if c in LINE_END else " " for c in source]
        self.kind = bytearray(len(source))
        self.entities: list[tuple[int, int]] = []
        self.blocks: list[tuple[int, int]] = []

    def keep(self, start: int, end: int) -> None:
        src, chars, kind = self.source, self.chars, self.kind
        for i in range(max(0, start), min(end, len(src))):
            chars[i] = src[i]
            kind[i] = PROSE

    def entity(self, start: int, end: int, decoded: str) -> None:
        """The entity source[start:end] reads as ``decoded`` (usually one character)."""
        if not decoded or end <= start:
            return
        decoded = decoded[: end - start]
        for k, ch in enumerate(decoded):
            self.chars[start + k] = ch
            self.kind[start + k] = ENTITY if k == 0 else ENTITY_TAIL
        for i in range(start + len(decoded), end):
            self.chars[i] = " "
            self.kind[i] = ENTITY_TAIL
        self.entities.append((start, end))

    def blank(self, start: int, end: int) -> None:
        for i in range(max(0, start), min(end, len(self.source))):
            if self.source[i] not in LINE_END:
                self.chars[i] = " "
            self.kind[i] = MARKUP

    def opaque(self, start: int, end: int) -> None:
        """Blank skipped content that reads as a word (inline code, a URL): no hit may span it."""
        for i in range(max(0, start), min(end, len(self.source))):
            if self.kind[i] == MARKUP:
                self.kind[i] = OPAQUE

    def break_at(self, i: int) -> None:
        """Mark a structural break on a blanked markup character."""
        if 0 <= i < len(self.source) and self.kind[i] == MARKUP and self.source[i] not in LINE_END:
            self.chars[i] = "\n"

    def block(self, start: int, end: int) -> None:
        """Record a block of prose (paragraph, heading, list item, table cell) for paragraphs."""
        if end > start:
            self.blocks.append((start, end))

    def document(self, path: str, fmt: str, meta: dict[str, Any] | None = None) -> "MarkupDocument":
        return MarkupDocument(
            "".join(self.chars), path, source=self.source, meta=meta, format=fmt,
            kinds=bytes(self.kind), entities=sorted(self.entities), blocks=sorted(self.blocks),
        )


class MarkupDocument(Document):
    """A Document whose ``text`` is the prose copy of a markup ``source``."""

    def __init__(self, text: str, path: str = "<string>", *, source: str, meta=None, format: str,
                 kinds: bytes, entities: list[tuple[int, int]], blocks: list[tuple[int, int]]) -> None:
        super().__init__(text, path, source=source, meta=meta, format=format)
        if len(kinds) != len(text):
            raise ValueError("character kinds must cover the text")
        self.kinds = kinds
        self.entities = entities
        self._entity_starts = [s for s, _ in entities]
        self.blocks = blocks

    # --- structure: blocks, not blank lines, make paragraphs --------------------------------
    @cached_property
    def paragraphs(self) -> list[Span]:
        """The prose blocks the parser found (a heading and the paragraph under it are two
        paragraphs even without a blank line between them; each table cell is one)."""
        out: list[Span] = []
        for start, end in self.blocks:
            span = self._trim(start, end)
            if span.end > span.start and (not out or span.start >= out[-1].end):
                out.append(span)
        return out

    # --- placing hits on the source -----------------------------------------------------------
    def is_markup(self, offset: int) -> bool:
        """True when the character at ``offset`` is blanked markup (an entity's tail included)."""
        return self.kinds[offset] in NOT_PROSE

    def entity_at(self, offset: int) -> tuple[int, int] | None:
        i = bisect.bisect_right(self._entity_starts, offset) - 1
        if i >= 0 and self.entities[i][0] <= offset < self.entities[i][1]:
            return self.entities[i]
        return None

    def is_prose_span(self, start: int, end: int) -> bool:
        """True when [start, end) holds prose only: no markup character, and any entity in it
        lies wholly inside. Replacing such a span in the source cannot break the markup. An empty
        span (an insertion) is prose when it touches a prose character and is not inside an
        entity."""
        k = self.kinds
        if start == end:
            if self.entity_at(start) is not None and self.entity_at(start)[0] != start:
                return False
            before = start > 0 and k[start - 1] in (PROSE, ENTITY, ENTITY_TAIL)
            after = start < len(k) and k[start] in (PROSE, ENTITY)
            return before or after
        if any(k[i] in (MARKUP, OPAQUE) for i in range(start, end)):
            return False
        first, last = self.entity_at(start), self.entity_at(end - 1)
        return (first is None or first[0] == start) and (last is None or last[1] == end)

    def place(self, hit: Hit) -> Hit | None:
        """Fit a rule's hit to the source, or drop it (None).

        * Blanked markup at either end of the span is trimmed off (``word** ,``: the hit on
          ``   ,`` becomes `` ,``). A span of markup only is dropped.
        * A span whose white space is all blanked markup is dropped: the space does not exist in
          the prose (``[text](url),`` reads ``text,``).
        * A span across opaque content (inline code, a URL) is dropped: that content is a word
          in the rendered prose, so the blanks standing for it are no evidence of anything.
        * A span that covers an entity's decoded character is widened to the entity's end.
        * A fix survives only if the final span is pure prose (:meth:`is_prose_span`)."""
        s, e = hit.start, hit.end
        k, t = self.kinds, self.text
        if s == e:
            if hit.replacement is not None and not self.is_prose_span(s, e):
                return _with(hit, s, e, drop_fix=True)
            return hit
        spaces = [i for i in range(s, e) if t[i].isspace()]
        if spaces and all(k[i] in NOT_PROSE for i in spaces):
            return None
        while s < e and k[s] in NOT_PROSE:
            s += 1
        while e > s and k[e - 1] in NOT_PROSE:
            e -= 1
        if s == e or OPAQUE in k[s:e]:
            return None
        ent = self.entity_at(e - 1)
        if ent is not None:
            e = max(e, ent[1])
        drop = hit.replacement is not None and not self.is_prose_span(s, e)
        if (s, e) == (hit.start, hit.end) and not drop:
            return hit
        return _with(hit, s, e, drop_fix=drop)


def _with(hit: Hit, start: int, end: int, drop_fix: bool) -> Hit:
    return Hit(start, end, hit.message,
               replacement=None if drop_fix else hit.replacement,
               help=hit.help, safe=hit.safe, language=hit.language)


def line_starts(text: str, pattern: re.Pattern[str] = NEWLINE_RE) -> list[int]:
    starts = [0]
    starts.extend(m.end() for m in pattern.finditer(text))
    return starts
