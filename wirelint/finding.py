"""What rules yield (Hit) and what reporters read (Finding)."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Severity(enum.IntEnum):
    """How bad a finding is. The order matters: higher is worse."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def parse(cls, value: "str | Severity") -> "Severity":
        if isinstance(value, Severity):
            return value
        try:
            return cls[str(value).strip().upper()]
        except KeyError:
            raise ValueError(f"unknown severity {value!r} (use error, warning or info)") from None

    def __str__(self) -> str:  # "warning", as users write it
        return self._name_.lower()  # _name_: what .name returns, without the enum descriptor


@dataclass(frozen=True, slots=True)
class Hit:
    """One problem a rule found: code-point offsets into Document.text.

    ``replacement`` is the text that should stand in [start, end) instead, or None when the
    rule knows no fix. ``safe`` overrides the rule's own fix safety for this one hit.
    ``language`` names the source language the evidence points to (ISO 639-1), if any.
    """

    start: int
    end: int
    message: str
    replacement: str | None = None
    help: str | None = None
    safe: bool | None = None
    language: str | None = None


@dataclass(frozen=True, slots=True)
class Finding:
    """A Hit stamped by the engine with its rule, place and severity."""

    path: str
    code: str
    name: str
    category: str
    severity: Severity
    message: str
    help: str | None
    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int
    replacement: str | None = None
    fix_safe: bool = False
    language: str | None = None

    @property
    def fixable(self) -> bool:
        return self.replacement is not None

    @property
    def marker(self) -> str:
        """As ruff marks them: ``[*]`` a safe fix (--fix applies it), ``[-]`` an unsafe one
        (only with --unsafe-fixes), ``""`` none."""
        if self.replacement is None:
            return ""
        return "[*]" if self.fix_safe else "[-]"

    def sort_key(self) -> tuple:
        return (self.path, self.start, self.end, self.code)

    def to_dict(self) -> dict:
        """The stable JSON shape (version 1)."""
        return {
            "path": self.path,
            "code": self.code,
            "name": self.name,
            "category": self.category,
            "severity": str(self.severity),
            "message": self.message,
            "help": self.help,
            "start": self.start,
            "end": self.end,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "fix": (
                {"replacement": self.replacement, "safe": self.fix_safe}
                if self.replacement is not None
                else None
            ),
            "language": self.language,
        }


def finding_from_dict(d: dict) -> Finding:
    """The inverse of Finding.to_dict (for caches and worker processes)."""
    fix = d.get("fix")
    return Finding(
        path=d["path"], code=d["code"], name=d["name"], category=d["category"],
        severity=Severity.parse(d["severity"]), message=d["message"], help=d.get("help"),
        start=d["start"], end=d["end"], line=d["line"], column=d["column"],
        end_line=d["end_line"], end_column=d["end_column"],
        replacement=fix["replacement"] if fix else None,
        fix_safe=bool(fix and fix.get("safe")), language=d.get("language"),
    )
