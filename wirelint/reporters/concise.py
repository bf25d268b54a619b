"""``path:line:col: severity: CODE [*] message``, one finding per line (the shape compilers
print, which editors' problem matchers read), then the closing total."""

from __future__ import annotations

from wirelint.report import RunReport


def render(run: RunReport, out, color: bool = False) -> None:
    if run.summary_only:
        for fr in sorted(run.files, key=lambda fr: (-fr.verdict.per_1000, fr.path)):
            v = fr.verdict
            out.write(f"{fr.path}: score {v.per_1000:.1f} quality {v.quality:.0f} findings {len(fr.findings)}: {v.text}\n")
        return
    for f in run.findings:
        fix = f"{f.marker} " if f.marker else ""
        out.write(f"{f.path}:{f.line}:{f.column}: {f.severity}: {f.code} {fix}{f.message}\n")
    if run.statistics:
        from wirelint.reporters.full import statistics_lines

        for line in statistics_lines(run):
            out.write(line + "\n")
    if run.findings:
        out.write(run.closing_line() + "\n")
