"""An editor's verdict on one article: is it machine-translated (or round-tripped, or spun), how
sure is that, from which language, and what does the copy cost to fix.

Machine-translation probability: a logistic model (fitted by ``scripts/fit_verdict.py`` on
labelled articles and shipped as ``rules/data/verdict_model.json``; predicted here in plain
Python) combines the findings — their density per 1,000 words by rule family, the independent
families whose evidence points to one source language, calques and news-translation tells
(WL105), spun fixed phrases (WL120) — with statistics of the text that differ between machine
output and edited English (``wirelint.textstats``: sentence lengths and their spread, repeated
words, the function-word profile, verbs of saying, quotation style). Page chrome and photo
credits (WL401, WL402) say a page was scraped, not translated: they do not count. The
probability is calibrated on held-out folds (equal prior odds); ``mt_verdict`` is
``translated`` above the model's upper threshold, ``clean`` below its lower one, ``uncertain``
between, and always ``uncertain`` for a text under ``SHORT_WORDS`` words (its probability is
then pulled towards one half). ``mt_evidence`` lists what moved the probability, most important
first: each item names the feature, its value against edited copy, its weight in the decision
and the rule codes behind it.

Score: each finding costs what MQM charges for its severity — an error is a major error (5), a
warning a minor one (1), and a minor typography or punctuation finding 0.1 unless it points to a
source language (a foreign convention is a locale error, 1) — and the sum is normalised per
1,000 words (at least ``SCORE_FLOOR_WORDS``, so one finding in a one-line text is not a
catastrophe). ``quality`` is 100 minus that, floored at 0, and scaled down by the
machine-translation probability when the verdict is translated: a damaged round trip scores well
below a clean story with one false alarm.

Fingerprint (``language``, kept for compatibility): rules report the language their evidence
points to (``Hit.language``). A fingerprint needs at least two independent rule families (rule
categories) pointing the same way; one family alone proves nothing. Leftover alternatives and
term drift (machine-translation artifacts that name no language) count as one more family. Drift
inside the article next to such evidence marks a round trip of English copy rather than a first
translation. ``source_language`` is the same language, or, for an article not judged clean, the
language most findings point to when one leads.
"""

from __future__ import annotations

