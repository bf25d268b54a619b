#!/usr/bin/env python3
"""Fit the article verdict's model and write wirelint/rules/data/verdict_model.json.

One command, to re-run whenever the rules or the labelled articles change (after merging)::

    pip install -e '.[fit]'
    python scripts/fit_verdict.py                  # fit, measure, write the model
    python scripts/fit_verdict.py --write-readme   # … and the README's verdict section
    python scripts/fit_verdict.py --dry-run        # measure only

What it does:

1. Reads the labelled articles (scripts/verdict_corpus.py: MQM machine translations, the clean
   corpus, the professional pool, the written and shape articles, the seed) with their fixed
   split; the "test" articles are never used for fitting.
2. Lints each article with the default rules and measures its text (wirelint.textstats), then
   builds the feature vector exactly as the verdict does at run time (wirelint.verdict.features).
3. Fits an L2-regularised logistic regression on the training articles (standardised features;
   each part weighted by 1/sqrt(its size), the two classes equally; a finding feature the fit
   weighs against translation is left out, so evidence of damage only ever adds), with 5-fold
   cross-validation grouped by source document for the figures; calibrates the probability on the
   held-out folds (Platt scaling, equal prior odds) and sets the thresholds there: "translated"
   above the 99th percentile of edited articles' probabilities (at least 0.5), "clean" below
   their 90th percentile.
4. Refits on all training articles, writes the model (coefficients, scaling, the edited-copy
   baseline of each feature, calibration, thresholds, and the figures) and prints the
   cross-validated and held-out figures per part, calibration and the weightiest features.

The MQM TED talks (speech transcripts, not news) are kept out of the fit and measured as a part
of their own, out of genre. Needs scikit-learn and numpy (the "fit" extra); the verdict itself
predicts in plain Python.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(HERE))

from verdict_corpus import load_all  # noqa: E402

from wirelint.api import lint_text  # noqa: E402
from wirelint.textstats import profile  # noqa: E402
from wirelint.verdict import count_words, features, judge  # noqa: E402

MODEL_PATH = REPO / "wirelint" / "rules" / "data" / "verdict_model.json"
README = REPO / "README.md"
START, END = "<!-- verdict-figures:start -->", "<!-- verdict-figures:end -->"
FEATURES = [
    # findings
    "lang_families", "lang_findings", "tells", "spun", "translation", "names", "typography", "encoding", "grammar",
    # text statistics
    "sentence_mean", "sentence_cv", "ttr", "said_share", "rare_saying", "according", "contractions", "commas",
    "mixed_quotes", "comma_outside",
    # function-word profile (grammatical scaffolding; not the pronouns, which tell genre, not translation)
    "fw_the", "fw_of", "fw_and", "fw_that", "fw_which", "fw_also", "fw_its", "fw_their", "fw_would", "fw_could",
    "fw_but", "fw_by", "fw_with", "fw_for", "fw_in", "fw_on", "fw_at",
]
# Evidence of damage can only push towards "translated": a finding feature that the fit weighs
# negatively (an artifact of the corpora) is left out and the model fitted again without it.
MONOTONE = {"lang_families", "lang_findings", "tells", "spun", "translation", "names", "typography", "encoding",
            "grammar"}
OUT_OF_FIT = {"mqm-ted", "mqm-ted-human"}
C = 0.1
FOLDS = 5
SEED = 20261127


def part_name(a) -> str:
    """The part an article is counted in: parts holding both kinds are split by label."""
    if a.part == "shapes":
        return "shapes (translated)" if a.label else "shapes (scraped, edited)"
    return a.part


def measure(articles):
    rows = []
    for a in articles:
        findings = lint_text(a.text, a.id)
        words = count_words(a.text)
        prof = profile(a.text)
        x = features(findings, words, prof)
        rows.append((a, findings, words, prof, [x[f] for f in FEATURES]))
    return rows


def weights(rows, np):
    parts = Counter(a.part for a, *_ in rows)
    w = np.array([1.0 / math.sqrt(parts[a.part]) for a, *_ in rows])
    y = np.array([a.label for a, *_ in rows])
    for cls in (0, 1):
        m = y == cls
        if m.any():
            w[m] *= (len(y) / 2.0) / w[m].sum()
    return w


def calibration_table(p, y, w, np, bins=(0.0, 0.1, 0.3, 0.5, 0.7, 0.9, 1.0001)):
    out = []
    for lo, hi in zip(bins, bins[1:]):
        m = (p >= lo) & (p < hi)
        if m.any():
            out.append({"bin": f"{lo:.1f}-{min(hi, 1):.1f}", "articles": int(m.sum()),
                        "mean_probability": round(float(np.average(p[m], weights=w[m])), 3),
                        "share_translated": round(float(np.average(y[m], weights=w[m])), 3)})
    return out


def fit(rows, np, LogisticRegression, GroupKFold):
    train = [r for r in rows if r[0].split == "train" and r[0].part not in OUT_OF_FIT]
    X = np.array([r[4] for r in train], float)
    y = np.array([r[0].label for r in train])
    g = np.array([r[0].group for r in train])
    w = weights(train, np)
    mean, scale = X.mean(0), X.std(0)
    scale[scale == 0] = 1.0
    Z = (X - mean) / scale
    dropped: set[int] = set()
    while True:  # drop finding features weighed against translation, then fit again
        Z[:, sorted(dropped)] = 0.0
        probe = LogisticRegression(C=C, max_iter=5000).fit(Z, y, sample_weight=w)
        wrong = {i for i, f in enumerate(FEATURES) if f in MONOTONE and i not in dropped and probe.coef_[0][i] < 0}
        if not wrong:
            break
        dropped |= wrong
    oof = np.zeros(len(y))
    for a, b in GroupKFold(n_splits=FOLDS).split(Z, y, g):
        m = LogisticRegression(C=C, max_iter=5000).fit(Z[a], y[a], sample_weight=w[a])
        oof[b] = m.decision_function(Z[b])
    cal = LogisticRegression(C=1e6, max_iter=5000).fit(oof.reshape(-1, 1), y, sample_weight=w)
    a_cal, b_cal = float(cal.coef_[0][0]), float(cal.intercept_[0])
    p_oof = 1 / (1 + np.exp(-(a_cal * oof + b_cal)))
    clean = p_oof[y == 0]
    t_hi = max(0.5, float(np.quantile(clean, 0.99)))
    t_lo = min(float(np.quantile(clean, 0.90)), t_hi - 0.05)
    final = LogisticRegression(C=C, max_iter=5000).fit(Z, y, sample_weight=w)
    baseline = X[y == 0].mean(0)
    model = {
        "version": 1,
        "left_out": [FEATURES[i] for i in sorted(dropped)],
        "features": FEATURES,
        "mean": [float(v) for v in mean],
        "scale": [float(v) for v in scale],
        "coef": [0.0 if i in dropped else float(v) for i, v in enumerate(final.coef_[0])],
        "intercept": float(final.intercept_[0]),
        "baseline": [float(v) for v in baseline],
        "calibration": [a_cal, b_cal],
        "thresholds": {"translated": round(t_hi, 4), "clean": round(t_lo, 4)},
    }
    cv = {"parts": {}, "calibration": calibration_table(p_oof, y, w, np)}
    parts = np.array([part_name(r[0]) for r in train])
    for part in sorted(set(parts)):
        m = parts == part
        cv["parts"][part] = {"articles": int(m.sum()), "label": int(y[m][0]),
                             "translated": round(float(np.mean(p_oof[m] >= t_hi)), 3),
                             "clean": round(float(np.mean(p_oof[m] <= t_lo)), 3)}
    tp = float(np.sum((p_oof >= t_hi) & (y == 1)))
    fp = float(np.sum((p_oof >= t_hi) & (y == 0)))
    cv["precision"] = round(tp / (tp + fp), 3) if tp + fp else None
    cv["recall"] = round(tp / float(np.sum(y == 1)), 3)
    cv["accuracy"] = round(float(np.mean((p_oof >= t_hi) == (y == 1))), 3)
    cv["false_positive_rate"] = round(fp / float(np.sum(y == 0)), 3)
    return model, cv, (train, X, y, w)


def held_out(rows, np):
    """Every part's verdicts through wirelint.verdict.judge (thresholds, short texts and all)."""
    by_part: dict[str, Counter] = defaultdict(Counter)
    probs, labels = [], []
    for a, findings, words, prof, _ in rows:
        if a.split != "test":
            continue
        v = judge(findings, words, prof)
        by_part[part_name(a)][v.mt_verdict] += 1
        by_part[part_name(a)]["label"] = a.label
        probs.append(v.mt_probability)
        labels.append(a.label)
    return by_part, np.array(probs), np.array(labels)


