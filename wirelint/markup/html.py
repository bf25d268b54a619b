"""HTML (feeds, CMS exports, saved pages) as prose, with the standard library's HTMLParser.

Everything starts blank; only text nodes the parser reports are copied back, after checking that
the reported text really stands at the reported position. Tags, attributes, comments, doctypes,
processing instructions and the contents of ``<head>``, ``<script>``, ``<style>``, ``<pre>``,
``<code>`` and similar elements stay blank. Entities and character references are decoded into
their first character. Block-level tags (``<p>``, ``<li>``, ``<td>``, ``<br>``, headings …) turn
their ``<`` into a line break in the prose copy and close a paragraph.

Metadata: ``<html lang>``, ``<title>``, ``<meta name="author">`` (also ``byline``,
``article:author``, ``dc.creator``) and ``<meta name="language">`` feed ``Document.meta``.
"""

from __future__ import annotations

import bisect
import html
import re
from html.parser import HTMLParser

from wirelint.markup import Prose

# Elements whose content is not prose.
SKIP = frozenset(
    "head script style template pre code kbd samp var svg math textarea select option "
    "iframe object noscript button".split()
)
# Skipped elements whose content reads as a word inside running text.
OPAQUE = frozenset("code kbd samp var".split())
# Elements that separate blocks of prose.
BLOCK = frozenset(
    "address article aside blockquote body br caption dd details div dl dt fieldset figcaption "
    "figure footer form h1 h2 h3 h4 h5 h6 header hr html li main nav ol p section summary table "
    "tbody td tfoot th thead tr ul title img".split()
)
ALT_RE = re.compile(r"""\salt\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))""", re.IGNORECASE)
BLANK_GAP_RE = re.compile(r"\n[ \t]*(?:\r?\n|\r)|\r[ \t]*\r")
AUTHOR_META = ("author", "byline", "article:author", "dc.creator", "sailthru.author", "parsely-author")


class _Walker(HTMLParser):
    def __init__(self, prose: Prose, base: int, chunk: str, alt_text: bool) -> None:
        super().__init__(convert_charrefs=False)
        self.prose = prose
        self.base = base
        self.chunk = chunk
        self.alt_text = alt_text
        # HTMLParser counts lines by "\n" only; so must we.
        self.starts = [0] + [m.end() for m in re.finditer("\n", chunk)]
        self.skip: dict[str, int] = {}
        self.boundaries: list[int] = []
        self.meta: dict[str, str] = {}
        self.in_title = False
        self.title: list[str] = []

    def _at(self) -> int:
        line, col = self.getpos()
        return self.starts[line - 1] + col

    def skipping(self) -> bool:
        return any(self.skip.values())

    def _boundary(self, tag: str, at: int) -> None:
        if tag in BLOCK:
            self.boundaries.append(self.base + at)
            self.prose.break_at(self.base + at)

    def handle_starttag(self, tag, attrs):
        at = self._at()
        self._boundary(tag, at)
        values = {k: (v or "") for k, v in attrs}
        if tag == "html" and values.get("lang"):
            self.meta.setdefault("lang", values["lang"].strip())
        elif tag == "meta":
            name = (values.get("name") or values.get("property") or "").strip().lower()
            content = values.get("content", "").strip()
            if content and name in AUTHOR_META:
                self.meta.setdefault("author", content)
            elif content and name in ("language", "dc.language", "og:locale"):
                self.meta.setdefault("lang", content)
        elif tag == "title":
            self.in_title = True
        elif tag == "img" and self.alt_text and not self.skipping():
            raw = self.get_starttag_text() or ""
            m = ALT_RE.search(raw)
            if m and self.chunk.startswith(raw, at):
                g = next(i for i in (1, 2, 3) if m.group(i) is not None)
                self.prose.keep(self.base + at + m.start(g), self.base + at + m.end(g))
        if tag in SKIP:
            self.skip[tag] = self.skip.get(tag, 0) + 1
        if tag == "body":
            self.skip.pop("head", None)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag in SKIP:
            self.skip[tag] -= 1

    def handle_endtag(self, tag):
        self._boundary(tag, self._at())
        if tag == "title":
            self.in_title = False
        if self.skip.get(tag):
            self.skip[tag] -= 1

    def handle_data(self, data):
        at = self._at()
        if self.in_title:
            self.title.append(data)
        if not self.chunk.startswith(data, at):
            return
        if self.skipping():
            if any(self.skip.get(t) for t in OPAQUE) and not any(self.skip.get(t) for t in SKIP - OPAQUE):
                self.prose.opaque(self.base + at, self.base + at + len(data))
            return
        self.prose.keep(self.base + at, self.base + at + len(data))

    def _reference(self, raw_start: str, name: str) -> None:
        at = self._at()
        raw = raw_start + name
        if not self.chunk.startswith(raw, at):
            return
        end = at + len(raw)
        if self.chunk.startswith(";", end):
            end += 1
        raw = self.chunk[at:end]
        decoded = html.unescape(raw)
        if self.in_title:
            self.title.append(decoded)
        if self.skipping():
            return
        if decoded == raw:  # not a known entity: it is just text
            self.prose.keep(self.base + at, self.base + end)
        else:
            self.prose.entity(self.base + at, self.base + end, decoded)

    def handle_entityref(self, name):
        self._reference("&", name)

    def handle_charref(self, name):
        self._reference("&#", name)


def walk_html(prose: Prose, start: int, end: int, alt_text: bool = False) -> dict[str, str]:
    """Copy the prose of source[start:end] (HTML) into ``prose``; return the metadata found."""
    chunk = prose.source[start:end]
    walker = _Walker(prose, start, chunk, alt_text)
    try:
        walker.feed(chunk)
        walker.close()
    except Exception:  # a parser failure must not cost the file: what was kept so far stands
        pass
    # Paragraphs: between block tags, and split at blank lines inside a run of text.
    cuts = sorted({start, end, *walker.boundaries})
    text = "".join(prose.chars[start:end])
    for m in BLANK_GAP_RE.finditer(text):
        bisect.insort(cuts, start + m.start() + 1)
    for a, b in zip(cuts, cuts[1:]):
        prose.block(a, b)
    meta = dict(walker.meta)
    title = " ".join("".join(walker.title).split())
    if title:
        meta.setdefault("title", title)
    return meta


def build(source: str, path: str, alt_text: bool = False):
    prose = Prose(source)
    meta = walk_html(prose, 0, len(source), alt_text)
    if "title" in meta:
        meta.setdefault("headline", meta["title"])
    if "author" in meta:
        meta.setdefault("byline", meta["author"])
    return prose.document(path, "html", meta)
