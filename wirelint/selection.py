"""Which rules run: ruff-style selectors (code, code prefix, rule name, or ``ALL``).

A prefix (``WL3``) enables only the rules in it that are on by default; a rule that is off by
default runs when selected by its exact code or name, or by ``ALL``. Ignoring by prefix removes
every rule in it.

Rules that a configuration builds (house vocabularies, codes WL701-WL799) are not in the
registry: they come as ``extra`` rules, and a code of their range is a valid selector anywhere.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Iterable

from wirelint.errors import ConfigError
from wirelint.registry import all_rules
from wirelint.rule import CONFIGURED_CODES, Rule


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
    u = s.upper()
    if u.startswith("WL") and any(r.code.startswith(u) for r in rules):
        return "prefix"
    configured = [f"WL{n}" for n in CONFIGURED_CODES]
    if u in configured:
        return "exact"
    if u.startswith("WL") and any(c.startswith(u) for c in configured):
        return "prefix"
    return "unknown"


def check_selectors(selectors: Iterable[str], where: str, extra: Iterable[Rule] = ()) -> None:
    """Every selector names a rule, a prefix or ALL; ``extra`` are rules a configuration built."""
    extra = tuple(extra)
    for s in selectors:
        if _kind(s) == "unknown" and not any(s.strip().lower() == r.name for r in extra):
            raise ConfigError(f"{where}: unknown rule code or name {s!r}")


def matches(selector: str, rule: Rule, *, enabling: bool) -> bool:
    """Does ``selector`` pick ``rule``? When enabling, a prefix skips off-by-default rules."""
    s = selector.strip()
    kind = _kind(s)
    if kind == "all":
        return True
    if s.upper() == rule.code or s.lower() == rule.name:
        return True
    if kind == "prefix":
        return rule.code.startswith(s.upper()) and (rule.default or not enabling)
    return False


def resolve(select: Iterable[str] | None, extend_select: Iterable[str], ignore: Iterable[str],
            extra: Iterable[Rule] = ()) -> tuple[Rule, ...]:
    """The rules to run: ``extra`` (rules a configuration built) are chosen as discovered ones."""
    rules = all_rules()
    extra = tuple(extra)
    if extra:
        rules = tuple(sorted(rules + extra, key=lambda r: r.code))
    if select is None:
        chosen = {r.code for r in rules if r.default}
    else:
        chosen = {r.code for r in rules if any(matches(s, r, enabling=True) for s in select)}
    chosen |= {r.code for r in rules if any(matches(s, r, enabling=True) for s in extend_select)}
    chosen -= {r.code for r in rules if any(matches(s, r, enabling=False) for s in ignore)}
    return tuple(r for r in rules if r.code in chosen)
