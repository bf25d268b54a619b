"""Running a batch: read each target, build its Document, lint it. No printing but warnings."""

from __future__ import annotations

import sys
from pathlib import Path

from wirelint.config import settings_for
from wirelint.files import Target, relative_to_root
from wirelint.formats import language_warning, to_document
from wirelint.linter import LintResult, Overrides, lint_document
from wirelint.report import FileReport, RunReport
from wirelint.source import InputError, SourceText, read_path, read_stream

PROGRESS_AFTER = 20  # files; a shorter batch finishes before a bar would help


def lint_source(src: SourceText, display: str, settings, overrides: Overrides, relpath: str) -> tuple[FileReport, LintResult]:
    doc = to_document(src.text, display)
    result = lint_document(doc, settings, overrides, relpath)
    return FileReport(display, doc, result.findings), result


def run_targets(targets: list[Target], overrides: Overrides, encoding: str | None, stdin=None, warn=print) -> RunReport:
    run = RunReport()
    jobs: list = list(targets)
    if stdin is not None:
        jobs.append(stdin)
    progress = None
    if len(jobs) > PROGRESS_AFTER and sys.stderr.isatty():
        from rich.console import Console
        from rich.progress import Progress

        progress = Progress(console=Console(stderr=True), transient=True)
        task = progress.add_task("linting", total=len(jobs))
        progress.start()
    try:
        for job in jobs:
            if isinstance(job, Target):
                display, settings = job.display, job.settings
                relpath = relative_to_root(job.path, settings)
                try:
                    src = read_path(job.path, encoding or settings.encoding, settings.max_file_size)
                except InputError as exc:
                    run.errors.append(f"{display}: {exc}")
                    continue
            else:
                stream, display, config = job
                settings = settings_for(Path(display) if display != "<stdin>" else Path.cwd() / "_", config)
                relpath = display
                try:
                    src = read_stream(stream, encoding or settings.encoding, settings.max_file_size)
                except InputError as exc:
                    run.errors.append(f"{display}: {exc}")
                    continue
            if not src.text.strip():
                warn(f"{display}: empty file; nothing to lint")
            report, result = lint_source(src, display, settings, overrides, relpath)
            note = language_warning(report.doc)
            if note:
                warn(note)
            run.files.append(report)
            run.errors.extend(result.errors)
            if progress:
                progress.advance(task)
    finally:
        if progress:
            progress.stop()
    return run
