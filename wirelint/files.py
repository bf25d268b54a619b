"""Which files to lint: explicit paths, directories walked for the include globs, and
.gitignore-style exclude patterns from the configuration."""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from wirelint.config import Settings, settings_for, settings_for_dir
from wirelint.globs import GlobError, PathSpec, check_pattern, compile_glob


@lru_cache(maxsize=256)
def _spec(patterns: tuple[str, ...]) -> PathSpec:
    return PathSpec(patterns)


def is_excluded(relpath: str, patterns: tuple[str, ...], is_dir: bool, start: int = 0) -> bool:
    """True when the path or one of its folders (below the first ``start`` segments) is excluded
    by the gitignore-style ``patterns`` (wirelint.globs)."""
    return _spec(patterns).excludes(relpath, is_dir, start)


@lru_cache(maxsize=256)
def _repo_root(folder: str) -> str | None:
    """The nearest folder at or above ``folder`` that holds ``.git`` (a folder or a file)."""
    here = folder
    while True:
        if os.path.exists(os.path.join(here, ".git")):
            return here
        up = os.path.dirname(here)
        if up == here:
            return None
        here = up


@lru_cache(maxsize=1024)
def _gitignore_at(folder: str) -> PathSpec | None:
    try:
        with open(os.path.join(folder, ".gitignore"), encoding="utf-8", errors="replace") as fh:
            lines = fh.read().splitlines()
    except OSError:
        return None
    usable = []
    for line in lines:
        line = line.rstrip() if not line.endswith("\\ ") else line
        try:
            check_pattern(line)
        except GlobError:
            continue
        usable.append(line)
    spec = PathSpec(usable)
    return spec if spec else None


def gitignored(real: str, is_dir: bool, below: str | None = None) -> bool:
    """Whether git would ignore this resolved path: the ``.gitignore`` files from the repository's
    root down to the path's folder, each relative to its own folder (deeper files decide last).
    ``below``: a folder named on the command line; it and its parents are not judged."""
    folder = real if is_dir else os.path.dirname(real)
    root = _repo_root(folder)
    if root is None or real == root:
        return False
    rel = real[len(root) :].strip("/")
    parts = rel.split("/")
    # A path is ignored when it, or one of its folders, is ignored by the files in reach of it.
    for n in range(1, len(parts) + 1):
        sub = "/".join(parts[:n])
        if below is not None and (below + "/").startswith(f"{root}/{sub}/"):
            continue
        sub_is_dir = n < len(parts) or is_dir
        verdict = None
        base = root
        for depth in range(0, n):
            spec = _gitignore_at(base)
            if spec is not None:
                decided = spec.decides("/".join(parts[depth:n]), sub_is_dir)
                if decided is not None:
                    verdict = decided
            base = os.path.join(base, parts[depth])
        if verdict:
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


def _included(name: str, rel: str, settings: Settings) -> bool:
    return any(compile_glob(g).match(rel if "/" in g.strip("/") else name) for g in settings.include)


def _skipped(real: str, rel: str, settings: Settings, is_dir: bool, start: int = 0,
             top: str | None = None, gitignore: bool | None = None) -> bool:
    """Excluded by the configuration, or ignored by git when the configuration (or the command
    line's ``gitignore``) respects that. ``start``/``top``: a named folder, not itself judged."""
    if is_excluded(rel, settings.exclude, is_dir, start):
        return True
    respect = settings.respect_gitignore if gitignore is None else gitignore
    return respect and gitignored(real, is_dir, top)


def collect(paths: list[str], config: Path | None = None, force_exclude: bool = False,
            notes: list[str] | None = None, gitignore: bool | None = None) -> tuple[list[Target], list[str]]:
    """Expand paths into files to lint; returns (targets, errors). Never raises for one bad path.

    A file or folder named on the command line is linted even when the configuration (or
    ``.gitignore``) excludes it, as ruff does, unless ``force_exclude``: then it is skipped and a
    line saying so goes to ``notes``. What a folder walk finds is always subject to them.
    """
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
            settings = settings_for(path, config)
            real_top = os.path.realpath(raw)
            top_rel = _relative(real_top, str(settings.root), path.as_posix())
            depth = 0 if top_rel == "." else len([p for p in top_rel.split("/") if p])
            if force_exclude and depth and _skipped(real_top, top_rel, settings, True, gitignore=gitignore):
                if notes is not None:
                    notes.append(f"{raw}: excluded by the configuration; not linted (--force-exclude)")
                continue
            counter = [0]
            found = list(_walk(path, config, depth, counter, None if force_exclude else real_top, gitignore))
            if not found:
                looked = ", ".join(settings.include)
                if counter[0]:
                    errors.append(f"{raw}: no files to lint: the {counter[0]} matching {looked} "
                                  f"{'is' if counter[0] == 1 else 'are'} excluded by the configuration or .gitignore")
                else:
                    errors.append(f"{raw}: no files to lint (looked for {looked})")
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
        if force_exclude and _skipped(real, rel, settings, False, gitignore=gitignore):
            if notes is not None:
                notes.append(f"{raw}: excluded by the configuration; not linted (--force-exclude)")
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


def _walk(top: Path, config: Path | None, depth: int = 0, excluded: list[int] | None = None,
          real_top: str | None = None, gitignore: bool | None = None):
    """Files under ``top`` that match the include globs and are not excluded. ``depth``: the
    segments of ``top``'s own path, which are not judged (it was named). ``excluded[0]`` counts
    matching files left out by exclusion."""
    for folder, dirs, files in os.walk(top):
        folder_path = Path(folder)
        real_folder = os.path.realpath(folder)
        settings = settings_for(folder_path, config) if config else settings_for_dir(Path(real_folder))
        kept = []
        for d in sorted(dirs):
            rel = relative_to_root(folder_path / d, settings)
            if not _skipped(os.path.join(real_folder, d), rel, settings, True, depth, real_top, gitignore):
                kept.append(d)
        dirs[:] = kept
        for name in sorted(files):
            file_path = folder_path / name
            real, rel = _locate(file_path, real_folder, settings)
            if not _included(name, rel, settings):
                continue
            if _skipped(real, rel, settings, False, depth, real_top, gitignore):
                if excluded is not None:
                    excluded[0] += 1
                continue
            if os.path.isfile(real):
                yield Target(file_path, file_path.as_posix(), settings, rel, real)
