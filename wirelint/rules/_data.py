"""Loading the data files that rules keep in ``wirelint/rules/data`` (cached, read on first use)."""

from __future__ import annotations

import os
from functools import lru_cache
from typing import Any

DATA_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")


def data_text(name: str) -> str:
    """The file's text with universal newlines, read straight from the package directory when it
    is one (importlib.resources is imported only when it is not: it costs ~4 ms at start-up)."""
    try:
        with open(os.path.join(DATA_DIR, name), encoding="utf-8") as f:
            return f.read()
    except OSError:
        from importlib import resources

        return resources.files("wirelint.rules").joinpath("data", name).read_text(encoding="utf-8")


def data_text_raw(name: str) -> str:
    """The file's text exactly as stored (no newline translation), read straight from the package
    directory when it is one (fast at start-up), else through importlib.resources."""
    try:
        with open(os.path.join(DATA_DIR, name), "rb") as f:
            raw = f.read()
    except OSError:
        from importlib import resources

        raw = resources.files("wirelint.rules").joinpath("data", name).read_bytes()
    return raw.decode("utf-8")


@lru_cache(maxsize=None)
def load_json(name: str) -> Any:
    import json

    return json.loads(data_text(name))


@lru_cache(maxsize=None)
def load_tsv(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a tab-separated file; ``#`` comment lines and blank lines are skipped. The first
    non-comment row is the header and is returned first."""
    rows = []
    for line in data_text(name).splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append(tuple(cell.strip() for cell in line.split("\t")))
    return tuple(rows)


def tsv_records(name: str) -> list[dict[str, str]]:
    rows = load_tsv(name)
    if not rows:
        return []
    header, *body = rows
    return [dict(zip(header, row + ("",) * (len(header) - len(row)))) for row in body]
