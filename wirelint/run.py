"""Running a batch: read each target, build its Document, lint it; in worker processes when the
batch is large. Output order is the order of the targets, whatever the number of jobs."""

from __future__ import annotations

import hashlib
import json
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from wirelint import __version__
from wirelint.config import Settings, settings_for
from wirelint.document import Document
from wirelint.files import Target, relative_to_root
from wirelint.finding import Finding, finding_from_dict
from wirelint.formats import to_document
from wirelint.linter import Overrides, lint_document, rules_for
from wirelint.report import FileReport, RunReport
from wirelint.source import InputError, SourceText, read_path, read_stream
from wirelint.verdict import count_words

PROGRESS_AFTER = 20  # files; a shorter batch finishes before a bar would help
PARALLEL_AFTER = 8  # files; fewer are linted in this process (start-up beats speed-up)


@dataclass
class Outcome:
    """What linting one file produced, small enough to send between processes."""

    display: str
    findings: list[Finding] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    source: str | None = None  # kept only when the reporter shows source lines
    linted: bool = True
    words: int = 0


@dataclass(frozen=True)
class Job:
    path: str
    display: str
    settings: Settings
    overrides: Overrides
    encoding: str | None
    keep_source: bool
    cache_dir: str | None


def cache_key(text: str, job: Job) -> str:
    rules = rules_for(job.settings, job.overrides)
    h = hashlib.sha256()
    h.update(f"{__version__}\0{job.display}\0".encode())
    h.update(repr([(r.code, sorted(job.settings.options_for(r).items())) for r in rules]).encode())
    h.update(repr((job.settings.severity, job.settings.per_file_ignores, job.settings.root)).encode())
    h.update(text.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def lint_source(src: SourceText, job: Job, relpath: str) -> Outcome:
    out = Outcome(job.display, words=count_words(src.text))
    if not src.text.strip():
        out.warnings.append(f"{job.display}: empty file; nothing to lint")
    cache_file = None
    if job.cache_dir:
        key = cache_key(src.text, job)
        cache_file = Path(job.cache_dir) / key[:2] / f"{key}.json"
        try:
            out.findings = [finding_from_dict(d) for d in json.loads(cache_file.read_text(encoding="utf-8"))]
            cache_file = None
        except (OSError, ValueError, KeyError):
            pass
    if cache_file is not None or not job.cache_dir:
        doc = to_document(src.text, job.display)
        result = lint_document(doc, job.settings, job.overrides, relpath)
        out.findings, out.errors = result.findings, result.errors
        if cache_file is not None and not result.errors:
            _write_cache(cache_file, out.findings)
    if job.keep_source:
        out.source = src.text
    return out


def _write_cache(path: Path, findings: list[Finding]) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps([f.to_dict() for f in findings]), encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        pass  # a cache that cannot be written is only slower


def process(job: Job) -> Outcome:
    """Read and lint one file. Module-level so that worker processes can run it."""
    try:
        src = read_path(Path(job.path), job.encoding or job.settings.encoding, job.settings.max_file_size)
    except InputError as exc:
        return Outcome(job.display, errors=[f"{job.display}: {exc}"], linted=False)
    return lint_source(src, job, relative_to_root(Path(job.path), job.settings))


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def _outcomes(jobs: list[Job], n_jobs: int):
    if n_jobs > 1 and len(jobs) >= PARALLEL_AFTER:
        import multiprocessing

        ctx = multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")
        with ctx.Pool(min(n_jobs, len(jobs))) as pool:
            chunk = max(1, min(16, len(jobs) // (n_jobs * 4)))
            yield from pool.imap(process, jobs, chunksize=chunk)
    else:
        for job in jobs:
            yield process(job)


def run_targets(
    targets: list[Target],
    overrides: Overrides,
    encoding: str | None,
    stdin=None,
    warn=print,
    *,
    keep_source: bool = True,
    n_jobs: int = 1,
    cache_dir: str | None = None,
) -> RunReport:
    run = RunReport()
    jobs = [Job(str(t.path), t.display, t.settings, overrides, encoding, keep_source, cache_dir) for t in targets]
    progress = None
    total = len(jobs) + (1 if stdin is not None else 0)
    if total > PROGRESS_AFTER and sys.stderr.isatty():
        from rich.console import Console
        from rich.progress import Progress

        progress = Progress(console=Console(stderr=True), transient=True)
        task = progress.add_task("linting", total=total)
        progress.start()
    try:
        for outcome in _outcomes(jobs, n_jobs):
            _collect(run, outcome, warn)
            if progress:
                progress.advance(task)
        if stdin is not None:
            stream, display, config = stdin
            settings = settings_for(Path(display) if display != "<stdin>" else Path.cwd() / "_", config)
            job = Job("-", display, settings, overrides, encoding, keep_source, None)
            try:
                src = read_stream(stream, encoding or settings.encoding, settings.max_file_size)
                _collect(run, lint_source(src, job, display), warn)
            except InputError as exc:
                run.errors.append(f"{display}: {exc}")
    finally:
        if progress:
            progress.stop()
    return run


def _collect(run: RunReport, outcome: Outcome, warn) -> None:
    for w in outcome.warnings:
        warn(w)
    run.errors.extend(outcome.errors)
    if outcome.linted:
        doc = Document(outcome.source, outcome.display) if outcome.source is not None else None
        run.files.append(FileReport(outcome.display, doc, outcome.findings, outcome.words))
