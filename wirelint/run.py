"""Running a batch: read each target, build its Document, lint it.

Two paths, one result. The common case (no fixing, no grammar server) lints each file where it
is read — in worker processes when the batch is large — and keeps the order of the targets.
Fixing, ``--add-suppressions`` and LanguageTool need every document in this process (fixes are
written here; grammar checks go out in concurrent batches before linting), so they run serially.
"""

from __future__ import annotations

import gc
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from wirelint import __version__
from wirelint.config import LANGUAGETOOL_ENV, Settings, settings_for
from wirelint.document import Document
from wirelint.files import Target, relative_to_root
from wirelint.finding import Finding, finding_from_dict
from wirelint.formats import language_warning, to_document
from wirelint.linter import Overrides, lint_document, rules_for
from wirelint.report import FileReport, RunReport
from wirelint.source import InputError, SourceText, read_path, read_stream
from wirelint.textstats import profile
from wirelint.verdict import count_words

PROGRESS_AFTER = 20  # files; a shorter batch finishes before a bar would help
GC_THRESHOLDS = (100_000, 50, 1000)
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
    relpath: str = ""
    settings: Settings | None = None
    usage: list = field(default_factory=list)  # sidecar suppressions in reach (ignorefile)
    profile: dict | None = None  # wirelint.textstats.profile of the text, for the verdict


@dataclass(frozen=True)
class Job:
    path: str
    display: str
    settings: Settings
    overrides: Overrides
    encoding: str | None
    keep_source: bool
    cache_dir: str | None
    relpath: str | None = None  # relative to settings.root, when the file walk computed it


# The sidecar suppressions of each configuration, looked up once per run (and per worker).
_ENTRIES: dict[Settings, tuple] = {}


class _SourceOnly:
    """The one attribute the suppression filter reads from a Document."""

    def __init__(self, source: str) -> None:
        self.source = source


