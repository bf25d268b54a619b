#!/usr/bin/env python3
"""Speed, scale and memory of wirelint, with proselint measured side by side in the same run.

    python benchmarks/speed.py            # everything (creates benchmarks/.venv-bench with proselint)
    python benchmarks/speed.py --quick    # smaller inputs, fewer repeats

Prints ratios, not only seconds: the machines are shared and noisy, so only figures taken in one
run are compared. Inputs are built from tests/corpus/clean in a temporary folder.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import venv
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
CLEAN = REPO / "tests" / "corpus" / "clean"
BENCH_VENV = HERE / ".venv-bench"

RUNNER = r"""
import resource, sys
from wirelint.cli import main
try:
    main(sys.argv[1:], standalone_mode=True)
except SystemExit:
    pass
sys.stderr.write(f"\nMAXRSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}\n")
"""


def bench_python() -> Path:
    """The benchmark's own environment, holding proselint and this checkout of wirelint, both
    installed the way a user installs them (a regular, not an editable, install: an editable
    install adds an import hook that costs ~10 ms of start-up no installed wirelint pays)."""
    py = BENCH_VENV / "bin" / "python"
    if not (BENCH_VENV / "bin" / "proselint").exists():
        print("installing proselint into benchmarks/.venv-bench …", file=sys.stderr)
        venv.create(BENCH_VENV, with_pip=True)
        subprocess.run([str(py), "-m", "pip", "install", "-q", "proselint"], check=True)
    print("installing this checkout of wirelint into benchmarks/.venv-bench …", file=sys.stderr)
    subprocess.run([str(py), "-m", "pip", "install", "-q", str(REPO)], check=True)  # with its dependencies
    subprocess.run([str(py), "-m", "pip", "install", "-q", "--force-reinstall", "--no-deps", str(REPO)], check=True)  # this code
    return py


def timed(cmd: list[str], repeat: int) -> float:
    """Median wall time of ``cmd`` over ``repeat`` runs (output discarded)."""
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def peak_rss_kb(args: list[str]) -> int:
    # Run from the root folder: ``python -c`` puts the working folder first on sys.path, and in
    # the checkout that would import the source tree instead of the installed package.
    proc = subprocess.run([str(BENCH_VENV / "bin" / "python"), "-c", RUNNER, *args], stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, text=True, cwd="/")
    for line in proc.stderr.splitlines():
        if line.startswith("MAXRSS "):
            return int(line.split()[1])
    raise RuntimeError(proc.stderr[-500:])


LINT_TIMER = r"""
import sys, time
from wirelint.api import lint_text
text = open(sys.argv[1], encoding="utf-8").read()
lint_text(text, sys.argv[1])
best = float("inf")
for _ in range(3):
    t0 = time.perf_counter()
    lint_text(text, sys.argv[1])
    best = min(best, time.perf_counter() - t0)
print(best)
"""


def lint_seconds(path: Path) -> float:
    """Seconds to lint one file in process (best of 3), with the installed wirelint."""
    out = subprocess.run([str(BENCH_VENV / "bin" / "python"), "-c", LINT_TIMER, str(path)], capture_output=True,
                         text=True, check=True, cwd="/")
    return float(out.stdout.strip())


RULE_TIMER = r"""
import json, sys, time
from wirelint.document import Document
from wirelint.registry import all_rules
codes = sys.argv[1].split(",")
texts = [open(p, encoding="utf-8").read() for p in sys.argv[2:]]
mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
out = {}
for rule in all_rules():
    if codes != ["default"] and rule.code not in codes or codes == ["default"] and not rule.default:
        continue
    for t in texts[:5]:
        rule.run(Document(t))  # patterns compiled on first need: not part of the cost
    best = float("inf")
    for _ in range(3):
        docs = [Document(t) for t in texts]
        for d in docs:  # the shared views, computed once per file for every rule: not this rule's cost
            d.nonblank_lines, d.paragraphs, d.sentences, d.quotes, d.zones
        t0 = time.perf_counter()
        for d in docs:
            rule.run(d)
        best = min(best, time.perf_counter() - t0)
    out[rule.code] = best / mb