def top_features(model, n=10):
    pairs = sorted(zip(model["features"], model["coef"]), key=lambda t: -abs(t[1]))
    return [(f, round(c, 2)) for f, c in pairs[:n]]


def markdown(model, cv, test_parts, test_cal) -> str:
    lines = ["| part | articles | kind | translated | uncertain | clean |", "|---|---:|---|---:|---:|---:|"]
    for part, c in sorted(test_parts.items()):
        n = sum(v for k, v in c.items() if k != "label")
        kind = "machine-translated" if c["label"] else "edited"
        lines.append(f"| {part} | {n} | {kind} | {c['translated'] / n:.0%} | {c['uncertain'] / n:.0%} | {c['clean'] / n:.0%} |")
    n_mt = sum(sum(v for k, v in c.items() if k != "label") for c in test_parts.values() if c["label"])
    n_clean = sum(sum(v for k, v in c.items() if k != "label") for c in test_parts.values() if not c["label"])
    tr_mt = sum(c["translated"] for c in test_parts.values() if c["label"])
    tr_clean = sum(c["translated"] for c in test_parts.values() if not c["label"])
    def share(names):
        got = [c for p, c in test_parts.items() if p in names]
        n = sum(sum(v for k, v in c.items() if k != "label") for c in got)
        t = sum(c["translated"] for c in got)
        return f"{t}/{n} ({t / max(n, 1):.0%})"

    damaged = {"seed", "written", "shapes (translated)"}
    out = [
        "Held-apart test articles (never used for fitting), verdict through `wirelint.verdict.judge`:",
        "",
        *lines,
        "",
        f"All held-apart machine-translated articles: {tr_mt}/{n_mt} ({tr_mt / max(n_mt, 1):.0%}) `translated`; "
        f"edited articles: {tr_clean}/{n_clean} ({tr_clean / max(n_clean, 1):.1%}) `translated`. Damaged copy "
        f"(seed, written and shape articles): {share(damaged)} `translated`; fluent WMT23 machine translation: "
        f"{share({'mqm-news'})}; TED talks (speech, out of genre, not fitted): {share({'mqm-ted'})}.",
        "",
        f"Cross-validated on the training articles ({FOLDS} folds grouped by source document, at the `translated` "
        f"threshold {model['thresholds']['translated']:.2f}): accuracy {cv['accuracy']:.2f}, precision "
        f"{cv['precision']}, recall {cv['recall']:.2f}, false-positive rate {cv['false_positive_rate']:.3f}. Per part: "
        + "; ".join(f"{p} {v['translated']:.0%} translated ({v['articles']})" for p, v in cv["parts"].items()) + ".",
        "",
        "Calibration (held-out folds, equal prior odds): "
        + "; ".join(f"{b['bin']}: mean {b['mean_probability']:.2f}, observed {b['share_translated']:.2f} ({b['articles']})"
                    for b in cv["calibration"]) + ".",
        "",
        "Calibration on the held-apart test articles (unweighted): "
        + "; ".join(f"{b['bin']}: mean {b['mean_probability']:.2f}, observed {b['share_translated']:.2f} ({b['articles']})"
                    for b in test_cal) + ".",
        "",
        "Weightiest features (standardised coefficients; positive means towards machine translation): "
        + ", ".join(f"`{f}` {c:+.2f}" for f, c in top_features(model)) + ".",
    ]
    return "\n".join(out)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dry-run", action="store_true", help="measure only; write nothing")
    ap.add_argument("--write-readme", action="store_true", help="rewrite the README's verdict figures")
    args = ap.parse_args(argv)
    try:
        import numpy as np
        from sklearn.linear_model import LogisticRegression
        from sklearn.model_selection import GroupKFold
    except ImportError:
        print("needs scikit-learn and numpy: pip install -e '.[fit]'", file=sys.stderr)
        return 2
    import sklearn

    articles = load_all()
    counts = Counter((a.part, a.split, a.label) for a in articles)
    print("articles (part, split, label):", dict(sorted(counts.items())))
    rows = measure(articles)
    model, cv, _ = fit(rows, np, LogisticRegression, GroupKFold)
    model["fitted_on"] = {f"{p}/{s}/{lab}": n for (p, s, lab), n in sorted(counts.items())}
    model["cross_validation"] = cv
    model["packages"] = {"scikit-learn": sklearn.__version__, "numpy": np.__version__}
    import wirelint.verdict as verdict

    verdict._MODEL[:] = [model]  # the held-out figures are measured with the model just fitted
    test_parts, probs, labels = held_out(rows, np)
    test_cal = calibration_table(probs, labels, np.ones(len(labels)), np)
    model["held_out"] = {p: dict(c) for p, c in sorted(test_parts.items())}
    text = markdown(model, cv, test_parts, test_cal)
    print(text)
    if not args.dry_run:
        MODEL_PATH.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
        print(f"\nmodel written to {MODEL_PATH.relative_to(REPO)}")
    if args.write_readme:
        readme = README.read_text(encoding="utf-8")
        a, b = readme.index(START) + len(START), readme.index(END)
        README.write_text(readme[:a] + "\n" + text + "\n" + readme[b:], encoding="utf-8")
        print(f"figures written to {README.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
