"""The labelled articles the verdict model is fitted and measured on, with a fixed split.

Every article is ``Labelled(id, text, label, kind, language, group, split, part)``: label 1 for
machine-translated, round-tripped or spun copy, 0 for professionally written or edited English.
``group`` keeps related articles together (every system's translation of one source document,
a damaged article and the clean article it was made from); ``split`` is ``"test"`` for the
articles held apart from fitting, chosen by rule before anything is measured:

- MQM WMT23 news (../shared/data/mqm-zhen): one article per (document, system), segments joined
  as paragraphs. Test: the 18 documents the ``found-*`` articles were drawn from (they are the
  same machine output); the other documents are for fitting.
- MQM TED (the same file): each talk cut into articles of about 400 words at the same segment
  boundaries for every system; the two human reference translations are label 0. Test: talks 5
  and 7 (every other talk in sorted order).
- tests/corpus/clean and the written round-trip articles made from them: grouped by the clean
  article; test when crc32(group) % 3 == 0.
- tests/corpus/defective/shape-*: SHAPES.json says kind, language and split (kind "scraped" and
  "clean" are label 0).
- benchmarks/data/professional.jsonl.gz: label 0; test when crc32(id) % 3 == 0.
- the seed article: test.
"""

from __future__ import annotations

import gzip
import json
import os
import zlib
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = next((p / "shared" for p in REPO.parents if (p / "shared" / "corpus").is_dir()), REPO.parent / "shared")
# The corpora are read from this checkout, or from the folder $WIRELINT_CORPUS_ROOT names (another
# checkout's tests/corpus and benchmarks/data: to measure on articles not merged here yet).
ROOT = Path(os.environ.get("WIRELINT_CORPUS_ROOT") or REPO)
DEFECTIVE = ROOT / "tests" / "corpus" / "defective"
CLEAN = ROOT / "tests" / "corpus" / "clean"
PROFESSIONAL = ROOT / "benchmarks" / "data" / "professional.jsonl.gz"
MQM = SHARED / "data" / "mqm-zhen" / "segments.jsonl.gz"
TED_TEST_TALKS = {"talk.5", "talk.7"}
TED_CHUNK_WORDS = 400
MT_KINDS = {"machine translation", "round trip", "spun"}


@dataclass(frozen=True)
class Labelled:
    id: str
    text: str
    label: int
    kind: str | None
    language: str | None
    group: str
    split: str
    part: str


def _third(key: str) -> str:
    return "test" if zlib.crc32(key.encode("utf-8")) % 3 == 0 else "train"


def _found_docs() -> set[str]:
    path = DEFECTIVE / "FOUND-SOURCES.json"
    if not path.exists():
        return set()
    return {a["doc"] for a in json.loads(path.read_text(encoding="utf-8"))["articles"]}


def mqm_articles() -> list[Labelled]:
    if not MQM.exists():
        return []
    segs: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
    with gzip.open(MQM, "rt", encoding="utf-8") as fh:
        for line in fh:
            s = json.loads(line)
            segs[(s["dataset"], s["doc"], s["system"])].append(s)
    found = _found_docs()
    out = []
    # WMT23 news: one article per document and system.
    for (dataset, doc, system), rows in sorted(segs.items()):
        if dataset != "wmt23-news":
            continue
        rows.sort(key=lambda s: s["seg"])
        text = "\n\n".join(s["target"].strip() for s in rows) + "\n"
        out.append(Labelled(f"mqm-news/{doc}/{system}", text, 1, "machine translation", "zh", f"mqm:{doc}",
                            "test" if doc in found else "train", "mqm-news"))
    # TED: the same cut into ~400-word articles for every system of a talk.
    talks: dict[str, dict[str, dict[int, str]]] = defaultdict(dict)
    human: dict[str, bool] = {}
    for (dataset, doc, system), rows in segs.items():
        if dataset == "ted":
            talks[doc][system] = {s["seg"]: s["target"].strip() for s in rows}
            human[system] = rows[0]["human"]
    for talk, systems in sorted(talks.items()):
        common = sorted(set.intersection(*(set(v) for v in systems.values())))
        ref = systems.get("ref") or next(iter(systems.values()))
        cuts, size, current = [], 0, []
        for seg in common:
            current.append(seg)
            size += len(ref[seg].split())
            if size >= TED_CHUNK_WORDS:
                cuts.append(current)
                current, size = [], 0
        if size >= TED_CHUNK_WORDS // 2:
            cuts.append(current)
        split = "test" if talk in TED_TEST_TALKS else "train"
        for i, cut in enumerate(cuts):
            for system, by_seg in sorted(systems.items()):
                text = " ".join(by_seg[s] for s in cut) + "\n"
                is_human = human[system]
                out.append(Labelled(f"mqm-ted/{talk}/{i}/{system}", text, 0 if is_human else 1,
                                    None if is_human else "machine translation", None if is_human else "zh",
                                    f"ted:{talk}", split, "mqm-ted-human" if is_human else "mqm-ted"))
    return out


