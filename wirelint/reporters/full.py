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


def verdict_label(v) -> str:
    """The machine-translation verdict in a few words: "translated 0.97 (fr, round trip)"."""
    if v.mt_probability is None:
        return v.text
    extra = ", ".join(x for x in (v.source_language, v.kind) if x)
    return f"{v.mt_verdict} {v.mt_probability:.2f}" + (f" ({extra})" if extra else "")


def verdict_panel(fr) -> Panel:
    v = fr.verdict
    fixable = sum(1 for f in fr.findings if f.fixable)
    body = Text()
    body.append("verdict ", style="wl.summary")
    body.append(v.text + "\n")
    for e in v.mt_evidence[:4]:
        body.append("  {:+.1f} ".format(e.weight), style="wl.summary")
        body.append(e.text + (f" [{', '.join(e.codes)}]" if e.codes else "") + "\n")
    body.append("score ", style="wl.summary")
    body.append(f"{v.per_1000:.1f} penalty points per 1,000 words (quality {v.quality:.0f}/100, {v.words} words)\n")
    if v.mt_probability is not None and (v.language or v.evidence):
        body.append("fingerprint ", style="wl.summary")
        body.append(v.fingerprint + "\n")
    if v.evidence:
        body.append("evidence ", style="wl.summary")
        body.append(", ".join(v.evidence) + "\n")
    if v.by_category:
        body.append("findings ", style="wl.summary")
        body.append(", ".join(f"{cat} {n}" for cat, n in v.by_category.items()))
        body.append(f" ({fixable} fixable)\n")
    body.rstrip()
    return Panel(body, title=Text(fr.path, style="wl.path"), title_align="left", expand=False)


def shorten_path(path: str, width: int) -> str:
    """A path cut to ``width`` cells: leading folders first ("…/sub/name.txt"), then the middle
    of the file's name ("shape-03-anda…ecree.txt"), whose start and end tell rows apart. A path
    is shortened; a word of the report is never broken."""
    if cell_len(path) <= width:
        return path
    keep = path
    while "/" in keep and cell_len(keep) + 1 > width:
        keep = keep.split("/", 1)[1]
    if keep != path and cell_len(keep) + 2 <= width:
        return ELLIPSIS + "/" + keep
    if cell_len(keep) <= width:
        return keep
    tail = max(4, (width - 1) // 3)
    head = max(1, width - 1 - tail)
    return keep[:head] + ELLIPSIS + keep[-tail:]


def articles_table(run: RunReport, width: int = 100) -> Table:
    """One row per article, most likely machine-translated first. Paths are shown relative to
    the folder all rows share (named in the header) and cut from the left; the verdict stays on
    one line; below 110 columns the score and the reason are left out (the JSON has them)."""
    paths = [fr.path for fr in run.files]
    common = ""
    if len(paths) > 1 and all("/" in p for p in paths):
        head = paths[0].rsplit("/", 1)[0] + "/"
        while head and not all(p.startswith(head) for p in paths):
            head = head[:-1].rsplit("/", 1)[0] + "/" if "/" in head[:-1] else ""
        common = head
    rows = sorted(run.files, key=lambda fr: (-(fr.verdict.mt_probability or 0.0), -fr.verdict.per_1000, fr.path))
    labels = [verdict_label(fr.verdict).replace("machine translation", "MT") for fr in rows]
    label_w = max([cell_len("MT verdict")] + [cell_len(x) for x in labels])
    names = [fr.path[len(common):] for fr in rows]
    wide = width >= 110
    numeric = ["words", "findings", "score/1k", "quality"] if wide else ["words", "findings", "quality"]
    gaps = 2 * (len(numeric) + (2 if wide else 1))
    used = sum(len(c) for c in numeric) + label_w + gaps
    longest = max([cell_len("article")] + [cell_len(n) for n in names])
    path_w = max(12, min(longest, (width - used) if not wide else (width - used) * 2 // 3))
    caption = Text("paths relative to " + shorten_path(common, width - 18), justify="left") if common else None
    table = Table(box=None, header_style="bold", pad_edge=False, caption=caption, caption_justify="left")
    table.add_column("article", no_wrap=True, width=path_w)
    for col in numeric:
        table.add_column(col, justify="right", no_wrap=True, width=len(col))
    table.add_column("MT verdict", no_wrap=True, width=label_w)
    if wide:
        table.add_column("why", no_wrap=True, overflow="ellipsis", width=max(8, width - used - path_w - 2))
    for fr, label, name in zip(rows, labels, names):
        v = fr.verdict
        cells = [Text(shorten_path(name, path_w)), str(v.words), str(len(fr.findings))]
        cells += [f"{v.per_1000:.1f}"] if wide else []
        cells += [f"{v.quality:.0f}", Text(label)]
        if wide:
            why = v.reason if v.mt_verdict == "uncertain" and v.reason.startswith("too short") else (
                "; ".join(e.text.split(" (edited")[0] for e in v.mt_evidence[:1] if e.weight > 0) or v.fingerprint)
            cells.append(Text(why))
        table.add_row(*cells)
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
        console.print(articles_table(run, w), soft_wrap=False)
        console.print(Text(summary_line(run), style="wl.summary"), soft_wrap=False)
        return
    for fr in run.files:
        for f in fr.findings:
            console.print(render_finding(f, fr.doc, w))
    if len(run.files) == 1 and run.files[0].findings:
        console.print(verdict_panel(run.files[0]), soft_wrap=False)
    elif len(run.files) > 1 and run.findings:
        console.print(articles_table(run, w), soft_wrap=False)
    if run.statistics:
        for line in statistics_lines(run):
            console.print(Text(line))
    console.print(Text(summary_line(run), style="wl.summary"), soft_wrap=False)
