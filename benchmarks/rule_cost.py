#!/usr/bin/env python3
"""What each rule costs per megabyte of text, in process, on several kinds of copy.

    python benchmarks/rule_cost.py                 # every default rule, every part
    python benchmarks/rule_cost.py WL501 WL315     # only these rules

Parts: the clean corpus (professional English, mostly plain ASCII and curly quotes), the real-shape
articles (tests/corpus/defective/shape-*: damaged copy from many languages), the MQM machine
translations joined into articles of about 4 KB (../shared/data/mqm-zhen), and a non-ASCII-heavy
copy (accented names, curly quotes and dashes on every line). Each rule runs on Documents whose
shared views (lines, paragraphs, sentences, quotes, zones) are built beforehand, best of three
runs, so the figure is the rule's own cost. Prints seconds per MB, and the share of all rules'
time, per part.
"""

from __future__ import annotations

import gzip
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))

from wirelint.document import Document  # noqa: E402
from wirelint.registry import all_rules  # noqa: E402

SHARED = next((p / "shared" for p in REPO.parents if (p / "shared" / "corpus").is_dir()), REPO.parent / "shared")
NON_ASCII_LINE = ("José Núñez’s “café” in São Paulo — Zürich’s naïve façade… Łódź, Gdańsk and Brønnøysund; "
                  "Erdoğan met Şahin in İzmir – “it’s fine,” said Dvořák.\n")


def parts() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    clean = sorted((REPO / "tests" / "corpus" / "clean").glob("*.txt"))
    out["clean"] = [p.read_text(encoding="utf-8") for p in clean]
    shapes = sorted((REPO / "tests" / "corpus" / "defective").glob("shape-*.txt"))
    out["shapes"] = [p.read_text(encoding="utf-8") for p in shapes if not p.name.endswith(".marked.txt")]
    mqm = SHARED / "data" / "mqm-zhen" / "segments.jsonl.gz"
    if mqm.exists():
        articles, current = [], []
        with gzip.open(mqm, "rt", encoding="utf-8") as fh:
            for line in fh:
                seg = json.loads(line)
                if seg["human"]:
                    continue
                current.append(seg["target"])
                if sum(map(len, current)) > 4000:
                    articles.append("\n\n".join(current))
                    current = []
                if len(articles) >= 300:
                    break
        out["mqm-mt"] = articles
    out["non-ascii"] = ["\n".join(NON_ASCII_LINE for _ in range(30)) for _ in range(20)]
    return out


def main(argv: list[str]) -> int:
    rules = [r for r in all_rules() if r.default and (not argv or r.code in argv)]
    print(f"{'rule':<8}" + "".join(f"{name:>22}" for name in parts()))
    table: dict[str, dict[str, float]] = {}
    sizes = {}
    for name, texts in parts().items():
        docs = []
        for t in texts:
            d = Document(t)
            d.lines, d.paragraphs, d.sentences, d.quotes, d.zones  # shared views built once, outside the timing
            docs.append(d)
        sizes[name] = sum(len(t.encode("utf-8")) for t in texts) / 1e6
        for r in rules:
            best = float("inf")
            for _ in range(3):
                t0 = time.perf_counter()
                for d in docs:
                    r.run(d)
                best = min(best, time.perf_counter() - t0)
            table.setdefault(r.code, {})[name] = best
    totals = {name: sum(table[c][name] for c in table) for name in sizes}
    for code in sorted(table):
        row = "".join(f"{table[code][n] / sizes[n] * 1000:9.1f} ms/MB {100 * table[code][n] / totals[n]:4.1f}%" for n in sizes)
        print(f"{code:<8}{row}")
    print(f"{'all':<8}" + "".join(f"{totals[n] / sizes[n] * 1000:9.1f} ms/MB {sizes[n]:5.2f}MB" for n in sizes))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
