"""What the language server needs that has nothing to do with the protocol library: the
configuration of a document (found as the command line finds it, re-read when a config file
changes), linting an editor's text, positions in the units the client counts, and fixes.

``wirelint/server.py`` wraps this in LSP messages (pygls); everything here is plain Python and
tested without a client.
"""

from __future__ import annotations

import bisect
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from wirelint.config import CONFIG_FILES, ConfigError, Settings, settings_for, settings_for_dir
from wirelint.finding import Finding
from wirelint.formats import to_document
from wirelint.linter import Overrides, apply_fixes, lint_document, rules_for

# What a client names a document's language, for documents whose path has no useful suffix
# (untitled buffers, extension-less files).
LANGUAGE_SUFFIXES = {"markdown": ".md", "mdx": ".mdx", "html": ".html", "plaintext": ".txt", "text": ".txt"}


# --- positions ----------------------------------------------------------------------------------
class Positions:
    """Code-point offsets <-> LSP positions (line, character) for one text. Lines end at \\n,
    \\r\\n or \\r, as LSP says; characters count UTF-16 code units by default, or UTF-8 bytes or
    code points when the client and server agreed on that (``encoding``)."""

    def __init__(self, text: str, encoding: str = "utf-16") -> None:
        self.text = text
        self.encoding = encoding.lower().replace("_", "-")
        starts = [0]
        i, n = 0, len(text)
        find = text.find
        while True:
            j = find("\n", i)
            k = find("\r", i)
            if j < 0 and k < 0:
                break
            if k >= 0 and (j < 0 or k < j):
                i = k + 2 if k + 1 < n and text[k + 1] == "\n" else k + 1
            else:
                i = j + 1
            starts.append(i)
        self.starts = starts
        self._last = (-1, 0, 0)

    def _units(self, s: str) -> int:
        if self.encoding == "utf-32" or s.isascii():
            return len(s)
        if self.encoding == "utf-8":
            return len(s.encode("utf-8", "surrogatepass"))
        return len(s) + sum(1 for c in s if ord(c) > 0xFFFF)

    def position(self, offset: int) -> tuple[int, int]:
        offset = max(0, min(offset, len(self.text)))
        line = bisect.bisect_right(self.starts, offset) - 1
        # Findings come in text order: count on from the last position asked for on the same
        # line, so that many findings on one long line cost the line's length, not its square.
        last_line, last_offset, last_units = self._last
        if line == last_line and offset >= last_offset:
            units = last_units + self._units(self.text[last_offset:offset])
        else:
            units = self._units(self.text[self.starts[line] : offset])
        self._last = (line, offset, units)
        return line, units

    def offset(self, line: int, character: int) -> int:
        """The code-point offset of a client position (clamped to the line, as LSP asks)."""
        if line < 0:
            return 0
        if line >= len(self.starts):
            return len(self.text)
        start = self.starts[line]
        end = self.starts[line + 1] if line + 1 < len(self.starts) else len(self.text)
        while end > start and self.text[end - 1] in "\r\n":
            end -= 1
        if self.encoding == "utf-32" or self.text[start:end].isascii():
            return start + min(max(character, 0), end - start)
        units = 0
        for i in range(start, end):
            if units >= character:
                return i
            units += self._units(self.text[i])
        return end


# --- configuration ------------------------------------------------------------------------------
class ConfigWatch:
    """The Settings of a document, as ``wirelint check`` would find them, re-read when any config
    file that could apply (at the document's folder or above) appears, changes or goes away. A
    few ``stat`` calls per lint; no help from the client needed (it may also say a file changed:
    ``forget``)."""

    def __init__(self, explicit: Path | None = None) -> None:
        self.explicit = explicit
        self.lock = threading.Lock()
        self.seen: dict[Path, tuple] = {}

    def _stamp(self, folder: Path) -> tuple:
        out = []
        candidates = [self.explicit] if self.explicit is not None else [d / name for d in (folder, *folder.parents) for name in CONFIG_FILES]
        for path in candidates:
            try:
                st = os.stat(path)
                out.append((str(path), st.st_mtime_ns, st.st_size))
            except OSError:
                pass
        return tuple(out)

    def settings(self, path: Path) -> Settings:
        folder = path.parent.resolve()
        stamp = self._stamp(folder)
        with self.lock:
            if self.seen.get(folder) != stamp:
                self.forget()
                self.seen[folder] = stamp
        return settings_for(path, self.explicit)

    def forget(self) -> None:
        """Drop every cached configuration (a config file changed)."""
        from wirelint.config import _explicit

        settings_for_dir.cache_clear()
        _explicit.cache_clear()
        self.seen.clear()


