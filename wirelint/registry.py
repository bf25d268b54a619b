"""Discovery: every Rule defined in a module of ``wirelint.rules`` (no registration list)."""

from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache

from wirelint.rule import Rule


@lru_cache(maxsize=1)
def all_rules() -> tuple[Rule, ...]:
    """Every rule, sorted by code. Rule modules are imported here and nowhere else."""
    import wirelint.rules as package

    found: dict[str, Rule] = {}
    names: dict[str, str] = {}
    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda i: i.name):
        if info.name.startswith("_") or info.ispkg:
            continue
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        for value in vars(module).values():
            if isinstance(value, Rule) and value.module == module.__name__:
                if value.code in found:
                    raise RuntimeError(f"rule code {value.code} is defined twice")
                if value.name in names:
                    raise RuntimeError(f"rule name {value.name} is defined twice")
                found[value.code] = value
                names[value.name] = value.code
    return tuple(sorted(found.values(), key=lambda r: r.code))


def rule_by_key(key: str) -> Rule | None:
    """A rule by exact code (any case) or name."""
    key = key.strip()
    for r in all_rules():
        if r.code == key.upper() or r.name == key.lower():
            return r
    return None
