"""The engine: run the selected rules over a Document, place and stamp their hits, apply
suppression and per-file ignores, and apply fixes. It knows no rule by name."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from wirelint.config import Settings
from wirelint.document import Document
from wirelint.finding import Finding, Hit
from wirelint.rule import Rule
from wirelint.selection import matches, path_matches, resolve
from wirelint.suppress import regions


@dataclass(frozen=True)
class Overrides:
    """Selection given on the command line; it overrides the configuration's."""

    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()


@dataclass
class LintResult:
    findings: list[Finding] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


@lru_cache(maxsize=64)
def rules_for(settings: Settings, overrides: Overrides) -> tuple[Rule, ...]:
    select = overrides.select if overrides.select is not None else settings.select
    return resolve(select, settings.extend_select + overrides.extend_select, settings.ignore + overrides.ignore)


def lint_document(
    doc: Document,
    settings: Settings,
    overrides: Overrides = Overrides(),
    relpath: str | None = None,
    rules: tuple[Rule, ...] | None = None,
) -> LintResult:
    result = LintResult()
    rules = rules if rules is not None else rules_for(settings, overrides)
    rel = relpath if relpath is not None else doc.path
    ignored = [sel for glob, sels in settings.per_file_ignores if path_matches(glob, rel) for sel in sels]
    suppressions = regions(doc)
    severities = settings.severity
    seen: set[tuple[str, int, int]] = set()
    n = len(doc.text)
    for rule in rules:
        if any(matches(sel, rule, enabling=False) for sel in ignored):
            continue
        options = settings.options_for(rule)
        try:
            hits = rule.run(doc, options)
        except Exception as exc:  # a rule bug must not cost the user the other rules' findings
            result.errors.append(f"{doc.path}: rule {rule.code} failed: {type(exc).__name__}: {exc}")
            continue
        severity = rule.severity
        for sel, level in severities:
            if matches(sel, rule, enabling=False):
                severity = level
        for hit in hits:
            if not (0 <= hit.start <= hit.end <= n):
                result.errors.append(f"{doc.path}: rule {rule.code} reported a span outside the text")
                continue
            hit = doc.place(hit)
            if hit is None:
                continue
            key = (rule.code, hit.start, hit.end)
            if key in seen:
                continue
            seen.add(key)
            if any(r.covers(rule, hit.start) for r in suppressions):
                continue
            result.findings.append(stamp(doc, rule, hit, severity))
    result.findings.sort(key=Finding.sort_key)
    return result


def stamp(doc: Document, rule: Rule, hit: Hit, severity) -> Finding:
    line, column = doc.position(hit.start)
    end_line, end_column = doc.position(hit.end)
    safe = hit.safe if hit.safe is not None else rule.fix == "safe"
    return Finding(
        path=doc.path,
        code=rule.code,
        name=rule.name,
        category=rule.category,
        severity=severity,
        message=hit.message,
        help=hit.help,
        start=hit.start,
        end=hit.end,
        line=line,
        column=column,
        end_line=end_line,
        end_column=end_column,
        replacement=hit.replacement,
        fix_safe=safe and hit.replacement is not None,
        language=hit.language,
    )


def apply_fixes(text: str, findings, unsafe: bool = False) -> tuple[str, list[Finding]]:
    """Apply non-overlapping fixes, earliest first (ties: shorter span, then code). A fix that
    overlaps one already applied waits for the next run. Returns (new text, applied)."""
    candidates = [f for f in findings if f.replacement is not None and (f.fix_safe or unsafe)]
    candidates.sort(key=lambda f: (f.start, f.end, f.code))
    applied: list[Finding] = []
    last_end = -1
    for f in candidates:
        if f.start < last_end or (f.start == last_end and f.start == f.end and applied and applied[-1].end == f.start):
            continue
        if text[f.start : f.end] == f.replacement:
            continue
        applied.append(f)
        last_end = f.end
    parts, pos = [], 0
    for f in applied:
        parts.append(text[pos : f.start])
        parts.append(f.replacement)
        pos = f.end
    parts.append(text[pos:])
    return "".join(parts), applied
