"""Which rules run: ruff-style selectors (code, code prefix, rule name, or ``ALL``).

A prefix (``WL3``) enables only the rules in it that are on by default; a rule that is off by
default runs when selected by its exact code or name, or by ``ALL``. Ignoring by prefix removes
every rule in it.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Iterable

from wirelint.errors import ConfigError
from wirelint.registry import all_rules
from wirelint.rule import Rule


class SelectionError(Exception):
    pass


@lru_cache(maxsize=1024)
def _kind(selector: str) -> str:
    """'all', 'exact', 'prefix' or 'unknown' for a selector (the rule set never changes, so the
    answer is cached: suppression regions ask it for every finding)."""
    s = selector.strip()
    if s.upper() == "ALL":
        return "all"
    rules = all_rules()
    if any(s.upper() == r.code or s.lower() == r.name for r in rules):
        return "exact"
    if s.upper().startswith("WL") and any(r.code.startswith(s.upper()) for r in rules):
        return "prefix"
    return "unknown"


def check_selectors(selectors: Iterable[str], where: str) -> None:
    for s in selectors:
        if _kind(s) == "unknown":
            raise ConfigError(f"{where}: unknown rule code or name {s!r}")


def matches(selector: str, rule: Rule, *, enabling: bool) -> bool:
    """Does ``selector`` pick ``rule``? When enabling, a prefix skips off-by-default rules."""
    s = selector.strip()
    kind = _kind(s)
    if kind == "all":
        return True
    if kind == "exact":
        return s.upper() == rule.code or s.lower() == rule.name
    if kind == "prefix":
        return rule.code.startswith(s.upper()) and (rule.default or not enabling)
    return False


def resolve(select: Iterable[str] | None, extend_select: Iterable[str], ignore: Iterable[str]) -> tuple[Rule, ...]:
    rules = all_rules()
    if select is None:
        chosen = {r.code for r in rules if r.default}
    else:
        chosen = {r.code for r in rules if any(matches(s, r, enabling=True) for s in select)}
    chosen |= {r.code for r in rules if any(matches(s, r, enabling=True) for s in extend_select)}
    chosen -= {r.code for r in rules if any(matches(s, r, enabling=False) for s in ignore)}
    return tuple(r for r in rules if r.code in chosen)
