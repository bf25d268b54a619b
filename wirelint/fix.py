"""Applying fixes to a file without losing anything a user wrote.

The fix loop lints, applies the fixes that do not clash (``linter.apply_fixes``), and lints the
new text again until nothing more applies (at most ``MAX_PASSES`` passes), so that a second
``--fix`` is a no-op. A piece table remembers, through every pass, which stretches of the new
text are untouched original text; the new file is then built by copying the original *bytes* of
those stretches and encoding only the replaced ones. Each copied stretch is checked to encode to
exactly the bytes it came from, so a codec that does not round-trip stops the fix instead of
quietly rewriting the file. BOM, encoding and line endings therefore survive as they were.

Writing is atomic: a temporary file in the same folder, flushed and fsynced, given the original
permissions, and moved over the original with ``os.replace`` -- but only if the file on disk still
holds the bytes that were read (otherwise an editor saved it meanwhile, and it is left alone).
"""

from __future__ import annotations

import difflib
import os
import re
import stat
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Sequence

from wirelint.finding import Finding
from wirelint.linter import apply_fixes, fix_replacement
from wirelint.source import SourceText

MAX_PASSES = 8
NEWLINE_RE = re.compile(r"\r\n|\r|\n")

Lint = Callable[[str], Sequence[Finding]]


class FixError(Exception):
    """A file that cannot be fixed safely; one line, names no path (the caller does)."""


class ChangedOnDisk(FixError):
    pass


@dataclass(frozen=True)
class Edit:
    """Original text [start, end) (code points) becomes ``text``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class AppliedFix:
    """A fix that was applied, with its span mapped back to the original text."""

    finding: Finding
    start: int
    end: int


@dataclass
class _Piece:
    keep: bool  # True: original text [ostart, oend); False: new text replacing [ostart, oend)
    ostart: int
    oend: int
    length: int  # length in the current text


class PieceTable:
    """The current text as pieces of original text and new text, in original coordinates."""

    def __init__(self, length: int) -> None:
        self.pieces = [_Piece(True, 0, length, length)] if length else []

    def _split(self, cuts: list[int]) -> list[_Piece]:
        out: list[_Piece] = []
        cur, ci = 0, 0
        for p in self.pieces:
            start, end = cur, cur + p.length
            while ci < len(cuts) and cuts[ci] <= start:
                ci += 1
            pos = start
            while ci < len(cuts) and cuts[ci] < end:
                c = cuts[ci]
                if p.keep:
                    out.append(_Piece(True, p.ostart + pos - start, p.ostart + c - start, c - pos))
                else:
                    out.append(_Piece(False, p.ostart, p.oend, c - pos))
                pos = c
                ci += 1
            if p.keep:
                out.append(_Piece(True, p.ostart + pos - start, p.oend, end - pos))
            else:
                out.append(_Piece(False, p.ostart, p.oend, end - pos))
            cur = end
        return out

    def apply(self, edits: list[tuple[int, int, int]]) -> None:
        """Record one pass: sorted, non-overlapping (start, end, new length) in current text."""
        pieces = self._split(sorted({x for s, e, _ in edits for x in (s, e)}))
        out: list[_Piece] = []
        i, cur = 0, 0
        for s, e, n in edits:
            while i < len(pieces) and cur + pieces[i].length <= s and not (pieces[i].length == 0 and cur == s and s < e):
                out.append(pieces[i])
                cur += pieces[i].length
                i += 1
            removed: list[_Piece] = []
            while i < len(pieces) and cur + pieces[i].length <= e and (pieces[i].length > 0 or cur < e):
                removed.append(pieces[i])
                cur += pieces[i].length
                i += 1
            if removed:
                lo, hi = min(p.ostart for p in removed), max(p.oend for p in removed)
            elif i < len(pieces) and pieces[i].keep:
                lo = hi = pieces[i].ostart
            elif out:
                lo = hi = out[-1].oend
            else:
                lo = hi = 0
            out.append(_Piece(False, lo, hi, n))
        out.extend(pieces[i:])
        self.pieces = [p for p in out if p.length or not p.keep]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The original span that current [start, end) came from (widened to whole new pieces;
        an empty span at a seam covers whatever was deleted there)."""
        points: list[int] = []
        cur = 0
        for p in self.pieces:
            a, b = cur, cur + p.length
            cur = b
            if b < start or a > end or (b == start and a < b and start < end) or (a == end and a < b and start < end):
                continue
            if p.keep:
                points += [p.ostart + max(start, a) - a, p.ostart + min(end, b) - a]
            else:
                points += [p.ostart, p.oend]
        if not points:
            last = self.pieces[-1].oend if self.pieces else 0
            return last, last
        return min(points), max(points)

    def edits(self, original: str, current: str) -> list[Edit]:
        out: list[Edit] = []
        cur = 0
        run: list[tuple[_Piece, int]] = []

        def flush() -> None:
            if not run:
                return
            lo, hi = min(p.ostart for p, _ in run), max(p.oend for p, _ in run)
            a = run[0][1]
            b = run[-1][1] + run[-1][0].length
            new = current[a:b]
            if original[lo:hi] != new:
                out.append(Edit(lo, hi, new))
            run.clear()

        for p in self.pieces:
            if p.keep:
                flush()
            else:
                run.append((p, cur))
            cur += p.length
        flush()
        return out


