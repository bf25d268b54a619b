"""Suppressions kept outside the article: ``wirelint-ignore.toml`` and the configuration's
``suppressions`` table.

Plain-text copy has no comment syntax, and an editor should not have to touch an article to
accept one flagged word in it. An entry names the file (a glob, relative to the folder of the
ignore file or configuration), the rule, the exact flagged text, and why it is acceptable::

    [[suppress]]
    path = "articles/2024/putin.txt"
    code = "WL203"
    text = "Choïgu"
    reason = "quoted French headline"

The ignore file sits next to the nearest configuration (or in the working directory when there
is none); ``[[tool.wirelint.suppressions]]`` in pyproject.toml (``[[suppressions]]`` in
wirelint.toml) takes the same entries. An entry silences every finding of its rule whose flagged
text is exactly ``text`` in the files its path matches (all of them when ``text`` is left out).
``context``, when given, pins the entry to one place: the flagged text must stand inside that
exact stretch of the article (the text with a few words either side), so accepting one
"others , said" does not silence every later space before a comma in the file.
``--add-suppressions`` writes a context with every entry, as ruff's ``noqa`` pins a line.

An entry that was in reach of a linted file (its path matched and its rule ran) but silenced
nothing is reported under WL901 (unused-suppression), when that rule is selected: the engine
knows no rule; this layer, which alone knows which entries were used, produces those findings.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from wirelint.config import ConfigError, Settings
from wirelint.finding import Finding, Hit
from wirelint.globs import GlobError, check_pattern
from wirelint.globs import matches_path as path_matches
from wirelint.selection import matches

FILENAME = "wirelint-ignore.toml"
TABLE = "suppressions"
UNUSED_CODE = "WL901"
PLACEHOLDER_REASON = "TODO: reason"
KEYS = ("path", "code", "text", "context", "reason")
CONTEXT_CHARS = 24  # characters of the line either side of the flagged text in a written context
HEADER = (
    "# wirelint-ignore.toml: findings an editor has accepted, one [[suppress]] entry each.\n"
    "# path: glob relative to this folder; code: rule code or name; text: the exact flagged text;\n"
    "# context: the text with the words around it, pinning the entry to that place (optional);\n"
    "# reason: why it is acceptable (required). Unused entries are reported as WL901.\n"
)
ENTRY_HEADER_RE = re.compile(
    r"^[ \t]*\[\[[ \t]*(?:tool[ \t]*\.[ \t]*wirelint[ \t]*\.[ \t]*)?(?:suppress|suppressions)(?:[ \t]*\.[ \t]*suppress)?[ \t]*\]\]",
    re.MULTILINE,
)


@dataclass(frozen=True)
class Entry:
    path: str
    code: str  # the rule's code, normalised
    text: str | None
    reason: str
    source: Path | None = None  # the file the entry is written in
    index: int = 0  # its position there (0-based)
    context: str | None = None  # the text with its surroundings: pins the entry to one place

    def applies_to(self, relpath: str) -> bool:
        return path_matches(self.path, relpath)

    def matches(self, finding: Finding, flagged: str, source: str = "") -> bool:
        if finding.code != self.code or (self.text is not None and self.text != flagged):
            return False
        return self.context is None or pinned(self.context, flagged, source, finding.start)


def pinned(context: str, flagged: str, source: str, start: int) -> bool:
    """Whether ``context`` stands in ``source`` around the flagged text at ``start`` (at any of
    the places the flagged text takes inside the context)."""
    i = context.find(flagged)
    while i >= 0:
        if start - i >= 0 and source.startswith(context, start - i):
            return True
        i = context.find(flagged, i + 1) if flagged else -1
    return False


def context_of(source: str, start: int, end: int, chars: int = CONTEXT_CHARS) -> str:
    """The flagged text with up to ``chars`` characters of its line either side, cut at word
    boundaries where the line allows."""
    line_start = max(source.rfind("\n", 0, start), source.rfind("\r", 0, start)) + 1
    ends = [i for i in (source.find("\n", end), source.find("\r", end)) if i >= 0]
    line_end = min(ends) if ends else len(source)
    left = max(line_start, start - chars)
    right = min(line_end, end + chars)
    if left > line_start:
        space = source.find(" ", left, start)
        left = space + 1 if space >= 0 else left
    if right < line_end:
        space = source.rfind(" ", end, right)
        right = space if space >= 0 else right
    return source[left:right]


def _key(where: str, suffix: str) -> str:
    """Extend the key named in ``where`` ("file: key 'suppress'") with ``suffix`` ("[2].reason")."""
    return where[:-1] + suffix + "'" if where.endswith("'") else where + suffix


def _validate(value: Any, where: str, source: Path | None) -> tuple[Entry, ...]:
    from wirelint.registry import rule_by_key

    if isinstance(value, dict) and set(value) <= {"suppress"}:
        value = value.get("suppress", [])
    if not isinstance(value, list):
        raise ConfigError(f"{where}: expected a list of [[suppress]] entries")
    out = []
    for i, item in enumerate(value):
        here = _key(where, f"[{i}]")
        if not isinstance(item, dict):
            raise ConfigError(f"{here}: expected a table with path, code, text and reason")
        for key in item:
            if key not in KEYS:
                raise ConfigError(f"{_key(here, '.' + key)}: unknown key (known: {', '.join(KEYS)})")
        for key in ("path", "code", "reason"):
            if key not in item:
                hint = " (say why the flagged text is acceptable)" if key == "reason" else ""
                raise ConfigError(f"{_key(here, '.' + key)}: required{hint}")
        for key in KEYS:
            if key in item and not isinstance(item[key], str):
                raise ConfigError(f"{_key(here, '.' + key)}: expected a string")
        if not item["path"].strip():
            raise ConfigError(f"{_key(here, '.path')}: must not be empty")
        try:
            check_pattern(item["path"])
        except GlobError as exc:
            raise ConfigError(f"{_key(here, '.path')}: {exc}") from None
        if not item["reason"].strip():
            raise ConfigError(f"{_key(here, '.reason')}: must not be empty (say why the flagged text is acceptable)")
        if "text" in item and item["text"] == "":
            raise ConfigError(f"{_key(here, '.text')}: must not be empty (leave it out to match any text)")
        if "context" in item and ("text" not in item or item["text"] not in item["context"]):
            raise ConfigError(f"{_key(here, '.context')}: must contain the entry's text")
        rule = rule_by_key(item["code"])
        code = rule.code if rule is not None else _configured_code(item["code"])
        if code is None:
            raise ConfigError(f"{_key(here, '.code')}: unknown rule {item['code']!r}")
        out.append(Entry(item["path"].strip(), code, item.get("text"), item["reason"], source, i, item.get("context")))
    return tuple(out)


def _configured_code(key: str) -> str | None:
    """A code of the range kept for rules a configuration builds (house vocabularies), which
    the registry does not know: accepted by its code."""
    from wirelint.rule import CONFIGURED_CODES

    key = key.strip().upper()
    return key if key[:2] == "WL" and key[2:].isdigit() and int(key[2:]) in CONFIGURED_CODES and len(key) == 5 else None


def validate_table(value: Any, where: str) -> tuple[Entry, ...]:
    """Validator for the configuration's ``suppressions`` table (registered in EXTRA_TABLES)."""
    return _validate(value, f"{where}", None)




