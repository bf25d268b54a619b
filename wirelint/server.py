"""``wirelint server``: a Language Server Protocol server over standard input and output.

Editors (VS Code through a generic LSP client, Neovim, Helix, Emacs eglot, Sublime LSP) start it
and get, for plain text, Markdown and HTML documents:

* diagnostics on open, on change (debounced) and on save, with code, severity, message and help,
  at exact ranges in the units the client counts (UTF-16 unless it offers UTF-8 or UTF-32);
* code actions: each fix, labelled safe or unsafe, and "fix all safe findings" (``source.fixAll``);
* a hover with the rule's explanation (what ``wirelint rule CODE`` prints);
* the configuration found as the command line finds it (nearest pyproject.toml or wirelint.toml,
  re-read when it changes);
* LanguageTool when the configuration (or the client's ``languagetool`` option, or
  ``$WIRELINT_LANGUAGETOOL``) turns it on: wirelint's own findings come first, grammar findings
  follow when the server answers, and an answer for an older version of the text is dropped.

A document that cannot be linted (a bad configuration, a binary file, a wirelint bug) gets one
diagnostic saying why; the server carries on. Client options (``initializationOptions``):
``config`` (a config file), ``select``, ``extendSelect``, ``ignore`` (lists), ``languagetool``
(URL, ``local`` or ``off``) and ``debounce`` (milliseconds, default 300).

The protocol library (pygls) is the optional extra ``wirelint[server]``; nothing else imports it.
"""

from __future__ import annotations

import asyncio
import os
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from lsprotocol import types as T
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path

from wirelint import __version__
from wirelint.config import CONFIG_FILES
from wirelint.editor import ConfigWatch, Outcome, Positions, fix_all, lint_for_editor, minimal_edit
from wirelint.finding import Severity
from wirelint.linter import Overrides

SEVERITIES = {Severity.ERROR: T.DiagnosticSeverity.Error, Severity.WARNING: T.DiagnosticSeverity.Warning,
              Severity.INFO: T.DiagnosticSeverity.Information}
FIX_ALL_KIND = "source.fixAll.wirelint"
DEFAULT_DEBOUNCE = 0.3  # seconds after the last keystroke
GRAMMAR_RETRY = 60.0  # seconds before a failed LanguageTool server is tried again
WATCHED = CONFIG_FILES + ("wirelint-ignore.toml",)


class WirelintServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__("wirelint", __version__, text_document_sync_kind=T.TextDocumentSyncKind.Full)
        self.watch = ConfigWatch()
        self.overrides = Overrides()
        self.debounce = DEFAULT_DEBOUNCE
        self.languagetool: str | None = None
        self.lint_pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="wirelint-lint")
        self.grammar_pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="wirelint-grammar")
        self.timers: dict[str, asyncio.TimerHandle] = {}
        self.generation: dict[str, int] = {}
        self.results: dict[str, tuple[int | None, Outcome]] = {}
        self.sessions: dict[Any, Any] = {}
        self.failed_at: dict[Any, float] = {}
        self.logged: set[str] = set()

    # --- options ---------------------------------------------------------------------------------
    def configure(self, options: Any) -> None:
        if not isinstance(options, dict):
            return

        def strings(key: str) -> tuple[str, ...]:
            value = options.get(key) or ()
            return tuple(str(v) for v in value) if isinstance(value, (list, tuple)) else (str(value),)

        if options.get("config"):
            self.watch = ConfigWatch(Path(os.path.expanduser(str(options["config"]))).resolve())
        select = strings("select")
        self.overrides = Overrides(select or None, strings("extendSelect"), strings("ignore"))
        if isinstance(options.get("debounce"), (int, float)) and options["debounce"] >= 0:
            self.debounce = options["debounce"] / 1000
        if options.get("languagetool"):
            self.languagetool = str(options["languagetool"])

    def log(self, message: str, kind: T.MessageType = T.MessageType.Info, once: bool = False) -> None:
        if once:
            if message in self.logged:
                return
            self.logged.add(message)
        try:
            self.window_log_message(T.LogMessageParams(type=kind, message=message))
        except Exception:  # noqa: BLE001 - logging must never fail a request
            pass

    # --- linting ---------------------------------------------------------------------------------
    def document(self, uri: str):
        return self.workspace.get_text_document(uri)

    @staticmethod
    def path_of(uri: str) -> Path | None:
        path = to_fs_path(uri)
        return Path(path) if path else None

    def lint_now(self, uri: str, text: str, language_id: str | None, grammar=None) -> Outcome:
        return lint_for_editor(text, self.path_of(uri), language_id=language_id, watch=self.watch,
                               overrides=self.overrides, grammar=grammar, cwd=self.root())

    def root(self) -> Path | None:
        try:
            root = self.workspace.root_path
        except Exception:  # noqa: BLE001 - not initialised yet
            return None
        return Path(root) if root else None

    def schedule(self, uri: str, delay: float) -> None:
        """Lint ``uri`` after ``delay`` seconds, unless something newer asks first."""
        self.generation[uri] = self.generation.get(uri, 0) + 1
        timer = self.timers.pop(uri, None)
        if timer is not None:
            timer.cancel()
        loop = asyncio.get_running_loop()
        gen = self.generation[uri]
        if delay <= 0:
            loop.create_task(self.run_lint(uri, gen))
        else:
            self.timers[uri] = loop.call_later(delay, lambda: loop.create_task(self.run_lint(uri, gen)))

    async def run_lint(self, uri: str, gen: int) -> None:
        self.timers.pop(uri, None)
        if self.generation.get(uri) != gen:
            return
        try:
            doc = self.document(uri)
            text, version, language = doc.source, doc.version, doc.language_id
        except Exception as exc:  # noqa: BLE001
            self.log(f"wirelint: cannot read {uri}: {exc}", T.MessageType.Error)
            return
        loop = asyncio.get_running_loop()
        outcome = await loop.run_in_executor(self.lint_pool, self.lint_now, uri, text, language)
        if self.generation.get(uri) != gen:
            return  # the text changed while it was linted: a newer lint is on its way
        self.publish(uri, version, outcome)
        session = self.grammar_for(outcome)
        if session is not None:
            loop.create_task(self.run_grammar(uri, gen, version, text, language, session))

    async def run_grammar(self, uri: str, gen: int, version, text: str, language, session) -> None:
        loop = asyncio.get_running_loop()
        if self.generation.get(uri) != gen:
            return
        outcome = await loop.run_in_executor(self.grammar_pool, self._grammar_lint, uri, gen, text, language, session)
        if outcome is None or self.generation.get(uri) != gen:
            return  # stale: the document changed while LanguageTool was thinking
        if session.failure:
            self.log(f"wirelint: LanguageTool: {session.failure}; grammar checks paused", T.MessageType.Warning)
            self.drop_session(session)
            return
        self.publish(uri, version, outcome)

    def _grammar_lint(self, uri: str, gen: int, text: str, language, session) -> Outcome | None:
        if self.generation.get(uri) != gen:
            return None  # skipped before it is sent: a newer version is queued
        return self.lint_now(uri, text, language, grammar=session)

    def grammar_for(self, outcome: Outcome):
        """The LanguageTool session for a document's configuration, or None when grammar checks
        are off (the default) or the server failed less than GRAMMAR_RETRY seconds ago."""
        settings = outcome.settings
        if settings is None or outcome.problem:
            return None
        if not any(getattr(r, "needs", None) == "languagetool" for r in outcome.rules):
            return None
        from wirelint.config import LANGUAGETOOL_ENV

        if not self.languagetool and not os.environ.get(LANGUAGETOOL_ENV) and settings.table("languagetool") is None:
            return None
        key = (self.languagetool, os.environ.get(LANGUAGETOOL_ENV), settings.table("languagetool"))
        if key in self.sessions:
            return self.sessions[key]
        if time.monotonic() - self.failed_at.get(key, -GRAMMAR_RETRY) < GRAMMAR_RETRY:
            return None
        from wirelint.config import ConfigError
        from wirelint.languagetool import RunOptions, Session

        try:
            session = Session.from_options(RunOptions(self.languagetool), settings,
                                           lambda m: self.log(f"wirelint: {m}", T.MessageType.Warning))
        except ConfigError as exc:
            self.log(f"wirelint: {exc}", T.MessageType.Error, once=True)
            self.failed_at[key] = time.monotonic()
            return None
        if session is not None:
            session.key = key
            self.sessions[key] = session
        return session

    def drop_session(self, session) -> None:
        key = getattr(session, "key", None)
        self.sessions.pop(key, None)
        self.failed_at[key] = time.monotonic()
        try:
            session.close()
        except Exception:  # noqa: BLE001
            pass

    def publish(self, uri: str, version, outcome: Outcome) -> None:
        self.results[uri] = (version, outcome)
        self.text_document_publish_diagnostics(
            T.PublishDiagnosticsParams(uri=uri, version=version, diagnostics=self.diagnostics(outcome)))

    def positions(self, text: str) -> Positions:
        return Positions(text, str(self.workspace.position_encoding or "utf-16"))

    def diagnostics(self, outcome: Outcome) -> list[T.Diagnostic]:
        top = T.Range(T.Position(0, 0), T.Position(0, 0))
        if outcome.problem:
            return [T.Diagnostic(range=top, message=outcome.problem, severity=T.DiagnosticSeverity.Error, source="wirelint")]
        pos = self.positions(outcome.text)
        out = [T.Diagnostic(range=top, message=note, severity=T.DiagnosticSeverity.Information, source="wirelint")
               for note in outcome.notes]
        for f in outcome.findings:
            (sl, sc), (el, ec) = pos.position(f.start), pos.position(f.end)
            message = f.message + (f"\nhelp: {f.help}" if f.help else "")
            if f.replacement is not None:
                message += "\nfix: " + ("safe" if f.fix_safe else "unsafe") + f" → “{f.replacement}”"
            out.append(T.Diagnostic(
                range=T.Range(T.Position(sl, sc), T.Position(el, ec)), message=message, severity=SEVERITIES[f.severity],
                code=f.code, source="wirelint",
                data={"name": f.name, "replacement": f.replacement, "safe": f.fix_safe},
            ))
        return out

    async def current(self, uri: str) -> tuple[Any, Outcome]:
        """The latest lint of the document as it is now (linted again if it is out of date)."""
        doc = self.document(uri)
        stored = self.results.get(uri)
        if stored is not None and stored[1].text == doc.source:
            return doc, stored[1]
        loop = asyncio.get_running_loop()
        outcome = await loop.run_in_executor(self.lint_pool, self.lint_now, uri, doc.source, doc.language_id)
        return doc, outcome