print(json.dumps(out))
"""


def rule_seconds_per_mb(codes: str, paths: list[Path]) -> dict[str, float]:
    """Seconds per MB of each rule in ``codes`` ("default" for every default rule) over the files,
    in process (best of 3, after a warm-up), with the installed wirelint."""
    out = subprocess.run([str(BENCH_VENV / "bin" / "python"), "-c", RULE_TIMER, codes, *map(str, paths)],
                         capture_output=True, text=True, check=True, cwd="/")
    return json.loads(out.stdout)


def make_batch(folder: Path, copies: int) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    size = 0
    for i in range(copies):
        for p in sorted(CLEAN.glob("*.txt")):
            target = folder / f"{i:03d}-{p.name}"
            shutil.copyfile(p, target)
            size += target.stat().st_size
    return size


def wirelint_cmd(*args: str) -> list[str]:
    return [str(BENCH_VENV / "bin" / "wirelint"), "check", "--exit-zero", "--output-format", "json", *args]


def _near_names(n: int) -> list[str]:
    """n distinct capitalised names, each one letter from many others: Kandaraaa, Kandaraab, …"""
    letters = "abcdefghijklmnopqrstuvwxyz"
    return ["Kandar" + letters[i // 676 % 26] + letters[i // 26 % 26] + letters[i % 26] for i in range(n)]


def adversarial(kind: str, size: int) -> str:
    """Text shapes that make careless regular expressions or scanners go quadratic."""
    base = {
        "one-long-line": "word " * (size // 5),
        "quote-marks": "“a " * (size // 3),
        "dot-space-dot": ". " * (size // 2),
        "lowercase-fragments": "the talks. interviews. " * (size // 23),
        "repeated-words": "the " * (size // 4),
        "no-spaces": "a" * size,
        "commas": " ," * (size // 2),
        "capitalised": "Kyiv " * (size // 5),
        # Names one letter apart (WL204's near-miss buckets), capitals inside one sentence
        # (WL205/WL206), and one sentence as long as the text (WL209's phrase windows).
        "near-names": " said ".join(_near_names(size // 14)),
        "capitalised-mid-sentence": "the Locals " * (size // 11),
        "one-sentence": "and the talks went on, with the port The ministry " * (size // 50),
        # page chrome (WL401, WL402): one line of separators or symbols, many short lines of
        # chrome and credits, one long token of hexadecimal digits
        "separators": "-" * size,
        "chrome-symbols": "•·|/=#<>©:" * (size // 10),
        "chrome-lines": "Share\nRead also: The talks\n0:00\n2024-03-01 0 By\nJane Doe / AP\n(Photo: Agency)\n#a #b\n" * (size // 84),
        "hex-token": "0123456789abcdef" * (size // 16),
    }.get(kind)
    if base is None:
        unit = UNITS[kind]
        base = unit * (size // len(unit) + 1)
    return base[:size]


# More shapes, each a unit repeated: the broken-character and typography rules' worst cases
# (a line of mojibake, 100,000 short lines, a line of symbols, one long token, spaced quotes,
# continental numbers, glued words, dropped bytes).
UNITS = {
    "mojibake-run": "Ã©Â",
    "mojibake-lines": "itâ€™s Ã© fine\n",
    "dropped-bytes": "Thatâs â€ “x† y ",
    "short-lines": "a\n",
    "symbols": "!!..??“ ” – — … $ € % ( ) , ; : \" ’ ‘ « » ",
    "one-token": "tofollowplayedwell",
    "spaced-quotes": '" a " “ a ” ',
    "continental-numbers": "won 3:1 (1:0) 20.30 Uhr 1.54,07 105.000 people 32,45 %50 $ 5 the 32. Round ",
    "glued-words": "withHo MinhChinh Minh Chinh 19should Netflix'sglobal We re the judge s didnt R.T.Erdogan ",
}
ADVERSARIAL_KINDS = ("one-long-line", "quote-marks", "dot-space-dot", "lowercase-fragments", "repeated-words",
                     "no-spaces", "commas", "capitalised", "near-names", "capitalised-mid-sentence",
                     "one-sentence", "separators", "chrome-symbols", "chrome-lines", "hex-token", *UNITS)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true")
    args = ap.parse_args()
    repeat = 3 if args.quick else 5
    copies = 4 if args.quick else 12
    tmp = Path(tempfile.mkdtemp(prefix="wirelint-bench-"))
    try:
        print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}, {sys.platform}")
        batch = tmp / "batch"
        size = make_batch(batch, copies)
        files = sorted(str(p) for p in batch.glob("*.txt"))
        mb = size / 1e6
        print(f"batch: {len(files)} articles, {mb:.2f} MB")

        bench_python()
        proselint = str(BENCH_VENV / "bin" / "proselint")
        t_pl = timed([proselint, "check", *files], repeat)
        t_wl = timed(wirelint_cmd("--jobs", "1", *files), repeat)
        t_wd = timed(wirelint_cmd(*files), repeat)
        print("\n== throughput (same files, each tool as a user runs it)")
        print(f"proselint                 {t_pl:7.3f} s  {mb / t_pl:7.2f} MB/s")
        print(f"wirelint --jobs 1         {t_wl:7.3f} s  {mb / t_wl:7.2f} MB/s   ratio {t_pl / t_wl:.1f}x (one core each)")
        print(f"wirelint (default jobs)   {t_wd:7.3f} s  {mb / t_wd:7.2f} MB/s   ratio {t_pl / t_wd:.1f}x (target ≥ 10x)")

        one = str(REPO / "examples" / "round-trip-article.txt")
        s_pl = timed([proselint, "check", one], repeat * 2)
        s_wl = timed(wirelint_cmd(one), repeat * 2)
        print("\n== start-up, one article (the pre-commit case)")
        print(f"proselint {s_pl:.3f} s, wirelint {s_wl:.3f} s: ratio {s_wl / s_pl:.2f} (target ≤ 1.0)")

        large = tmp / "large"
        large_mb = make_batch(large, copies * 6) / 1e6
        t1 = timed(wirelint_cmd("--jobs", "1", str(large)), repeat)
        t2 = timed(wirelint_cmd("--jobs", "2", str(large)), repeat)
        print(f"\n== parallel batch ({large_mb:.1f} MB)")
        print(f"--jobs 1 {t1:.3f} s, --jobs 2 {t2:.3f} s: speed-up {t1 / t2:.2f}x (target ≥ 1.7x on 2 cores)")

        print("\n== linear cost: lint time at 10x the size / at 1x (target ≈ 10, at most ~13)")
        # Timed inside the process (best of 3, after a warm-up run), so that start-up, which
        # dwarfs linting 100 KB of some shapes, does not blur the ratio.
        small = 50_000 if args.quick else 100_000
        for kind in ADVERSARIAL_KINDS:
            times = []
            for n in (small, small * 10):
                p = tmp / f"{kind}-{n}.txt"
                p.write_text(adversarial(kind, n), encoding="utf-8")
                times.append(lint_seconds(p))
            a, b = times
            print(f"{kind:<20} {small:>8} chars {a:7.3f} s   {small * 10:>9} chars {b:7.3f} s   ratio {b / a:5.1f}")

        print("\n== cost per rule, in process (ms per MB of the clean batch; shared views not counted)")
        costs = rule_seconds_per_mb("default", sorted(CLEAN.glob("*.txt")))
        for code, sec in sorted(costs.items(), key=lambda kv: -kv[1]):
            print(f"{code:<8} {sec * 1000:8.1f} ms/MB")
        print("\n== page chrome on adversarial input (WL401, WL402; ms per MB)")
        shapes = [("separators", 10_000_000, "a 10 MB line of separators"), ("chrome-symbols", 10_000_000, "a 10 MB line of symbols"),
                  ("chrome-lines", 1_200_000, "100,000 short lines of chrome and credits"),
                  ("hex-token", 1_000_000, "a 1 MB token of hexadecimal digits"), ("no-spaces", 1_000_000, "a 1 MB token of letters")]
        for kind, n, label in shapes:
            p = tmp / f"rule-{kind}.txt"
            p.write_text(adversarial(kind, n), encoding="utf-8")
            c = rule_seconds_per_mb("WL401,WL402", [p])
            print(f"{label:<45} WL401 {c['WL401'] * 1000:9.1f}   WL402 {c['WL402'] * 1000:9.1f}")

        print("\n== peak memory (RSS)")
        many = peak_rss_kb(["check", "--exit-zero", "--output-format", "json", "--jobs", "1", str(batch)])
        few_dir = tmp / "few"
        make_batch(few_dir, 1)
        few = peak_rss_kb(["check", "--exit-zero", "--output-format", "json", "--jobs", "1", str(few_dir)])
        big = tmp / "big.txt"
        big.write_text("\n\n".join(p.read_text(encoding="utf-8") for p in sorted(batch.glob("*.txt"))), encoding="utf-8")
        one_big = peak_rss_kb(["check", "--exit-zero", "--output-format", "json", str(big)])
        bigs = tmp / "bigs"
        bigs.mkdir()
        for i in range(6):
            shutil.copyfile(big, bigs / f"big{i}.txt")
        six_big = peak_rss_kb(["check", "--exit-zero", "--output-format", "json", "--jobs", "1", str(bigs)])
        print(f"{len(list(few_dir.glob('*.txt')))} files: {few / 1024:.1f} MB; {len(files)} files: {many / 1024:.1f} MB "
              f"(ratio {many / few:.2f}; files x{len(files) / max(1, len(list(few_dir.glob('*.txt')))):.0f})")
        print(f"one file of {big.stat().st_size / 1e6:.2f} MB: {one_big / 1024:.1f} MB; six such files: {six_big / 1024:.1f} MB")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