def parse_ignore_text(text: str, path: Path) -> tuple[Entry, ...]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    for key in data:
        if key != "suppress":
            raise ConfigError(f"{path}: key '{key}': unknown key (entries are [[suppress]] tables)")
    return _validate(data.get("suppress", []), f"{path}: key 'suppress'", path)


@lru_cache(maxsize=64)
def _load(path: Path, stamp: tuple[int, int]) -> tuple[Entry, ...]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: not valid UTF-8") from None
    return parse_ignore_text(text.removeprefix("\ufeff"), path)


def ignore_file_for(settings: Settings) -> Path:
    """Where the ignore file of a configuration lives: next to it, or in the working directory."""
    folder = settings.source.parent if settings.source is not None else settings.root
    return Path(folder).resolve() / FILENAME


def load_ignore_file(path: Path) -> tuple[Entry, ...]:
    try:
        st = path.stat()
    except OSError:
        return ()
    return _load(path, (st.st_mtime_ns, st.st_size))


def entries_for(settings: Settings) -> tuple[Entry, ...]:
    from dataclasses import replace

    table = settings.table(TABLE) or ()
    own = tuple(replace(e, source=settings.source) for e in table)
    found = own + load_ignore_file(ignore_file_for(settings))
    configured = None
    for e in found:  # a house-vocabulary code must be one this configuration builds
        if _configured_code(e.code) is not None:
            if configured is None:
                configured = {r.code for r in settings.configured_rules}
            if e.code not in configured:
                where = e.source or settings.label
                key = f"suppressions[{e.index}].code" if e in own else f"suppress[{e.index}].code"
                raise ConfigError(f"{where}: key '{key}': unknown rule '{e.code}' (no vocabulary entry has it)")
    return found


