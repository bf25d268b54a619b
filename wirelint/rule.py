"""Rule metadata, examples, and the ``@rule`` decorator that turns a check function into a Rule.

A rule module looks like this::

    \"\"\"Why the pattern is an artifact (this docstring is the rule's documentation).\"\"\"
    from wirelint.rule import rule, bad, good, Hit

    @rule(code="WL301", name="space-before-punctuation", category="typography",
          severity="warning", summary="Space before a comma, colon or other mark",
          fix="safe", examples=[bad("others[[ ,]] said", fixed="others, said"), good("a, b")])
    def check(doc, options):
        ...
        yield Hit(start, end, "message", replacement=",")

The registry finds every Rule object in the modules of ``wirelint.rules``.
"""

from __future__ import annotations

import re
import sys
import textwrap
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Callable, Iterable, Mapping

from wirelint.finding import Hit, Severity

__all__ = ["Rule", "Example", "rule", "bad", "good", "Hit", "Severity"]

CODE_RE = re.compile(r"^WL\d{3}$")
# Codes kept for rules a configuration builds (house vocabularies); no rule module takes one.
CONFIGURED_CODES = range(701, 800)
SERVICES = {"languagetool": "LanguageTool server (--languagetool)"}
NAME_RE = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")
FIX_KINDS = (None, "safe", "unsafe")
MARK_OPEN, MARK_CLOSE = "[[", "]]"


@dataclass(frozen=True)
class Example:
    """A bad or good example. In a bad example ``[[…]]`` marks each span the rule must flag.

    ``fixed`` is the whole text after the rule's fixes are applied (bad examples only).
    ``options`` are rule options to use for this example only.
    """

    marked: str
    is_bad: bool
    fixed: str | None = None
    options: Mapping[str, Any] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.marked.replace(MARK_OPEN, "").replace(MARK_CLOSE, "")

    @property
    def spans(self) -> list[tuple[int, int]]:
        """The marked spans as offsets into ``text``."""
        spans, plain, i = [], 0, 0
        s = self.marked
        start = None
        while i < len(s):
            if s.startswith(MARK_OPEN, i) and start is None:
                start = plain
                i += 2
            elif s.startswith(MARK_CLOSE, i) and start is not None:
                spans.append((start, plain))
                start = None
                i += 2
            else:
                plain += 1
                i += 1
        if start is not None:
            raise ValueError(f"unclosed [[ in example {s!r}")
        return spans


def bad(marked: str, fixed: str | None = None, **options: Any) -> Example:
    return Example(marked, True, fixed, options)


def good(text: str, **options: Any) -> Example:
    return Example(text, False, None, options)


CheckFn = Callable[..., Iterable[Hit]]


@dataclass(frozen=True, eq=False)
class Rule:
    code: str
    name: str
    category: str
    severity: Severity
    summary: str
    check: CheckFn
    doc: str = ""
    fix: str | None = None
    default: bool = True
    examples: tuple[Example, ...] = ()
    options: Mapping[str, Any] = field(default_factory=dict)
    module: str = ""
    needs: str | None = None  # a service without which the rule finds nothing ("languagetool")
    vocabulary: str | None = None  # an option that also takes the house's spellings ([vocabulary] prefer)

    def __post_init__(self) -> None:
        if not CODE_RE.match(self.code):
            raise ValueError(f"rule code {self.code!r} must look like WL123")
        if not NAME_RE.match(self.name):
            raise ValueError(f"rule name {self.name!r} must be kebab-case")
        if self.fix not in FIX_KINDS:
            raise ValueError(f"{self.code}: fix must be one of {FIX_KINDS}")
        # The defaults as a read-only mapping, shared by every run without options of its own.
        object.__setattr__(self, "_defaults", MappingProxyType(dict(self.options)))

    @property
    def fixable(self) -> bool:
        return self.fix is not None

    def run(self, doc, options: Mapping[str, Any] | None = None) -> list[Hit]:
        if not options:
            return list(self.check(doc, self._defaults))
        merged = dict(self.options)
        merged.update(options)
        return list(self.check(doc, merged))

    def __repr__(self) -> str:
        return f"<Rule {self.code} {self.name}>"

    def explain(self) -> str:
        """What ``wirelint rule CODE`` prints (and SARIF's help text): summary, why, the fix's
        safety, the examples and the options."""
        on = "on" if self.default else "off"
        needs = f"; needs a {SERVICES.get(self.needs, self.needs)}" if self.needs else ""
        lines = [f"{self.code} {self.name} ({self.category}, {self.severity}, {on} by default{needs})", "", self.summary, ""]
        if self.doc:
            lines += [self.doc, ""]
        fix = {"safe": "Fix: safe (applied by --fix).", "unsafe": "Fix: unsafe (applied with --unsafe-fixes)."}
        lines += [fix.get(self.fix or "", "Fix: none; an editor must decide."), ""]
        for ex in self.examples:
            if ex.is_bad:
                lines.append(f"Bad:   {ex.text}")
                if ex.fixed is not None:
                    lines.append(f"Fixed: {ex.fixed}")
            else:
                lines.append(f"Good:  {ex.text}")
        if self.options:
            lines += ["", "Options:"] + [f"  {k.replace('_', '-')} = {v!r}" for k, v in self.options.items()]
        return "\n".join(lines).rstrip()


def rule(
    *,
    code: str,
    name: str,
    category: str,
    summary: str,
    severity: str | Severity = "warning",
    fix: str | None = None,
    default: bool = True,
    examples: Iterable[Example] = (),
    options: Mapping[str, Any] | None = None,
    needs: str | None = None,
    vocabulary: str | None = None,
) -> Callable[[CheckFn], Rule]:
    """Decorate a check function ``check(doc, options) -> Iterable[Hit]`` to make it a Rule.

    The rule's documentation is its module's docstring.
    """

    def wrap(fn: CheckFn) -> Rule:
        module = sys.modules.get(fn.__module__)
        doc = textwrap.dedent((module.__doc__ if module else None) or fn.__doc__ or "").strip()
        return Rule(
            code=code,
            name=name,
            category=category,
            severity=Severity.parse(severity),
            summary=summary,
            check=fn,
            doc=doc,
            fix=fix,
            default=default,
            examples=tuple(examples),
            options=dict(options or {}),
            module=fn.__module__,
            needs=needs,
            vocabulary=vocabulary,
        )

    return wrap
