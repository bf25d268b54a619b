#!/usr/bin/env python3
"""Precision and recall of wirelint, per rule and overall, on every part of the corpus.

Parts: the seed article (../shared/corpus), the defective corpus (tests/corpus/defective: the
written round-trip articles as "defective", the found Chinese→English MT articles as "found", the
real-shape articles as "shapes"), the injected corpus (benchmarks/inject.py over tests/corpus/clean, reproducible from a seed), the
clean corpus (every finding is a false positive; findings per 1,000 words) and the MQM human
annotations of Chinese→English machine translation (../shared/data/mqm-zhen).

A finding is a true positive when it overlaps an expected defect; a defect is found when any
finding overlaps it. Recall is attributed to the rule that owns the defect's category. The shapes
part also prints recall per defect category (every category, including those no rule owns yet)
and the verdict's accuracy against tests/corpus/defective/SHAPES.json (kind, source language,
dev/test split).

    python benchmarks/accuracy.py              # print the tables; last line: overall precision P recall R
    python benchmarks/accuracy.py --json F     # also write the figures as JSON
    python benchmarks/accuracy.py --check      # compare with benchmarks/accuracy-baseline.json (exit 1 on a drop)
    python benchmarks/accuracy.py --write-baseline
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SHARED = next((p / "shared" for p in REPO.parents if (p / "shared" / "corpus").is_dir()), REPO.parent / "shared")
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(HERE))

from wirelint.api import lint_text  # noqa: E402
from wirelint.registry import all_rules  # noqa: E402
from wirelint.textstats import profile  # noqa: E402
from wirelint.verdict import count_words, judge  # noqa: E402

import inject  # noqa: E402

BASELINE = HERE / "accuracy-baseline.json"
MARGIN = 0.02
INJECTED_DOCS = 200
INJECT_SEED = 20261127

# Which rule owns each defect category (recall is attributed to the first code listed).
CATEGORY_RULES = {
    "term-drift": ["WL101"], "stray-fragment": ["WL102"], "word-order": ["WL103", "WL110", "WL111", "WL114"],
    "pronoun-person": ["WL104", "WL112", "WL113"], "calque": ["WL105"], "proper-noun-case": ["WL201"],
    "byline-mismatch": ["WL202"], "transliteration": ["WL203", "WL204"],
    "inconsistent-spelling": ["WL204"], "foreign-typography": ["WL301", "WL303", "WL304", "WL305"],
    "missing-space": ["WL302"], "unbalanced-quote": ["WL306"], "repeated-word": ["WL307"],
    "boilerplate": ["WL401"], "photo-credit": ["WL402"], "encoding": ["WL501", "WL502"],
    "grammar": ["WL601", "WL307"], "other": ["?"],
}
# Which MQM error categories a rule category can legitimately land on.
MQM_MATCH = {
    "typography": ("Fluency/Punctuation", "Locale convention"),
    "punctuation": ("Fluency/Punctuation",),
    "names": ("Fluency/Spelling", "Locale convention/Name format", "Terminology"),
    "encoding": ("Fluency/Character encoding", "Fluency/Spelling", "Non-translation"),
    "translation": ("Accuracy", "Style", "Fluency/Grammar", "Fluency/Text-Breaking", "Terminology"),
    "grammar": ("Fluency/Grammar", "Fluency/Spelling"),
    "boilerplate": ("Accuracy/Addition",),
}
WORD_RE = re.compile(r"\w+")


# Defect categories that are evidence of a French source, grouped into independent families.
FRENCH_FAMILIES = {"foreign-typography": "typography", "transliteration": "names", "word-order": "translation",
                   "pronoun-person": "translation", "calque": "translation"}


def expected_language(expected: list[dict]) -> str | None:
    """What a correct verdict says: French when two independent families of French evidence
    were planted, else no language."""
    families = {FRENCH_FAMILIES[e["category"]] for e in expected if e["category"] in FRENCH_FAMILIES}
    if families and any(e["category"] in ("stray-fragment", "term-drift") for e in expected):
        families.add("translation")  # MT artifacts with no language of their own
    return "fr" if len(families) >= 2 else None


def owner(category: str) -> str:
    return CATEGORY_RULES.get(category, ["?"])[0]


class Tally:
    """Counts for one part of the corpus, and the verdicts it produced."""

    def __init__(self):
        self.tp = defaultdict(int)
        self.fp = defaultdict(int)
        self.found = defaultdict(int)
        self.missed = defaultdict(int)
        self.words = 0
        self.docs = 0
        self.missed_examples: list[str] = []
        self.fp_examples: list[str] = []
        self.verdicts: list[tuple[str | None, str | None]] = []  # (expected language, verdict language)
        self.category_found = defaultdict(int)  # required defects found / missed, per category
        self.category_missed = defaultdict(int)
        # shapes: (file, split, expected call, verdict's call, expected language, verdict's language)
        self.mt_verdicts: list[tuple[str, str, str, str, str | None, str | None]] = []
        self.calls: dict[str, int] = defaultdict(int)  # the verdict's mt_verdict, counted

    def add(self, name: str, text: str, expected: list[dict], findings, language: str | None = None,
            shape: dict | None = None) -> None:
        self.docs += 1
        self.words += len(WORD_RE.findall(text))
        verdict = judge(findings, count_words(text), profile(text))
        self.verdicts.append((language, verdict.language))
        self.calls[mt_call(verdict)] += 1
        if shape is not None:
            want = "translated" if shape["kind"] in MT_KINDS else "clean"
            self.mt_verdicts.append((name, shape["split"], want, mt_call(verdict), shape["source_language"],
                                     getattr(verdict, "source_language", verdict.language)))
        required = [e for e in expected if e.get("required", True)]
        for f in findings:
            if any(f.start < e["end"] and e["start"] < f.end for e in expected):
                self.tp[f.code] += 1
            else:
                self.fp[f.code] += 1
                if len(self.fp_examples) < 400:
                    self.fp_examples.append(f"{name}: {f.code} {text[f.start:f.end]!r} {f.message}")
        for e in required:
            hit = any(f.start < e["end"] and e["start"] < f.end for f in findings)
            (self.found if hit else self.missed)[owner(e["category"])] += 1
            (self.category_found if hit else self.category_missed)[e["category"]] += 1
            if not hit and len(self.missed_examples) < 400:
                self.missed_examples.append(f"{name}: {e['category']} {e['flag']!r}")

    def rows(self) -> dict[str, dict]:
        codes = sorted(set(self.tp) | set(self.fp) | set(self.found) | set(self.missed))
        out = {}
        for c in codes:
            tp, fp, found, missed = self.tp[c], self.fp[c], self.found[c], self.missed[c]
            out[c] = {
                "tp": tp, "fp": fp, "fn": missed,
                "precision": round(tp / (tp + fp), 3) if tp + fp else None,
                "recall": round(found / (found + missed), 3) if found + missed else None,
            }
        return out

    def categories(self) -> dict[str, dict]:
        """Recall per defect category (required defects only), whichever rule owns it."""
        out = {}
        for c in sorted(set(self.category_found) | set(self.category_missed)):
            found, missed = self.category_found[c], self.category_missed[c]
            out[c] = {"found": found, "required": found + missed, "owner": owner(c),
                      "recall": round(found / (found + missed), 3) if found + missed else None}
        return out

    def mt_accuracy(self) -> dict:
        """The verdict on the shapes part: translated-or-not right, per split and overall."""
        out = {}
        for split in ("dev", "test", "all"):
            rows = [v for v in self.mt_verdicts if split == "all" or v[1] == split]
            mt = [v for v in rows if v[2] == "translated"]
            clean = [v for v in rows if v[2] == "clean"]
            lang = [v for v in mt if v[4]]
            out[split] = {
                "docs": len(rows),
                "right": sum(1 for v in rows if v[2] == v[3]),
                "accuracy": round(sum(1 for v in rows if v[2] == v[3]) / len(rows), 3) if rows else None,
                "translated_on_mt": sum(1 for v in mt if v[3] == "translated"), "mt": len(mt),
                "translated_on_clean": sum(1 for v in clean if v[3] == "translated"), "clean": len(clean),
                "language_right": sum(1 for v in lang if v[4] == v[5]), "with_language": len(lang),
            }
        return out

    def overall(self) -> dict:
        tp, fp = sum(self.tp.values()), sum(self.fp.values())
        found, missed = sum(self.found.values()), sum(self.missed.values())
        return {
            "docs": self.docs, "words": self.words, "tp": tp, "fp": fp, "fn": missed,
            "precision": round(tp / (tp + fp), 3) if tp + fp else None,
            "recall": round(found / (found + missed), 3) if found + missed else None,
            "fp_per_1000_words": round(1000 * fp / self.words, 3) if self.words else None,
        }


# The right machine-translation verdict for every article of a part (the shapes part reads its
# articles' kinds from SHAPES.json instead).
EXPECTED_CALL = {"seed": "translated", "defective": "translated", "found": "translated", "clean": "clean",
                 "injected": "none"}  # injected: one to a few planted defects, chrome alone in some
# Kinds of shape article whose correct verdict is "translated" (SHAPES.json); "scraped" is not.
MT_KINDS = ("machine translation", "round trip", "spun")


def mt_call(verdict) -> str:
    """The verdict's call on an article: its own mt_verdict where the verdict gives one, else
    "translated" when it names a source language (the older verdict's only signal)."""
    call = getattr(verdict, "mt_verdict", None)
    if call:
        return call
    return "translated" if verdict.language else "clean"


def shapes_part() -> Tally:
    """The real-shape articles (shape-*): their marks, and the verdict against SHAPES.json."""
    folder = REPO / "tests" / "corpus" / "defective"
    index = folder / "SHAPES.json"
    shapes = {a["file"]: a for a in json.loads(index.read_text(encoding="utf-8"))["articles"]} if index.exists() else {}
    t = Tally()
    for exp in sorted(folder.glob("shape-*.expected.json")):
        txt = exp.with_name(exp.name.replace(".expected.json", ".txt"))
        if not txt.exists():
            continue
        text = txt.read_text(encoding="utf-8")
        expected = json.loads(exp.read_text(encoding="utf-8"))["expected"]
        shape = shapes.get(txt.name)
        language = shape["source_language"] if shape else None
        t.add(txt.name, text, expected, lint_text(text, txt.name), language, shape)
    return t


def seed_part() -> Tally:
    t = Tally()
    text_path = SHARED / "corpus" / "seed-article.txt"
    if text_path.exists():
        text = text_path.read_text(encoding="utf-8")
        expected = json.loads((SHARED / "corpus" / "seed-article.expected.json").read_text(encoding="utf-8"))["expected"]
        t.add("seed", text, expected, lint_text(text, "seed"), expected_language(expected))
    return t


def annotated_dir(folder: Path, pattern: str = "*.expected.json", source_language: bool = True) -> Tally:
    """Every annotated article in folder matching pattern. source_language=False: the articles are
    not round trips (the found Chinese→English MT), so a correct verdict claims no source language."""
    t = Tally()
    for exp in sorted(folder.glob(pattern)):
        txt = exp.with_name(exp.name.replace(".expected.json", ".txt"))
        if not txt.exists():
            continue
        text = txt.read_text(encoding="utf-8")
        expected = json.loads(exp.read_text(encoding="utf-8"))["expected"]
        language = expected_language(expected) if source_language else None
        t.add(txt.name, text, expected, lint_text(text, txt.name), language)
    return t


def clean_articles() -> list[tuple[str, str]]:
    return [(p.stem, p.read_text(encoding="utf-8")) for p in sorted((REPO / "tests" / "corpus" / "clean").glob("*.txt"))]


def injected_part() -> Tally:
    t = Tally()
    articles = clean_articles()
    if not articles:
        return t
    for name, damaged in inject.generate(articles, INJECTED_DOCS, seed=INJECT_SEED):
        errata = clean_errata(name.split("-", 2)[-1], damaged.text)  # the clean source's own real errors
        t.add(name, damaged.text, damaged.expected + errata, lint_text(damaged.text, name), expected_language(damaged.expected))
    return t


def clean_errata(name: str, text: str) -> list[dict]:
    """Real errors in the published clean copy (tests/corpus/clean/errata.json) as optional
    defects: a finding on one is not a false positive, and missing one costs no recall."""
    path = REPO / "tests" / "corpus" / "clean" / "errata.json"
    if not path.exists():
        return []
    out = []
    for e in json.loads(path.read_text(encoding="utf-8"))["errata"]:
        if e["file"] == f"{name}.txt" and e["text"] in text:
            start = text.index(e["text"])
            out.append({"category": e["category"], "start": start, "end": start + len(e["text"]),
                        "flag": e["text"], "required": False})
    return out


def clean_part() -> Tally:
    t = Tally()
    for name, text in clean_articles():
        t.add(name, text, clean_errata(name, text), lint_text(text, name))
    return t


def mqm_part() -> dict:
    path = SHARED / "data" / "mqm-zhen" / "segments.jsonl.gz"
    if not path.exists():
        return {}
    categories = {r.code: r.category for r in all_rules()}
    stats = {"mt_segments": 0, "mt_words": 0, "mt_findings": 0, "landed_matching": 0, "landed_any": 0,
             "human_segments": 0, "human_words": 0, "human_findings": 0}
    per_rule = defaultdict(lambda: {"findings": 0, "landed_matching": 0, "landed_any": 0, "on_human": 0})
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            seg = json.loads(line)
            text = seg["target"]
            findings = lint_text(text, "mqm")
            words = len(WORD_RE.findall(text))
            if seg["human"]:
                stats["human_segments"] += 1
                stats["human_words"] += words
                stats["human_findings"] += len(findings)
                for f in findings:
                    per_rule[f.code]["on_human"] += 1
                continue
            stats["mt_segments"] += 1
            stats["mt_words"] += words
            spans = [e for e in seg["errors"] if e["start"] is not None]
            for f in findings:
                stats["mt_findings"] += 1
                per_rule[f.code]["findings"] += 1
                over = [e for e in spans if f.start < max(e["end"], e["start"] + 1) and e["start"] < f.end]
                if over:
                    stats["landed_any"] += 1
                    per_rule[f.code]["landed_any"] += 1
                match = MQM_MATCH.get(categories.get(f.code, ""), ())
                if any(e["category"].startswith(match) for e in over):
                    stats["landed_matching"] += 1
                    per_rule[f.code]["landed_matching"] += 1
    stats["per_rule"] = dict(sorted(per_rule.items()))
    return stats


def fmt(v) -> str:
    return "   -" if v is None else f"{v:.2f}"


def print_categories(t: Tally) -> None:
    cats = t.categories()
    if not cats:
        return
    print(f"{'category':<24}{'owner':<7}{'found':>7}{'of':>5}{'recall':>8}")
    for c, r in cats.items():
        print(f"{c:<24}{r['owner']:<7}{r['found']:>7}{r['required']:>5}{fmt(r['recall']):>8}")


def print_mt_verdicts(t: Tally) -> None:
    acc = t.mt_accuracy()
    for split in ("dev", "test", "all"):
        a = acc[split]
        if not a["docs"]:
            continue
        print(f"verdict ({split}): right on {a['right']}/{a['docs']}; 'translated' on {a['translated_on_mt']}/{a['mt']}"
              f" machine-translated, round-trip or spun articles and on {a['translated_on_clean']}/{a['clean']} scraped ones;"
              f" source language right on {a['language_right']}/{a['with_language']}")


def print_part(name: str, t: Tally) -> None:
    o = t.overall()
    print(f"\n== {name}: {o['docs']} documents, {o['words']} words")
    if not o["docs"]:
        return
    print(f"{'rule':<8}{'tp':>5}{'fp':>5}{'fn':>5}{'prec':>7}{'recall':>8}")
    for code, r in t.rows().items():
        print(f"{code:<8}{r['tp']:>5}{r['fp']:>5}{r['fn']:>5}{fmt(r['precision']):>7}{fmt(r['recall']):>8}")
    print(f"{'all':<8}{o['tp']:>5}{o['fp']:>5}{o['fn']:>5}{fmt(o['precision']):>7}{fmt(o['recall']):>8}"
          f"   false positives per 1,000 words: {o['fp_per_1000_words']}")
    if name in EXPECTED_CALL and t.calls:
        print(f"MT verdict ({EXPECTED_CALL[name]} expected): " + ", ".join(
            f"{call} {t.calls.get(call, 0)}/{t.docs}" for call in ("translated", "uncertain", "clean")))
    right = sum(1 for want, got in t.verdicts if want == got)
    fr_docs = [(w, g) for w, g in t.verdicts if w == "fr"]
    false_fr = sum(1 for w, g in t.verdicts if w is None and g is not None)
    if t.mt_verdicts:
        print_categories(t)
        print_mt_verdicts(t)
        return
    print(f"verdict right on {right}/{len(t.verdicts)} documents"
          f" (French found on {sum(1 for w, g in fr_docs if g == 'fr')}/{len(fr_docs)} with French evidence planted;"
          f" a language claimed without it on {false_fr})")


def measure(with_mqm: bool = True) -> dict:
    defective = REPO / "tests" / "corpus" / "defective"
    parts = {"seed": seed_part(), "defective": annotated_dir(defective, "written-*.expected.json"),
             "found": annotated_dir(defective, "found-*.expected.json", source_language=False),
             "shapes": shapes_part(), "injected": injected_part(), "clean": clean_part()}
    result = {name: {"rules": t.rows(), "overall": t.overall()} for name, t in parts.items()}
    result["shapes"]["categories"] = parts["shapes"].categories()
    result["shapes"]["verdict"] = parts["shapes"].mt_accuracy()
    for name, t in parts.items():
        result[name]["mt_verdict"] = dict(t.calls)
    result["_tallies"] = parts
    if with_mqm:
        result["mqm"] = mqm_part()
    total = Tally()
    for name in PARTS:
        t = parts[name]
        for d in ("tp", "fp", "found", "missed"):
            for k, v in getattr(t, d).items():
                getattr(total, d)[k] += v
    result["overall"] = total.overall()
    return result


def compare(result: dict, baseline: dict) -> list[str]:
    """Drops of more than MARGIN against the baseline, per part and rule (and, where the baseline
    has them, per defect category)."""
    problems = []
    for part, base in baseline.items():
        if part not in result or "rules" not in base:
            continue
        for category, b in base.get("categories", {}).items():
            now = result[part].get("categories", {}).get(category, {}).get("recall")
            if b.get("recall") is not None and (now is None or now < b["recall"] - MARGIN):
                problems.append(f"{part} category {category} recall {now} < baseline {b['recall']}")
        for code, b in base["rules"].items():
            now = result[part]["rules"].get(code)
            for metric in ("precision", "recall"):
                if b.get(metric) is None:
                    continue
                value = now.get(metric) if now else None
                if metric == "precision" and value is None:
                    continue  # no findings at all: recall will say it
                if value is None or value < b[metric] - MARGIN:
                    problems.append(f"{part} {code} {metric} {value} < baseline {b[metric]}")
        b_fp = base["overall"].get("fp_per_1000_words")
        now_fp = result[part]["overall"].get("fp_per_1000_words")
        if part == "clean" and b_fp is not None and now_fp is not None and now_fp > b_fp + 0.05:
            problems.append(f"clean false positives per 1,000 words {now_fp} > baseline {b_fp}")
    return problems


PARTS = ("seed", "defective", "found", "shapes", "injected", "clean")
README = REPO / "README.md"
TABLE_START, TABLE_END = "<!-- accuracy-table:start -->", "<!-- accuracy-table:end -->"


def markdown(result: dict, tallies: dict) -> str:
    """The README's per-rule table and summary lines, from one measurement."""
    def pr(part: str, code: str) -> str:
        r = result[part]["rules"].get(code)
        if not r:
            return "–"
        p, rc = r["precision"], r["recall"]
        return f"{fmt(p).strip() if p is not None else '–'} / {fmt(rc).strip() if rc is not None else '–'}"

    mqm = result.get("mqm") or {}
    per = mqm.get("per_rule", {})
    codes = sorted({c for part in PARTS for c in result[part]["rules"]} | set(per))
    lines = [
        "| rule | seed P / R | written P / R | found P / R | shapes P / R | injected P / R | clean findings | MQM: on MT (on a rater's error of a matching kind) | MQM: on human refs |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for code in codes:
        clean = result["clean"]["rules"].get(code, {}).get("fp", 0)
        m = per.get(code, {})
        lines.append(f"| {code} | {pr('seed', code)} | {pr('defective', code)} | {pr('found', code)} | {pr('shapes', code)} | {pr('injected', code)} | {clean} | "
                     f"{m.get('findings', 0)} ({m.get('landed_matching', 0)}) | {m.get('on_human', 0)} |")
    o = {k: result[k]["overall"] for k in PARTS}
    lines.append("")
    lines.append(
        f"Overall: seed {o['seed']['tp']} true / {o['seed']['fp']} false findings, recall {fmt(o['seed']['recall']).strip()}; "
        f"written precision {fmt(o['defective']['precision']).strip()} recall {fmt(o['defective']['recall']).strip()} "
        f"({o['defective']['docs']} articles); found precision {fmt(o['found']['precision']).strip()} recall "
        f"{fmt(o['found']['recall']).strip()} ({o['found']['docs']} articles); shapes precision "
        f"{fmt(o['shapes']['precision']).strip()} recall {fmt(o['shapes']['recall']).strip()} ({o['shapes']['docs']} articles); injected precision "
        f"{fmt(o['injected']['precision']).strip()} recall {fmt(o['injected']['recall']).strip()}; clean {o['clean']['fp']} findings in "
        f"{o['clean']['words']:,} words; all parts: precision {fmt(result['overall']['precision']).strip()} recall "
        f"{fmt(result['overall']['recall']).strip()}."
    )
    if mqm:
        lines.append(
            f"MQM: {mqm['mt_findings']} findings on {mqm['mt_segments']:,} MT segments ({mqm['mt_words']:,} words), "
            f"{mqm['landed_matching']} of them on a rater's error of a matching kind and {mqm['landed_any']} on any error; "
            f"{mqm['human_findings']} on {mqm['human_segments']:,} human reference segments."
        )
    verdicts = []
    for name in ("seed", "clean", "injected", "defective", "found"):
        t = tallies[name]
        verdicts.append(f"{sum(1 for w, g in t.verdicts if w == g)}/{len(t.verdicts)} {'written' if name == 'defective' else name}")
    lines.append(f"The verdict (below) was right on {', '.join(verdicts)} articles.")
    cats = result["shapes"].get("categories", {})
    if cats:
        lines.append("Recall per defect category on the shape articles: " + ", ".join(
            f"{c} {r['found']}/{r['required']}" for c, r in sorted(cats.items(), key=lambda kv: -kv[1]["required"])) + ".")
        v = result["shapes"]["verdict"]["all"]
        lines.append(f"Verdict on the shape articles: 'translated' on {v['translated_on_mt']}/{v['mt']} machine-translated, "
                     f"round-trip or spun and on {v['translated_on_clean']}/{v['clean']} scraped articles.")
    return "\n".join(lines)


def write_readme(table: str) -> None:
    text = README.read_text(encoding="utf-8")
    a, b = text.index(TABLE_START) + len(TABLE_START), text.index(TABLE_END)
    README.write_text(text[:a] + "\n" + table + "\n" + text[b:], encoding="utf-8")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", type=Path)
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--write-baseline", action="store_true")
    ap.add_argument("--no-mqm", action="store_true")
    ap.add_argument("--show", type=int, default=0, help="print this many missed and false-positive examples")
    ap.add_argument("--write-readme", action="store_true", help="rewrite the table in README.md (between its markers)")
    args = ap.parse_args(argv)
    result = measure(with_mqm=not args.no_mqm)
    tallies = result.pop("_tallies")
    for name, t in tallies.items():
        print_part(name, t)
        if args.show:
            for line in t.fp_examples[: args.show]:
                print("   FP", line)
            for line in t.missed_examples[: args.show]:
                print("   FN", line)
    mqm = result.get("mqm")
    if mqm:
        print(f"\n== mqm-zhen: {mqm['mt_segments']} MT segments ({mqm['mt_words']} words), {mqm['human_segments']} human reference segments")
        print(f"findings on MT: {mqm['mt_findings']}; landing on a rater's error of a matching category: {mqm['landed_matching']}; on any error: {mqm['landed_any']}")
        hw = mqm["human_words"]
        print(f"findings on human references: {mqm['human_findings']} ({1000 * mqm['human_findings'] / hw if hw else 0:.3f} per 1,000 words)")
        for code, r in mqm["per_rule"].items():
            print(f"  {code:<7} on MT {r['findings']:>5}  matching {r['landed_matching']:>5}  any {r['landed_any']:>5}  on human {r['on_human']:>4}")
    if args.json:
        args.json.write_text(json.dumps(result, indent=1), encoding="utf-8")
    if args.write_readme:
        write_readme(markdown(result, tallies))
        print(f"\ntable written to {README.relative_to(REPO)}")
    status = 0
    if args.write_baseline:
        BASELINE.write_text(json.dumps({k: v for k, v in result.items() if k in PARTS}, indent=1) + "\n", encoding="utf-8")
        print(f"\nbaseline written to {BASELINE.relative_to(REPO)}")
    if args.check:
        problems = compare(result, json.loads(BASELINE.read_text(encoding="utf-8")))
        for p in problems:
            print("REGRESSION", p)
        status = 1 if problems else 0
    o = result["overall"]
    print(f"\noverall precision {fmt(o['precision'])} recall {fmt(o['recall'])}")
    return status


if __name__ == "__main__":
    sys.exit(main())
