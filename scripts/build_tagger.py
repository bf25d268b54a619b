#!/usr/bin/env python3
"""Train the part-of-speech tagger's model and write ``wirelint/rules/data/pos_tagger.bin``.

Usage:
    python scripts/build_tagger.py --train EWT_TRAIN.conllu [--train MORE.conllu] \\
        [--eval NAME=FILE.conllu ...] [--iterations 6] [--out PATH]

The training data is the Universal Dependencies English Web Treebank (UD_English-EWT, CC BY-SA
4.0; its train split, or the source files its ``not-to-release/file-lists/files.train`` lists,
concatenated in that order). The XPOS column (Penn Treebank tags) is learnt. The model is a greedy
averaged perceptron over the features ``wirelint.pos.features`` defines (the tagger and this
script share that function, so they cannot disagree). Weights are pruned (a weight that rounds to
zero at the stored precision is dropped, then a feature whose largest weight is small) and
quantised to 16-bit integers. ``--eval`` files (held out: EWT's test split, the Parallel UD news
and Wikipedia sentences) are tagged with the model as the tagger reads it back from the written
file, and the accuracy is printed.

This script needs nothing beyond the standard library and wirelint itself.
"""

from __future__ import annotations

import argparse
import random
import struct
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from wirelint import pos  # noqa: E402

OUT = REPO / "wirelint" / "rules" / "data" / "pos_tagger.bin"


def read_conllu(path: str) -> list[tuple[list[str], list[str]]]:
    """(words, Penn tags) per sentence; multi-word token lines (1-2) and empty nodes (1.1) are
    skipped: the syntactic words are what the tagger sees after splitting clitics."""
    sents = []
    words: list[str] = []
    tags: list[str] = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                if words:
                    sents.append((words, tags))
                words, tags = [], []
                continue
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            if not cols[0].isdigit():
                continue
            words.append(cols[1])
            tags.append(cols[4] if cols[4] != "_" else cols[3])
    if words:
        sents.append((words, tags))
    return sents


def use_tagdict(i: int, shape: str) -> bool:
    return shape in "xdp" or (i == 0 and shape == "X")


def build_tagdict(sents, min_count=20, min_share=0.97) -> dict[str, str]:
    counts: dict[str, Counter] = defaultdict(Counter)
    for words, tags in sents:
        for w, t in zip(words, tags):
            counts[pos.normalise(w)][t] += 1
    out = {}
    for w, c in counts.items():
        tag, n = c.most_common(1)[0]
        total = sum(c.values())
        if total >= min_count and n / total >= min_share:
            out[w] = tag
    return out


def build_classes(sents, tags, min_count=3, min_share=0.005):
    """The open-class tags (index 0) and, for each word seen at least ``min_count`` times, the
    tags it was seen with (each at least ``min_share`` of its uses). Returns (classes, word ->
    class index)."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for words, ts in sents:
        for w, t in zip(words, ts):
            counts[pos.normalise(w)][t] += 1
    index = {t: k for k, t in enumerate(tags)}
    rare = Counter()
    for c in counts.values():
        if sum(c.values()) < min_count:
            rare.update(c)
    total_rare = sum(rare.values())
    open_class = tuple(sorted(index[t] for t, n in rare.items() if n / total_rare >= 0.001))
    classes = [open_class]
    seen = {open_class: 0}
    word_class = {}
    for w, c in counts.items():
        total = sum(c.values())
        if total < min_count:
            continue
        cls = tuple(sorted(index[t] for t, n in c.items() if n / total >= min_share))
        if cls not in seen:
            seen[cls] = len(classes)
            classes.append(cls)
        word_class[w] = seen[cls]
    return classes, word_class


class Candidates:
    """What the tagger's ``Model.candidates`` answers, from the classes before they are written."""

    def __init__(self, tags, classes, word_class) -> None:
        self.classes, self.word_class = classes, word_class
        self.proper = tuple(k for k, t in enumerate(tags) if t in ("NNP", "NNPS"))

    def __call__(self, norm: str, shape: str) -> tuple[int, ...]:
        k = self.word_class.get(norm)
        if k is None:
            return self.classes[0]
        cands = self.classes[k]
        if shape in "XA" and self.proper[0] not in cands:
            cands = cands + self.proper
        return cands