def entry_lines(text: str) -> list[int]:
    """Offsets of the ``[[suppress]]`` headers in a TOML file, in order."""
    return [m.start() for m in ENTRY_HEADER_RE.finditer(text)]


def filter_findings(doc, findings: list[Finding], settings: Settings, relpath: str, rules,
                    entries: tuple[Entry, ...] | None = None) -> tuple[list[Finding], list[tuple[Entry, bool]]]:
    """Drop the findings an entry accepts. Returns (kept findings, usage): usage lists each entry
    in reach of this file -- its path matches and its rule ran -- with whether it silenced one.
    ``entries`` is ``entries_for(settings)`` when the caller has it already."""
    entries = [e for e in (entries_for(settings) if entries is None else entries) if e.applies_to(relpath)]
    if not entries:
        return findings, []
    selected = {r.code for r in rules}
    used: dict[Entry, bool] = {e: False for e in entries if e.code in selected}
    codes = {e.code for e in entries}
    kept = []
    for f in findings:
        if f.code not in codes:  # no entry can accept it
            kept.append(f)
            continue
        flagged = doc.source[f.start : f.end]
        hits = [e for e in entries if e.matches(f, flagged, doc.source)]
        if not hits:
            kept.append(f)
        for e in hits:
            used[e] = True
    return kept, list(used.items())


@dataclass
class _Reach:
    used: bool = False
    settings: Settings | None = None
    rules: tuple = ()
    files: list[str] = field(default_factory=list)


class Tracker:
    """Applies the suppressions of a run and remembers which entries were used."""

    def __init__(self) -> None:
        self.reach: dict[Entry, _Reach] = {}
        self.records: list[tuple[Settings, str, Any, list[Finding]]] = []

    def filter(self, doc, findings: list[Finding], settings: Settings, relpath: str, rules) -> list[Finding]:
        kept, usage = filter_findings(doc, findings, settings, relpath, rules)
        self.add_usage(usage, settings, relpath, rules)
        return kept

    def add_usage(self, usage, settings: Settings, relpath: str, rules) -> None:
        """Merge what ``filter_findings`` reported for one file (it may have run elsewhere, e.g.
        in a worker process: entries, Settings and rules are plain picklable values)."""
        for entry, used in usage:
            reach = self.reach.setdefault(entry, _Reach(settings=settings, rules=tuple(rules)))
            reach.files.append(relpath)
            reach.used = reach.used or used

    def record(self, settings: Settings, relpath: str, doc, findings: list[Finding]) -> None:
        """Remember a file's final findings (for --add-suppressions)."""
        self.records.append((settings, relpath, doc, list(findings)))

    def unused(self) -> list[tuple[Entry, _Reach]]:
        return [(e, r) for e, r in self.reach.items() if not r.used and r.files]

    def unused_reports(self, cwd: Path | None = None):
        """FileReports holding one WL901 finding per unused entry, at the entry's header line."""
        from wirelint.document import Document
        from wirelint.linter import stamp
        from wirelint.registry import rule_by_key
        from wirelint.report import FileReport

        rule = rule_by_key(UNUSED_CODE)
        if rule is None:
            return []
        by_source: dict[Path, list[tuple[Entry, _Reach]]] = {}
        for e, reach in self.unused():
            if e.source is None or not any(r.code == UNUSED_CODE for r in reach.rules):
                continue
            by_source.setdefault(e.source, []).append((e, reach))
        reports = []
        for source, items in sorted(by_source.items()):
            try:
                text = source.read_bytes().decode("utf-8", errors="replace")
            except OSError:
                text = ""
            display = _display(source, cwd or Path.cwd())
            doc = Document(text, display)
            starts = entry_lines(text)
            findings = []
            for e, reach in sorted(items, key=lambda x: x[0].index):
                start = starts[e.index] if e.index < len(starts) and len(starts) == _count(source, items) else 0
                end = text.find("\n", start)
                end = len(text) if end < 0 else end
                end = start + len(text[start:end].rstrip("\r"))
                what = f"“{e.text}”" if e.text is not None else "any text"
                hit = Hit(
                    start,
                    end,
                    f"Unused suppression: no {e.code} finding on {what} in {e.path}",
                    help="delete the entry, or correct its path, code or text",
                )
                severity = rule.severity
                for sel, level in reach.settings.severity if reach.settings else ():
                    if matches(sel, rule, enabling=False):
                        severity = level
                findings.append(stamp(doc, rule, hit, severity))
            reports.append(FileReport(display, doc, findings))
        return reports


