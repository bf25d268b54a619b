"""The annotated terminal report: each finding with its line, a caret under the exact span, the
rule code, ``[*]`` when fixable, and a ``help:`` line; then a summary."""

from __future__ import annotations

from rich.cells import cell_len
from rich.console import Console
from rich.panel import Panel
from rich.table import Table
from rich.text import Text
from rich.theme import Theme

from wirelint.finding import Finding, Severity
from wirelint.report import RunReport

THEME = Theme(
    {
        "wl.error": "bold red",
        "wl.warning": "bold yellow",
        "wl.info": "bold cyan",
        "wl.code": "bold",
        "wl.fixable": "bold green",
        "wl.path": "cyan",
        "wl.gutter": "blue",
        "wl.caret": "bold red",
        "wl.span": "bold",
        "wl.help": "green",
        "wl.summary": "bold",
    }
)
SEVERITY_STYLE = {Severity.ERROR: "wl.error", Severity.WARNING: "wl.warning", Severity.INFO: "wl.info"}
ELLIPSIS = "…"
NEEDS_SOURCE = True  # the run keeps each file's text for the snippets


def printable(text: str) -> str:
    """Tabs and control characters become one visible cell each, so columns stay aligned."""
    return "".join(c if c.isprintable() or c == " " else ("→" if c == "\t" else "·") for c in text)


