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
    _verdict: tuple | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def verdict(self):
        """Judged once, again only when the findings or the word count change."""
        findings, cached = self.findings, self._verdict
        if cached is not None and cached[0] is findings and cached[1] == len(findings) and cached[2] == self.words:
            return cached[3]
        from wirelint.verdict import judge

        verdict = judge(findings, self.words)
        self._verdict = (findings, len(findings), self.words, verdict)
        return verdict


@dataclass
class RunReport:
    files: list[FileReport] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    statistics: bool = False
    summary_only: bool = False
    services: dict[str, bool] = field(default_factory=dict)  # e.g. {"languagetool": True} when used
    _findings: tuple | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def findings(self) -> list[Finding]:
        """Every file's findings in one list (a fresh list; the concatenation is cached until a
        file or a file's findings change)."""
        return list(self._all())

    def _all(self) -> list[Finding]:
        lists = [fr.findings for fr in self.files]
        sizes = [len(found) for found in lists]
        cached = self._findings
        if (cached is not None and cached[2] == sizes and len(cached[0]) == len(lists)
                and all(a is b for a, b in zip(cached[0], lists))):
            return cached[1]
        flat = [f for found in lists for f in found]
        self._findings = (lists, flat, sizes)
        return flat

    def summary(self) -> dict:
        found = self._all()
        return {
            "files": len(self.files),
            "findings": len(found),
            "fixable": sum(1 for f in found if f.replacement is not None),
            "by_code": dict(sorted(Counter(f.code for f in found).items())),
            "errors": list(self.errors),
            "articles": [dict(path=fr.path, **fr.verdict.to_dict()) for fr in self.files],
        }

    def statistics_rows(self) -> list[tuple[int, str, str, bool]]:
        """(count, code, name, fixable) per rule, most frequent first."""
        found = self._all()
        counts = Counter((f.code, f.name) for f in found)
        fixable = {f.code for f in found if f.fixable}
        rows = [(n, code, name, code in fixable) for (code, name), n in counts.items()]
        return sorted(rows, key=lambda r: (-r[0], r[1]))


def plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"
