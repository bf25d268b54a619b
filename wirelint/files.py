"""Which files to lint: explicit paths, directories walked for the include globs, and
.gitignore-style exclude patterns from the configuration."""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass
from fnmatch import fnmatchcase
from functools import lru_cache
from pathlib import Path

from wirelint.config import Settings, settings_for, settings_for_dir


@lru_cache(maxsize=512)
def _ignore_regex(pattern: str) -> tuple[re.Pattern[str], bool]:
    """Compile one .gitignore-style pattern; returns (regex over a relative posix path, dir-only)."""
    dir_only = pattern.endswith("/")
    pat = pattern.rstrip("/")
    anchored = "/" in pat
    pat = pat.lstrip("/")
    out, i = [], 0
    while i < len(pat):
        if pat.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif pat.startswith("**", i):
            out.append(".*")
            i += 2
        elif pat[i] == "*":
            out.append("[^/]*")
            i += 1
        elif pat[i] == "?":
            out.append("[^/]")
            i += 1
        elif pat[i] == "[":
            j = pat.find("]", i + 1)
            if j < 0:
                out.append(re.escape(pat[i]))
                i += 1
            else:
                body = pat[i + 1 : j].replace("\\", "\\\\")
                if body.startswith("!"):
                    body = "^" + body[1:]
                out.append(f"[{body}]")
                i = j + 1
        else:
            out.append(re.escape(pat[i]))
            i += 1
    core = "".join(out)
    prefix = "" if anchored else "(?:.*/)?"
    return re.compile(f"{prefix}{core}"), dir_only


def is_excluded(relpath: str, patterns: tuple[str, ...], is_dir: bool) -> bool:
    """True when the path or one of its parent folders matches an exclude pattern."""
    parts = relpath.split("/")
    for pattern in patterns:
        if not pattern or pattern.startswith("#"):
            continue
        regex, dir_only = _ignore_regex(pattern)
        for n in range(1, len(parts) + 1):
            sub_is_dir = n < len(parts) or is_dir
            if dir_only and not sub_is_dir:
                continue
            if regex.fullmatch("/".join(parts[:n])):
                return True
    return False


def relative_to_root(path: Path, settings: Settings) -> str:
    try:
        return path.resolve().relative_to(settings.root).as_posix()
    except ValueError:
        return path.as_posix()


@dataclass(frozen=True)
class Target:
    path: Path
    display: str
    settings: Settings
    relpath: str | None = None  # relative to settings.root (computed once, here)
    real: str | None = None  # the resolved path, to lint each file once


def _relative(real: str, root: str, fallback: str) -> str:
    """``relative_to_root`` for a path already resolved, with string operations (POSIX)."""
    if real == root:
        return "."
    prefix = root if root.endswith("/") else root + "/"
    return real[len(prefix) :] if real.startswith(prefix) else fallback


class PathError(Exception):
    """A path on the command line that cannot be linted (one line, names the path)."""


def collect(paths: list[str], config: Path | None = None) -> tuple[list[Target], list[str]]:
    """Expand paths into files to lint; returns (targets, errors). Never raises for one bad path."""
    targets: list[Target] = []
    errors: list[str] = []
    seen: set[str] = set()
    # A pre-commit hook or a shell glob names hundreds of files in a few folders: each folder is
    # resolved, and its configuration found, once.
    folders: dict[str, tuple[str, Settings]] = {}
    for raw in paths:
        path = Path(raw)
        try:
            mode = os.stat(raw).st_mode
        except (OSError, ValueError):
            errors.append(f"{raw}: no such file or directory")
            continue
        if stat.S_ISDIR(mode):
            found = list(_walk(path, config))
            if not found:
                errors.append(f"{raw}: no files to lint (looked for {', '.join(settings_for(path, config).include)})")
            for t in found:
                real = t.real if t.real is not None else str(t.path.resolve())
                if real not in seen:
                    seen.add(real)
                    targets.append(t)
            continue
        if not stat.S_ISREG(mode):
            errors.append(f"{raw}: not a regular file")
            continue
        parent = os.path.dirname(raw) or "."  # resolved as Path.parent.resolve() would
        known = folders.get(parent)
        if known is None:
            real_parent = os.path.realpath(parent)
            known = folders[parent] = (real_parent, settings_for_dir(Path(real_parent)) if config is None else settings_for(path, config))
        real_parent, settings = known
        real, rel = _locate(path, real_parent, settings)
        if is_excluded(rel, settings.exclude, False):
            continue
        if real not in seen:
            seen.add(real)
            targets.append(Target(path, raw, settings, rel, real))
    return targets, errors


def _locate(file_path: Path, real_folder: str, settings: Settings) -> tuple[str, str]:
    """A file's resolved path and its path relative to ``settings.root``, given its folder's
    resolved path: the folder's plus the name unless the file is a symbolic link (resolving
    every file one by one cost more than linting some)."""
    if os.sep != "/":  # pragma: no cover - not POSIX
        return str(file_path.resolve()), relative_to_root(file_path, settings)
    name = str(file_path)
    real = os.path.realpath(name) if os.path.islink(name) else os.path.join(real_folder, file_path.name)
    return real, _relative(real, str(settings.root), file_path.as_posix())


def _walk(top: Path, config: Path | None):
    for folder, dirs, files in os.walk(top):
        folder_path = Path(folder)
        real_folder = os.path.realpath(folder)
        settings = settings_for(folder_path, config) if config else settings_for_dir(Path(real_folder))
        kept = []
        for d in sorted(dirs):
            rel = relative_to_root(folder_path / d, settings)
            if not is_excluded(rel, settings.exclude, True):
                kept.append(d)
        dirs[:] = kept
        for name in sorted(files):
            if not any(fnmatchcase(name, g) for g in settings.include):
                continue
            file_path = folder_path / name
            real, rel = _locate(file_path, real_folder, settings)
            if is_excluded(rel, settings.exclude, False):
                continue
            if os.path.isfile(real):
                yield Target(file_path, file_path.as_posix(), settings, rel, real)