import math
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
SCRAPING_RULES = {"WL401", "WL402"}  # a scraped page, not a translation: no evidence either way
TELL_RULES = {"WL105"}
SPIN_RULES = {"WL120"}
OWN_FEATURE = TELL_RULES | SPIN_RULES
SHORT_WORDS = 80
SCORE_FLOOR_WORDS = 250
MT_QUALITY_WEIGHT = 0.5  # a translated article's quality is scaled by 1 - this x the probability
LANGUAGE_NAMES = {
    "fr": "French", "de": "German", "es": "Spanish", "it": "Italian", "pt": "Portuguese", "nl": "Dutch",
    "ru": "Russian", "uk": "Ukrainian", "pl": "Polish", "zh": "Chinese", "ja": "Japanese", "ko": "Korean",
    "vi": "Vietnamese", "id": "Indonesian", "ms": "Malay", "tr": "Turkish", "ar": "Arabic", "he": "Hebrew",
    "fa": "Persian", "az": "Azerbaijani", "eu": "a continental European language",
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
    return penalty_of(f.severity, f.category, f.language)


def penalty_of(severity: Severity, category: str, language: str | None = None) -> float:
    if severity == Severity.WARNING and category in MINOR_PUNCTUATION and not language:
        return 0.1
    if severity == Severity.INFO and language:
        return 1.0  # a foreign convention or a calque: an MQM locale error, minor
    return WEIGHTS[severity]


# --- the model's features ----------------------------------------------------------------------
# Rule families whose density per 1,000 words is a feature (chrome and photo credits are not).
# (The translation family is every WL1xx rule but the tells and spun phrases, which are features of their own.)
FAMILY_PREFIXES = {"translation": ("WL1",), "names": ("WL2",), "typography": ("WL3",), "encoding": ("WL5",),
                   "grammar": ("WL6",)}
# What each feature means, for the evidence list: (text, unit).
FEATURE_TEXT = {
    "lang_families": ("rule families pointing to one source language", ""),
    "lang_findings": ("findings that point to a source language", "per 1,000 words"),
    "tells": ("calques and news-translation tells (WL105)", "per 1,000 words"),
    "spun": ("fixed names and phrases run through a spinner (WL120)", ""),
    "translation": ("word-order, pronoun, drift and fragment findings (WL1xx)", "per 1,000 words"),
    "names": ("name findings (case, transliteration, spelling drift)", "per 1,000 words"),
    "typography": ("typography findings", "per 1,000 words"),
    "encoding": ("broken-character findings", "per 1,000 words"),
    "grammar": ("grammar findings", "per 1,000 words"),
    "sentence_mean": ("mean sentence length", "words"),
    "sentence_cv": ("spread of sentence lengths (coefficient of variation)", ""),
    "ttr": ("distinct words per 100 (type-token ratio)", ""),
    "said_share": ("share of 'said', 'says', 'told' among verbs of saying", ""),
    "rare_saying": ("verbs of saying other than 'said' (stressed, pointed out, …)", "per 1,000 words"),
    "according": ("'according to'", "per 1,000 words"),
    "contractions": ("contractions", "per 1,000 words"),
    "commas": ("commas per sentence", ""),
    "mixed_quotes": ("straight and curly quotation marks mixed", ""),
    "comma_outside": ("share of attributions with the comma outside the quotation mark", ""),
}
FEATURE_CODES = {"tells": TELL_RULES, "spun": SPIN_RULES}


def feature_text(name: str) -> tuple[str, str]:
    if name.startswith("fw_"):
        return f"“{name[3:]}”", "per 1,000 words"
    return FEATURE_TEXT.get(name, (name, ""))
LOG_FEATURES = {"lang_findings", "tells", "spun", "translation", "names", "typography", "encoding", "grammar"}


def finding_features(counts: Counter, words: int) -> dict[str, float]:
    """Features from the findings, given Counter((code, category, language)) of them."""
    per_k = 1000.0 / max(words, 1)
    families: dict[str, set[str]] = defaultdict(set)
    with_language = 0
    by_code: Counter = Counter()
    for (code, category, language), n in counts.items():
        if code in SCRAPING_RULES:
            continue
        by_code[code] += n
        if language:
            families[language].add(category)
            with_language += n
    out = {
        "lang_families": float(min(max((len(v) for v in families.values()), default=0), 3)),
        "lang_findings": math.log1p(with_language * per_k),
        "tells": math.log1p(sum(by_code[c] for c in TELL_RULES) * per_k),
        "spun": math.log1p(sum(by_code[c] for c in SPIN_RULES)),
    }
    for family, prefixes in FAMILY_PREFIXES.items():
        out[family] = math.log1p(sum(n for c, n in by_code.items() if c.startswith(prefixes) and c not in OWN_FEATURE) * per_k)
    return out


def features(findings: list[Finding], words: int, profile: dict[str, float] | None) -> dict[str, float]:
    counts = Counter((f.code, f.category, f.language) for f in findings)
    out = finding_features(counts, words)
    if profile:
        out.update({k: v for k, v in profile.items() if k != "words"})
    return out


# --- the model ---------------------------------------------------------------------------------
_MODEL: list = []


def model() -> dict | None:
    """The fitted model (rules/data/verdict_model.json), or None when none has been fitted."""
    if not _MODEL:
        from wirelint.rules._data import load_json

        try:
            _MODEL.append(load_json("verdict_model.json"))
        except (OSError, ValueError):
            _MODEL.append(None)
    return _MODEL[0]


def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


@dataclass
class Evidence:
    feature: str
    value: float
    baseline: float
    weight: float  # its push on the decision (log-odds), against edited copy
    codes: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        what, unit = feature_text(self.feature)
        value, baseline = self.value, self.baseline
        if self.feature in LOG_FEATURES:
            value, baseline = math.expm1(value), math.expm1(baseline)
        digits = 0 if self.feature in ("lang_families", "spun", "mixed_quotes") else 2 if abs(value) < 10 else 1
        unit = unit.replace("per 1,000 words", "/1,000 words")
        unit = f" {unit}" if unit and not unit.startswith("/") else unit
        return f"{what} {value:.{digits}f}{unit} (edited copy {baseline:.2f})"

    def to_dict(self) -> dict:
        return {"feature": self.feature, "value": round(self.value, 3), "edited_copy": round(self.baseline, 3),
                "weight": round(self.weight, 2), "codes": self.codes, "text": self.text}


def predict(x: dict[str, float], m: dict) -> tuple[float, list[Evidence]]:
    """(calibrated probability, evidence sorted by weight) for a feature dict. Features missing
    from ``x`` (no text profile) take the edited-copy baseline and weigh nothing."""
    z = m["intercept"]
    evidence = []
    for name, mean, scale, coef, base in zip(m["features"], m["mean"], m["scale"], m["coef"], m["baseline"]):
        value = x.get(name, base)
        z += coef * (value - mean) / scale
        push = coef * (value - base) / scale
        if abs(push) >= 0.05:
            evidence.append(Evidence(name, value, base, push, sorted(FEATURE_CODES.get(name, ()))))
    a, b = m["calibration"]
    evidence.sort(key=lambda e: -abs(e.weight))
    return _sigmoid(a * z + b), evidence

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
    mt_probability: float | None = None
    mt_verdict: str = "uncertain"
    source_language: str | None = None
    kind: str | None = None
    mt_evidence: list[Evidence] = field(default_factory=list)
    reason: str = ""

    @property
    def fingerprint(self) -> str:
        """The source-language fingerprint of the findings, as a sentence."""
        if self.language is None:
            return "no evidence of machine translation" if not self.evidence else (
                f"no verdict: evidence from only one rule family ({', '.join(self.families)})"
            )
        name = LANGUAGE_NAMES.get(self.language, self.language)
        kind = "round trip of English copy through" if self.round_trip else "machine-translated from"
        return (f"likely {kind} {name} ({self.signals} signals from "
                f"{len(self.families)} independent rule families: {', '.join(self.families)})")

    @property
    def text(self) -> str:
        if self.mt_probability is None:
            return self.fingerprint
        p = f"{self.mt_probability:.2f}"
        if self.mt_verdict == "translated":
            name = LANGUAGE_NAMES.get(self.source_language or "", None)
            if self.kind == "spun":
                what = "spun copy (a spinner's synonyms in fixed names)"
            elif self.kind == "round trip":
                what = f"round trip of English copy through {name or 'machine translation'}"
            else:
                what = f"machine-translated from {name}" if name else "machine-translated"
            return f"translated (probability {p}): {what}"
        if self.mt_verdict == "clean":
            return f"clean (probability {p}): no sign of machine translation"
        return f"uncertain (probability {p}): {self.reason}"

    def to_dict(self) -> dict:
        return {
            "words": self.words, "penalty": round(self.penalty, 2), "score_per_1000_words": round(self.per_1000, 2),
            "quality": round(self.quality, 1), "language": self.language, "round_trip": self.round_trip,
            "signals": self.signals, "families": self.families, "evidence": self.evidence,
            "verdict": self.text, "by_category": self.by_category,
            "mt_probability": None if self.mt_probability is None else round(self.mt_probability, 3),
            "mt_verdict": self.mt_verdict, "source_language": self.source_language, "kind": self.kind,
            "mt_evidence": [e.to_dict() for e in self.mt_evidence], "reason": self.reason,
        }


def _likeliest(families: dict[str, set[str]], pointing: dict[str, int]) -> str | None:
    """The language most findings point to (independent families first), when one leads."""
    ranked = sorted(((len(families[lang]), n, lang) for lang, n in pointing.items()), reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[0][:2] == ranked[1][:2]):
        return None
    return ranked[0][2]


def judge(findings: list[Finding], words: int, profile: dict[str, float] | None = None) -> Verdict:
    """The verdict on one article from its findings, its word count and (when the text was at
    hand) its ``wirelint.textstats.profile``."""
    # One pass over the findings: everything below reads only these per-kind counts, except the
    # penalty, which is summed in finding order so that the float total is the same as ever.
    kinds = [(f.severity, f.category, f.code, f.language) for f in findings]
    counts = Counter(kinds)
    costs = {k: penalty_of(k[0], k[1], k[3]) for k in counts}
    total = sum(map(costs.__getitem__, kinds))
    per_1000 = 1000.0 * total / max(words, SCORE_FLOOR_WORDS) if findings else 0.0
    families: dict[str, set[str]] = defaultdict(set)
    evidence: dict[str, Counter] = defaultdict(Counter)  # code -> count, per language
    artifacts: set[str] = set()
    artifact_codes: Counter = Counter()
    by_category: Counter = Counter()
    codes: Counter = Counter()
    by_kind: Counter = Counter()
    for (_, category, code, language), n in counts.items():
        by_kind[(code, category, language)] += n
        if language:
            families[language].add(category)
            evidence[language][code] += n
        if code in MT_ARTIFACT_RULES:
            artifacts.add(category)
            artifact_codes[code] += n
        by_category[category] += n
        codes[code] += n
    pointing = {lang: c.total() for lang, c in evidence.items()}  # before the artifacts join in
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
    round_trip = language is not None and bool(set(codes) & ROUND_TRIP_RULES)
    verdict = Verdict(
        words=words,
        penalty=total,
        per_1000=per_1000,
        quality=max(0.0, 100.0 - per_1000),
        language=language,
        signals=evidence[chosen].total() if chosen else 0,
        families=sorted(families[chosen]) if chosen else [],
        evidence=sorted(evidence[chosen]) if chosen else [],
        round_trip=round_trip,
        by_category=dict(sorted(by_category.items())),
    )
    m = model()
    if m is None:
        return verdict
    x = finding_features(by_kind, words)
    if profile:
        x.update({k: v for k, v in profile.items() if k != "words"})
    p, moved = predict(x, m)
    for e in moved:  # point each finding feature at the rules behind it
        if e.feature in ("lang_families", "lang_findings"):
            e.codes = sorted({c for lang in pointing for c in evidence[lang] if c not in MT_ARTIFACT_RULES or language})
        elif e.feature in FAMILY_PREFIXES:
            e.codes = sorted(c for c in codes if c.startswith(FAMILY_PREFIXES[e.feature]) and c not in OWN_FEATURE)
    verdict.mt_evidence = moved[:6]
    thresholds = m["thresholds"]
    if words < SHORT_WORDS:
        # Too little text to judge: never an extreme probability, always uncertain.
        share = words / SHORT_WORDS
        p = min(0.8, max(0.2, 0.5 + (p - 0.5) * share))
        verdict.mt_verdict = "uncertain"
        verdict.reason = f"too short to judge ({words} words; a verdict needs about {SHORT_WORDS})"
        if findings:
            verdict.reason += f"; {len(findings)} finding{'s' if len(findings) != 1 else ''}: " + ", ".join(
                f"{cat} {n}" for cat, n in sorted(by_category.items()))
    elif p >= thresholds["translated"]:
        verdict.mt_verdict = "translated"
    elif p <= thresholds["clean"]:
        verdict.mt_verdict = "clean"
    else:
        verdict.mt_verdict = "uncertain"
        top = [e for e in moved if e.weight > 0][:2]
        verdict.reason = "some signs of machine translation, not enough to decide" + (
            f" ({'; '.join(e.text for e in top)})" if top else "")
    verdict.mt_probability = p
    if verdict.mt_verdict != "clean":
        verdict.source_language = language or _likeliest(families, pointing)
        spun = sum(codes[c] for c in SPIN_RULES)
        if verdict.mt_verdict == "translated" or p >= 0.5:
            if spun >= 2 or (spun and language is None):
                verdict.kind = "spun"
            elif round_trip:
                verdict.kind = "round trip"
            else:
                verdict.kind = "machine translation"
    if verdict.mt_verdict == "translated":
        verdict.quality = max(0.0, 100.0 - per_1000) * (1.0 - MT_QUALITY_WEIGHT * p)
    return verdict