def clean_and_written() -> list[Labelled]:
    out = []
    for p in sorted(CLEAN.glob("*.txt")):
        out.append(Labelled(f"clean/{p.stem}", p.read_text(encoding="utf-8"), 0, None, None, f"clean:{p.stem}",
                            _third(p.stem), "clean"))
    readme = (DEFECTIVE / "README.md").read_text(encoding="utf-8") if (DEFECTIVE / "README.md").exists() else ""
    sources = {}
    for line in readme.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 2 and cells[0].startswith("written-"):
            sources[cells[0]] = cells[1]
    for p in sorted(DEFECTIVE.glob("written-*.txt")):
        if p.name.endswith(".marked.txt"):
            continue
        src = sources.get(p.stem, p.stem)
        out.append(Labelled(f"written/{p.stem}", p.read_text(encoding="utf-8"), 1, "round trip", "fr",
                            f"clean:{src}", _third(src), "written"))
    return out


def shape_articles() -> list[Labelled]:
    path = DEFECTIVE / "SHAPES.json"
    if not path.exists():
        return []
    data = json.loads(path.read_text(encoding="utf-8"))
    rows = data["articles"] if isinstance(data, dict) else data
    out = []
    for r in rows:
        name = r["file"]
        txt = DEFECTIVE / (name if name.endswith(".txt") and not name.endswith(".marked.txt") else
                           name.replace(".marked.txt", ".txt").replace(".expected.json", ".txt"))
        if not txt.suffix:
            txt = txt.with_suffix(".txt")
        if not txt.exists():
            continue
        kind = r.get("kind")
        mt = kind in MT_KINDS
        out.append(Labelled(f"shapes/{txt.stem}", txt.read_text(encoding="utf-8"), int(mt), kind if mt else None,
                            r.get("source_language") if mt else None, f"shape:{txt.stem}",
                            "test" if r.get("split") == "test" else "train", "shapes"))
    return out


def professional_articles() -> list[Labelled]:
    if not PROFESSIONAL.exists():
        return []
    out = []
    with gzip.open(PROFESSIONAL, "rt", encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            r = json.loads(line)
            rid = str(r.get("id"))
            text = r.get("text") or ""
            if r.get("title"):
                text = f"{r['title']}\n\n{text}"
            out.append(Labelled(f"professional/{rid}", text, 0, None, None, f"professional:{rid}", _third(rid),
                                "professional"))
    return out


def seed_article() -> list[Labelled]:
    p = SHARED / "corpus" / "seed-article.txt"
    if not p.exists():
        return []
    return [Labelled("seed", p.read_text(encoding="utf-8"), 1, "round trip", "fr", "seed", "test", "seed")]


def load_all() -> list[Labelled]:
    return mqm_articles() + clean_and_written() + shape_articles() + professional_articles() + seed_article()


if __name__ == "__main__":
    from collections import Counter

    arts = load_all()
    c = Counter((a.part, a.split, a.label) for a in arts)
    for k in sorted(c):
        print(*k, c[k])
