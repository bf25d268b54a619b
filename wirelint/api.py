"""The library interface: lint text in-process, no files, no printing.

``lint_article`` is a plain module-level function of one picklable argument, so a pipeline can
map it over a cluster (multiprocessing, Dask, Spark) as it is.
"""

from __future__ import annotations

from typing import Any, Iterable

from wirelint.config import Settings
from wirelint.finding import Finding
from wirelint.formats import to_document
from wirelint.linter import Overrides, lint_document


def lint_text(
    text: str,
    path: str = "<string>",
    *,
    select: Iterable[str] | None = None,
    extend_select: Iterable[str] = (),
    ignore: Iterable[str] = (),
    settings: Settings | None = None,
) -> list[Finding]:
    """Findings for one article's text (offsets into ``text``)."""
    overrides = Overrides(tuple(select) if select is not None else None, tuple(extend_select), tuple(ignore))
    doc = to_document(text, path)
    return lint_document(doc, settings or Settings(), overrides).findings


def lint_article(record: dict[str, Any], settings: Settings | None = None, overrides: Overrides | None = None) -> dict[str, Any]:
    """``{"id": …, "text": …, …}`` → the same record without its text, plus ``findings``.

    Every other field is passed through. Optional keys ``select``, ``extend_select`` and
    ``ignore`` (lists) choose the rules when no ``overrides`` are given. A record that is not a
    dict (a bare string, say) raises TypeError: lint_text takes text."""
    if not isinstance(record, dict):
        raise TypeError(f"lint_article takes a dict like {{'id': …, 'text': …}}, not {type(record).__name__}; "
                        "use lint_text(text) for a string")
    out = {k: v for k, v in record.items() if k != "text"}
    text = record.get("text")
    if not isinstance(text, str):
        out["error"] = "record has no string 'text' field"
        out["findings"] = []
        return out
    if overrides is None:
        overrides = Overrides(
            tuple(record["select"]) if record.get("select") is not None else None,
            tuple(record.get("extend_select", ())),
            tuple(record.get("ignore", ())),
        )
    doc = to_document(text, str(record.get("id", "<record>")))
    result = lint_document(doc, settings or Settings(), overrides)
    out["findings"] = [f.to_dict() for f in result.findings]
    if result.errors:
        out["errors"] = result.errors
    return out