def cache_key(text: str, job: Job) -> str:
    rules = rules_for(job.settings, job.overrides)
    import hashlib  # only with --cache-dir (a start-up cost otherwise)

    h = hashlib.sha256()
    h.update(f"{__version__}\0{job.display}\0".encode())
    h.update(repr([(r.code, sorted(job.settings.options_for(r).items())) for r in rules]).encode())
    h.update(repr((job.settings.severity, job.settings.per_file_ignores, job.settings.root)).encode())
    h.update(repr(job.settings.tables).encode())  # a house vocabulary's entries change findings
    h.update(text.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def _cached(path: Path | None) -> list[Finding] | None:
    if path is None:
        return None
    import json

    try:
        return [finding_from_dict(d) for d in json.loads(path.read_text(encoding="utf-8"))]
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _write_cache(path: Path, findings: list[Finding]) -> None:
    import json

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps([f.to_dict() for f in findings]), encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        pass  # a cache that cannot be written is only slower


def lint_source(src: SourceText, job: Job, relpath: str) -> Outcome:
    """Lint decoded text (through the cache when there is one), then apply the sidecar file."""
    from wirelint.ignorefile import entries_for, filter_findings

    out = Outcome(job.display, words=count_words(src.text), relpath=relpath, profile=profile(src.text))
    if not src.text.strip():
        out.warnings.append(f"{job.display}: empty file; nothing to lint")
    cache_file = None
    if job.cache_dir:
        key = cache_key(src.text, job)
        cache_file = Path(job.cache_dir) / key[:2] / f"{key}.json"
    findings = _cached(cache_file)
    if findings is None:
        doc = to_document(src.text, job.display)
        note = language_warning(doc)
        if note:
            out.warnings.append(note)
        result = lint_document(doc, job.settings, job.overrides, relpath)
        findings, out.errors = result.findings, result.errors
        if cache_file is not None and not result.errors:
            _write_cache(cache_file, findings)
    entries = _ENTRIES.get(job.settings)
    if entries is None:
        entries = _ENTRIES[job.settings] = entries_for(job.settings)
    if entries:
        rules = rules_for(job.settings, job.overrides)
        out.findings, out.usage = filter_findings(_SourceOnly(src.text), findings, job.settings, relpath, rules, entries)
        if out.usage:
            out.settings = job.settings  # the tracker needs it; otherwise it need not travel back
    else:
        out.findings = findings
    if job.keep_source:
        out.source = src.text
    return out


def process(job: Job) -> Outcome:
    """Read and lint one file. Module-level so that worker processes can run it."""
    try:
        src = read_path(job.path, job.encoding or job.settings.encoding, job.settings.max_file_size)
    except InputError as exc:
        return Outcome(job.display, errors=[f"{job.display}: {exc}"], linted=False)
    return lint_source(src, job, job.relpath if job.relpath is not None else relative_to_root(Path(job.path), job.settings))


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def _outcomes(jobs: list[Job], n_jobs: int):
    if n_jobs > 1 and len(jobs) >= PARALLEL_AFTER:
        from wirelint.registry import all_rules
        from wirelint.workers import can_fork, run_forked

        # Import the rules before forking: the workers inherit them instead of each importing
        # them again, and this process needs them afterwards anyway (unused suppressions).
        all_rules()
        n_jobs = min(n_jobs, len(jobs))
        if sys.platform.startswith("linux") and can_fork():
            yield from run_forked(lambda i: process(jobs[i]), len(jobs), n_jobs)
            return
        import multiprocessing

        with multiprocessing.get_context("spawn").Pool(n_jobs) as pool:  # pragma: no cover - not Linux
            chunk = max(1, min(16, len(jobs) // (n_jobs * 4)))
            yield from pool.imap(process, jobs, chunksize=chunk)
    else:
        for job in jobs:
            yield process(job)


class _Progress:
    """A transient bar on stderr for batches long enough to want one, on a terminal only.

    The bar has no refresh thread (``auto_refresh=False``): it is redrawn from ``advance`` at
    most every REFRESH seconds. Worker processes are forked while it is shown, and forking a
    process that runs other threads can deadlock the child (Python 3.12+ warns about it)."""

    REFRESH = 0.1

    def __init__(self, total: int) -> None:
        self.bar = None
        if total > PROGRESS_AFTER and sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import Progress

            self.bar = Progress(console=Console(stderr=True), transient=True, auto_refresh=False)
            self.task = self.bar.add_task("linting", total=total)
            self.bar.start()
            self.bar.refresh()
            self.last = time.monotonic()

    def advance(self) -> None:
        if self.bar:
            self.bar.advance(self.task)
            now = time.monotonic()
            if now - self.last >= self.REFRESH:
                self.last = now
                self.bar.refresh()

    def stop(self) -> None:
        if self.bar:
            self.bar.stop()


def _grammar_session(options, first_settings: Settings | None, warn):
    """A LanguageTool session when grammar checks are asked for; None (and nothing imported)
    otherwise, which is the default."""
    asked = options is not None and (options.server is not None or options.require)
    if not asked and not os.environ.get(LANGUAGETOOL_ENV) and (first_settings is None or first_settings.table("languagetool") is None):
        return None
    from wirelint.languagetool import Session

    return Session.from_options(options, first_settings or Settings(), warn)


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
    fix=None,
    tracker=None,
    languagetool=None,
    record: bool = False,
) -> RunReport:
    """Lint every target (and standard input). ``fix`` (a wirelint.fix.FixMode) fixes them too;
    ``tracker`` (a wirelint.ignorefile.Tracker) collects sidecar-suppression use;
    ``languagetool`` (a wirelint.languagetool.RunOptions) asks for grammar checks; ``record``
    keeps every document for the tracker (--add-suppressions)."""
    thresholds = gc.get_threshold()
    # A run allocates mostly acyclic objects that outlive many collections (findings, line
    # tables); the default thresholds make the collector re-scan them again and again, which
    # cost a third of the time of a run with hundreds of thousands of findings.
    gc.set_threshold(*GC_THRESHOLDS)
    try:
        return _run_targets(targets, overrides, encoding, stdin, warn, keep_source=keep_source, n_jobs=n_jobs,
                            cache_dir=cache_dir, fix=fix, tracker=tracker, languagetool=languagetool, record=record)
    finally:
        gc.set_threshold(*thresholds)


def _run_targets(targets, overrides, encoding, stdin, warn, *, keep_source, n_jobs, cache_dir, fix, tracker,
                 languagetool, record) -> RunReport:
    from wirelint.ignorefile import Tracker

    _ENTRIES.clear()
    run = RunReport()
    tracker = tracker if tracker is not None else Tracker()
    first = targets[0].settings if targets else None
    grammar = _grammar_session(languagetool, first, warn)
    run.services["languagetool"] = grammar is not None
    progress = _Progress(len(targets) + (1 if stdin is not None else 0))
    try:
        if fix is None and grammar is None and not record:
            jobs = [Job(str(t.path), t.display, t.settings, overrides, encoding, keep_source, cache_dir, t.relpath) for t in targets]
            for outcome in _outcomes(jobs, n_jobs):
                _collect(run, outcome, tracker, overrides, warn)
                progress.advance()
            loaded = []
        else:
            loaded = [item for item in (_load(t, encoding, run) for t in targets) if item is not None]
        if stdin is not None:
            stream, display, config = stdin
            settings = settings_for(Path(display) if display != "<stdin>" else Path.cwd() / "_", config)
            try:
                src = read_stream(stream, encoding or settings.encoding, settings.max_file_size)
                loaded.append((display, settings, display, src, None))
            except InputError as exc:
                run.errors.append(f"{display}: {exc}")
        if loaded:
            _lint_loaded(run, loaded, overrides, warn, tracker, fix, grammar, progress)
    finally:
        progress.stop()
        if grammar is not None:
            grammar.close()
    run.files.extend(tracker.unused_reports())
    return run


def _collect(run: RunReport, outcome: Outcome, tracker, overrides: Overrides, warn) -> None:
    for w in outcome.warnings:
        warn(w)
    run.errors.extend(outcome.errors)
    if outcome.linted:
        if outcome.usage:
            tracker.add_usage(outcome.usage, outcome.settings, outcome.relpath, rules_for(outcome.settings, overrides))
        doc = Document(outcome.source, outcome.display) if outcome.source is not None else None
        run.files.append(FileReport(outcome.display, doc, outcome.findings, outcome.words, profile=outcome.profile))


def _load(target: Target, encoding: str | None, run: RunReport):
    settings = target.settings
    try:
        src = read_path(target.path, encoding or settings.encoding, settings.max_file_size)
    except InputError as exc:
        run.errors.append(f"{target.display}: {exc}")
        return None
    return (target.display, settings, target.relpath if target.relpath is not None else relative_to_root(target.path, settings), src, target.path)


def _lint_loaded(run: RunReport, loaded, overrides: Overrides, warn, tracker, fix, grammar, progress) -> None:
    """The serial path: every document in this process (grammar checks first, fixes after)."""
    docs = [to_document(src.text, display) for display, _, _, src, _ in loaded]
    if grammar is not None:
        grammar.check((doc, item[1], rules_for(item[1], overrides)) for doc, item in zip(docs, loaded))
        if grammar.error():
            run.errors.append(grammar.error())

    def lint(doc: Document, settings: Settings, relpath: str) -> tuple[list[Finding], list[str]]:
        result = lint_document(doc, settings, overrides, relpath)
        rules = rules_for(settings, overrides)
        found = result.findings
        if grammar is not None:
            found = grammar.dedupe(found, rules)
        return tracker.filter(doc, found, settings, relpath, rules), result.errors

    for doc, (display, settings, relpath, src, path) in zip(docs, loaded):
        if not src.text.strip():
            warn(f"{display}: empty file; nothing to lint")
        note = language_warning(doc)
        if note:
            warn(note)
        findings, errors = lint(doc, settings, relpath)
        if fix is not None:  # --fix / --diff: fix, then report what remains on the fixed text
            from wirelint.fix import fix_file

            memo = {src.text: (doc, findings)}

            def lint_text(text, display=display, settings=settings, relpath=relpath, memo=memo):
                if text not in memo:
                    memo.clear()
                    new_doc = to_document(text, display)
                    memo[text] = (new_doc, lint(new_doc, settings, relpath)[0])
                return memo[text][1]

            fixed, fix_errors = fix_file(fix, src, display, path, findings, lint_text)
            run.errors.extend(fix_errors)
            if fixed is not None:
                lint_text(fixed)
                doc, findings = memo[fixed]
        tracker.record(settings, relpath, doc, findings)
        run.files.append(FileReport(display, doc, findings, count_words(doc.source), profile=profile(doc.source)))
        run.errors.extend(errors)
        progress.advance()
