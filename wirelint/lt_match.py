"""LanguageTool matches as the WL60x rules read them: kinds, UTF-16 offsets, ``LTMatch``.

Split from ``wirelint.languagetool`` so that importing the rule modules (every run does) costs
no HTTP, threading, hashing or JSON machinery: that module is imported only when a run asks for
grammar checks. Nothing here talks to a server.
"""

from __future__ import annotations

import bisect
import sys
from dataclasses import dataclass, replace
from typing import Any, Iterable, Mapping, Sequence

EXTERNAL_KEY = "languagetool"
MAX_REPLACEMENTS = 5

# --- kinds: which wirelint rule a LanguageTool match belongs to ---------------------------------
# LanguageTool's category id decides; for MISC and unknown categories, its ITS 2.0 issue type.
CATEGORY_KIND = {
    "TYPOS": "spelling",
    "GRAMMAR": "grammar",
    "CONFUSED_WORDS": "grammar",
    "COLLOCATIONS": "grammar",
    "SEMANTICS": "grammar",
    "NONSTANDARD_PHRASES": "grammar",
    "FALSE_FRIENDS": "grammar",
    "COMPOUNDING": "grammar",
    "PUNCTUATION": "punctuation",
    "TYPOGRAPHY": "typography",
    "CASING": "casing",
    "STYLE": "style",
    "REDUNDANCY": "style",
    "PLAIN_ENGLISH": "style",
    "REPETITIONS_STYLE": "style",
    "WIKIPEDIA": "style",
    "CREATIVE_WRITING": "style",
    "TEXT_ANALYSIS": "style",
    "GENDER_NEUTRALITY": "style",
    "MISUSED_TERMS_EU_PUBLICATIONS": "style",
    "BRITISH_ENGLISH": "style",
    "AMERICAN_ENGLISH": "style",
    "AMERICAN_ENGLISH_STYLE": "style",
    "REPETITIONS": "duplication",
}
ISSUE_KIND = {
    "duplication": "duplication",
    "whitespace": "typography",
    "typographical": "typography",
    "grammar": "grammar",
    # Outside TYPOS a "misspelling" is a word-form slip such as "a apple" (EN_A_VS_AN, in MISC),
    # not an unknown name: it belongs with grammar, which is on by default.
    "misspelling": "grammar",
    "mistranslation": "grammar",
    "untranslated": "grammar",
    "style": "style",
    "register": "style",
    "locale-violation": "style",
    "inconsistency": "style",
}
KINDS = ("grammar", "spelling", "punctuation", "typography", "casing", "style", "duplication", "other")


def classify(category: str, issue_type: str) -> str:
    kind = CATEGORY_KIND.get(category)
    if kind is None:
        kind = ISSUE_KIND.get(issue_type, "other")
    return kind


def categories_of(kind: str) -> tuple[str, ...]:
    return tuple(c for c, k in CATEGORY_KIND.items() if k == kind)


# --- UTF-16 offsets -----------------------------------------------------------------------------
class Utf16Index:
    """Converts UTF-16 code-unit offsets (what LanguageTool counts) into code points."""

    __slots__ = ("_astral_units", "length")

    def __init__(self, text: str) -> None:
        units: list[int] = []
        extra = 0
        if not text.isascii():
            for i, ch in enumerate(text):
                if ord(ch) > 0xFFFF:
                    units.append(i + extra)  # the UTF-16 offset of this character
                    extra += 1
        self._astral_units = units
        self.length = len(text) + extra

    def to_code_points(self, unit: int) -> int:
        # Every astral character that starts before ``unit`` counted two units, not one. An
        # offset inside a surrogate pair (never sent by LanguageTool) rounds up past the pair.
        return unit - bisect.bisect_left(self._astral_units, unit)


def utf16_len(text: str) -> int:
    return Utf16Index(text).length


# --- matches ------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class LTMatch:
    """One LanguageTool match with code-point offsets (into the segment, then the document)."""

    start: int
    end: int
    rule_id: str
    message: str
    replacements: tuple[str, ...]
    category: str
    issue_type: str
    kind: str
    sub_id: str | None = None
    short_message: str = ""

    def moved(self, delta: int) -> "LTMatch":
        return replace(self, start=self.start + delta, end=self.end + delta)

    def to_json(self) -> dict:
        return {"s": self.start, "e": self.end, "id": self.rule_id, "sub": self.sub_id, "msg": self.message,
                "short": self.short_message, "rep": list(self.replacements), "cat": self.category, "it": self.issue_type}

    @classmethod
    def from_json(cls, d: Mapping[str, Any]) -> "LTMatch":
        return cls(int(d["s"]), int(d["e"]), str(d["id"]), str(d["msg"]), tuple(str(r) for r in d["rep"]),
                   str(d["cat"]), str(d["it"]), classify(str(d["cat"]), str(d["it"])), d.get("sub"), str(d.get("short") or ""))


