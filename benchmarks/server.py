"""Language server start-up and time to first diagnostics (``wirelint server``).

Starts the server as an editor does (a subprocess over standard input and output), and times:

* start-up: from spawning the process to the answer to ``initialize``;
* first diagnostics: from ``didOpen`` of an article (the seed by default) to its
  ``publishDiagnostics``, in a server that has just started (rules imported on first use);
* warm diagnostics: the same for a second document in the running server;
* after a change: from ``didChange`` to the diagnostics, less the debounce (set to 0 here).

Each is the median of ``--runs`` fresh servers. Prints a table; nothing is asserted.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))

from lsp_client import LSPClient  # noqa: E402

SEED = HERE.parent.parent / "shared" / "corpus" / "seed-article.txt"


def one_run(article: Path, folder: Path) -> dict[str, float]:
    text = article.read_text(encoding="utf-8")
    t0 = time.perf_counter()
    client = LSPClient(cwd=folder)
    try:
        client.initialize(folder, {"debounce": 0})
        t_init = time.perf_counter()
        uri = client.open(folder / "a.txt", text)
        client.diagnostics(uri, version=1, timeout=120)
        t_first = time.perf_counter()
        uri2 = client.open(folder / "b.txt", text)
        t2 = time.perf_counter()
        client.diagnostics(uri2, version=1, timeout=120)
        t_warm = time.perf_counter() - t2
        t3 = time.perf_counter()
        client.change(uri, text.replace(" said", " said ,", 1), 2)
        client.diagnostics(uri, version=2, timeout=120)
        t_change = time.perf_counter() - t3
        client.close()
    finally:
        client.kill()
    return {"start-up (spawn to initialize)": t_init - t0, "first diagnostics (didOpen, fresh server)": t_first - t_init,
            "spawn to first diagnostics": t_first - t0, "warm diagnostics (second document)": t_warm,
            "after a change (debounce 0)": t_change}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--article", type=Path, default=SEED)
    args = parser.parse_args()
    if not args.article.exists():
        sys.exit(f"no article at {args.article}")
    results: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(args.runs):
            for key, value in one_run(args.article, Path(tmp)).items():
                results.setdefault(key, []).append(value)
    size = len(args.article.read_text(encoding="utf-8"))
    print(f"wirelint server, {args.runs} runs, article {args.article.name} ({size:,} characters)")
    print(f"{'measure':45} {'median':>9} {'min':>9} {'max':>9}")
    for key, values in results.items():
        print(f"{key:45} {statistics.median(values):8.3f}s {min(values):8.3f}s {max(values):8.3f}s")


if __name__ == "__main__":
    main()
