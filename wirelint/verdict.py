"""An editor's verdict on one article: an MQM-style score and the likely source language.

Score: each finding costs what MQM charges for its severity — an error is a major error (5), a
warning a minor one (1), and a minor typography or punctuation finding 0.1 — and the sum is
normalised per 1,000 words. ``quality`` is 100 minus that, floored at 0.

Fingerprint: rules report the language their evidence points to (``Hit.language``): French
spacing, French transliterations, "officials Chinese" and "It talks" point to French; „…“ and
Selenskyj to German. A verdict needs at least two independent rule families (rule categories)
pointing the same way; one family alone proves nothing. Leftover alternatives and term drift
(machine-translation artifacts that name no language) count as one more family. Drift inside the article (term drift,
leftover alternatives, inconsistent spellings) next to such evidence marks a round trip of
English copy rather than a first translation.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from wirelint.finding import Finding, Severity

WEIGHTS = {Severity.ERROR: 5.0, Severity.WARNING: 1.0, Severity.INFO: 0.1}
MINOR_PUNCTUATION = {"typography", "punctuation"}
ROUND_TRIP_RULES = {"WL101", "WL102", "WL204"}  # drift that only a second pass through MT leaves
# Machine-translation artifacts that name no language but count as a family of evidence for
# whichever language the other families point to.
MT_ARTIFACT_RULES = {"WL101", "WL102"}
MIN_FAMILIES = 2
LANGUAGE_NAMES = {
    "fr": "French", "de": "German", "es": "Spanish", "it": "Italian", "pt": "Portuguese",
    "ru": "Russian", "uk": "Ukrainian", "zh": "Chinese", "nl": "Dutch", "eu": "a continental European language",
}
WORD_RE = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")


def count_words(text: str) -> int:
    return sum(1 for _ in WORD_RE.finditer(text))


def penalty(f: Finding) -> float:
    if f.severity == Severity.WARNING and f.category in MINOR_PUNCTUATION:
        return 0.1
    return WEIGHTS[f.severity]


@dataclass
class Verdict:
    words: int
    penalty: float
    per_1000: float
    quality: float
    language: str | None
    signals: int
    families: list[str] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)
    round_trip: bool = False
    by_category: dict[str, int] = field(default_factory=dict)

    @property
    def text(self) -> str:
        if self.language is None:
            return "no evidence of machine translation" if not self.evidence else (
                f"no verdict: evidence from only one rule family ({', '.join(self.families)})"
            )
        name = LANGUAGE_NAMES.get(self.language, self.language)
        kind = "round trip of English copy through" if self.round_trip else "machine-translated from"
        return (f"likely {kind} {name} ({self.signals} signals from "
                f"{len(self.families)} independent rule families: {', '.join(self.families)})")

    def to_dict(self) -> dict:
        return {
            "words": self.words, "penalty": round(self.penalty, 2), "score_per_1000_words": round(self.per_1000, 2),
            "quality": round(self.quality, 1), "language": self.language, "round_trip": self.round_trip,
            "signals": self.signals, "families": self.families, "evidence": self.evidence,
            "verdict": self.text, "by_category": self.by_category,
        }


def judge(findings: list[Finding], words: int) -> Verdict:
    total = sum(penalty(f) for f in findings)
    per_1000 = 1000.0 * total / max(words, 1) if findings else 0.0
    families: dict[str, set[str]] = defaultdict(set)
    evidence: dict[str, list[str]] = defaultdict(list)
    for f in findings:
        if f.language:
            families[f.language].add(f.category)
            evidence[f.language].append(f.code)
    artifacts = {f.category for f in findings if f.code in MT_ARTIFACT_RULES}
    artifact_codes = [f.code for f in findings if f.code in MT_ARTIFACT_RULES]
    for lang in families:
        families[lang] |= artifacts
        evidence[lang].extend(artifact_codes)
    language = None
    if families:
        best = max(families, key=lambda lang: (len(families[lang]), len(evidence[lang])))
        if len(families[best]) >= MIN_FAMILIES:
            language = best
        chosen = best
    else:
        chosen = None
    codes = {f.code for f in findings}
    return Verdict(
        words=words,
        penalty=total,
        per_1000=per_1000,
        quality=max(0.0, 100.0 - per_1000),
        language=language,
        signals=len(evidence[chosen]) if chosen else 0,
        families=sorted(families[chosen]) if chosen else [],
        evidence=sorted(Counter(evidence[chosen]).keys()) if chosen else [],
        round_trip=language is not None and bool(codes & ROUND_TRIP_RULES),
        by_category=dict(sorted(Counter(f.category for f in findings).items())),
    )