# --- linting ------------------------------------------------------------------------------------
@dataclass
class Outcome:
    """One lint of one version of a document."""

    text: str
    findings: list[Finding] = field(default_factory=list)
    problem: str | None = None  # why the document could not be linted (one diagnostic)
    notes: list[str] = field(default_factory=list)  # rule failures, language warnings
    settings: Settings | None = None
    rules: tuple = ()
    doc: Any = None

    def rule(self, code: str):
        from wirelint.registry import all_rules

        for r in tuple(self.rules) + all_rules():
            if r.code == code:
                return r
        return None


def display_path(path: Path | None, language_id: str | None) -> str:
    """The path wirelint reports and picks a format by: the file's own, or a made-up one whose
    suffix follows the client's language id."""
    suffix = LANGUAGE_SUFFIXES.get((language_id or "").lower(), "")
    if path is None:
        return f"untitled{suffix or '.txt'}"
    from wirelint.formats import SUFFIXES

    if path.suffix.lower() not in SUFFIXES and suffix and suffix != ".txt":
        return str(path) + suffix
    return str(path)


def lint_for_editor(text: str, path: Path | None, *, language_id: str | None = None, watch: ConfigWatch | None = None,
                    overrides: Overrides = Overrides(), grammar=None, cwd: Path | None = None) -> Outcome:
    """Lint an editor's text. Never raises: a document that cannot be linted comes back with
    ``problem`` set. ``grammar`` (a LanguageTool Session) adds grammar findings (blocking)."""
    out = Outcome(text)
    try:
        where = path if path is not None else (cwd or Path.cwd()) / "untitled.txt"
        settings = (watch or ConfigWatch()).settings(where)
    except ConfigError as exc:
        out.problem = f"wirelint: configuration error: {exc}"
        return out
    except OSError as exc:
        out.problem = f"wirelint: cannot read the configuration: {exc}"
        return out
    out.settings = settings
    if "\x00" in text:
        out.problem = f"wirelint: NUL character at offset {text.index(chr(0))}; not linted (binary file?)"
        return out
    if len(text) > settings.max_file_size:
        out.problem = f"wirelint: the document is over the {settings.max_file_size / 1e6:.0f} MB limit (max-file-size); not linted"
        return out
    try:
        display = display_path(path, language_id)
        doc = to_document(text, display)
        rules = rules_for(settings, overrides)
        out.rules = rules
        from wirelint.formats import language_warning

        note = language_warning(doc)
        if note:
            out.notes.append(note)
        if grammar is not None:
            grammar.check([(doc, settings, rules)])
        result = lint_document(doc, settings, overrides, _relpath(path, settings))
        findings = result.findings
        if grammar is not None:
            findings = grammar.dedupe(findings, rules)
        out.notes.extend(result.errors)
        from wirelint.ignorefile import filter_findings

        out.findings, _ = filter_findings(doc, findings, settings, _relpath(path, settings), rules)
        out.doc = doc
    except ConfigError as exc:  # a bad sidecar suppression file, found while filtering
        out.problem = f"wirelint: configuration error: {exc}"
    except Exception as exc:  # noqa: BLE001 - a bug must cost one document, not the server
        out.problem = f"wirelint: internal error, document not linted: {type(exc).__name__}: {str(exc)[:300]}"
    return out


def _relpath(path: Path | None, settings: Settings) -> str:
    if path is None:
        return "untitled.txt"
    from wirelint.files import relative_to_root

    return relative_to_root(path, settings)


def newline_of(text: str) -> str:
    crlf = text.count("\r\n")
    cr = text.count("\r") - crlf
    lf = text.count("\n") - crlf
    best = max((crlf, "\r\n"), (lf, "\n"), (cr, "\r"))
    return best[1] if best[0] else "\n"


def fix_all(text: str, findings: Iterable[Finding], relint, unsafe: bool = False, passes: int = 8) -> str:
    """The text after every safe fix (``unsafe``: every fix), re-linting between passes as
    ``--fix`` does (a fix can make room for another). ``relint(text) -> findings``."""
    newline = newline_of(text)
    current, found = text, list(findings)
    for _ in range(passes):
        new, applied = apply_fixes(current, found, unsafe=unsafe, newline=newline)
        if not applied or new == current:
            break
        current = new
        found = relint(current)
    return current


def minimal_edit(old: str, new: str) -> tuple[int, int, str]:
    """One replacement turning ``old`` into ``new``: (start, end in old, text) around the change."""
    n = min(len(old), len(new))
    a = 0
    while a < n and old[a] == new[a]:
        a += 1
    b = 0
    while b < n - a and old[len(old) - 1 - b] == new[len(new) - 1 - b]:
        b += 1
    return a, len(old) - b, new[a : len(new) - b]