server = WirelintServer()


@server.feature(T.INITIALIZE)
def initialize(ls: WirelintServer, params: T.InitializeParams) -> None:
    ls.configure(params.initialization_options)


@server.feature(T.INITIALIZED)
def initialized(ls: WirelintServer, params: T.InitializedParams) -> None:
    caps = ls.client_capabilities.workspace
    if caps and caps.did_change_watched_files and caps.did_change_watched_files.dynamic_registration:
        watchers = [T.FileSystemWatcher(glob_pattern=f"**/{name}") for name in WATCHED]
        try:
            ls.client_register_capability(T.RegistrationParams(registrations=[T.Registration(
                id="wirelint-config", method=T.WORKSPACE_DID_CHANGE_WATCHED_FILES,
                register_options=T.DidChangeWatchedFilesRegistrationOptions(watchers=watchers))]))
        except Exception:  # noqa: BLE001 - the server re-reads changed configs by itself anyway
            pass


@server.feature(T.TEXT_DOCUMENT_DID_OPEN)
def did_open(ls: WirelintServer, params: T.DidOpenTextDocumentParams) -> None:
    ls.schedule(params.text_document.uri, 0)


@server.feature(T.TEXT_DOCUMENT_DID_CHANGE)
def did_change(ls: WirelintServer, params: T.DidChangeTextDocumentParams) -> None:
    ls.schedule(params.text_document.uri, ls.debounce)


@server.feature(T.TEXT_DOCUMENT_DID_SAVE)
def did_save(ls: WirelintServer, params: T.DidSaveTextDocumentParams) -> None:
    uri = params.text_document.uri
    if Path(to_fs_path(uri) or "").name in WATCHED:
        relint_all(ls)
    else:
        ls.schedule(uri, 0)


@server.feature(T.TEXT_DOCUMENT_DID_CLOSE)
def did_close(ls: WirelintServer, params: T.DidCloseTextDocumentParams) -> None:
    uri = params.text_document.uri
    ls.generation[uri] = ls.generation.get(uri, 0) + 1
    timer = ls.timers.pop(uri, None)
    if timer is not None:
        timer.cancel()
    ls.results.pop(uri, None)
    ls.text_document_publish_diagnostics(T.PublishDiagnosticsParams(uri=uri, diagnostics=[]))


@server.feature(T.WORKSPACE_DID_CHANGE_WATCHED_FILES)
def watched_files(ls: WirelintServer, params: T.DidChangeWatchedFilesParams) -> None:
    if any(Path(to_fs_path(c.uri) or "").name in WATCHED for c in params.changes):
        relint_all(ls)


def relint_all(ls: WirelintServer) -> None:
    ls.watch.forget()
    for uri in list(ls.workspace.text_documents):
        ls.schedule(uri, 0)


@server.feature(T.TEXT_DOCUMENT_CODE_ACTION,
                T.CodeActionOptions(code_action_kinds=[T.CodeActionKind.QuickFix, T.CodeActionKind.SourceFixAll, FIX_ALL_KIND]))
