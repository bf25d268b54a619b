"""Configuration: ``[tool.wirelint]`` in pyproject.toml or a ``wirelint.toml``, nearest to the
file linted; the command line overrides it. Everything ends in one frozen Settings."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping

from wirelint.errors import ConfigError  # re-exported: callers import it from here
from wirelint.finding import Severity

__all__ = ["ConfigError", "Settings", "settings_for", "settings_for_dir", "read_config", "parse_table"]

CONFIG_FILES = ("wirelint.toml", "pyproject.toml")
DEFAULT_INCLUDE = ("*.txt", "*.md", "*.markdown", "*.mdx", "*.mkd", "*.mdown", "*.html", "*.htm", "*.xhtml")
DEFAULT_EXCLUDE = (".git/", ".hg/", ".svn/", ".venv/", "venv/", "node_modules/", "__pycache__/", ".tox/")
DEFAULT_MAX_FILE_SIZE = 64 * 1024 * 1024
LANGUAGETOOL_ENV = "WIRELINT_LANGUAGETOOL"  # here so a run can read it without importing the client




@dataclass(frozen=True)
class Settings:
    root: Path = field(default_factory=Path.cwd)
    source: Path | None = None
    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = DEFAULT_EXCLUDE
    severity: tuple[tuple[str, Severity], ...] = ()
    rule_options: tuple[tuple[str, tuple[tuple[str, Any], ...]], ...] = ()
    encoding: str | None = None
    max_file_size: int = DEFAULT_MAX_FILE_SIZE
    respect_gitignore: bool = True
    tables: tuple[tuple[str, Any], ...] = ()  # sub-tables owned by other modules (languagetool, …)

    @property
    def label(self) -> str:
        return str(self.source) if self.source else "defaults"

    def options_for(self, rule) -> dict[str, Any]:
        merged: dict[str, Any] = {}
        house = getattr(rule, "vocabulary", None)
        if house:  # the rule takes the house's spellings ([vocabulary] prefer) in this option
            spellings = self.house_spellings
            if spellings:
                merged[house] = spellings
        for key, opts in self.rule_options:
            if key in (rule.code, rule.name):
                for okey, value in opts:
                    if okey == house and isinstance(value, dict) and house in merged:
                        value = FrozenMap({**merged[house], **value})  # the rule's own table wins
                    merged[okey] = value
        return merged

    @property
    def configured_rules(self) -> tuple:
        """Rules this configuration defines itself (a house vocabulary): every table whose parsed
        value offers ``rules``. The engine runs them beside the discovered ones."""
        return tuple(r for _, value in self.tables for r in getattr(value, "rules", ()))

    @property
    def house_spellings(self) -> dict[str, str]:
        """The house's spelling of each name, from tables that offer ``house_spellings``."""
        out: dict[str, str] = {}
        for _, value in self.tables:
            out.update(getattr(value, "house_spellings", None) or {})
        return FrozenMap(out) if out else out

    def table(self, name: str) -> Any:
        return dict(self.tables).get(name)


class FrozenMap(dict):
    """A rule option's table as read from TOML: a dict that cannot change and can be hashed,
    so that Settings (frozen and hashed) can hold it."""

    def __hash__(self) -> int:  # type: ignore[override]
        return hash(tuple(sorted(self.items(), key=lambda kv: kv[0])))

    def _readonly(self, *args, **kwargs):
        raise TypeError("configuration options are read-only")

    __setitem__ = __delitem__ = clear = pop = popitem = setdefault = update = _readonly  # type: ignore[assignment]


def freeze(value: Any) -> Any:
    """TOML values made hashable: tables become FrozenMap, arrays tuples (recursively)."""
    if isinstance(value, dict):
        return FrozenMap({k: freeze(v) for k, v in value.items()})
    if isinstance(value, list):
        return tuple(freeze(v) for v in value)
    return value


