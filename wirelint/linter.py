"""The engine: run the selected rules over a Document, place and stamp their hits, apply
suppression and per-file ignores, and apply fixes. It knows no rule by name."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from operator import attrgetter

from wirelint.config import Settings
from wirelint.document import Document
from wirelint.finding import Finding, Hit
from wirelint.rule import Rule
from wirelint.globs import matches_path as path_matches
from wirelint.selection import matches, resolve
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
    return resolve(select, settings.extend_select + overrides.extend_select, settings.ignore + overrides.ignore,
                   settings.configured_rules)


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
    seen: dict[str, set[tuple[int, int]]] = {}
    n = len(doc.text)
    findings = result.findings
    # Plain text keeps every hit as it is (Document.place is the identity); markup documents
    # override place() to fit hits to their source.
    place = None if type(doc).place is Document.place else doc.place
    for rule in rules:
        if ignored and any(matches(sel, rule, enabling=False) for sel in ignored):
            continue
        options = settings.options_for(rule)
        try:
            hits = rule.run(doc, options)
        except Exception as exc:  # a rule bug must not cost the user the other rules' findings
            result.errors.append(f"{doc.path}: rule {rule.code} failed: {type(exc).__name__}: {exc}")
            continue
        if not hits:
            continue
        severity = rule.severity
        for sel, level in severities:
            if matches(sel, rule, enabling=False):
                severity = level
        stamper = _Stamper(doc, rule, severity)
        spans = seen.setdefault(rule.code, set())
        for hit in hits:
            if not (0 <= hit.start <= hit.end <= n):
                result.errors.append(f"{doc.path}: rule {rule.code} reported a span outside the text")
                continue
            if place is not None:
                hit = place(hit)
                if hit is None:
                    continue
            key = (hit.start, hit.end)
            if key in spans:
                continue
            spans.add(key)
            if suppressions and any(r.covers(rule, hit.start) for r in suppressions):
                continue
            findings.append(stamper(hit))
    findings.sort(key=_SORT_KEY)
    return result


# Finding.sort_key as one C-level call (the path is the same for every finding of a document).
_SORT_KEY = attrgetter("path", "start", "end", "code")


class _Stamper:
    """``stamp`` for many hits of one rule on one document: what is the same for all of them
    (the rule's fields, the severity, the line table) is looked up once."""

    __slots__ = ("path", "rule", "severity", "starts", "safe")

    def __init__(self, doc: Document, rule: Rule, severity) -> None:
        self.path = doc.path
        self.rule = rule
        self.severity = severity
        self.starts = doc.line_starts
        self.safe = rule.fix == "safe"

    def __call__(self, hit: Hit) -> Finding:
        starts, start, end, rule = self.starts, hit.start, hit.end, self.rule
        line = bisect_right(starts, start)
        end_line = line if end == start else bisect_right(starts, end, line - 1 if line else 0)
        safe = hit.safe if hit.safe is not None else self.safe
        return Finding(
            path=self.path,
            code=rule.code,
            name=rule.name,
            category=rule.category,
            severity=self.severity,
            message=hit.message,
            help=hit.help,
            start=start,
            end=end,
            line=line,
            column=start - starts[line - 1] + 1,
            end_line=end_line,
            end_column=end - starts[end_line - 1] + 1,
            replacement=hit.replacement,
            fix_safe=safe and hit.replacement is not None,
            language=hit.language,
        )


def stamp(doc: Document, rule: Rule, hit: Hit, severity) -> Finding:
    """One hit made a Finding: its place (line and column from ``doc.line_starts``), rule and severity."""
    return _Stamper(doc, rule, severity)(hit)


def _conflicts(f, last) -> bool:
    """Does fix ``f`` (sorted after ``last``) clash with the already applied ``last``? Spans that
    share a character clash; so do spans that only touch when one of them is an insertion (two
    insertions at one offset, or an insertion at the edge of a replacement, have no defined order)."""
    if f.start < last.end:
        return True
    return f.start == last.end and (f.start == f.end or last.start == last.end)


def fix_replacement(replacement: str, newline: str | None) -> str:
    """The text a fix writes: its line breaks in the file's own style (``newline``)."""
    if newline is None or newline == "\n" or ("\n" not in replacement and "\r" not in replacement):
        return replacement
    return replacement.replace("\r\n", "\n").replace("\r", "\n").replace("\n", newline)


def fix_order(f: Finding) -> tuple:
    """The total order in which fixes are considered: earliest start, then shorter span, then
    code, then replacement text. Two runs over the same findings always pick the same fixes."""
    return (f.start, f.end, f.code, f.replacement or "")


def apply_fixes(text: str, findings, unsafe: bool = False, newline: str | None = None) -> tuple[str, list[Finding]]:
    """Apply the fixes that do not clash, in ``fix_order``; a fix that clashes with one already
    taken (see ``_conflicts``) waits for the next pass, when it is re-linted on the new text.
    Fixes that would change nothing are skipped. ``newline`` (the file's line ending) replaces
    any line break inside a replacement. Returns (new text, applied findings in text order)."""
    candidates = [f for f in findings if f.replacement is not None and (f.fix_safe or unsafe)]
    candidates.sort(key=fix_order)
    applied: list[tuple[Finding, str]] = []
    for f in candidates:
        if not (0 <= f.start <= f.end <= len(text)):
            continue
        replacement = fix_replacement(f.replacement, newline)
        if text[f.start : f.end] == replacement:
            continue
        if applied and _conflicts(f, applied[-1][0]):
            continue
        applied.append((f, replacement))
    parts, pos = [], 0
    for f, replacement in applied:
        parts.append(text[pos : f.start])
        parts.append(replacement)
        pos = f.end
    parts.append(text[pos:])
    return "".join(parts), [f for f, _ in applied]
