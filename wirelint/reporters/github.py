"""GitHub Actions workflow commands: one ``::error``/``::warning``/``::notice`` line per finding,
which the runner turns into annotations on the pull request's diff. Chosen by default when
``GITHUB_ACTIONS=true`` and no --output-format is given.

Values are escaped as the runner expects: ``%``, CR and LF in the message; additionally ``:``
and ``,`` in properties (file, title).
"""

from __future__ import annotations

from wirelint.finding import Severity
from wirelint.report import RunReport

LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def command(f) -> str:
    props = [
        ("file", f.path),
        ("line", str(f.line)),
        ("col", str(f.column)),
        ("endLine", str(f.end_line)),
        ("endColumn", str(f.end_column)),
        ("title", f.code),
    ]
    fix = f" {f.marker}" if f.marker else ""
    message = f"{f.code}{fix} {f.message}" + (f"\nhelp: {f.help}" if f.help else "")
    rendered = ",".join(f"{k}={escape_property(v)}" for k, v in props)
    return f"::{LEVELS[f.severity]} {rendered}::{escape_data(message)}"


def render(run: RunReport, out, color: bool = False) -> None:
    for f in run.findings:
        out.write(command(f) + "\n")