async def code_action(ls: WirelintServer, params: T.CodeActionParams) -> list[T.CodeAction]:
    uri = params.text_document.uri
    try:
        doc, outcome = await ls.current(uri)
    except Exception as exc:  # noqa: BLE001
        ls.log(f"wirelint: code actions for {uri} failed: {exc}", T.MessageType.Error)
        return []
    if outcome.problem:
        return []
    pos = ls.positions(outcome.text)
    start = pos.offset(params.range.start.line, params.range.start.character)
    end = pos.offset(params.range.end.line, params.range.end.character)
    only = params.context.only
    actions: list[T.CodeAction] = []
    diags = {(d.code, d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character): d
             for d in ls.diagnostics(outcome) if d.code}

    def edit(a: int, b: int, new: str) -> T.WorkspaceEdit:
        (sl, sc), (el, ec) = pos.position(a), pos.position(b)
        return T.WorkspaceEdit(changes={uri: [T.TextEdit(range=T.Range(T.Position(sl, sc), T.Position(el, ec)), new_text=new)]})

    wants_quickfix = not only or any(str(k).startswith("quickfix") for k in only)
    if wants_quickfix:
        from wirelint.editor import newline_of
        from wirelint.linter import fix_replacement

        newline = newline_of(outcome.text)
        for f in outcome.findings:
            if f.replacement is None or f.end < start or f.start > end:
                continue
            (sl, sc), (el, ec) = pos.position(f.start), pos.position(f.end)
            diag = diags.get((f.code, sl, sc, el, ec))
            what = f"replace with “{f.replacement}”" if f.replacement else "delete"
            actions.append(T.CodeAction(
                title=f"{f.code}: {what} ({'safe fix' if f.fix_safe else 'unsafe fix: check the result'})",
                kind=T.CodeActionKind.QuickFix, diagnostics=[diag] if diag else None, is_preferred=f.fix_safe,
                edit=edit(f.start, f.end, fix_replacement(f.replacement, newline)),
            ))
    wants_all = not only or any(str(k) in ("source", "source.fixAll", FIX_ALL_KIND, "quickfix") for k in only)
    if wants_all and any(f.fix_safe for f in outcome.findings):
        loop = asyncio.get_running_loop()

        def relint(text: str):
            return ls.lint_now(uri, text, doc.language_id).findings

        fixed = await loop.run_in_executor(ls.lint_pool, fix_all, outcome.text, outcome.findings, relint)
        if fixed != outcome.text:
            a, b, new = minimal_edit(outcome.text, fixed)
            count = sum(1 for f in outcome.findings if f.fix_safe)
            actions.append(T.CodeAction(title=f"wirelint: fix all safe findings ({count})",
                                        kind=FIX_ALL_KIND if only and FIX_ALL_KIND in [str(k) for k in only] else T.CodeActionKind.SourceFixAll,
                                        edit=edit(a, b, new)))
    return actions


@server.feature(T.TEXT_DOCUMENT_HOVER)
async def hover(ls: WirelintServer, params: T.HoverParams) -> T.Hover | None:
    uri = params.text_document.uri
    try:
        _, outcome = await ls.current(uri)
    except Exception:  # noqa: BLE001
        return None
    if outcome.problem:
        return None
    pos = ls.positions(outcome.text)
    at = pos.offset(params.position.line, params.position.character)
    here = [f for f in outcome.findings if f.start <= at < f.end or f.start == f.end == at]
    if not here:
        return None
    parts, shown = [], set()
    for f in here:
        parts.append(f"**{f.code} {f.name}**: {f.message}" + (f"  \nhelp: {f.help}" if f.help else ""))
        if f.code in shown:
            continue
        shown.add(f.code)
        rule = outcome.rule(f.code)
        if rule is not None:
            parts.append("```text\n" + rule.explain().replace("```", "'''") + "\n```")
    first = min(here, key=lambda f: f.start)
    (sl, sc), (el, ec) = pos.position(first.start), pos.position(first.end)
    return T.Hover(contents=T.MarkupContent(kind=T.MarkupKind.Markdown, value="\n\n".join(parts)),
                   range=T.Range(T.Position(sl, sc), T.Position(el, ec)))


@server.feature(T.SHUTDOWN)
def shutdown(ls: WirelintServer, params: Any = None) -> None:
    for session in list(ls.sessions.values()):
        try:
            session.close()
        except Exception:  # noqa: BLE001
            pass
    ls.sessions.clear()


def main() -> None:
    server.start_io()
