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
            "fixable_safe": sum(1 for f in found if f.replacement is not None and f.fix_safe),
            "by_code": dict(sorted(Counter(f.code for f in found).items())),
            "errors": list(self.errors),
            "articles": [dict(path=fr.path, **fr.verdict.to_dict()) for fr in self.files],
        }

    def statistics_rows(self) -> list[tuple[int, str, str, str]]:
        """(count, code, name, marker) per rule, most frequent first; the marker is ``[*]`` when
        some of the rule's findings have a safe fix, ``[-]`` when only unsafe ones, else ``[ ]``."""
        found = self._all()
        counts = Counter((f.code, f.name) for f in found)
        safe = {f.code for f in found if f.fixable and f.fix_safe}
        unsafe = {f.code for f in found if f.fixable and not f.fix_safe}
        rows = [(n, code, name, "[*]" if code in safe else "[-]" if code in unsafe else "[ ]") for (code, name), n in counts.items()]
        return sorted(rows, key=lambda r: (-r[0], r[1]))

    def closing_line(self) -> str:
        """The last line of a text report: what was found, in how many of the files linted, and
        what --fix and --unsafe-fixes would do about it."""
        found = self._all()
        n_files = len(self.files)
        if not found:
            return f"All checks passed ({plural(n_files, 'file')} linted)."
        with_findings = len({f.path for f in found})
        where = plural(n_files, "file") if with_findings == n_files else f"{with_findings} of {plural(n_files, 'file')}"
        line = f"Found {plural(len(found), 'finding')} in {where}"
        safe = sum(1 for f in found if f.fixable and f.fix_safe)
        unsafe = sum(1 for f in found if f.fixable and not f.fix_safe)
        notes = []
        if safe:
            notes.append(f"[*] {safe} fixable with --fix")
        if unsafe:
            notes.append(f"[-] {unsafe} more with --fix --unsafe-fixes" if safe else f"[-] {unsafe} fixable with --fix --unsafe-fixes")
        return line + (f" ({'; '.join(notes)})" if notes else "") + "."


def plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"
