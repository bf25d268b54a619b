"""Inject machine-translation and scraping artifacts into clean articles at known offsets.

``inject(text, rng)`` returns the damaged text and its expected defects in the schema of
``seed-article.expected.json`` (id, category, quote, flag, start, end, required, note).
``generate(articles, n, seed)`` makes ``n`` labelled documents, reproducibly from ``seed``.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

# English news spelling -> a French-style rendering an MT round trip produces.
TRANSLITERATIONS = {
    "Shoigu": "Choïgu", "Putin": "Poutine", "Zelenskyy": "Zelensky", "Navalnaya": "Navalnaïa",
    "Prigozhin": "Prigojine", "Kyiv": "Kiev", "Navalny": "Navalnyï", "Medvedev": "Medvedeva",
}
TRANSLITERATIONS = {k: v for k, v in TRANSLITERATIONS.items() if k not in ("Medvedev", "Zelenskyy")}
ALTERNATIVES = {
    "talks": "interviews", "meeting": "meeting", "officials": "managers", "agreement": "accord",
    "troops": "soldiers", "election": "ballot", "attack": "assault", "plan": "project",
    "country": "nation", "government": "executive", "statement": "declaration", "war": "conflict",
}
ALTERNATIVES = {k: v for k, v in ALTERNATIVES.items() if k != v}
PLACES = [
    "Ukraine", "Russia", "China", "Kenya", "Nigeria", "Syria", "Iraq", "Iran", "Somalia", "Sudan",
    "Washington", "Moscow", "Beijing", "Kyiv", "London", "Paris", "Berlin", "Israel",
    "Afghanistan", "Pakistan", "Zimbabwe", "Cameroon", "Mali", "Niger", "Europe", "Africa",
]
DEMONYM_PAIRS = ["Chinese officials", "Russian officials", "Ukrainian troops", "Russian forces",
                 "American officials", "Iranian officials", "Chinese companies", "Russian troops"]
CHROME = ["Back to top button", "Read more", "Share this article", "Advertisement", "News Source :"]
MOJIBAKE = {"’": "â€™", "é": "Ã©", "—": "â€”"}
TERM_EQUIVALENTS = {"no limits": "limitless", "limitless": "no holds barred", "historic": "historical"}


@dataclass
class Damaged:
    text: str
    expected: list[dict] = field(default_factory=list)

    def replace(self, start: int, end: int, new: str) -> int:
        """Replace text[start:end]; shift expected spans that follow. Returns the length delta."""
        delta = len(new) - (end - start)
        self.text = self.text[:start] + new + self.text[end:]
        for e in self.expected:
            if e["start"] >= end:
                e["start"] += delta
                e["end"] += delta
            elif e["end"] > start:
                e["end"] += delta
        return delta

    def expect(self, category: str, start: int, end: int, note: str) -> None:
        for e in self.expected:  # never label the same place twice
            if e["start"] < end and start < e["end"]:
                return
        self.expected.append({
            "id": "", "category": category, "flag": self.text[start:end], "start": start, "end": end,
            "required": True, "note": note,
        })

    def free(self, start: int, end: int) -> bool:
        return all(not (e["start"] - 2 < end and start < e["end"] + 2) for e in self.expected)


def _body_start(text: str) -> int:
    """Skip the headline (first line) so injections land in the body."""
    nl = text.find("\n\n")
    return nl + 2 if nl >= 0 else 0


def _pick(rng: random.Random, matches: list):
    return rng.choice(matches) if matches else None


def inj_french_spacing(d: Damaged, rng):
    ms = [m for m in re.finditer(r"(?<=[a-z]),(?= [a-z])", d.text) if m.start() > _body_start(d.text) and d.free(m.start() - 1, m.end())]
    m = _pick(rng, ms)
    if m:
        d.replace(m.start(), m.end(), " ,")
        d.expect("foreign-typography", m.start(), m.start() + 2, "space before a comma")


def inj_missing_space(d: Damaged, rng):
    ms = [m for m in re.finditer(r"\b[a-z]{3,}\. (?=[A-Z][a-z]+ )", d.text) if d.free(m.start(), m.end() + 3)]
    m = _pick(rng, ms)
    if m:
        dot = m.end() - 2
        d.replace(dot + 1, dot + 2, "")
        word_end = re.match(r"[A-Za-z]+", d.text[dot + 1 :]).end() + dot + 1
        d.expect("missing-space", m.start(), word_end, "missing space after a full stop")


def inj_lowercase_place(d: Damaged, rng):
    pattern = re.compile(r"(?<=[a-z,] )(" + "|".join(PLACES) + r")\b")
    ms = [m for m in pattern.finditer(d.text) if d.free(m.start(), m.end())]
    m = _pick(rng, ms)
    if m:
        d.replace(m.start(), m.end(), m.group(1).lower())
        d.expect("proper-noun-case", m.start(), m.end(), f"'{m.group(1)}' in lowercase")


def inj_leftover_alternative(d: Damaged, rng):
    pattern = re.compile(r"\b(" + "|".join(ALTERNATIVES) + r")\.(?= [A-Z])")
    ms = [m for m in pattern.finditer(d.text) if d.free(m.start(), m.end())]
    m = _pick(rng, ms)
    if m:
        alt = f" {ALTERNATIVES[m.group(1)]}."
        d.replace(m.end(), m.end(), alt)
        d.expect("stray-fragment", m.end() + 1, m.end() + len(alt), "leftover alternative rendering")


def inj_broken_sentence(d: Damaged, rng):
    ms = [m for m in re.finditer(r"\b([a-z]{3,}) (in|at|for|with|from) (?=[a-z]+ [a-z]+)", d.text) if d.free(m.start(), m.end() + 10)]
    m = _pick(rng, ms)
    if m:
        pos = m.start(1) + len(m.group(1))
        d.replace(pos, pos, ".")
        end = m.end()  # the period now sits inside the match: "word. in"
        d.expect("stray-fragment", m.start(1), end, "a stray full stop breaks the sentence")


def inj_transliteration(d: Damaged, rng):
    pattern = re.compile(r"\b(" + "|".join(TRANSLITERATIONS) + r")\b")
    ms = [m for m in pattern.finditer(d.text) if d.free(m.start(), m.end())]
    m = _pick(rng, ms)
    if m:
        new = TRANSLITERATIONS[m.group(1)]
        d.replace(m.start(), m.end(), new)
        d.expect("transliteration", m.start(), m.start() + len(new), f"French rendering of {m.group(1)}")


def inj_word_order(d: Damaged, rng):
    pattern = re.compile(r"\b(" + "|".join(DEMONYM_PAIRS) + r")\b")
    ms = [m for m in pattern.finditer(d.text) if d.free(m.start(), m.end())]
    m = _pick(rng, ms)
    if m:
        adj, noun = m.group(1).split()
        d.replace(m.start(), m.end(), f"{noun} {adj}")
        d.expect("word-order", m.start(), m.end(), "French noun-adjective order")


def inj_chrome(d: Damaged, rng):
    label = rng.choice(CHROME)
    text = d.text.rstrip("\n")
    start = len(text) + 2
    d.text = text + "\n\n" + label + "\n"
    d.expect("boilerplate", start, start + len(label), "scraped page chrome")


def inj_byline(d: Damaged, rng):
    first, last, wrong = rng.choice([("Jane", "Porter", "Miller"), ("Tom", "Reyes", "Smith"), ("Anna", "Berg", "Jones")])
    text = d.text.rstrip("\n")
    bio = (f"\n\n{first} {last}\n\nWith a passion for stories, {first} began writing at an early age. "
           f"{wrong} went on to study journalism at a state university and has covered politics for a decade.\n")
    d.text = text + bio
    pos = d.text.index(f"{wrong} went on")
    d.expect("byline-mismatch", pos, pos + len(wrong), f"the bio names {wrong}, the byline {first} {last}")


def inj_mojibake(d: Damaged, rng):
    ms = [m for m in re.finditer("|".join(MOJIBAKE), d.text) if d.free(m.start(), m.end())]
    m = _pick(rng, ms)
    if m:
        new = MOJIBAKE[m.group()]
        d.replace(m.start(), m.end(), new)
        d.expect("encoding", m.start(), m.start() + len(new), "mojibake")


def inj_photo_credit(d: Damaged, rng):
    paras = [m.end() for m in re.finditer(r"[.”]\n\n", d.text)]
    pos = _pick(rng, paras)
    if pos is None:
        return
    credit = rng.choice(["Jane Doe / AP", "John Smith / Reuters", "Alex Brandon / AFP"])
    line = f"Officials at the ceremony on Monday. {credit}\n\n"
    d.replace(pos, pos, line)
    start = pos + line.index(credit)
    d.expect("photo-credit", start, start + len(credit), "photo caption and credit pasted into the text")


INJECTORS = [
    inj_french_spacing, inj_missing_space, inj_lowercase_place, inj_leftover_alternative,
    inj_broken_sentence, inj_transliteration, inj_word_order, inj_chrome, inj_byline,
    inj_mojibake, inj_photo_credit,
]


def inject(text: str, rng: random.Random, k: int = 4) -> Damaged:
    d = Damaged(text)
    for fn in rng.sample(INJECTORS, k=min(k, len(INJECTORS))):
        fn(d, rng)
    d.expected.sort(key=lambda e: e["start"])
    for n, e in enumerate(d.expected, 1):
        e["id"] = f"I{n:02d}"
        e["flag"] = d.text[e["start"] : e["end"]]
        e["quote"] = d.text[max(0, e["start"] - 30) : e["end"] + 30]
    return d


def generate(articles: list[tuple[str, str]], n: int, seed: int = 1) -> list[tuple[str, Damaged]]:
    """``n`` damaged documents from (name, text) pairs, the same for the same seed."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        name, text = articles[i % len(articles)]
        out.append((f"injected-{i:03d}-{name}", inject(text, rng, k=rng.randint(3, 6))))
    return out
