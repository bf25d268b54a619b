"""Running a batch: read each target, build its Document, lint it. No printing but warnings."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from wirelint.config import settings_for
from wirelint.files import Target, relative_to_root
from wirelint.formats import to_document
from wirelint.linter import LintResult, Overrides, lint_document, rules_for
from wirelint.report import FileReport, RunReport
from wirelint.source import InputError, SourceText, read_path, read_stream

PROGRESS_AFTER = 20  # files; a shorter batch finishes before a bar would help


def lint_source(src: SourceText, display: str, settings, overrides: Overrides, relpath: str) -> tuple[FileReport, LintResult]:
    doc = to_document(src.text, display)
    result = lint_document(doc, settings, overrides, relpath)
    return FileReport(display, doc, result.findings), result


def run_targets(targets: list[Target], overrides: Overrides, encoding: str | None, stdin=None, warn=print, languagetool=None) -> RunReport:
    """Lint a batch. ``languagetool`` (a ``wirelint.languagetool.RunOptions``) asks for grammar
    checks; they are off unless it, $WIRELINT_LANGUAGETOOL or the configuration names a server."""
    run = RunReport()
    jobs: list = list(targets)
    if stdin is not None:
        jobs.append(stdin)
    loaded = []  # (display, settings, relpath, src)
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
        loaded.append((display, settings, relpath, src))

    # --- grammar checks (LanguageTool): off unless asked for --------------------------------
    grammar = None
    docs = [to_document(src.text, display) for display, _, _, src in loaded]
    if loaded:
        grammar = _grammar_session(languagetool, loaded[0][1], warn)
    try:
        if grammar is not None:
            grammar.check((doc, settings, rules_for(settings, overrides)) for doc, (_, settings, _, _) in zip(docs, loaded))
            if grammar.error():
                run.errors.append(grammar.error())
        _lint_all(run, loaded, docs, overrides, grammar)
    finally:
        if grammar is not None:
            grammar.close()
    return run


def _grammar_session(options, first_settings, warn):
    from wirelint.languagetool import ENV_VAR, Session

    if options is None and not os.environ.get(ENV_VAR) and first_settings.table("languagetool") is None:
        return None  # the default: no grammar checks, nothing imported
    return Session.from_options(options, first_settings, warn)


def _lint_all(run: RunReport, loaded, docs, overrides: Overrides, grammar) -> None:
    progress = None
    if len(loaded) > PROGRESS_AFTER and sys.stderr.isatty():
        from rich.console import Console
        from rich.progress import Progress

        progress = Progress(console=Console(stderr=True), transient=True)
        task = progress.add_task("linting", total=len(loaded))
        progress.start()
    try:
        for doc, (display, settings, relpath, src) in zip(docs, loaded):
            result = lint_document(doc, settings, overrides, relpath)
            if grammar is not None:
                result.findings = grammar.dedupe(result.findings, rules_for(settings, overrides))
            run.files.append(FileReport(display, doc, result.findings))
            run.errors.extend(result.errors)
            if progress:
                progress.advance(task)
    finally:
        if progress:
            progress.stop()
