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


def lint_article(record: dict[str, Any]) -> dict[str, Any]:
    """``{"id": …, "text": …, …}`` → the same record without its text, plus ``findings``.

    Optional keys ``select``, ``extend_select`` and ``ignore`` (lists) choose the rules."""
    out = {k: v for k, v in record.items() if k != "text"}
    text = record.get("text")
    if not isinstance(text, str):
        out["error"] = "record has no string 'text' field"
        out["findings"] = []
        return out
    findings = lint_text(
        text,
        str(record.get("id", "<record>")),
        select=record.get("select"),
        extend_select=record.get("extend_select", ()),
        ignore=record.get("ignore", ()),
    )
    out["findings"] = [f.to_dict() for f in findings]
    return out
