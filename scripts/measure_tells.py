#!/usr/bin/env python3
"""Precision of every WL105 calque/tell entry (and every WL120 spun name) on labelled copy.

For each entry of data/calques.tsv (both states) this counts the articles where it fires on
professionally written English (tests/corpus/clean, the professional pool, the MQM human
reference translations, the scraped-but-clean shape articles: all of them, test split included)
and on machine-translated, round-tripped or spun copy (MQM system output, the written and shape
articles: training split only, so the held-apart articles measure the rule afterwards).
In articles with an annotation (``*.expected.json``) a hit counts as right only where it overlaps
a marked defect. An entry may be ``on`` only when it never fires on clean copy and fires on
machine-translated copy at least once: ``--check`` fails when an ``on`` entry breaks that, and
``--suggest`` lists the review entries that meet it.

    python scripts/measure_tells.py            # the table
    python scripts/measure_tells.py --check    # exit 1 when an entry marked "on" fails the test
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from verdict_corpus import DEFECTIVE, load_all  # noqa: E402

from wirelint.document import Document  # noqa: E402
from wirelint.formats import to_document  # noqa: E402
from wirelint.rules._data import tsv_records  # noqa: E402
from wirelint.rules.wl105_calque import compile_entry, is_transcript  # noqa: E402


def expected_spans(article_id: str) -> list[tuple[int, int]] | None:
    name = article_id.split("/", 1)[-1]
    for path in (DEFECTIVE / f"{name}.expected.json",):
        if path.exists():
            return [(e["start"], e["end"]) for e in json.loads(path.read_text(encoding="utf-8"))["expected"]]
    return None


def measure_calques(articles) -> list[dict]:
    rows = []
    entries = [(rec, compile_entry(rec["pattern"])) for rec in tsv_records("calques.tsv")]
    docs = [(a, to_document(a.text, a.id), expected_spans(a.id)) for a in articles]
    transcripts = {a.id for a, doc, _ in docs if is_transcript(doc.text)}
    for rec, pattern in entries:
        stats = defaultdict(int)
        examples = defaultdict(list)
        for a, doc, spans in docs:
            found = []
            for m in pattern.finditer(doc.text):
                if rec["where"] == "narration" and (a.id in transcripts or doc.quote_at(m.start()) is not None):
                    continue
                found.append(m)
            if not found:
                continue
            if a.label == 1 and a.split == "test":
                continue  # held-apart articles do not decide which entries are on
            if a.label == 0:
                stats["clean"] += 1
                stats[f"clean:{a.part}"] += 1
                examples["clean"].append(f"{a.id}: {found[0].group()!r}")
                continue
            if spans is not None:
                right = [m for m in found if any(m.start() < e and s < m.end() for s, e in spans)]
                if len(right) < len(found):
                    stats["unmarked"] += 1
                    examples["unmarked"].append(f"{a.id}: {[m.group() for m in found if m not in right][0]!r}")
                if not right:
                    continue
            stats["mt"] += 1
            stats[f"mt:{a.part}"] += 1
            examples["mt"].append(f"{a.id}: {found[0].group()!r}")
        rows.append({"pattern": rec["pattern"], "state": rec["state"], "language": rec["language"], "kind": rec["kind"],
                     **stats, "examples": {k: v[:3] for k, v in examples.items()}})
    return rows


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--suggest", action="store_true")
    ap.add_argument("--show", action="store_true", help="print example hits")
    args = ap.parse_args(argv)
    articles = load_all()
    n_clean = sum(1 for a in articles if a.label == 0)
    n_mt = len(articles) - n_clean
    print(f"{n_clean} clean articles, {n_mt} machine-translated, round-tripped or spun")
    rows = measure_calques(articles)
    problems = []
    print(f"{'state':<7}{'clean':>6}{'MT':>5}{'unmk':>5}  pattern")
    for r in rows:
        clean, mt, unmarked = r.get("clean", 0), r.get("mt", 0), r.get("unmarked", 0)
        print(f"{r['state']:<7}{clean:>6}{mt:>5}{unmarked:>5}  {r['pattern'][:90]}")
        if args.show:
            for kind, lines in r["examples"].items():
                for line in lines:
                    print(f"{'':>18}{kind}: {line}")
        if r["state"] == "on" and (clean or not mt):
            problems.append(f"on but {clean} clean / {mt} MT articles: {r['pattern']}")
        if args.suggest and r["state"] != "on" and not clean and mt:
            print(f"{'':>18}-> meets the test for 'on'")
    for p in problems:
        print("PROBLEM", p)
    return 1 if args.check and problems else 0


if __name__ == "__main__":
    sys.exit(main())
