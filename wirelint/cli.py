"""The command line: ``wirelint check``, ``wirelint rules``, ``wirelint rule CODE``.

A thin pipe: find files, read them, lint them, hand the run to a reporter, choose the exit code.
Exit codes: 0 no findings, 1 findings, 2 usage, input or configuration error.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import NoReturn

import click

from wirelint import __version__

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def _split(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(v.strip() for value in values for v in value.split(",") if v.strip())


def _fail(message: str) -> NoReturn:
    click.echo(f"wirelint: error: {message}", err=True)
    sys.exit(EXIT_ERROR)


def _warn(message: str) -> None:
    click.echo(f"wirelint: {message}", err=True)


class Group(click.Group):
    def main(self, *args, **kwargs):  # pragma: no cover - exercised through the CLI tests
        try:
            return super().main(*args, **kwargs)
        except KeyboardInterrupt:
            click.echo("wirelint: interrupted", err=True)
            sys.exit(130)


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="wirelint")
def main() -> None:
    """Lint syndicated news copy for machine-translation damage."""


def entry() -> None:
    """The ``wirelint`` command (and ``python -m wirelint``): run, flush the output, and leave
    without tearing the interpreter down. Freeing every module and object at exit costs ~5 ms,
    a noticeable share of a one-file pre-commit run, and nothing is left to clean up: files are
    written and closed by then, and worker processes are reaped."""
    try:
        main()
        code = 0
    except SystemExit as exc:
        code = exc.code
    except Exception as exc:  # a bug: one line and exit 2 (1 means "findings"), never a traceback
        code = _internal_error(exc)
    if code is None:
        code = 0
    elif not isinstance(code, int):
        sys.stderr.write(f"{code}\n")
        code = 1
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe (wirelint … | head): nothing more to say
            pass
    os._exit(code)


DEBUG_ENV = "WIRELINT_DEBUG"


def _internal_error(exc: BaseException) -> int:
    """Report an exception nobody handled in one line (the traceback with WIRELINT_DEBUG=1)."""
    if os.environ.get(DEBUG_ENV):
        import traceback

        traceback.print_exception(exc, file=sys.stderr)
    where = ""
    tb = exc.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    if tb is not None:
        where = f" in {Path(tb.tb_frame.f_code.co_filename).name}:{tb.tb_lineno}"
    detail = str(exc).splitlines()[0] if str(exc) else ""
    sys.stderr.write(f"wirelint: error: internal error{where}: {type(exc).__name__}"
                     f"{': ' + detail[:300] if detail else ''} (set {DEBUG_ENV}=1 for the traceback)\n")
    return EXIT_ERROR


def _formats() -> list[str]:
    from wirelint.reporters import available

    return available()


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=str))
@click.option("--select", multiple=True, help="Rules to run (codes, prefixes, names, ALL); replaces the default set.")
@click.option("--extend-select", multiple=True, help="Rules to run in addition to the selected ones.")
@click.option("--ignore", multiple=True, help="Rules not to run (codes, prefixes or names).")
@click.option("--output-format", "output_format", default=None, metavar="FORMAT", help="full, concise, json, sarif or github. Default: full on a terminal, concise otherwise, github under GitHub Actions.")
@click.option("--statistics", is_flag=True, help="Print counts of findings per rule.")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are findings.")
@click.option("--config", "config_path", type=click.Path(path_type=Path), help="Use this config file instead of the nearest one.")
@click.option("--encoding", default=None, help="Decode files with this encoding instead of UTF-8.")
@click.option("--stdin-filename", default=None, help="Path to report for text read from standard input.")
@click.option("--color/--no-color", default=None, help="Force colours on or off (default: on a terminal).")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None, help="Worker processes for large batches (default: the machine's cores).")
@click.option("--force-exclude", is_flag=True, help="Apply the exclude settings and .gitignore to paths named on the command line too (for pre-commit).")
@click.option("--respect-gitignore/--no-respect-gitignore", "respect_gitignore", default=None, help="Skip files that .gitignore ignores (default: on; setting respect-gitignore).")
@click.option("--cache-dir", type=click.Path(file_okay=False, path_type=str), default=None, help="Reuse findings for unchanged files from this folder.")
@click.option("--input-format", type=click.Choice(["files", "jsonl"]), default="files", help="jsonl: one {\"id\", \"text\"} article per line (files or -), one JSON line of findings out.")
@click.option("--summary-only", is_flag=True, help="Only the per-article score and verdict, worst first (for triage).")
@click.option("--max-score", type=click.FloatRange(min=0), default=None, help="Gate: fail when an article's penalty per 1,000 words is above this.")
@click.option("--fail-under", type=click.FloatRange(0, 100), default=None, help="Gate: fail when an article's quality (100 minus the score) is below this.")
@click.option("--fail-on-translated", is_flag=True, help="Gate: fail when an article's verdict is 'translated' (machine-translated, round-tripped or spun).")
@click.option("--fix", is_flag=True, help="Apply safe fixes in place, then report what remains.")
@click.option("--unsafe-fixes", is_flag=True, help="With --fix or --diff, apply unsafe fixes as well.")
@click.option("--diff", is_flag=True, help="Print the fixes as a unified diff instead of writing them (exit 1 if any).")
@click.option("--add-suppressions", is_flag=True, help="Accept every current finding: add it to wirelint-ignore.toml with a TODO reason.")
@click.option("--languagetool", "languagetool", default=None, metavar="URL|local|off", help="Grammar checks through LanguageTool: a server URL (e.g. http://localhost:8081), local (start one for this run; downloads ~250 MB on first use) or off (default). Also $WIRELINT_LANGUAGETOOL.")
@click.option("--require-languagetool", is_flag=True, help="Exit 2 when the LanguageTool server cannot be used, instead of a warning.")
@click.option("--languagetool-timeout", type=click.FloatRange(min=0, min_open=True), default=None, metavar="SECONDS", help="Give up on a LanguageTool request after this long (default 10).")
def check(paths, select, extend_select, ignore, output_format, statistics, exit_zero, config_path, encoding, stdin_filename, color,
          jobs, force_exclude, respect_gitignore, cache_dir, input_format, summary_only, max_score, fail_under, fail_on_translated,
          fix, unsafe_fixes, diff, add_suppressions, languagetool, require_languagetool, languagetool_timeout):
    """Lint PATHS (files or folders; - for standard input)."""
    from wirelint.config import ConfigError, check_encoding
    from wirelint.files import collect
    from wirelint.linter import Overrides
    from wirelint.selection import check_selectors

    fmt = output_format or ("github" if os.environ.get("GITHUB_ACTIONS") == "true" and "github" in _formats() else ("full" if sys.stdout.isatty() else "concise"))
    if fmt not in _formats():
        _fail(f"unknown output format {fmt!r} (choose from {', '.join(_formats())})")
    try:
        sel = _split(select) if select else None
        overrides = Overrides(sel, _split(extend_select), _split(ignore))
        if encoding:
            check_encoding(encoding, "--encoding")
        lt_options = None
        if languagetool or require_languagetool or languagetool_timeout:
            from wirelint.languagetool import RunOptions, check_server

            lt_options = RunOptions(check_server(languagetool, "--languagetool") if languagetool else None, require_languagetool, languagetool_timeout)
        paths = list(paths) or ["."]
        use_stdin = "-" in paths
        notes: list[str] = []
        targets, errors = collect([p for p in paths if p != "-"], config_path, force_exclude, notes, respect_gitignore)
        extra = _configured_rules(targets, config_path, use_stdin)
        for name, values in (("--select", sel or ()), ("--extend-select", overrides.extend_select), ("--ignore", overrides.ignore)):
            check_selectors(values, name, extra)
        for note in notes:
            _warn(note)
    except ConfigError as exc:
        _fail(str(exc))

    from wirelint.reporters import get
    from wirelint.run import default_jobs, run_targets

    n_jobs = jobs or default_jobs()
    if input_format == "jsonl":
        if output_format is not None and output_format != "json":
            _fail(f"--input-format jsonl writes one JSON line per article; --output-format {output_format} does not apply")
        sys.exit(_check_jsonl(paths, overrides, config_path, n_jobs, exit_zero))
    reporter = get(fmt)
    # --- fixing and suppressions (--fix, --unsafe-fixes, --diff, --add-suppressions) ---
    from wirelint.ignorefile import Tracker

    if add_suppressions and (fix or diff):
        _fail("--add-suppressions cannot be combined with --fix or --diff")
    fix_mode = None
    if fix or diff:
        from wirelint.fix import FixMode

        fix_mode = FixMode(unsafe=unsafe_fixes, diff=diff)
    tracker = Tracker()
    try:
        run = run_targets(
            targets, overrides, encoding,
            stdin=(sys.stdin.buffer, stdin_filename or "<stdin>", config_path) if use_stdin else None,
            warn=_warn, keep_source=getattr(reporter, "NEEDS_SOURCE", False) or add_suppressions,
            n_jobs=n_jobs, cache_dir=cache_dir,
            fix=fix_mode, tracker=tracker, languagetool=lt_options, record=add_suppressions,
        )
    except ConfigError as exc:
        _fail(str(exc))
    run.errors[:0] = errors
    _warn_unserved(sel, overrides.extend_select, run)
    run.statistics = statistics
    run.summary_only = summary_only
    for message in run.errors:
        click.echo(f"wirelint: error: {message}", err=True)
    if fix_mode is not None or add_suppressions:
        _finish_fixing(run, fix_mode, tracker if add_suppressions else None, fmt, color, exit_zero)

    use_color = color if color is not None else (sys.stdout.isatty() and not os.environ.get("NO_COLOR"))
    reporter.render(run, sys.stdout, color=use_color)
    sys.stdout.flush()
    if run.errors:
        sys.exit(EXIT_ERROR)
    if max_score is not None or fail_under is not None or fail_on_translated:
        failing = []
        for fr in run.files:
            v = fr.verdict
            why = []
            if max_score is not None and v.per_1000 > max_score:
                why.append(f"score {v.per_1000:.1f} per 1,000 words")
            if fail_under is not None and v.quality < fail_under:
                why.append(f"quality {v.quality:.0f}")
            if fail_on_translated and v.mt_verdict == "translated" and v.mt_probability is not None:
                why.append(f"verdict translated (probability {v.mt_probability:.2f})")
            if why:
                failing.append(fr)
                click.echo(f"wirelint: {fr.path}: {', '.join(why)} fails the gate", err=True)
        sys.exit(EXIT_FINDINGS if failing else EXIT_OK)
    if run.findings and not exit_zero:
        sys.exit(EXIT_FINDINGS)
    sys.exit(EXIT_OK)


def _configured_rules(targets, config_path, use_stdin: bool) -> tuple:
    """Rules the configurations of this run build themselves (house vocabularies), so that the
    command line can select them by name."""
    from wirelint.config import settings_for

    seen, out = set(), []
    settings = [t.settings for t in targets]
    if use_stdin or not targets:
        settings.append(settings_for(Path.cwd() / "_", config_path))
    for st in settings:
        if id(st) not in seen:
            seen.add(id(st))
            out.extend(st.configured_rules)
    return tuple(out)


def _settings_here(config_path):
    """The configuration ``wirelint rules`` and ``wirelint rule`` describe: --config, else the
    nearest to the working directory."""
    from wirelint.config import ConfigError, settings_for

    try:
        return settings_for(Path.cwd() / "_", config_path)
    except ConfigError as exc:
        _fail(str(exc))


def _warn_unserved(select, extend_select, run) -> None:
    """Rules selected on the command line that need a service this run did not have."""
    if run.services.get("languagetool"):
        return
    from wirelint.selection import resolve

    asked = [r.code for r in resolve(select or (), extend_select, ()) if r.needs == "languagetool"]
    if asked:
        verb = "needs" if len(asked) == 1 else "need"
        _warn(f"{', '.join(asked)} {verb} a LanguageTool server and none is configured, so nothing was checked "
              "(use --languagetool URL or local, or [tool.wirelint.languagetool])")


def _check_jsonl(paths, overrides, config_path, n_jobs, exit_zero) -> int:
    """Stream articles from JSON lines; write one JSON line per article, in input order."""
    import json

    from wirelint.batch import lint_stream, records
    from wirelint.config import ConfigError, settings_for

    try:
        settings = settings_for(Path.cwd() / "_", config_path)
    except ConfigError as exc:
        _fail(str(exc))
    errors = found = 0

    def items():
        for p in paths:
            if p == "-":
                yield from records(sys.stdin.buffer, "<stdin>")
                continue
            try:
                with open(p, "rb") as fh:
                    yield from records(fh, p)
            except OSError as exc:
                yield 0, f"{p}: {exc.strerror or exc}"

    for out in lint_stream(items(), settings, overrides, n_jobs):
        if "error" in out:
            errors += 1
            click.echo(f"wirelint: error: {out['error']}", err=True)
        found += len(out["findings"])
        sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
    sys.stdout.flush()
    if errors:
        return EXIT_ERROR
    return EXIT_FINDINGS if found and not exit_zero else EXIT_OK


def _finish_fixing(run, mode, tracker, fmt, color, exit_zero) -> NoReturn:
    """Output and exit code of --fix, --diff and --add-suppressions (the usual report aside)."""
    from wirelint.report import plural
    from wirelint.reporters import get

    for message in mode.warnings if mode else ():
        _warn(message)
    if tracker is not None:
        from wirelint.config import ConfigError
        from wirelint.fix import FixError
        from wirelint.ignorefile import add_suppressions

        try:
            written = add_suppressions(tracker)
        except (ConfigError, FixError) as exc:
            _fail(str(exc))
        for path, n in written:
            _warn(f"added {plural(n, 'suppression')} to {path} (replace each 'TODO: reason')")
        if not written:
            _warn("no new suppressions to add")
        sys.exit(EXIT_ERROR if run.errors else EXIT_OK)
    remaining = len(run.findings)
    if mode.diff:
        for text in mode.diffs:
            sys.stdout.write(text)
        sys.stdout.flush()
        _warn(f"Would fix {plural(mode.count, 'finding')} ({remaining} remaining)")
        sys.exit(EXIT_ERROR if run.errors else (EXIT_FINDINGS if mode.diffs else EXIT_OK))
    human = fmt in ("full", "concise")
    stdin_out = mode.stdout_data is not None
    report_out = sys.stderr if stdin_out else sys.stdout  # stdout carries the fixed text then
    out = sys.stderr if (stdin_out or not human) else sys.stdout
    if stdin_out:
        sys.stdout.buffer.write(mode.stdout_data)
        sys.stdout.flush()
    use_color = color if color is not None else (report_out.isatty() and not os.environ.get("NO_COLOR"))
    get(fmt).render(run, report_out, color=use_color)
    report_out.flush()
    for display, applied in mode.fixed:
        counts: dict[str, int] = {}
        for a in applied:
            counts[a.finding.code] = counts.get(a.finding.code, 0) + 1
        detail = ", ".join(f"{code} ×{n}" for code, n in sorted(counts.items()))
        print(f"Fixed {display}: {detail}", file=out)
    print(f"Fixed {plural(mode.count, 'finding')} ({remaining} remaining)", file=out)
    out.flush()
    if run.errors:
        sys.exit(EXIT_ERROR)
    sys.exit(EXIT_FINDINGS if remaining and not exit_zero else EXIT_OK)


@main.command("rules")
@click.option("--output-format", "output_format", type=click.Choice(["table", "json"]), default="table")
@click.option("--config", "config_path", type=click.Path(path_type=Path), help="List the vocabulary rules of this config file instead of the nearest one.")
def rules_cmd(output_format, config_path):
    """List every rule (with the house vocabulary's rules of the nearest configuration)."""
    from rich.console import Console
    from rich.table import Table

    from wirelint.registry import all_rules

    rules = all_rules() + _settings_here(config_path).configured_rules
    if output_format == "json":
        import json

        data = [
            {"code": r.code, "name": r.name, "category": r.category, "severity": str(r.severity),
             "fix": r.fix, "default": r.default, "needs": r.needs, "summary": r.summary}
            for r in rules
        ]
        click.echo(json.dumps(data, indent=1))
        return
    table = Table(box=None, header_style="bold", pad_edge=False)
    for col in ("code", "name", "category", "severity", "fix", "default", "summary"):
        table.add_column(col, no_wrap=col != "summary")
    for r in rules:
        default = ("on" if r.default else "off") + ("*" if r.needs else "")
        table.add_row(r.code, r.name, r.category, str(r.severity), r.fix or "-", default, r.summary)
    console = Console(highlight=False, soft_wrap=False)
    console.print(table)
    if any(r.needs == "languagetool" for r in rules):
        from rich.text import Text

        console.print(Text("* finds nothing without a LanguageTool server: --languagetool URL|local, "
                           "or [tool.wirelint.languagetool] in the configuration"))


@main.command("server")
@click.option("--stdio", is_flag=True, help="Talk over standard input and output (the default and only transport).")
def server_cmd(stdio):
    """Run the language server (LSP) for editors, over standard input and output."""
    try:
        from wirelint.server import main as serve
    except ImportError as exc:
        _fail(f"'wirelint server' needs the server extra ({exc.name or exc}): pip install 'wirelint[server]'")
    serve()


@main.command("rule")
@click.argument("key")
@click.option("--config", "config_path", type=click.Path(path_type=Path), help="Look up vocabulary rules in this config file instead of the nearest one.")
def rule_cmd(key, config_path):
    """Explain one rule: why it is an artifact, with bad and good examples."""
    from wirelint.registry import rule_by_key

    r = rule_by_key(key)
    if r is None:
        k = key.strip()
        r = next((c for c in _settings_here(config_path).configured_rules if c.code == k.upper() or c.name == k.lower()), None)
    if r is None:
        _fail(f"unknown rule code or name {key!r} (see 'wirelint rules')")
    click.echo(r.explain())
