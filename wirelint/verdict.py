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
from wirelint.plain import is_plain

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


# Without letters or digits outside ASCII (news copy: ASCII plus curly quotes and dashes), words
# are counted on bytes: letters and digits become "a", joiners "j", anything else a space. A word
# starts at an "a" that follows a space (" a"), or a joiner that follows no letter (" ja", "jja"),
# or the start of the text; each such start is one of WORD_RE's matches, and counting three short
# byte strings costs a fraction of matching (tests/test_verdict.py and tests/test_plain.py).
_CLASSES = bytes(
    97 if (48 <= b <= 57 or 65 <= b <= 90 or 97 <= b <= 122) else 106 if b in (39, 45) else 32 for b in range(256)
)


def count_words(text: str) -> int:
    if is_plain(text):
        b = text.replace("’", "'").encode("utf-8").translate(_CLASSES)
        return b.count(b" a") + b.count(b" ja") + b.count(b"jja") + b.startswith(b"a") + b.startswith(b"ja")
    return len(WORD_RE.findall(text))


def penalty(f: Finding) -> float:
    return penalty_of(f.severity, f.category)


def penalty_of(severity: Severity, category: str) -> float:
    if severity == Severity.WARNING and category in MINOR_PUNCTUATION:
        return 0.1
    return WEIGHTS[severity]


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
    # One pass over the findings: everything below reads only these per-kind counts, except the
    # penalty, which is summed in finding order so that the float total is the same as ever.
    kinds = [(f.severity, f.category, f.code, f.language) for f in findings]
    counts = Counter(kinds)
    costs = {k: penalty_of(k[0], k[1]) for k in counts}
    total = sum(map(costs.__getitem__, kinds))
    per_1000 = 1000.0 * total / max(words, 1) if findings else 0.0
    families: dict[str, set[str]] = defaultdict(set)
    evidence: dict[str, Counter] = defaultdict(Counter)  # code -> count, per language
    artifacts: set[str] = set()
    artifact_codes: Counter = Counter()
    by_category: Counter = Counter()
    codes: set[str] = set()
    for (_, category, code, language), n in counts.items():
        if language:
            families[language].add(category)
            evidence[language][code] += n
        if code in MT_ARTIFACT_RULES:
            artifacts.add(category)
            artifact_codes[code] += n
        by_category[category] += n
        codes.add(code)
    for lang in families:
        families[lang] |= artifacts
        evidence[lang].update(artifact_codes)
    language = None
    if families:
        best = max(families, key=lambda lang: (len(families[lang]), evidence[lang].total()))
        if len(families[best]) >= MIN_FAMILIES:
            language = best
        chosen = best
    else:
        chosen = None
    return Verdict(
        words=words,
        penalty=total,
        per_1000=per_1000,
        quality=max(0.0, 100.0 - per_1000),
        language=language,
        signals=evidence[chosen].total() if chosen else 0,
        families=sorted(families[chosen]) if chosen else [],
        evidence=sorted(evidence[chosen]) if chosen else [],
        round_trip=language is not None and bool(codes & ROUND_TRIP_RULES),
        by_category=dict(sorted(by_category.items())),
    )