@dataclass
class FixResult:
    original: str
    text: str
    edits: list[Edit]
    applied: list[AppliedFix]
    remaining: list[Finding]
    passes: int
    stable: bool

    @property
    def changed(self) -> bool:
        return self.text != self.original


def fix_text(
    text: str,
    lint: Lint,
    unsafe: bool = False,
    newline: str | None = None,
    max_passes: int = MAX_PASSES,
    findings: Sequence[Finding] | None = None,
) -> FixResult:
    """Lint and fix until nothing more applies. ``lint(text)`` returns the findings for a text;
    ``findings`` are those of ``text`` when the caller already has them."""
    original = text
    table = PieceTable(len(text))
    applied_all: list[AppliedFix] = []
    findings = list(lint(text)) if findings is None else list(findings)
    seen = {text}
    passes = 0
    stable = True
    while True:
        new, applied = apply_fixes(text, findings, unsafe, newline)
        if not applied:
            break
        if passes >= max_passes or new in seen:  # a rule that undoes another: stop, keep the last text
            stable = False
            break
        for f in applied:
            applied_all.append(AppliedFix(f, *table.to_original(f.start, f.end)))
        table.apply([(f.start, f.end, len(fix_replacement(f.replacement, newline))) for f in applied])
        seen.add(new)
        text = new
        passes += 1
        findings = list(lint(text))
    return FixResult(original, text, table.edits(original, text), applied_all, findings, passes, stable)


def _round_trip_codec(src: SourceText) -> str:
    """The codec that writes ``src`` back: for "utf-16"/"utf-32" without a BOM, the byte order
    that reads the body back (the plain codecs would add a BOM to every piece they encode)."""
    enc = src.encoding
    norm = enc.lower().replace("_", "-")
    if norm in ("utf-16", "utf16", "utf-32", "utf32"):
        base = "utf-16" if "16" in norm else "utf-32"
        body = src.raw[len(src.bom) :]
        for cand in (f"{base}-le", f"{base}-be"):
            try:
                if body.decode(cand) == src.text:
                    return cand
            except UnicodeDecodeError:
                pass
    return enc


def encode_fixed(src: SourceText, edits: Sequence[Edit]) -> bytes:
    """The fixed file's bytes: the original bytes outside ``edits``, the edits encoded."""
    if not edits:
        return src.raw
    enc = _round_trip_codec(src)
    body = memoryview(src.raw)[len(src.bom) :]
    text = src.text
    out = [src.bom]
    bpos = pos = 0

    def copy(segment: str) -> None:
        nonlocal bpos
        want = segment.encode(enc)
        if body[bpos : bpos + len(want)] != want:
            raise FixError(f"the {src.encoding} encoding does not round-trip this file; not fixed")
        out.append(bytes(body[bpos : bpos + len(want)]))
        bpos += len(want)

    for ed in sorted(edits, key=lambda e: (e.start, e.end)):
        copy(text[pos : ed.start])
        gone = text[ed.start : ed.end].encode(enc)
        if body[bpos : bpos + len(gone)] != gone:
            raise FixError(f"the {src.encoding} encoding does not round-trip this file; not fixed")
        bpos += len(gone)
        try:
            out.append(ed.text.encode(enc))
        except UnicodeEncodeError:
            raise FixError(f"a fix writes {ed.text!r}, which {src.encoding} cannot encode; not fixed") from None
        pos = ed.end
    copy(text[pos:])
    if bpos != len(body):
        raise FixError("internal error: fixed bytes do not cover the file; not fixed")
    return b"".join(out)


@dataclass
class FixOutcome:
    """A fixed source: the fix result and the bytes to write."""

    result: FixResult
    data: bytes
    messages: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return self.result.changed


