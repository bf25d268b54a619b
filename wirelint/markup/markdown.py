"""Markdown (CommonMark with GFM tables and strikethrough) as prose.

markdown-it-py finds the blocks and gives each its source lines (``token.map``); inline tokens
carry no positions, so each block's inline content is first aligned with its source lines (the
content of a paragraph line is the end of its source line, once the container prefix such as
``> `` or a list indent is cut off; a table cell is a stretch of its row between pipes), and
then the inline tokens are walked in order over that content, each consuming exactly the
characters its syntax takes: emphasis markers, ``[text](url "title")``, reference links,
autolinks, images, inline code, inline HTML, entities and backslash escapes. Only the characters
of text tokens are copied into the prose copy. Should a block's content ever fail to line up with
its source, the whole block stays blank: a missed finding is better than a misplaced one.

Skipped (blank): front matter, code blocks and spans, link destinations and titles, autolinks and
bare URLs, images (alt text only when ``alt_text=True``), HTML (HTML blocks go through the HTML
walker, so their text is prose and their tags are not), reference definitions, thematic breaks.

Front matter: a YAML block between ``---`` lines or a TOML block between ``+++`` lines at the
very start of the file. TOML is read with ``tomllib``; YAML is read minimally, without PyYAML:
top-level ``key: value`` lines (quotes stripped), inline lists ``[a, b]`` and block lists
(``key:`` followed by ``- item`` lines). Nested mappings, anchors and multi-line scalars are
ignored.
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.helpers import parseLinkDestination, parseLinkTitle

from wirelint.markup import Prose, line_starts
from wirelint.markup.html import walk_html

BARE_URL_RE = re.compile(r"(?:https?://|ftp://|www\.)[^\s<>\"'`]{1,2000}", re.IGNORECASE)
URL_TRAILING = ".,:;!?'\")]}"
HTML_TAG_RE = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)")
BR_RE = re.compile(r"<br\b", re.IGNORECASE)
INLINE_SKIP = frozenset("code kbd samp var script style pre svg math textarea".split())
TOML_KEY_RE = re.compile(r"([A-Za-z_][\w.-]*)[ \t]*=[ \t]*(.*?)[ \t]*$")
EMPHASIS = ("em_open", "em_close", "strong_open", "strong_close", "s_open", "s_close")


class Misalign(Exception):
    """A block's inline tokens do not line up with its source."""


@lru_cache(maxsize=1)
def parser() -> MarkdownIt:
    md = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    md.disable("text_join")  # keep entities and escapes as their own tokens
    return md