def _count(source: Path, items) -> int:
    """How many entries the file holds (headers only map to entries when the counts agree)."""
    try:
        if source.name == FILENAME:
            return len(load_ignore_file(source))
        from wirelint.config import read_config

        settings = read_config(source)
        return len(settings.table(TABLE) or ()) if settings else -1
    except ConfigError:
        return -1


def _display(path: Path, cwd: Path) -> str:
    try:
        return path.resolve().relative_to(cwd.resolve()).as_posix()
    except ValueError:
        return os.path.relpath(path, cwd) if os.name != "nt" else str(path)


# --- writing: --add-suppressions ------------------------------------------------------------------
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r"}


def toml_string(value: str) -> str:
    """A TOML basic string for ``value`` (control characters escaped, the rest kept as is)."""
    out = []
    for ch in value:
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04X}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def glob_escape(path: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", path)


def entry_block(path: str, code: str, text: str | None, context: str | None = None, reason: str = PLACEHOLDER_REASON) -> str:
    lines = ["[[suppress]]", f"path = {toml_string(path)}", f"code = {toml_string(code)}"]
    if text is not None:
        lines.append(f"text = {toml_string(text)}")
    if context is not None and text is not None and context != text:
        lines.append(f"context = {toml_string(context)}")
    lines.append(f"reason = {toml_string(reason)}")
    return "\n".join(lines) + "\n"


def add_suppressions(tracker: Tracker, exclude_codes: tuple[str, ...] = (UNUSED_CODE,)) -> list[tuple[Path, int]]:
    """Write every remaining finding of the run into its ignore file, merged with the entries
    already there (existing text is kept byte for byte; new entries are appended).
    Returns (ignore file, entries added) per file written."""
    from wirelint.fix import write_atomic

    wanted: dict[Path, list[tuple[str, str, str, str]]] = {}
    for settings, relpath, doc, findings in tracker.records:
        target = ignore_file_for(settings)
        for f in findings:
            if f.code in exclude_codes:
                continue
            key = (glob_escape(relpath), f.code, doc.source[f.start : f.end], context_of(doc.source, f.start, f.end))
            bucket = wanted.setdefault(target, [])
            if key not in bucket:
                bucket.append(key)
    written = []
    for target, keys in sorted(wanted.items()):
        existing = load_ignore_file(target)
        have = {(e.path, e.code, e.text, e.context if e.context is not None else e.text) for e in existing}
        new = [k for k in keys if k not in have]
        if not new:
            continue
        try:
            raw = target.read_bytes()
        except FileNotFoundError:
            raw = None
        except OSError as exc:
            raise ConfigError(f"{target}: cannot read: {exc.strerror or exc}") from None
        old = raw.decode("utf-8") if raw is not None else HEADER
        newline = "\r\n" if "\r\n" in old else "\n"
        sep = "" if not old or old.endswith(("\n", "\r")) else newline
        blocks = newline.join(entry_block(*k).replace("\n", newline) for k in new)
        text = old + sep + (newline if old.strip() else "") + blocks
        parse_ignore_text(text.removeprefix("\ufeff"), target)  # never write a file we cannot read back
        data = text.encode("utf-8")
        if raw is None:
            _create(target, data)
        else:
            write_atomic(target, data, raw)
        written.append((target, len(new)))
    return written


def _create(path: Path, data: bytes) -> None:
    from wirelint.fix import replace_through_temp

    def still_absent() -> None:
        if path.exists():
            raise ConfigError(f"{path}: appeared while wirelint was writing it; not written")

    replace_through_temp(path, data, 0o666 & ~_umask(), still_absent)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