class Trainer:
    """Averaged perceptron: each weight keeps its running total, brought up to date lazily."""

    def __init__(self, tags: list[str]) -> None:
        self.tags = tags
        self.index = {t: k for k, t in enumerate(tags)}
        self.w: dict[str, dict[int, float]] = {}
        self.total: dict[tuple[str, int], float] = defaultdict(float)
        self.stamp: dict[tuple[str, int], int] = defaultdict(int)
        self.clock = 0

    def predict(self, feats: list[str], cands: tuple[int, ...]) -> int:
        if len(cands) == 1:
            return cands[0]
        scores = defaultdict(float)
        w = self.w
        for f in feats:
            row = w.get(f)
            if row:
                for t, v in row.items():
                    scores[t] += v
        return max(cands, key=lambda t: (scores.get(t, 0.0), -t))

    def _bump(self, f: str, t: int, delta: float) -> None:
        row = self.w.setdefault(f, {})
        key = (f, t)
        old = row.get(t, 0.0)
        self.total[key] += (self.clock - self.stamp[key]) * old
        self.stamp[key] = self.clock
        row[t] = old + delta

    def update(self, truth: int, guess: int, feats: list[str]) -> None:
        self.clock += 1
        if truth == guess:
            return
        for f in feats:
            self._bump(f, truth, 1.0)
            self._bump(f, guess, -1.0)

    def averaged(self) -> dict[str, dict[int, float]]:
        out = {}
        for f, row in self.w.items():
            avg = {}
            for t, v in row.items():
                key = (f, t)
                total = self.total[key] + (self.clock - self.stamp[key]) * v
                a = total / self.clock
                if a:
                    avg[t] = a
            if avg:
                out[f] = avg
        return out


def train(sents, tagdict, tags, cand, iterations: int, seed: int = 1) -> dict:
    tr = Trainer(tags)
    order = list(sents)
    rng = random.Random(seed)
    for it in range(iterations):
        right = total = 0
        t0 = time.time()
        for words, gold in order:
            ws, norms, shapes = pos.padded(words)
            prev, prev2 = "<s>", "<s>"
            for i, g in enumerate(gold):
                guess_tag = tagdict.get(norms[i + 2]) if use_tagdict(i, shapes[i + 2]) else None
                if guess_tag is None:
                    feats = pos.features(i, ws, norms, shapes, prev, prev2)
                    guess = tr.predict(feats, cand(norms[i + 2], shapes[i + 2]))
                    tr.update(tr.index[g], guess, feats)
                    guess_tag = tags[guess]
                right += guess_tag == g
                total += 1
                # Train on the guessed history, as the tagger will see it.
                prev2, prev = prev, guess_tag
        rng.shuffle(order)
        print(f"iteration {it + 1}: {right / total:.4f} on training data ({time.time() - t0:.0f} s)", file=sys.stderr)
    return tr.averaged()