def window(line: str, start: int, end: int, width: int) -> tuple[str, int, int]:
    """Cut ``line`` to at most ``width`` cells around [start, end); returns (text, start, end)
    in the cut text's code points. Never wraps: the caret must land under the span."""
    if cell_len(line) <= width:
        return line, start, end
    span_cells = cell_len(line[start:end])
    budget = max(width - 2, 10)
    before = max((budget - min(span_cells, budget)) // 3, 0)
    left = start
    used = 0
    while left > 0 and used + cell_len(line[left - 1]) <= before:
        left -= 1
        used += cell_len(line[left])
    right = left
    used = 0
    while right < len(line) and used + cell_len(line[right]) <= budget:
        used += cell_len(line[right])
        right += 1
    prefix = ELLIPSIS if left > 0 else ""
    suffix = ELLIPSIS if right < len(line) else ""
    cut = prefix + line[left:right] + suffix
    shift = len(prefix) - left
    return cut, max(start + shift, len(prefix)), min(end + shift, len(prefix) + right - left)


def wrapped(text: str, first: int, indent: int, width: int) -> list[str]:
    """``text`` broken at spaces into lines that fit ``width`` cells, the first after ``first``
    cells already used, the others after ``indent`` cells (a hanging indent); a word longer than
    a line is cut only when it must be."""
    lines: list[str] = []
    line, used = "", first
    for word in text.split(" "):
        w = cell_len(word)
        gap = 1 if line else 0
        if line and used + gap + w > width:
            lines.append(line)
            line, used, gap = "", indent, 0
        while not line and used + w > width and width - used > 10:  # a word wider than a line
            room = width - used
            cut = 0
            while cut < len(word) and cell_len(word[: cut + 1]) <= room:
                cut += 1
            lines.append(word[:cut])
            word, w, used = word[cut:], cell_len(word[cut:]), indent
        line += (" " if gap else "") + word
        used += gap + w
    lines.append(line)
    return lines


def render_finding(f: Finding, doc, width: int) -> Text:
    out = Text()
    out.append(f.code, style="wl.code")
    out.append(" ")
    head = cell_len(f.code) + 1
    if f.marker:
        out.append(f"{f.marker} ", style="wl.fixable")
        head += cell_len(f.marker) + 1
    severity = f"{f.severity}: "
    out.append(severity, style=SEVERITY_STYLE[f.severity])
    head += len(severity)
    lines = wrapped(f.message, head, head, width)
    out.append(lines[0], style=SEVERITY_STYLE[f.severity])
    for more in lines[1:]:
        out.append("\n" + " " * head)
        out.append(more, style=SEVERITY_STYLE[f.severity])
    out.append("\n")
    gutter = str(f.line)
    pad = " " * len(gutter)
    out.append(f"{pad}--> ", style="wl.gutter")
    out.append(f"{f.path}:{f.line}:{f.column}", style="wl.path")
    out.append("\n")
    if doc is not None:
        line_span = doc.lines[f.line - 1]
        line = doc.source[line_span.start : line_span.end]
        start = f.start - line_span.start
        end = f.end - line_span.start if f.end_line == f.line else len(line)
        end = max(end, start + 1) if start < len(line) else start + 1
        shown = printable(line)
        cut, s, e = window(shown, start, min(end, len(shown)), width - len(gutter) - 3)
        out.append(f"{pad} |\n", style="wl.gutter")
        out.append(f"{gutter} | ", style="wl.gutter")
        out.append(cut[:s])
        out.append(cut[s:e], style="wl.span")
        out.append(cut[e:])
        out.append("\n")
        out.append(f"{pad} | ", style="wl.gutter")
        out.append(" " * cell_len(cut[:s]))
        out.append("^" * max(cell_len(cut[s:e]), 1), style="wl.caret")
        out.append("\n")
    if f.help:
        out.append(f"{pad} = ", style="wl.gutter")
        out.append("help: ", style="wl.help")
        indent = len(pad) + 3 + len("help: ")
        lines = wrapped(f.help, indent, indent, width)
        out.append(lines[0])
        for more in lines[1:]:
            out.append("\n" + " " * indent + more)
        out.append("\n")
    return out


def statistics_lines(run: RunReport) -> list[str]:
    rows = run.statistics_rows()
    if not rows:
        return []
    width = max(len(str(r[0])) for r in rows)
    return [f"{n:>{width}}\t{code}\t{marker} {name}" for n, code, name, marker in rows]


def summary_line(run: RunReport) -> str:
    return run.closing_line()


def verdict_panel(fr) -> Panel:
    v = fr.verdict
    fixable = sum(1 for f in fr.findings if f.fixable)
    body = Text()
    body.append("score ", style="wl.summary")
    body.append(f"{v.per_1000:.1f} penalty points per 1,000 words (quality {v.quality:.0f}/100, {v.words} words)\n")
    body.append("verdict ", style="wl.summary")
    body.append(v.text + "\n")
    if v.evidence:
        body.append("evidence ", style="wl.summary")
        body.append(", ".join(v.evidence) + "\n")
    if v.by_category:
        body.append("findings ", style="wl.summary")
        body.append(", ".join(f"{cat} {n}" for cat, n in v.by_category.items()))
        body.append(f" ({fixable} fixable)\n")
    body.rstrip()
    return Panel(body, title=Text(fr.path, style="wl.path"), title_align="left", expand=False)


def articles_table(run: RunReport) -> Table:
    table = Table(box=None, header_style="bold", pad_edge=False)
    for col in ("article", "words", "findings", "score/1k", "quality", "verdict"):
        table.add_column(col, justify="right" if col in ("words", "findings", "score/1k", "quality") else "left", overflow="fold")
    rows = sorted(run.files, key=lambda fr: (-fr.verdict.per_1000, fr.path))
    for fr in rows:
        v = fr.verdict
        table.add_row(Text(fr.path), str(v.words), str(len(fr.findings)), f"{v.per_1000:.1f}", f"{v.quality:.0f}", Text(v.text))
    return table


def render(run: RunReport, out, color: bool = False, width: int | None = None) -> None:
    console = Console(
        file=out,
        theme=THEME,
        highlight=False,
        force_terminal=color,
        no_color=not color,
        color_system="auto" if color else None,
        width=width,
        soft_wrap=True,
    )
    w = width or console.width
    if run.summary_only:
        console.print(articles_table(run), soft_wrap=False)
        console.print(Text(summary_line(run), style="wl.summary"), soft_wrap=False)
        return
    for fr in run.files:
        for f in fr.findings:
            console.print(render_finding(f, fr.doc, w))
    if len(run.files) == 1 and run.files[0].findings:
        console.print(verdict_panel(run.files[0]), soft_wrap=False)
    elif len(run.files) > 1 and run.findings:
        console.print(articles_table(run), soft_wrap=False)
    if run.statistics:
        for line in statistics_lines(run):
            console.print(Text(line))
    console.print(Text(summary_line(run), style="wl.summary"), soft_wrap=False)
