"""SARIF 2.1.0 for code-scanning dashboards (GitHub code scanning, Azure DevOps, IDE viewers).

One run: ``tool.driver.rules`` describes every rule of the registry, each result points at its
rule by id and index, regions count columns in Unicode code points (``columnKind``) and carry
the code-point ``charOffset``/``charLength`` too. Paths inside the working directory are relative
URIs against the ``SRCROOT`` base; fixable findings carry their fix as a replacement.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from urllib.parse import quote

from wirelint import __version__
from wirelint.finding import Finding, Severity
from wirelint.report import RunReport

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
VERSION = "2.1.0"
BASE_ID = "SRCROOT"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def artifact_location(path: str, cwd: Path) -> dict:
    """A relative URI against SRCROOT for a path inside ``cwd``, else an absolute file URI."""
    p = Path(path)
    if path.startswith("<") and path.endswith(">"):  # <stdin>
        return {"uri": quote(path.strip("<>"))}
    absolute = p if p.is_absolute() else (cwd / p)
    try:
        rel = Path(os.path.normpath(absolute)).relative_to(cwd)
    except ValueError:
        return {"uri": Path(os.path.normpath(absolute)).as_uri()}
    return {"uri": quote(rel.as_posix()), "uriBaseId": BASE_ID}


def rule_descriptor(r) -> dict:
    return {
        "id": r.code,
        "name": r.name,
        "shortDescription": {"text": r.summary},
        "fullDescription": {"text": r.doc or r.summary},
        "help": {"text": r.explain()},
        "defaultConfiguration": {"level": LEVELS[r.severity], "enabled": bool(r.default)},
        "properties": {"category": r.category, "fix": r.fix or "none", "tags": [r.category]},
    }


def region(f: Finding) -> dict:
    return {
        "startLine": f.line,
        "startColumn": f.column,
        "endLine": f.end_line,
        "endColumn": f.end_column,
        "charOffset": f.start,
        "charLength": f.end - f.start,
    }


def fingerprint(f: Finding, doc) -> str:
    """Stable across edits elsewhere in the file: rule, path, flagged text and its line's text."""
    flagged = line = ""
    if doc is not None:
        flagged = doc.source[f.start : f.end]
        span = doc.lines[f.line - 1] if 0 < f.line <= len(doc.lines) else None
        line = doc.source[span.start : span.end].strip() if span else ""
    data = "\x1f".join((f.code, f.path, flagged, line))
    return hashlib.sha256(data.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def result(f: Finding, doc, index: dict[str, int], cwd: Path) -> dict:
    loc = artifact_location(f.path, cwd)
    out: dict = {
        "ruleId": f.code,
        "level": LEVELS[f.severity],
        "message": {"text": f.message + (f"\nhelp: {f.help}" if f.help else "")},
        "locations": [{"physicalLocation": {"artifactLocation": loc, "region": region(f)}}],
        "partialFingerprints": {"wirelintFinding/v1": fingerprint(f, doc)},
        "properties": {"name": f.name, "category": f.category},
    }
    if f.code in index:
        out["ruleIndex"] = index[f.code]
    if f.language:
        out["properties"]["language"] = f.language
    if f.replacement is not None:
        out["properties"]["fixSafe"] = f.fix_safe
        out["fixes"] = [
            {
                "description": {"text": (f.help or "replace the flagged text") + ("" if f.fix_safe else " (unsafe fix)")},
                "artifactChanges": [
                    {
                        "artifactLocation": dict(loc),
                        "replacements": [{"deletedRegion": region(f), "insertedContent": {"text": f.replacement}}],
                    }
                ],
            }
        ]
    return out


def as_dict(run: RunReport, cwd: Path | None = None) -> dict:
    from wirelint.registry import all_rules

    cwd = (cwd or Path.cwd()).resolve()
    rules = all_rules()
    index = {r.code: i for i, r in enumerate(rules)}
    descriptors = [rule_descriptor(r) for r in rules]
    for fr in run.files:  # rules a configuration built (house vocabularies): described by their findings
        for f in fr.findings:
            if f.code not in index:
                index[f.code] = len(descriptors)
                descriptors.append({"id": f.code, "name": f.name, "shortDescription": {"text": f"{f.name} ({f.category})"},
                                    "properties": {"category": f.category, "tags": [f.category]}})
    results = [result(f, fr.doc, index, cwd) for fr in run.files for f in fr.findings]
    invocation = {
        "executionSuccessful": not run.errors,
        "toolExecutionNotifications": [{"level": "error", "message": {"text": e}} for e in run.errors],
    }
    return {
        "$schema": SCHEMA,
        "version": VERSION,
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "wirelint",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "rules": descriptors,
                    }
                },
                "invocations": [invocation],
                "originalUriBaseIds": {BASE_ID: {"uri": cwd.as_uri().rstrip("/") + "/"}},
                "columnKind": "unicodeCodePoints",
                "newlineSequences": ["\r\n", "\n", "\r"],
                "results": results,
                # The editor's verdict per article (score, likely source language).
                "properties": {"articles": [dict(path=fr.path, **fr.verdict.to_dict()) for fr in run.files]},
            }
        ],
    }


def render(run: RunReport, out, color: bool = False) -> None:
    out.write(json.dumps(as_dict(run), ensure_ascii=False, indent=1) + "\n")
