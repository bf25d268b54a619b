"""A small part-of-speech tagger for the rules that need to know a verb from a noun.

Machine translation from German, Dutch or Persian leaves verbs at the end of their clause; from
Italian, Turkish or Indonesian, pronouns of the wrong gender or person. A pattern over characters
cannot see either: it has to know which word is a modal, which a bare infinitive and which a
noun. This module tags English with the Penn Treebank tag set (NN, VB, VBD, MD, DT, …).

The model is a greedy averaged perceptron trained on the Universal Dependencies English Web
Treebank (``scripts/build_tagger.py`` trains it and writes ``rules/data/pos_tagger.bin``; the
data's licence and attribution are in ``rules/data/pos_tagger.README.md``). Nothing is imported
or loaded until a rule asks for tags, and rules ask only for the sentences that pass their own
cheap screens, so an article with no candidate pays nothing.

For rules:

- ``sentence_tags(doc, span)`` -> ``Tagged`` tokens of one sentence (cached per document);
- ``tag_text(text)`` -> the tokens of any text, tagged as one sentence;
- ``likely_tag(word)`` -> the tag the model gives a word with no context (e.g. to ask whether a
  capitalised word is, lowercased, a common noun: ``likely_tag("time") == "NN"``).

The model file: magic, then the tag names, the unambiguous-word dictionary and the features.
Features are looked up by a 32-bit CRC of their UTF-8 text in a sorted array (``bisect`` runs in
C), so loading is reading a few arrays, not building a dictionary of every feature. A lookup of a
feature the model never saw can collide with a stored one with probability (stored features)/2^32,
about 1 in 20,000: measured accuracy includes that noise.
"""

from __future__ import annotations

import re
import struct
import zlib
from array import array
from bisect import bisect_left
from typing import NamedTuple

MAGIC = b"WLPOS2\n"
HEADER = "<IIIIfIII"
CACHE_ROWS = 60_000  # expanded feature rows kept per process (about 300 bytes each)

# --- tokens ------------------------------------------------------------------------------------
# Tokens as the treebank splits them: words (with inner apostrophes and dots of abbreviations),
# clitics ("n't", "'s", "'re"…) apart, numbers with their separators, any other character alone.
# Each alternative is a run of one class with no nested repetition: linear on any input.
TOKEN_RE = re.compile(
    r"[^\W\d_]+(?=n['’]t\b)"  # "do" of "don't" (then "n't" below)
    r"|n['’]t\b"
    r"|(?<=[^\W\d_])['’](?:[sSdDmM]|re|ve|ll|RE|VE|LL)\b"  # clitics after a word
    r"|\d+(?:[.,:/]\d+)*(?:st|nd|rd|th|s)?"  # numbers: 1,000 3.5 10:30 1990s 21st
    r"|(?:[^\W\d_]\.){2,}"  # U.S. e.g.
    r"|[^\W\d_](?:\w|['’](?![sSdDmM]\b|(?:re|ve|ll|RE|VE|LL)\b)(?=[^\W\d_]))*"  # a word: O'Brien
    r"|\.\.\.|--|[^\w\s]"
)

# Penn tags that are punctuation or symbols.
PUNCT_TAGS = frozenset({".", ",", ":", "``", "''", "-LRB-", "-RRB-", "HYPH", "NFP", "$", "#", "SYM"})