# --- front matter ---------------------------------------------------------------------------
def _scalar(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    if " #" in value:
        value = value.split(" #", 1)[0].rstrip()
    return value


def parse_yaml(lines: list[str]) -> dict:
    """YAML front matter read by PyYAML's safe loader (imported only when a file has front
    matter): quoted strings with commas, escapes, nested tables and lists as YAML means them.
    Front matter that is not valid YAML, or not a table, gives no fields."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load("\n".join(lines), Loader=loader)  # noqa: S506 - a safe loader
    except (yaml.YAMLError, RecursionError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def parse_toml(lines: list[str]) -> dict:
    try:
        return tomllib.loads("\n".join(lines))
    except tomllib.TOMLDecodeError:
        meta = {}
        for line in lines:
            m = TOML_KEY_RE.fullmatch(line)
            if m:
                meta[m.group(1)] = _scalar(m.group(2))
        return meta


def front_matter(lines: list[str]) -> tuple[int, dict]:
    """(number of lines the front matter takes, its fields); (0, {}) when there is none."""
    if not lines:
        return 0, {}
    first = lines[0].lstrip("\ufeff").rstrip()
    if first not in ("---", "+++"):
        return 0, {}
    closers = ("---", "...") if first == "---" else ("+++",)
    for n in range(1, len(lines)):
        if lines[n].rstrip() in closers:
            body = lines[1:n]
            return n + 1, parse_yaml(body) if first == "---" else parse_toml(body)
    return 0, {}


def normalize_meta(raw: dict) -> dict:
    """Front matter fields, plus ``headline`` (from ``title``) and ``byline`` (from ``byline``,
    ``author`` or ``authors``, a list joined with commas) and ``lang`` (from ``language``)."""
    meta = dict(raw)

    def text(v):
        if isinstance(v, list):
            names = [t for t in (text(x) for x in v) if t]
            return ("; " if any("," in n for n in names) else ", ").join(names) or None
        if isinstance(v, dict):
            return text(v.get("name")) if v.get("name") is not None else None
        return str(v) if isinstance(v, (str, int, float)) and not isinstance(v, bool) else None

    if text(meta.get("title")):
        meta.setdefault("headline", text(meta["title"]))
    for key in ("byline", "author", "authors"):
        if meta.get(key) and text(meta[key]):
            meta["byline"] = text(meta[key])
            break
    if "lang" not in meta:
        for key in ("language", "locale"):
            if isinstance(meta.get(key), str) and meta[key]:
                meta["lang"] = meta[key]
                break
    return meta


# --- blocks -----------------------------------------------------------------------------------
class _Builder:
    def __init__(self, source: str, alt_text: bool) -> None:
        self.source = source
        self.alt_text = alt_text
        self.prose = Prose(source)
        starts = line_starts(source)
        self.spans: list[tuple[int, int]] = []  # each line without its line ending
        for i, s in enumerate(starts):
            e = starts[i + 1] if i + 1 < len(starts) else len(source)
            while e > s and source[e - 1] in "\r\n":
                e -= 1
            self.spans.append((s, e))
        self.lines = [source[s:e] for s, e in self.spans]

    def line(self, n: int) -> str:
        return self.lines[n] if n < len(self.lines) else ""

    def eol(self, n: int) -> int:
        """Offset of line n's line ending (its end when it has none)."""
        return self.spans[n][1]

    def run(self) -> dict:
        fm_lines, raw_meta = front_matter(self.lines)
        md_lines = [""] * fm_lines + [ln.replace("\0", "\ufffd") for ln in self.lines[fm_lines:]]
        tokens = parser().parse("\n".join(md_lines))
        cell_index = 0
        for i, tok in enumerate(tokens):
            if tok.type == "html_block" and tok.map:
                a, b = tok.map
                meta = walk_html(self.prose, self.spans[a][0], self.spans[b - 1][1])
                for key, value in meta.items():
                    raw_meta.setdefault(f"html_{key}", value)
            elif tok.type == "tr_open":
                cell_index = 0
            if tok.type != "inline" or not tok.map or i == 0:
                continue
            opener = tokens[i - 1]
            try:
                if opener.type == "paragraph_open":
                    pos = self.align_lines(tok.content, tok.map[0])
                elif opener.type == "heading_open" and opener.markup.startswith("#"):
                    pos = self.align_atx(tok.content, tok.map[0])
                elif opener.type == "heading_open":
                    pos = self.align_lines(tok.content, tok.map[0])
                elif opener.type in ("th_open", "td_open"):
                    pos = self.align_cell(tok.content, tok.map[0], cell_index)
                    cell_index += 1
                else:
                    continue
                ops = _Inline(self, tok.content, pos).walk(tok.children or [])
            except Misalign:
                continue  # the block stays blank
            ops.apply(self.prose)
            if opener.type not in ("th_open", "td_open"):
                ls = self.spans[tok.map[0]][0]
                if pos and pos[0] > ls:
                    self.prose.break_at(ls)
        return normalize_meta(raw_meta)

    def align_lines(self, content: str, first: int) -> list[int]:
        """Source offset of each content character, for content made of whole-line ends."""
        pos: list[int] = []
        parts = content.split("\n")
        for j, part in enumerate(parts):
            n = first + j
            if n >= len(self.lines):
                raise Misalign
            line = self.lines[n].replace("\0", "\ufffd")
            k = line.rfind(part) if part else len(line.rstrip())
            if k < 0 or (j < len(parts) - 1 and k + len(part) != len(line)) or line[k + len(part):].strip():
                raise Misalign
            base = self.spans[n][0] + k
            pos.extend(range(base, base + len(part)))
            if j < len(parts) - 1:
                pos.append(self.eol(n))
        return pos

    def align_atx(self, content: str, n: int) -> list[int]:
        line = self.line(n).replace("\0", "\ufffd")
        k = len(line) - len(line.lstrip(" "))
        k += len(line[k:]) - len(line[k:].lstrip("#"))
        k = line.find(content, k) if content else -1
        if k < 0:
            return []
        base = self.spans[n][0] + k
        return list(range(base, base + len(content)))

    def align_cell(self, content: str, n: int, index: int) -> list[int]:
        line = self.line(n).replace("\0", "\ufffd")
        pipes = [i for i, c in enumerate(line) if c == "|" and (i == 0 or line[i - 1] != "\\")]
        ls = self.spans[n][0]
        for p in pipes:
            self.prose.break_at(ls + p)
        bounds = [-1] + pipes + [len(line)]
        cells = [(bounds[i] + 1, bounds[i + 1]) for i in range(len(bounds) - 1)]
        if cells and not line[cells[0][0] : cells[0][1]].strip() and pipes and line[: pipes[0]].strip() == "":
            cells = cells[1:]
        if cells and not line[cells[-1][0] : cells[-1][1]].strip():
            cells = cells[:-1]
        if index >= len(cells):
            if content:
                raise Misalign
            return []
        a, b = cells[index]
        while a < b and line[a] in " \t":
            a += 1
        while b > a and line[b - 1] in " \t":
            b -= 1
        pos, text = [], []
        i = a
        while i < b:
            if line[i] == "\\" and i + 1 < b and line[i + 1] == "|":
                i += 1  # GFM: a cell's "\|" is a literal pipe; the backslash is markup
            pos.append(ls + i)
            text.append(line[i])
            i += 1
        if "".join(text) != content:
            raise Misalign
        return pos


class _Ops:
    """What a block contributes, applied only once the whole block lined up."""

    def __init__(self) -> None:
        self.keep: list[int] = []
        self.entities: list[tuple[int, int, str]] = []
        self.breaks: list[int] = []
        self.opaque: list[tuple[int, int]] = []
        self.block: tuple[int, int] | None = None

    def apply(self, prose: Prose) -> None:
        for i in self.keep:
            prose.keep(i, i + 1)
        for s, e, d in self.entities:
            prose.entity(s, e, d)
        for i in self.breaks:
            prose.break_at(i)
        for a, b in self.opaque:
            prose.opaque(a, b)
        if self.block:
            prose.block(*self.block)


class _Inline:
    def __init__(self, builder: _Builder, content: str, pos: list[int]) -> None:
        if len(pos) != len(content):
            raise Misalign
        self.b = builder
        self.c = content
        self.pos = pos
        self.i = 0
        self.ops = _Ops()
        self.html_skip = 0

    def expect(self, s: str) -> None:
        if not s or not self.c.startswith(s, self.i):
            raise Misalign
        self.i += len(s)

    def keep(self, a: int, b: int) -> None:
        self.ops.keep.extend(self.pos[a:b])

    def opaque(self, a: int, b: int) -> None:
        """Content offsets [a, b) read as a word but are not prose (code, URLs)."""
        if b > a:
            self.ops.opaque.append((self.pos[a], self.pos[b - 1] + 1))

    def newline(self) -> None:
        """The content's "\\n" at self.i: keep the source's line ending (CRLF included)."""
        src_at = self.pos[self.i]
        end = src_at
        while end < len(self.b.source) and end < src_at + 2 and self.b.source[end] in "\r\n":
            if end > src_at and (self.b.source[end - 1] == "\n" or self.b.source[end] == "\r"):
                break
            end += 1
        self.ops.keep.extend(range(src_at, end))
        self.i += 1

    def walk(self, children, keep_text: bool = True) -> _Ops:
        self._walk(children, keep_text)
        kept = [p for p in self.ops.keep if not self.b.source[p].isspace()]
        heads = [s for s, _, _ in self.ops.entities]
        ends = [e for _, e, _ in self.ops.entities]
        if kept or heads:
            self.ops.block = (min(kept + heads), max([p + 1 for p in kept] + ends))
        return self.ops

    def _walk(self, children, keep_text: bool) -> None:
        c = self.c
        links: list[bool] = []  # one entry per open link: True for an autolink
        for tok in children:
            t = tok.type
            if links and links[-1] and t != "link_close":
                continue  # an autolink's text is its URL, consumed with link_open
            if t == "text":
                n = len(tok.content)
                if c[self.i : self.i + n] != tok.content:
                    raise Misalign
                if keep_text and not self.html_skip:
                    self._keep_text(self.i, self.i + n)
                self.i += n
            elif t in ("softbreak", "hardbreak"):
                j = self.i
                while j < len(c) and c[j] in " \t":
                    j += 1
                if keep_text and not self.html_skip:
                    self.keep(self.i, j)
                self.i = j
                if t == "hardbreak" and c.startswith("\\", self.i):
                    self.i += 1
                if not c.startswith("\n", self.i):
                    raise Misalign
                self.newline()
                j = self.i
                while j < len(c) and c[j] in " \t":
                    j += 1
                self.i = j
            elif t == "code_inline":
                at = self.i
                self.expect(tok.markup)
                self._skip_code(tok.markup)
                self.opaque(at, self.i)
            elif t in EMPHASIS:
                self.expect(tok.markup)
            elif t == "link_open":
                if tok.markup in ("autolink", "linkify") or tok.info == "auto":
                    if not c.startswith("<", self.i):
                        raise Misalign
                    j = c.find(">", self.i)
                    if j < 0:
                        raise Misalign
                    self.opaque(self.i, j + 1)
                    self.i = j + 1
                    links.append(True)
                else:
                    self.expect("[")
                    links.append(False)
            elif t == "link_close":
                if not links:
                    raise Misalign
                if not links.pop():
                    self.expect("]")
                    self.i = link_tail(c, self.i)
            elif t == "image":
                self.expect("![")
                self._walk(tok.children or [], keep_text and self.b.alt_text)
                self.expect("]")
                self.i = link_tail(c, self.i)
            elif t == "html_inline":
                self.expect(tok.content)
                at = self.i - len(tok.content)
                if BR_RE.match(tok.content) or tok.content.lower().startswith(("<p", "</p", "<li", "</li")):
                    self.ops.breaks.append(self.pos[at])
                m = HTML_TAG_RE.match(tok.content)
                if m and m.group(2).lower() in INLINE_SKIP and not tok.content.rstrip().endswith("/>"):
                    self.html_skip += -1 if m.group(1) else 1
                    self.html_skip = max(0, self.html_skip)
            elif t == "text_special":
                at = self.i
                self.expect(tok.markup)
                if not keep_text or self.html_skip:
                    continue
                if tok.info == "escape":
                    self.keep(at + 1, self.i)
                else:  # entity
                    self.ops.entities.append((self.pos[at], self.pos[self.i - 1] + 1, tok.content))
            else:
                raise Misalign

    def _keep_text(self, a: int, b: int) -> None:
        """Keep a text run, leaving bare URLs blank."""
        seg = self.c[a:b]
        last = 0
        for m in BARE_URL_RE.finditer(seg):
            url_end = m.end()
            while url_end > m.start() and seg[url_end - 1] in URL_TRAILING:
                url_end -= 1
            self.keep(a + last, a + m.start())
            self.opaque(a + m.start(), a + url_end)
            last = url_end
        self.keep(a + last, b)

    def _skip_code(self, ticks: str) -> None:
        c, n = self.c, len(ticks)
        j = self.i
        while True:
            j = c.find(ticks, j)
            if j < 0:
                raise Misalign
            k = j + n
            if (j == 0 or c[j - 1] != "`") and (k >= len(c) or c[k] != "`"):
                self.i = k
                return
            while j < len(c) and c[j] == "`":
                j += 1


def _skip_space(c: str, p: int) -> int:
    while p < len(c) and c[p] in " \t\n":
        p += 1
    return p


def link_tail(c: str, i: int) -> int:
    """Where a link or image ends, given the offset just past its ``]``: an inline destination
    ``(url "title")``, a reference label ``[ref]`` / ``[]``, or nothing (shortcut reference)."""
    n = len(c)
    if i < n and c[i] == "(":
        p = _skip_space(c, i + 1)
        if p < n:
            res = parseLinkDestination(c, p, n)
            if res.ok:
                p = res.pos
                start = p
                p = _skip_space(c, p)
                title = parseLinkTitle(c, p, n)
                if p < n and start != p and title.ok:
                    p = _skip_space(c, title.pos)
            if p < n and c[p] == ")":
                return p + 1
    if i < n and c[i] == "[":
        j = i + 1
        while j < n and c[j] != "]":
            j += 2 if c[j] == "\\" else 1
        if j < n:
            return j + 1
    return i


def build(source: str, path: str, alt_text: bool = False):
    builder = _Builder(source, alt_text)
    meta = builder.run()
    return builder.prose.document(path, "markdown", meta)