def fix_source(src: SourceText, lint: Lint, unsafe: bool = False, findings: Sequence[Finding] | None = None) -> FixOutcome:
    result = fix_text(src.text, lint, unsafe, newline=src.newline, findings=findings)
    data = encode_fixed(src, result.edits)
    messages = []
    if not result.stable:
        messages.append(f"fixes did not settle after {result.passes} passes (two rules undo each other?); kept the last")
    return FixOutcome(result, data, messages)


def write_atomic(path: Path, data: bytes, expected: bytes) -> None:
    """Replace the file at ``path`` (through symlinks) with ``data``, keeping its permissions,
    unless its bytes are no longer ``expected``. Raises ChangedOnDisk or FixError."""
    target = Path(os.path.realpath(path))
    try:
        st = target.stat()
    except OSError as exc:
        raise FixError(f"cannot write: {exc.strerror or exc}") from None
    if not os.access(target, os.W_OK):
        raise FixError("file is not writable; not fixed")

    def unchanged() -> None:
        try:
            current = target.read_bytes()
        except OSError as exc:
            raise FixError(f"cannot re-read before writing: {exc.strerror or exc}; not fixed") from None
        if current != expected:
            raise ChangedOnDisk("changed on disk since it was read; not fixed")

    replace_through_temp(target, data, stat.S_IMODE(st.st_mode), unchanged, owner=(st.st_uid, st.st_gid))


def replace_through_temp(target: Path, data: bytes, mode: int, check, owner: tuple[int, int] | None = None) -> None:
    """Write ``data`` to a temporary file beside ``target`` (fsync, ``mode``, ``owner``), call
    ``check()`` — which raises to abandon the write — then rename it over ``target`` and make the
    rename durable. The temporary file never survives a failure."""
    try:
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".wirelint-tmp")
    except OSError as exc:
        raise FixError(f"cannot write a temporary file next to it: {exc.strerror or exc}; not written") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        if owner is not None and hasattr(os, "chown"):
            try:
                os.chown(tmp, *owner)
            except OSError:
                pass  # only the owner or root may give a file away; the mode is kept regardless
        check()
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    try:  # make the rename itself durable
        dfd = os.open(target.parent, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dfd)
    except OSError:
        pass
    finally:
        os.close(dfd)


def split_lines(text: str) -> list[str]:
    """Lines with their endings; only CR, LF and CRLF end a line (not U+2028 or form feed)."""
    out, pos = [], 0
    for m in NEWLINE_RE.finditer(text):
        out.append(text[pos : m.end()])
        pos = m.end()
    if pos < len(text):
        out.append(text[pos:])
    return out


def unified_diff(display: str, old: str, new: str) -> str:
    lines = []
    for line in difflib.unified_diff(split_lines(old), split_lines(new), fromfile=f"a/{display}", tofile=f"b/{display}"):
        if line.endswith(("\n", "\r")):
            lines.append(line)
        else:
            lines.append(line + "\n\\ No newline at end of file\n")
    return "".join(lines)


# --- one file of a run ---------------------------------------------------------------------------
@dataclass
class FixMode:
    """What ``check --fix`` / ``--diff`` asked for, and what it did (read by the CLI)."""

    unsafe: bool = False
    diff: bool = False
    fixed: list[tuple[str, list[AppliedFix]]] = field(default_factory=list)
    diffs: list[str] = field(default_factory=list)
    stdout_data: bytes | None = None  # standard input, fixed: goes to standard output
    warnings: list[str] = field(default_factory=list)

    @property
    def count(self) -> int:
        return sum(len(a) for _, a in self.fixed)


def fix_file(mode: FixMode, src: SourceText, display: str, path: Path | None, findings: Sequence[Finding], lint: Lint) -> tuple[str | None, list[str]]:
    """Fix one file of a run: write it (``path``), or keep the diff (``mode.diff``), or keep the
    bytes for standard output (``path`` None). ``findings`` are those of ``src.text``; ``lint``
    lints any text the same way. Returns (the fixed text to report on, or None when the file was
    left as it was; one-line errors naming ``display``)."""
    try:
        outcome = fix_source(src, lint, mode.unsafe, findings=findings)
    except FixError as exc:
        if path is None and not mode.diff:
            mode.stdout_data = src.raw
        return None, [f"{display}: {exc}"]
    mode.warnings.extend(f"{display}: {m}" for m in outcome.messages)
    if path is None and not mode.diff:
        mode.stdout_data = outcome.data
    if not outcome.changed:
        return None, []
    if mode.diff:
        mode.diffs.append(unified_diff(display, src.text, outcome.result.text))
    elif path is not None:
        try:
            write_atomic(path, outcome.data, src.raw)
        except FixError as exc:
            return None, [f"{display}: {exc}"]
    mode.fixed.append((display, outcome.result.applied))
    return outcome.result.text, []