def _str_list(value: Any, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: expected a list of strings")
    return tuple(value)


def _globs(value: Any, where: str) -> tuple[str, ...]:
    """A list of path patterns (wirelint.globs), each checked now so that a bad one is named."""
    from wirelint.globs import GlobError, check_pattern

    patterns = _str_list(value, where)
    for p in patterns:
        try:
            check_pattern(p)
        except GlobError as exc:
            raise ConfigError(f"{where}: {exc}") from None
    return patterns


# Tables that other modules validate themselves: name -> validator(value, where) -> value, or
# "module:function" for a validator imported only when a configuration has that table.
EXTRA_TABLES: dict[str, Any] = {
    "languagetool": "wirelint.languagetool:parse_config",
    "suppressions": "wirelint.ignorefile:validate_table",
    "vocabulary": "wirelint.vocabulary:parse_config",
}


def _validator(name: str):
    target = EXTRA_TABLES[name]
    if isinstance(target, str):
        import importlib

        module, _, func = target.partition(":")
        target = getattr(importlib.import_module(module), func)
        EXTRA_TABLES[name] = target
    return target


def parse_table(data: Mapping[str, Any], path: Path) -> Settings:
    """Turn a ``[tool.wirelint]`` table into Settings, naming the file and key of any error."""
    from wirelint.selection import check_selectors
    from wirelint.registry import rule_by_key

    settings = Settings(root=path.parent.resolve(), source=path)
    changes: dict[str, Any] = {}
    tables: dict[str, Any] = {}
    selectors: list[tuple[tuple[str, ...], str]] = []  # checked last: the table may define rules
    for key, value in data.items():
        where = f"{path}: key '{key}'"
        norm = key.replace("_", "-")
        if norm in ("select", "extend-select", "ignore"):
            sel = _str_list(value, where)
            selectors.append((sel, where))
            changes[norm.replace("-", "_")] = sel
        elif norm in ("include", "exclude"):
            changes[norm] = _globs(value, where)
        elif norm in ("extend-exclude", "extend-include"):
            base = "exclude" if norm == "extend-exclude" else "include"
            changes[base] = getattr(settings, base) + _globs(value, where)
        elif norm == "respect-gitignore":
            if not isinstance(value, bool):
                raise ConfigError(f"{where}: expected true or false")
            changes["respect_gitignore"] = value
        elif norm == "per-file-ignores":
            if not isinstance(value, dict):
                raise ConfigError(f"{where}: expected a table of glob = [codes]")
            pfi = []
            for glob, codes in value.items():
                _globs(glob, where)
                sel = _str_list(codes, f"{where}.{glob}")
                selectors.append((sel, f"{where}.{glob}"))
                pfi.append((glob, sel))
            changes["per_file_ignores"] = tuple(pfi)
        elif norm == "severity":
            if not isinstance(value, dict):
                raise ConfigError(f"{where}: expected a table of code = \"error|warning|info\"")
            sev = []
            for sel, level in value.items():
                selectors.append(((sel,), f"{where}.{sel}"))
                try:
                    sev.append((sel, Severity.parse(level)))
                except ValueError as exc:
                    raise ConfigError(f"{where}.{sel}: {exc}") from None
            changes["severity"] = tuple(sev)
        elif norm == "rules":
            if not isinstance(value, dict):
                raise ConfigError(f"{where}: expected tables of rule options, e.g. [tool.wirelint.rules.WL203]")
            opts = []
            for rkey, table in value.items():
                rule = rule_by_key(rkey)
                if rule is None:
                    raise ConfigError(f"{where}.{rkey}: unknown rule")
                if not isinstance(table, dict):
                    raise ConfigError(f"{where}.{rkey}: expected a table of options")
                clean = {}
                for okey, ovalue in table.items():
                    pkey = okey.replace("-", "_")
                    if pkey not in rule.options:
                        known = ", ".join(sorted(rule.options)) or "none"
                        raise ConfigError(f"{where}.{rkey}.{okey}: unknown option (known: {known})")
                    default = rule.options[pkey]
                    if default is not None and not isinstance(ovalue, (list, tuple) if isinstance(default, (list, tuple)) else type(default)):
                        raise ConfigError(f"{where}.{rkey}.{okey}: expected {type(default).__name__}")
                    clean[pkey] = freeze(ovalue)
                opts.append((rule.code, tuple(clean.items())))
            changes["rule_options"] = tuple(opts)
        elif norm == "encoding":
            if not isinstance(value, str):
                raise ConfigError(f"{where}: expected a string")
            check_encoding(value, where)
            changes["encoding"] = value
        elif norm == "max-file-size":
            if not isinstance(value, int) or value <= 0:
                raise ConfigError(f"{where}: expected a positive number of bytes")
            changes["max_file_size"] = value
        elif norm in EXTRA_TABLES:
            tables[norm] = _validator(norm)(value, where)
        else:
            raise ConfigError(f"{where}: unknown key")
    if tables:
        changes["tables"] = tuple(tables.items())
    settings = replace(settings, **changes)
    extra = settings.configured_rules
    for sel, where in selectors:
        check_selectors(sel, where, extra)
    return settings


def check_encoding(name: str, where: str) -> None:
    import codecs

    try:
        codecs.lookup(name)
    except LookupError:
        raise ConfigError(f"{where}: unknown encoding {name!r}") from None


def read_config(path: Path) -> Settings | None:
    """Settings from one file, or None when a pyproject.toml has no [tool.wirelint]."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: not valid UTF-8") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("wirelint")
        if table is None:
            return None
        if not isinstance(table, dict):
            raise ConfigError(f"{path}: key 'tool.wirelint': expected a table")
        return parse_table(table, path)
    return parse_table(data, path)


@lru_cache(maxsize=256)
def settings_for_dir(directory: Path) -> Settings:
    """The nearest configuration at or above ``directory``; defaults rooted at cwd if none."""
    for folder in (directory, *directory.parents):
        for name in CONFIG_FILES:
            candidate = folder / name
            if candidate.is_file():
                found = read_config(candidate)
                if found is not None:
                    return found
    return Settings(root=Path.cwd())


def settings_for(path: Path, explicit: Path | None = None) -> Settings:
    """Settings for a file: an explicit ``--config`` file, else the nearest one."""
    if explicit is not None:
        return _explicit(explicit.resolve())
    directory = path.parent if not path.is_dir() else path
    return settings_for_dir(directory.resolve())


@lru_cache(maxsize=8)
def _explicit(path: Path) -> Settings:
    if not path.is_file():
        raise ConfigError(f"{path}: config file not found")
    found = read_config(path)
    if found is None:
        raise ConfigError(f"{path}: no [tool.wirelint] table")
    return found