def parse_match(raw: Any, index: Utf16Index, limit: int) -> tuple[int, int, LTMatch] | None:
    """A raw match from /v2/check as (start, end, LTMatch) in code points, or None if unusable."""
    if not isinstance(raw, dict):
        return None
    offset, length = raw.get("offset"), raw.get("length")
    if not isinstance(offset, int) or not isinstance(length, int) or isinstance(offset, bool) or offset < 0 or length < 0:
        return None
    start = index.to_code_points(offset)
    end = index.to_code_points(offset + length)
    if end > limit or start > end:
        return None
    rule = raw.get("rule") if isinstance(raw.get("rule"), dict) else {}
    cat = rule.get("category") if isinstance(rule.get("category"), dict) else {}
    category = str(cat.get("id") or "")
    issue = str(rule.get("issueType") or "")
    reps = raw.get("replacements") if isinstance(raw.get("replacements"), list) else []
    values = tuple(str(r["value"]) for r in reps[:MAX_REPLACEMENTS] if isinstance(r, dict) and isinstance(r.get("value"), str))
    sub = rule.get("subId")
    m = LTMatch(
        start, end, str(rule.get("id") or "UNKNOWN"), str(raw.get("message") or raw.get("shortMessage") or "LanguageTool match"),
        values, category, issue, classify(category, issue), str(sub) if sub is not None else None, str(raw.get("shortMessage") or ""),
    )
    return start, end, m


def matches_from_response(text: str, matches: Iterable[Any]) -> list[LTMatch]:
    """Raw /v2/check matches over ``text`` as LTMatch objects with code-point offsets."""
    index = Utf16Index(text)
    out = []
    for raw in matches:
        parsed = parse_match(raw, index, len(text))
        if parsed is not None:
            out.append(parsed[2])
    return out


# --- what the rules call ------------------------------------------------------------------------
def document_matches(doc, options: Mapping[str, Any]) -> Sequence[LTMatch]:
    """The LanguageTool matches attached to ``doc``. Test support: a rule example may pass
    ``lt_response=[…raw /v2/check matches over the example text…]``, which goes through the same
    offset conversion and classification as a server's answer."""
    canned = options.get("lt_response")
    if canned is not None:
        return matches_from_response(doc.text, canned)
    external = getattr(doc, "external", None) or {}
    return external.get(EXTERNAL_KEY, ())


def lt_hits(doc, options: Mapping[str, Any], kind: str):
    """Hits for the matches of one kind: the rule id in the message, the single replacement (if
    there is exactly one) as an unsafe fix, several in the help line."""
    from wirelint.finding import Hit

    for m in document_matches(doc, options):
        if m.kind != kind or m.end <= m.start and not m.replacements:
            continue
        rid = m.rule_id + (f"[{m.sub_id}]" if m.sub_id else "")
        message = f"{m.message.strip()} (LanguageTool {rid})"
        replacement = m.replacements[0] if len(m.replacements) == 1 else None
        help_text = None
        if len(m.replacements) > 1:
            help_text = "LanguageTool suggests: " + ", ".join(repr(r) for r in m.replacements)
        elif replacement is not None:
            help_text = f"LanguageTool suggests {replacement!r}"
        yield Hit(m.start, m.end, message, replacement=replacement, help=help_text, safe=False)


def kind_of_rule(rule) -> str | None:
    module = sys.modules.get(rule.module)
    return getattr(module, "LT_KIND", None) if module is not None else None


# --- examples for the rule modules (test support) -----------------------------------------------
def raw_match(text: str, start: int, end: int, rule_id: str, category: str, issue_type: str, message: str,
              replacements: Sequence[str] = ()) -> dict:
    """A /v2/check match over ``text`` as a LanguageTool server writes it: offsets in UTF-16
    units (computed from the encoded text, independently of ``Utf16Index``)."""
    unit = lambda i: len(text[:i].encode("utf-16-le", "surrogatepass")) // 2  # noqa: E731
    return {
        "message": message, "shortMessage": "", "replacements": [{"value": r} for r in replacements],
        "offset": unit(start), "length": unit(end) - unit(start),
        "context": {"text": text, "offset": unit(start), "length": unit(end) - unit(start)},
        "sentence": text, "type": {"typeName": "Other"},
        "rule": {"id": rule_id, "description": message, "issueType": issue_type,
                 "category": {"id": category, "name": category.title()}},
    }


def canned_bad(marked: str, rule_id: str, category: str, issue_type: str, message: str,
               replacements: Sequence[str] = (), fixed: str | None = None):
    """A bad rule example: LanguageTool (canned) reports the marked span, the rule must too."""
    from wirelint.rule import bad

    plain = bad(marked)
    (start, end), = plain.spans
    raw = raw_match(plain.text, start, end, rule_id, category, issue_type, message, replacements)
    return bad(marked, fixed, lt_response=[raw])


def canned_good(text: str, flagged: str, rule_id: str, category: str, issue_type: str, message: str = "A match"):
    """A good rule example: LanguageTool (canned) reports ``flagged``, but as another kind."""
    from wirelint.rule import good

    start = text.index(flagged)
    return good(text, lt_response=[raw_match(text, start, start + len(flagged), rule_id, category, issue_type, message)])
