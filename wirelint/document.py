"""The Document every rule reads: built once per file, each view computed on first use.

``text`` is the prose the rules search. For plain text it is the file's decoded text; for markup
(Markdown, HTML) it is a same-length copy of the source with every non-prose character blanked, so
that an offset into ``text`` is an offset into ``source`` too and positions are never guessed back.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from wirelint.span import Span
from wirelint.zones import Zones

NEWLINE_RE = re.compile(r"\r\n|\r|\n")
BLANK_LINE_RE = re.compile(r"[ \t\f\v\u00a0\u3000]*")


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation: ``start`` is the opening mark, ``end`` is just past the closing mark, or the
    end of the paragraph when the quotation is not closed there. ``continued`` is true when an
    unclosed quotation is legitimately continued by the next paragraph opening with a quote mark."""

    start: int
    end: int
    opener: str
    closer: str | None
    continued: bool = False

    @property
    def closed(self) -> bool:
        return self.closer is not None

    @property
    def inner(self) -> Span:
        return Span(self.start + 1, self.end - 1 if self.closer else self.end)


# Quotation marks: opener -> acceptable closers.
DOUBLE_OPENERS = {"“": "”", "„": "“”", "«": "»", "»": "«"}
STRAIGHT = '"'
# A quote mark, unless it is the last character of mojibake ("â€œ", "â€": a curly quote or
# dash decoded as cp1252), which is encoding damage, not a quotation. (The look-behind comes
# after the mark, so it is tried only where a mark is, not at every position.)
QUOTE_MARK_RE = re.compile('[“”„«»"](?<!â€.)')
# Edited copy often mixes straight and curly double quotes after a partial smart-quote
# conversion ("a quote” or “a quote"): an English opener accepts either English closer.
MIXED_CLOSERS = {"“": "”\"", STRAIGHT: "\"”"}

