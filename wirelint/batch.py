"""``--input-format jsonl``: one article per line in, one JSON line of findings per article out.

For aggregators streaming a feed: ``{"id": …, "text": …}`` plus any fields, which are passed
through. Lines go out in input order; a line that is not a JSON object gets an ``error`` field.
"""

from __future__ import annotations

import functools
import json
from typing import IO, Iterator

from wirelint.api import lint_article
from wirelint.config import Settings
from wirelint.linter import Overrides


def records(stream: IO[bytes], source: str) -> Iterator[tuple[int, dict | str]]:
    """(line number, record or error message) for each non-blank line."""
    for n, raw in enumerate(stream, 1):
        if not raw.strip():
            continue
        try:
            value = json.loads(raw)
        except (UnicodeDecodeError, ValueError) as exc:
            yield n, f"{source}:{n}: invalid JSON ({exc})"
            continue
        if not isinstance(value, dict):
            yield n, f"{source}:{n}: expected a JSON object"
            continue
        yield n, value


def _lint_one(item, settings: Settings, overrides: Overrides) -> dict:
    n, value = item
    if isinstance(value, str):
        return {"line": n, "error": value, "findings": []}
    return lint_article(value, settings, overrides)


def lint_stream(items, settings: Settings, overrides: Overrides, n_jobs: int) -> Iterator[dict]:
    fn = functools.partial(_lint_one, settings=settings, overrides=overrides)
    if n_jobs > 1:
        import multiprocessing

        with multiprocessing.get_context("fork").Pool(n_jobs) as pool:
            yield from pool.imap(fn, items, chunksize=8)
    else:
        yield from map(fn, items)