class Tagged(NamedTuple):
    start: int  # code-point offsets into the tagged text (the document's text for sentence_tags)
    end: int
    word: str
    tag: str


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    end = len(text) if end is None else end
    return [(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(text, start, end)]


# --- features (shared by the build script: the model and the tagger must agree) -----------------
def normalise(word: str) -> str:
    """The form a word's features use: lower case; numbers by shape."""
    if word.isalpha():
        return word.lower()
    c = word[0]
    if c.isdigit():
        if len(word) == 4 and word.isdigit():
            return "!YEAR"
        return "!NUM"
    if c in "'’":
        return "'" + word[1:].lower()
    return word.lower().replace("’", "'")


def shape(word: str) -> str:
    """A coarse shape: X (capitalised), A (all caps, 2+ letters), x (lower), d (digit), p (other)."""
    c = word[0]
    if c.isalpha():
        if c.isupper():
            return "A" if len(word) > 1 and word.isupper() else "X"
        return "x"
    if c.isdigit():
        return "d"
    return "p"


def features(i: int, words: list[str], norms: list[str], shapes: list[str], prev: str, prev2: str) -> list[str]:
    """The features of token ``i`` given the two tags before it. ``words`` are the tokens as
    written, ``norms`` their normal forms and ``shapes`` their shapes, each padded with two
    boundary entries at both ends (token ``i`` of the sentence is at index ``i + 2``)."""
    j = i + 2
    w = norms[j]
    word = words[j]
    p1, n1 = norms[j - 1], norms[j + 1]
    return [
        "b",
        "w " + w,
        "s " + w[-3:],
        "s2 " + w[-2:],
        "f " + w[:1],
        "h " + shapes[j] + ("0" if i == 0 else "") + ("-" if "-" in word else ""),
        "t " + prev,
        "tt " + prev + " " + prev2,
        "tw " + prev + " " + w,
        "p " + p1,
        "ps " + p1[-3:],
        "pp " + norms[j - 2],
        "n " + n1,
        "ns " + n1[-3:],
        "nh " + shapes[j + 1],
        "nn " + norms[j + 2],
        "pw " + p1 + " " + w,
        "wn " + w + " " + n1,
    ]


def padded(words: list[str]) -> tuple[list[str], list[str], list[str]]:
    ws = ["<s>", "<s>"] + words + ["</s>", "</s>"]
    norms = ["<s>", "<s>"] + [normalise(w) for w in words] + ["</s>", "</s>"]
    shapes = ["<s>", "<s>"] + [shape(w) for w in words] + ["</s>", "</s>"]
    return ws, norms, shapes


# --- the model ---------------------------------------------------------------------------------
def fhash(feature: str) -> int:
    return zlib.crc32(feature.encode("utf-8"))


class Model:
    """The stored weights: tags, a dictionary of unambiguous words, and the features by hash."""

    def __init__(self, raw: bytes) -> None:
        if not raw.startswith(MAGIC):
            raise ValueError("not a wirelint tagger model")
        pos = len(MAGIC)
        (n_tags, n_dict, n_feat, n_pairs, scale, dict_len, n_words, n_classes) = struct.unpack_from(HEADER, raw, pos)
        pos += struct.calcsize(HEADER)
        tags_end = raw.index(b"\n\n", pos)
        self.tags: list[str] = raw[pos:tags_end].decode("utf-8").split("\n")
        pos = tags_end + 2
        entries = raw[pos : pos + dict_len].decode("utf-8").split("\n") if n_dict else []
        pos += dict_len
        self.tagdict: dict[str, str] = {}
        for e in entries:
            w, _, t = e.rpartition("\t")
            self.tagdict[w] = self.tags[int(t)]
        self.scale = scale
        self.hashes = array("I")
        self.hashes.frombytes(raw[pos : pos + 4 * n_feat])
        pos += 4 * n_feat
        self.offsets = array("I")
        self.offsets.frombytes(raw[pos : pos + 4 * (n_feat + 1)])
        pos += 4 * (n_feat + 1)
        self.pair_tags = raw[pos : pos + n_pairs]
        pos += n_pairs
        self.pair_weights = array("h")
        self.pair_weights.frombytes(raw[pos : pos + 2 * n_pairs])
        pos += 2 * n_pairs
        # The tags each known word was seen with (its class), by the CRC of its normal form.
        self.word_hashes = array("I")
        self.word_hashes.frombytes(raw[pos : pos + 4 * n_words])
        pos += 4 * n_words
        self.word_classes = array("H")
        self.word_classes.frombytes(raw[pos : pos + 2 * n_words])
        pos += 2 * n_words
        end = raw.index(b"\n\n", pos)
        lines = raw[pos:end].decode("ascii").split("\n")
        self.classes: list[tuple[int, ...]] = [tuple(int(x) for x in line.split(",")) for line in lines]
        self.open_class = self.classes[0]  # unknown words: the open-class tags
        self.proper = tuple(k for k, t in enumerate(self.tags) if t in ("NNP", "NNPS"))
        if len(self.tags) != n_tags or len(self.pair_weights) != n_pairs or len(self.classes) != n_classes:
            raise ValueError("truncated tagger model")
        self._cache: dict[str, array | None] = {}
        self._zeros = [0] * n_tags

    def weights(self, feature: str):
        """The feature's weight for every tag (an array as long as ``tags``), or None when the
        model has none. Rows are expanded from the sparse store on first use and kept (up to
        CACHE_ROWS of them), so a tagger's common features cost one dictionary look-up."""
        cache = self._cache
        got = cache.get(feature, False)
        if got is not False:
            return got
        h = zlib.crc32(feature.encode("utf-8"))
        hashes = self.hashes
        k = bisect_left(hashes, h)
        if k < len(hashes) and hashes[k] == h:
            a, b = self.offsets[k], self.offsets[k + 1]
            row = self._zeros[:]
            for t, w in zip(self.pair_tags[a:b], self.pair_weights[a:b]):
                row[t] = w
            got = tuple(row)
        else:
            got = None
        if len(cache) >= CACHE_ROWS:
            cache.clear()
        cache[feature] = got
        return got

    def candidates(self, norm: str, shape: str) -> tuple[int, ...]:
        """Tag indices a word may take: the tags it was seen with in training, or the open
        classes for a word seen too rarely; a capitalised word may also be a proper noun."""
        h = zlib.crc32(norm.encode("utf-8"))
        k = bisect_left(self.word_hashes, h)
        if k < len(self.word_hashes) and self.word_hashes[k] == h:
            cands = self.classes[self.word_classes[k]]
            if shape in "XA" and self.proper[0] not in cands:
                cands = cands + self.proper
            return cands
        return self.open_class

    def predict(self, feats: list[str], cands: tuple[int, ...]) -> str:
        if len(cands) == 1:
            return self.tags[cands[0]]
        rows = [r for r in map(self.weights, feats) if r is not None]
        best_t, best = cands[0], None
        for t in cands:
            score = sum([r[t] for r in rows])
            if best is None or score > best:
                best_t, best = t, score
        return self.tags[best_t]

    def tag_words(self, words: list[str]) -> list[str]:
        ws, norms, shapes = padded(words)
        prev, prev2 = "<s>", "<s>"
        out = []
        tagdict = self.tagdict
        for i, word in enumerate(words):
            sh = shapes[i + 2]
            tag = tagdict.get(norms[i + 2]) if sh in "xdp" or (i == 0 and sh == "X") else None
            if tag is None:
                tag = self.predict(features(i, ws, norms, shapes, prev, prev2), self.candidates(norms[i + 2], sh))
            out.append(tag)
            prev2, prev = prev, tag
        return out


_MODEL: list[Model] = []


def model() -> Model:
    """The model, read on first use (once per process)."""
    if not _MODEL:
        from wirelint.rules._data import DATA_DIR
        import os

        path = os.path.join(DATA_DIR, "pos_tagger.bin")
        try:
            with open(path, "rb") as f:
                raw = f.read()
        except OSError:
            from importlib import resources

            raw = resources.files("wirelint.rules").joinpath("data", "pos_tagger.bin").read_bytes()
        _MODEL.append(Model(raw))
    return _MODEL[0]


# --- what rules call ---------------------------------------------------------------------------
MAX_TOKENS = 400  # a longer "sentence" (a table, a run-on line) is tagged in pieces of this size


def tag_text(text: str, start: int = 0, end: int | None = None) -> list[Tagged]:
    """The tokens of ``text[start:end]`` with their tags, offsets into ``text``."""
    toks = tokenize(text, start, end)
    if not toks:
        return []
    m = model()
    out: list[Tagged] = []
    for k in range(0, len(toks), MAX_TOKENS):
        chunk = toks[k : k + MAX_TOKENS]
        tags = m.tag_words([t[2] for t in chunk])
        out.extend(Tagged(s, e, w, t) for (s, e, w), t in zip(chunk, tags))
    return out


def sentence_tags(doc, span) -> list[Tagged]:
    """The tagged tokens of one sentence (a ``doc.sentences`` span), cached on the document so
    that rules screening the same sentence share one tagging."""
    cache = doc.__dict__.get("_pos_cache")
    if cache is None:
        cache = doc.__dict__["_pos_cache"] = {}
    key = (span[0], span[1])
    got = cache.get(key)
    if got is None:
        got = cache[key] = tag_text(doc.text, span[0], span[1])
    return got


LONG_SENTENCE = 600  # characters: a longer sentence is tagged only around the offset asked about


def tags_around(doc, offset: int) -> list[Tagged]:
    """The tagged tokens of the sentence holding ``offset``; for a sentence longer than
    LONG_SENTENCE characters (a run-on line, a table), of the stretch of about that size around
    the offset, cut at white space. Rules call this for a candidate their screen found."""
    span = doc.sentence_at(offset)
    if span is not None and span[1] - span[0] <= LONG_SENTENCE:
        return sentence_tags(doc, span)
    lo, hi = (span[0], span[1]) if span is not None else (0, len(doc.text))
    text = doc.text
    a = max(lo, offset - LONG_SENTENCE // 2)
    b = min(hi, offset + LONG_SENTENCE // 2)
    while a > lo and not text[a - 1].isspace() and offset - a < LONG_SENTENCE:
        a -= 1
    while b < hi and not text[b].isspace() and b - offset < LONG_SENTENCE:
        b += 1
    return sentence_tags(doc, (a, b))


def likely_tag(word: str) -> str:
    """The tag the model gives ``word`` alone, lower-cased, mid-sentence (no context)."""
    w = word.lower()
    m = model()
    tag = m.tagdict.get(normalise(w))
    if tag is not None:
        return tag
    ws, norms, shapes = padded([",", w])
    # Mid-sentence after a comma (which any part of speech can follow), so that neither the
    # sentence-start shape nor a neighbour's tag weighs in.
    return m.predict(features(1, ws, norms, shapes, ",", "<s>"), m.candidates(norms[3], "x"))