# --- sentence splitting ------------------------------------------------------------------------
# Abbreviations after which a full stop never ends a sentence.
TITLES = frozenset(
    "mr mrs ms messrs dr prof gen lt col sgt cpl pvt capt cmdr cdr adm maj brig sen rep gov "
    "rev fr sr hon pres supt insp det amb atty gen ft mt st no nos vs v cf approx dept est fig "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
# Multi-letter dotted abbreviations that stay inside a sentence when a capitalised word follows.
ORG_ABBREV = frozenset({"u.s", "u.n", "u.k", "e.u", "d.c"})
# Letters enough to make a word longer than every abbreviation above.
LONG_WORD = max(map(len, TITLES | ORG_ABBREV)) + 1
# (The look-ahead lets the scanner skip to a candidate mark instead of trying each alternative.)
# A sentence boundary: a run of . ! ? (or …) and closing quotes or brackets, before white space;
# with the white space after it (group 1) and the character after that (group 2, None at the
# end of the scanned range), so the common case needs no Python loop. Written mark first (a
# match starts at the first of a run of . ! ? or at …), which the engine scans for far faster
# than a look-ahead; tests/test_document_sentences_oracle.py checks it against the plain form.
BOUNDARY_NEXT_RE = re.compile(r"[.!?…](?<![.!?][.!?])(?:(?<=[.!?])[.!?]*)?[\"”’)\]]*(?=(\s+)(.)?)", re.DOTALL)
TOKEN_BEFORE_RE = re.compile(r"([^\W\d_][\w.'’-]*)\.$")
OPENING_CHARS = "\"“‘'([«„"


class Document:
    """A file's text with the views rules share. Build it once; views are cached."""

    def __init__(
        self,
        text: str,
        path: str = "<string>",
        *,
        source: str | None = None,
        meta: dict[str, Any] | None = None,
        format: str = "text",
    ) -> None:
        if source is not None and len(source) != len(text):
            raise ValueError("prose text and source must have the same length")
        self.text = text
        self.source = text if source is None else source
        self.path = path
        self.meta = dict(meta or {})
        self.format = format
        # Findings of external checkers, attached before linting (e.g. "languagetool" -> matches).
        self.external: dict[str, Any] = {}

    def __repr__(self) -> str:
        return f"<Document {self.path} {len(self.text)} chars>"

    # --- positions ---------------------------------------------------------------------------
    @cached_property
    def line_starts(self) -> list[int]:
        starts = [0]
        source = self.source
        if "\r" in source:
            starts.extend(m.end() for m in NEWLINE_RE.finditer(source))
            return starts
        find = source.find  # only \n: str.find is many times faster than a pattern
        i = find("\n")
        while i >= 0:
            starts.append(i + 1)
            i = find("\n", i + 1)
        return starts

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a code-point offset; columns count code points."""
        index = bisect.bisect_right(self.line_starts, offset) - 1
        return index + 1, offset - self.line_starts[index] + 1

    @cached_property
    def lines(self) -> list[Span]:
        """Every line, without its line ending."""
        spans = []
        starts = self.line_starts
        for i, start in enumerate(starts):
            if i + 1 < len(starts):
                end = starts[i + 1]
                while end > start and self.source[end - 1] in "\r\n":
                    end -= 1
            else:
                end = len(self.source)
            spans.append(Span(start, end))
        return spans

    def line_text(self, lineno: int) -> str:
        span = self.lines[lineno - 1]
        return self.source[span.start : span.end]

    # --- fitting hits to the source (markup documents override these) -------------------------
    def is_prose_span(self, start: int, end: int) -> bool:
        """True when source[start:end] is prose only, so a fix may replace it. Always true for
        plain text; see wirelint.markup.MarkupDocument."""
        return True

    def place(self, hit):
        """The hit as it applies to the source, or None to drop it. Plain text: unchanged."""
        return hit

    @cached_property
    def nonblank_lines(self) -> list[Span]:
        """The lines that hold something other than white space (zones, chrome and bylines
        read these; computed once)."""
        return [s for s in self.lines if not self.is_blank(s)]

    def is_blank(self, span: Span) -> bool:
        return BLANK_LINE_RE.fullmatch(self.text, span.start, span.end) is not None

    # --- structure ---------------------------------------------------------------------------
    @cached_property
    def paragraphs(self) -> list[Span]:
        """Runs of non-blank lines, trimmed of surrounding white space."""
        paras: list[Span] = []
        start = None
        end = 0
        for span in self.lines:
            if self.is_blank(span):
                if start is not None:
                    paras.append(self._trim(start, end))
                    start = None
            else:
                if start is None:
                    start = span.start
                end = span.end
        if start is not None:
            paras.append(self._trim(start, end))
        return [p for p in paras if p.end > p.start]

    def _trim(self, start: int, end: int) -> Span:
        t = self.text
        while start < end and t[start].isspace():
            start += 1
        while end > start and t[end - 1].isspace():
            end -= 1
        return Span(start, end)

    @cached_property
    def sentences(self) -> list[Span]:
        """English sentences, never crossing a paragraph or a line that is a block of its own.

        A full stop, question or exclamation mark (with closing quotes) ends a sentence when white
        space and an upper-case letter, digit or opening quote follow, unless it closes a title or
        other abbreviation ("Mr.", "Feb. 2", "U.S. Army", initials such as "J."). A lower-case
        continuation never starts a sentence here: that is what fragment rules look for."""
        # No trimming needed: a paragraph is trimmed, a sentence starts at a character that is
        # not white space and ends with the boundary's last mark, so no span is empty either.
        out: list[Span] = []
        t = self.text
        starts_sentence = self._starts_sentence
        period_ends_sentence = self._period_ends_sentence
        for pstart, pend in self.paragraphs:
            start = pstart
            for m in BOUNDARY_NEXT_RE.finditer(t, pstart, pend):
                c = m.group(2)
                if c is None:
                    continue  # white space up to the paragraph's end
                nxt = m.end(1)
                if not (c.isupper() or c.isdigit()) and (c not in OPENING_CHARS or not starts_sentence(t, nxt, pend)):
                    continue
                dot = m.start()
                if t[dot] == "." and not t.startswith("...", dot):
                    # A word longer than any abbreviation before the dot, no digit after it:
                    # the quick yes of _period_ends_sentence, without the call.
                    if not (dot - LONG_WORD >= pstart and t[dot - LONG_WORD : dot].isalpha() and not c.isdigit()):
                        if not period_ends_sentence(t, dot, nxt, pstart):
                            continue
                end = m.end()
                out.append(Span(start, end))
                start = nxt
            if start < pend:
                out.append(Span(start, pend))
        return out

    @staticmethod
    def _starts_sentence(t: str, i: int, end: int) -> bool:
        c = t[i]
        if c.isupper() or c.isdigit():
            return True
        if c in OPENING_CHARS:
            j = i + 1
            while j < end and t[j] in OPENING_CHARS:
                j += 1
            return j < end and (t[j].isupper() or t[j].isdigit())
        return False

    @staticmethod
    def _period_ends_sentence(t: str, dot: int, nxt: int, floor: int) -> bool:
        # Quick answer: a word longer than any abbreviation before the dot, no digit after it.
        if dot - LONG_WORD >= floor and t[dot - LONG_WORD : dot].isalpha() and not t[nxt].isdigit():
            return True
        # A short word after white space: that word is the token TOKEN_BEFORE_RE would find.
        j = dot
        while j > floor and dot - j < LONG_WORD and t[j - 1].isalpha():
            j -= 1
        if j < dot and j > floor and t[j - 1] in " \t\n\r\u00a0" and dot - j < LONG_WORD:
            token = t[j:dot]
        else:
            m = TOKEN_BEFORE_RE.search(t, max(floor, dot - 40), dot + 1)
            if not m:
                return True
            token = m.group(1)
        low = token.lower().rstrip(".")
        if len(token) == 1 and token.isupper():
            return False  # an initial: "George W. Bush"
        if low in TITLES:
            return False
        if low in ORG_ABBREV and t[nxt].isupper():
            return False  # "U.S. Army"
        if t[nxt].isdigit() and "." in token:
            return False
        return True

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    @cached_property
    def _paragraph_starts(self) -> list[int]:
        return [p.start for p in self.paragraphs]

    def sentence_at(self, offset: int) -> Span | None:
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        if i >= 0 and self.sentences[i].start <= offset < self.sentences[i].end:
            return self.sentences[i]
        return None

    def paragraph_at(self, offset: int) -> Span | None:
        i = bisect.bisect_right(self._paragraph_starts, offset) - 1
        if i >= 0 and self.paragraphs[i].start <= offset < self.paragraphs[i].end:
            return self.paragraphs[i]
        return None

    # --- quotations --------------------------------------------------------------------------
    @cached_property
    def quotes(self) -> list[Quote]:
        """Double quotations (curly, straight, guillemets, German), paragraph by paragraph."""
        t = self.text
        found: list[Quote] = []
        if QUOTE_MARK_RE.search(t) is None:
            return found
        paras = self.paragraphs
        for n, para in enumerate(paras):
            open_at: int | None = None
            opener = ""
            for qm in QUOTE_MARK_RE.finditer(t, para.start, para.end):
                i = qm.start()
                c = t[i]
                if open_at is None:
                    if c == "”":
                        continue  # a stray closer: the quote rule reports it separately
                    if c == "»" and not self._guillemet_reversed(t, para):
                        continue
                    open_at, opener = i, c
                    continue
                closers = MIXED_CLOSERS.get(opener) or DOUBLE_OPENERS[opener]
                if c in closers:
                    found.append(Quote(open_at, i + 1, opener, c))
                    open_at = None
                elif c == opener and opener != STRAIGHT:
                    # A second opener before any closer: the first one was never closed.
                    found.append(Quote(open_at, i, opener, None))
                    open_at = i
            if open_at is not None:
                continued = n + 1 < len(paras) and t[paras[n + 1].start] in "“\"«„"
                found.append(Quote(open_at, para.end, opener, None, continued))
        return found

    @staticmethod
    def _guillemet_reversed(t: str, para: Span) -> bool:
        first = min((i for i in (t.find("«", para.start, para.end), t.find("»", para.start, para.end)) if i >= 0), default=-1)
        return first >= 0 and t[first] == "»"

    @cached_property
    def _quote_starts(self) -> list[int]:
        return [q.start for q in self.quotes]

    def quote_at(self, offset: int) -> Quote | None:
        """The quotation whose marks enclose ``offset`` (marks included), if any."""
        i = bisect.bisect_right(self._quote_starts, offset) - 1
        if i >= 0 and self.quotes[i].start <= offset < self.quotes[i].end:
            return self.quotes[i]
        return None

    def in_quote(self, offset: int) -> bool:
        return self.quote_at(offset) is not None

    # --- zones -------------------------------------------------------------------------------
    @cached_property
    def zones(self) -> Zones:
        from wirelint.zones import find_zones

        return find_zones(self)

    @cached_property
    def _zone_index(self) -> tuple[list[int], list[str]]:
        """Every zone edge, sorted, and the zone name between each edge and the next: the name
        is constant between two edges, so one ``name_at`` per stretch answers every offset."""
        z = self.zones
        spans = [s for s in (z.headline, z.dateline, z.byline, z.body) if s is not None]
        spans += z.bio + z.chrome + z.head
        edges = sorted({e for s in spans for e in (s.start, s.end)})
        return edges, [z.name_at(e) for e in edges]

    def zone_at(self, offset: int) -> str:
        edges, names = self._zone_index
        i = bisect.bisect_right(edges, offset) - 1
        return names[i] if i >= 0 else "body"