def write_model(path: Path, tags, tagdict, weights, min_weight: float, classes, word_class) -> dict:
    # The scale maps the largest weight to 32767.
    biggest = max(abs(v) for row in weights.values() for v in row.values())
    scale = 32767.0 / biggest
    rows = []
    for f, row in weights.items():
        q = [(t, round(v * scale)) for t, v in row.items()]
        q = [(t, v) for t, v in q if v]
        if not q or max(abs(v) for _, v in q) < min_weight * scale:
            continue
        rows.append((pos.fhash(f), f, sorted(q)))
    rows.sort()
    # Two features with one hash: keep the one with the larger weights (rare; counted below).
    merged = []
    collisions = 0
    for h, f, q in rows:
        if merged and merged[-1][0] == h:
            collisions += 1
            if max(abs(v) for _, v in q) > max(abs(v) for _, v in merged[-1][2]):
                merged[-1] = (h, f, q)
            continue
        merged.append((h, f, q))
    hashes = [h for h, _, _ in merged]
    offsets = [0]
    pair_tags = bytearray()
    pair_weights = []
    for _, _, q in merged:
        for t, v in q:
            pair_tags.append(t)
            pair_weights.append(v)
        offsets.append(len(pair_tags))
    dict_blob = "\n".join(f"{w}\t{tags.index(t)}" for w, t in sorted(tagdict.items())).encode("utf-8")
    out = bytearray(pos.MAGIC)
    words = sorted((pos.fhash(w), k) for w, k in word_class.items())
    # Two words with one hash keep the first class (rare; the open class is a safe loss).
    dedup = []
    for h, k in words:
        if dedup and dedup[-1][0] == h:
            continue
        dedup.append((h, k))
    out += struct.pack(pos.HEADER, len(tags), len(tagdict), len(hashes), len(pair_tags), scale, len(dict_blob),
                       len(dedup), len(classes))
    out += "\n".join(tags).encode("utf-8") + b"\n\n"
    out += dict_blob
    out += struct.pack(f"<{len(hashes)}I", *hashes)
    out += struct.pack(f"<{len(offsets)}I", *offsets)
    out += bytes(pair_tags)
    out += struct.pack(f"<{len(pair_weights)}h", *pair_weights)
    out += struct.pack(f"<{len(dedup)}I", *(h for h, _ in dedup))
    out += struct.pack(f"<{len(dedup)}H", *(k for _, k in dedup))
    out += "\n".join(",".join(map(str, c)) for c in classes).encode("ascii") + b"\n\n"
    path.write_bytes(bytes(out))
    return {"features": len(hashes), "pairs": len(pair_tags), "collisions": collisions, "bytes": len(out)}


def evaluate(model: pos.Model, sents) -> tuple[float, float, float]:
    """Token accuracy, accuracy on words absent from the training data's dictionary of
    unambiguous words, and whole-sentence accuracy."""
    right = total = sent_right = 0
    for words, gold in sents:
        guess = model.tag_words(words)
        ok = sum(g == p for g, p in zip(gold, guess))
        right += ok
        total += len(gold)
        sent_right += ok == len(gold)
    return right / total, total, sent_right / len(sents)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--train", action="append", required=True)
    ap.add_argument("--eval", action="append", default=[], help="NAME=FILE.conllu")
    ap.add_argument("--iterations", type=int, default=6)
    ap.add_argument("--min-weight", type=float, default=1.0, help="drop features whose largest averaged weight is below this")
    ap.add_argument("--out", default=str(OUT))
    args = ap.parse_args()
    sents = [s for path in args.train for s in read_conllu(path)]
    print(f"{len(sents)} training sentences, {sum(len(w) for w, _ in sents)} tokens", file=sys.stderr)
    tagdict = build_tagdict(sents)
    tags = sorted({t for _, ts in sents for t in ts})
    classes, word_class = build_classes(sents, tags)
    cand = Candidates(tags, classes, word_class)
    weights = train(sents, tagdict, tags, cand, args.iterations)
    stats = write_model(Path(args.out), tags, tagdict, weights, args.min_weight, classes, word_class)
    print(f"model: {stats}, {len(tags)} tags, {len(tagdict)} dictionary words, {len(word_class)} known words "
          f"in {len(classes)} classes", file=sys.stderr)
    model = pos.Model(Path(args.out).read_bytes())
    for spec in args.eval:
        name, _, path = spec.partition("=")
        acc, n, sacc = evaluate(model, read_conllu(path))
        print(f"{name}: token accuracy {acc:.4f} over {n} tokens; sentence accuracy {sacc:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
