"""What a run produced, as reporters read it."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from wirelint.document import Document
from wirelint.finding import Finding


@dataclass
class FileReport:
    path: str
    doc: Document | None
    findings: list[Finding] = field(default_factory=list)
    words: int = 0

    @property
    def verdict(self):
        from wirelint.verdict import judge

        return judge(self.findings, self.words)


@dataclass
class RunReport:
    files: list[FileReport] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    statistics: bool = False
    summary_only: bool = False

    @property
    def findings(self) -> list[Finding]:
        return [f for fr in self.files for f in fr.findings]

    def summary(self) -> dict:
        found = self.findings
        return {
            "files": len(self.files),
            "findings": len(found),
            "fixable": sum(1 for f in found if f.fixable),
            "by_code": dict(sorted(Counter(f.code for f in found).items())),
            "errors": list(self.errors),
            "articles": [dict(path=fr.path, **fr.verdict.to_dict()) for fr in self.files],
        }

    def statistics_rows(self) -> list[tuple[int, str, str, bool]]:
        """(count, code, name, fixable) per rule, most frequent first."""
        counts = Counter((f.code, f.name) for f in self.findings)
        fixable = {f.code for f in self.findings if f.fixable}
        rows = [(n, code, name, code in fixable) for (code, name), n in counts.items()]
        return sorted(rows, key=lambda r: (-r[0], r[1]))


def plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"
