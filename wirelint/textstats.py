"""Statistics of an article's text that differ between machine-translated and edited English.

``profile(text)`` measures, on the first ``PROFILE_CHARS`` characters (statistics settle long
before that, and the cost stays bounded on any input):

- ``words``, ``sentence_mean`` and ``sentence_cv`` (the spread of sentence lengths: edited news
  mixes short and long sentences; machine output keeps the source's long, even ones);
- ``ttr`` (type-token ratio over windows of 100 words: machine output repeats its words);
- a function-word profile per 1,000 words (``fw_the``, ``fw_of``, …): translation keeps the
  source's scaffolding ("the", "of", "which", "also");
- verbs of saying: ``said_share`` (said, says, told among all verbs of saying: English news says
  "said"), ``rare_saying`` per 1,000 words (stressed, emphasized, pointed out, assured, declared …);
- ``according`` ("according" per 1,000 words), ``contractions`` per 1,000 words,
  ``commas`` per sentence;
- quotation style: ``mixed_quotes`` (straight and curly double quotes in one text),
  ``comma_outside`` (the share of attributions written ``”, he said`` rather than ``,” he said``).

Every scan is a regular expression without nested quantifiers over a bounded prefix: linear time.
"""

from __future__ import annotations

import re
from collections import Counter

PROFILE_CHARS = 100_000
# Lowercase text as bytes: ASCII letters and the apostrophe stay, every other byte becomes a space
# (a bytes translation and a split cost a fraction of a word pattern; a letter outside ASCII only
# splits a name, and names are not what is counted here).
_WORD_BYTES = bytes(b if (97 <= b <= 122 or b == 39) else 32 for b in range(256))
CONTRACTED = frozenset(("t", "s", "re", "ve", "ll", "d", "m"))
SENTENCE_END_RE = re.compile(r"[.!?][\"”’)]*\s+")
FUNCTION_WORDS = ("the", "of", "and", "this", "that", "which", "also", "its", "their", "is", "was", "we", "our", "i",
                  "would", "could", "but", "will", "has", "been", "by", "with", "for", "in", "on", "at")
SAID = frozenset(("said", "says", "told", "tells"))
RARE_SAYING = frozenset(("stated", "stressed", "emphasized", "emphasised", "noted", "pointed", "expressed", "indicated",
                         "assured", "guaranteed", "affirmed", "declared", "underlined", "revealed", "mentioned",
                         "explained", "added", "reiterated", "highlighted", "asserted", "insisted", "warned"))
COMMA_INSIDE_RE = re.compile(r",[”\"] [a-z]")
COMMA_OUTSIDE_RE = re.compile(r"[”\"], [a-z]")


def profile(text: str) -> dict[str, float]:
    text = text[:PROFILE_CHARS]
    raw = text.lower().replace("’", "'").encode("utf-8", "ignore").translate(_WORD_BYTES).split()
    lower = [w.strip(b"'").decode("ascii") for w in raw]
    lower = [w for w in lower if w]
    n = len(lower)
    per_k = 1000.0 / max(n, 1)
    counts = Counter(lower)
    out: dict[str, float] = {"words": float(n)}
    # Sentence lengths in whitespace-separated tokens (close enough to words, and a split is cheap).
    lengths = [k for para in text.split("\n\n") for k in map(len, map(str.split, SENTENCE_END_RE.split(para))) if k >= 3] or [n]
    mean = sum(lengths) / len(lengths)
    var = sum((k - mean) ** 2 for k in lengths) / len(lengths)
    out["sentence_mean"] = mean
    out["sentence_cv"] = (var ** 0.5) / mean if mean else 0.0
    windows = [len(set(lower[i : i + 100])) / 100.0 for i in range(0, n - 99, 100)]
    out["ttr"] = sum(windows) / len(windows) if windows else (len(set(lower)) / n if n else 0.0)
    for w in FUNCTION_WORDS:
        out[f"fw_{w}"] = counts[w] * per_k
    said = sum(counts[w] for w in SAID)
    rare = sum(counts[w] for w in RARE_SAYING)
    out["said_share"] = said / (said + rare) if said + rare else 0.5
    out["rare_saying"] = rare * per_k
    out["according"] = counts["according"] * per_k
    out["contractions"] = sum(k for w, k in counts.items() if "'" in w and w.rsplit("'", 1)[1] in CONTRACTED) * per_k
    out["commas"] = text.count(",") / len(lengths)
    out["mixed_quotes"] = float('"' in text and ("“" in text or "”" in text))
    inside = len(COMMA_INSIDE_RE.findall(text)) if (',”' in text or ',"' in text) else 0
    outside = len(COMMA_OUTSIDE_RE.findall(text)) if ('”,' in text or '",' in text) else 0
    out["comma_outside"] = outside / (inside + outside) if inside + outside else 0.0
    return out
