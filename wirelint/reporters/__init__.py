"""Reporters: one module per output format, each with ``render(run, out, color=…)``.

The format name is the module name; ``available()`` lists them."""

from __future__ import annotations

import importlib
import pkgutil


def available() -> list[str]:
    return sorted(i.name.rstrip("_") for i in pkgutil.iter_modules(__path__) if not i.name.startswith("_"))


def get(name: str):
    return importlib.import_module(f"{__name__}.{name}")
