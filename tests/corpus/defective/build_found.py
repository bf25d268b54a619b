"""Rebuild the found articles (``found-NN-*``) from real machine-translation output.

Source: the WMT23 general-MT Chinese→English news test set as rated with MQM by
professional translators (``shared/data/mqm-zhen/segments.jsonl.gz``, dataset
``wmt23-news``; Apache-2.0, derived from google/wmt-mqm-human-evaluation; see
``FOUND-SOURCES.json`` and the README of this folder).

Selection (fixed, not chosen by looking at wirelint's output):

* every ``wmt23-news`` document whose segments are complete and contiguous 1..N
  for every system, sorted by document id;
* ``ARTICLES`` of them drawn with ``random.Random(SEED)``, then put back in
  document-id order (that order gives the file numbers NN);
* for each one, one machine-translation system drawn with the same generator
  from the sorted list of non-human systems that translated every segment.

An article is the system's segments in order, joined by a blank line (each
segment is a paragraph; segment 1 is the headline), with a final newline. The
machine output is kept exactly as the system produced it.

For each article the script writes ``found-NN-<slug>.marked.txt`` only if that
file does not exist yet (a fresh article has no marks); when it exists, it
checks that the file with its marks stripped is exactly the rebuilt text, so an
annotation can never drift from the source. It always (re)writes
``FOUND-SOURCES.json``.

Usage: python build_found.py [--check]   (--check: write nothing, exit 1 on any difference)
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build import SUFFIX, MarkupError, parse  # noqa: E402

DATASET = "wmt23-news"
ARTICLES = 18
SEED = 20261127
SOURCES = HERE / "FOUND-SOURCES.json"
REPOSITORY = "https://github.com/google/wmt-mqm-human-evaluation"
COMMIT = "7fadea281aff8db61cc72fc3d469a4dca78b82a6"
REPOSITORY_FILE = "generalMT2023/zhen/sxs_mqm_generalMT2023_zhen.3ratingsPerSegment.tsv.tar.gz"
LICENCE = "Apache-2.0"


def shared_dir() -> Path | None:
    """The first parent of the repository that has ``shared/corpus`` (as the corpus tooling does)."""
    repo = HERE.parents[2]
    for parent in repo.parents:
        if (parent / "shared" / "corpus").is_dir():
            return parent / "shared"
    return None


def data_file(shared: Path | None = None) -> Path | None:
    shared = shared_dir() if shared is None else shared
    if shared is None:
        return None
    path = shared / "data" / "mqm-zhen" / "segments.jsonl.gz"
    return path if path.is_file() else None


def load_documents(path: Path) -> dict[str, dict[str, list[str]]]:
    """{doc id: {system: [segment texts in order]}} for the complete, contiguous, machine-translated documents."""
    segments: dict[str, dict[str, dict[int, str]]] = defaultdict(lambda: defaultdict(dict))
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record["dataset"] != DATASET or record["human"]:
                continue
            segments[record["doc"]][record["system"]][record["seg"]] = record["target"]
    documents: dict[str, dict[str, list[str]]] = {}
    for doc, systems in segments.items():
        complete = {
            system: [by_seg[n] for n in range(1, len(by_seg) + 1)]
            for system, by_seg in systems.items()
            if by_seg and set(by_seg) == set(range(1, len(by_seg) + 1))
        }
        if complete:
            documents[doc] = complete
    return documents


def slug(doc: str) -> str:
    """``news_chinanews.com.280744:zh-en`` -> ``chinanews-280744``."""
    name = doc.split(":", 1)[0]
    name = name[len("news_") :] if name.startswith("news_") else name
    name = re.sub(r"\.com\b|-zh(?:-01)?\b", "", name)
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def select(documents: dict[str, dict[str, list[str]]]) -> list[dict]:
    rng = random.Random(SEED)
    ids = sorted(documents)
    chosen = sorted(rng.sample(ids, min(ARTICLES, len(ids))))
    articles = []
    for number, doc in enumerate(chosen, 1):
        system = rng.choice(sorted(documents[doc]))
        segs = documents[doc][system]
        articles.append(
            {
                "file": f"found-{number:02d}-{slug(doc)}.marked.txt",
                "doc": doc,
                "system": system,
                "segments": len(segs),
                "text": "\n\n".join(segs) + "\n",
            }
        )
    return articles


def strip_marks(marked: str) -> str:
    return parse(marked, "F")[0]


def run(check_only: bool = False, out_dir: Path = HERE, path: Path | None = None) -> list[str]:
    """Create missing articles, verify existing ones; return the list of problems."""
    path = data_file() if path is None else path
    if path is None:
        return ["shared/data/mqm-zhen/segments.jsonl.gz not found beside the repository"]
    problems = []
    articles = select(load_documents(path))
    for article in articles:
        target = out_dir / article["file"]
        if target.exists():
            try:
                plain = strip_marks(target.read_text(encoding="utf-8"))
            except MarkupError as exc:
                problems.append(f"{article['file']}: {exc}")
                continue
            if plain != article["text"]:
                problems.append(f"{article['file']}: text with marks stripped differs from {article['doc']} / {article['system']}")
        elif check_only:
            problems.append(f"{article['file']}: missing")
        else:
            with target.open("w", encoding="utf-8", newline="\n") as handle:
                handle.write(article["text"])
    sources = [
        {
            "file": a["file"][: -len(SUFFIX)] + ".txt",
            "dataset": DATASET,
            "doc": a["doc"],
            "system": a["system"],
            "segments": a["segments"],
            "repository": REPOSITORY,
            "commit": COMMIT,
            "repository_file": REPOSITORY_FILE,
            "licence": LICENCE,
        }
        for a in articles
    ]
    document = json.dumps({"selection": {"dataset": DATASET, "articles": ARTICLES, "seed": SEED}, "articles": sources},
                          ensure_ascii=False, indent=1) + "\n"
    sources_path = out_dir / SOURCES.name
    if check_only:
        if not sources_path.exists() or sources_path.read_text(encoding="utf-8") != document:
            problems.append(f"{SOURCES.name} is not what the script builds")
    else:
        with sources_path.open("w", encoding="utf-8", newline="\n") as handle:
            handle.write(document)
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 on any difference")
    args = parser.parse_args(argv)
    problems = run(check_only=args.check)
    for problem in problems:
        print(f"build_found.py: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
