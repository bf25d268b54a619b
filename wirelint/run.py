"""Running a batch: read each target, build its Document, lint it. No printing but warnings."""

from __future__ import annotations

import sys
from pathlib import Path

from wirelint.config import settings_for
from wirelint.files import Target, relative_to_root
from wirelint.formats import to_document
from wirelint.linter import LintResult, Overrides, lint_document, rules_for
from wirelint.report import FileReport, RunReport
from wirelint.source import InputError, SourceText, read_path, read_stream

PROGRESS_AFTER = 20  # files; a shorter batch finishes before a bar would help


def lint_source(src: SourceText, display: str, settings, overrides: Overrides, relpath: str, tracker=None) -> tuple[FileReport, LintResult]:
    doc = to_document(src.text, display)
    result = lint_document(doc, settings, overrides, relpath)
    if tracker is not None:  # suppressions kept outside the article (wirelint-ignore.toml)
        result.findings = tracker.filter(doc, result.findings, settings, relpath, rules_for(settings, overrides))
    return FileReport(display, doc, result.findings), result


def run_targets(
    targets: list[Target], overrides: Overrides, encoding: str | None, stdin=None, warn=print, fix=None, tracker=None
) -> RunReport:
    """Lint every target. ``fix`` (a wirelint.fix.FixMode) fixes them as well; ``tracker``
    (a wirelint.ignorefile.Tracker, made here if not given) applies the ignore file."""
    from wirelint.ignorefile import Tracker

    run = RunReport()
    tracker = tracker if tracker is not None else Tracker()
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
            report, result = lint_source(src, display, settings, overrides, relpath, tracker)
            if fix is not None:  # --fix / --diff: fix, then report what remains on the fixed text
                from dataclasses import replace

                from wirelint.fix import fix_file

                memo = {src.text: (report, result)}

                def lint_text(text, src=src, display=display, settings=settings, relpath=relpath, memo=memo):
                    if text not in memo:
                        memo.clear()
                        memo[text] = lint_source(replace(src, text=text), display, settings, overrides, relpath, tracker)
                    return memo[text][0].findings

                fixed, fix_errors = fix_file(fix, src, display, job.path if isinstance(job, Target) else None, report.findings, lint_text)
                run.errors.extend(fix_errors)
                if fixed is not None:
                    lint_text(fixed)
                    report, result = memo[fixed]
            tracker.record(settings, relpath, report.doc, report.findings)
            run.files.append(report)
            run.errors.extend(result.errors)
            if progress:
                progress.advance(task)
    finally:
        if progress:
            progress.stop()
    run.files.extend(tracker.unused_reports())
    return run
