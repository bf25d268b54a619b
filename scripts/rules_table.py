#!/usr/bin/env python3
"""Print the README's rule table from the registry (or rewrite it in place with --write).

The table sits between the markers <!-- rules-table:start --> and <!-- rules-table:end -->;
tests/test_readme.py fails when it is out of date."""

from __future__ import annotations

import sys
from pathlib import Path

START, END = "<!-- rules-table:start -->", "<!-- rules-table:end -->"
README = Path(__file__).resolve().parents[1] / "README.md"


def table() -> str:
    sys.path.insert(0, str(README.parent))
    from wirelint.registry import all_rules

    rows = [
        "| code | name | what it finds | default | fix | example (flagged part in bold) |",
        "|---|---|---|---|---|---|",
    ]
    for r in all_rules():
        bad = next((e for e in r.examples if e.is_bad), None)
        example = ""
        if bad is not None:
            example = bad.marked.replace("\n", " ⏎ ").replace("|", "\\|").replace("[[", "**").replace("]]", "**")
            if len(example) > 90:
                example = example[:87] + "…"
        rows.append(
            f"| {r.code} | `{r.name}` | {r.summary} | {'on' if r.default else 'off'} | {r.fix or '–'} | {example} |"
        )
    return "\n".join(rows)


def render(readme: str) -> str:
    head, _, rest = readme.partition(START)
    _, _, tail = rest.partition(END)
    return f"{head}{START}\n{table()}\n{END}{tail}"


if __name__ == "__main__":
    text = README.read_text(encoding="utf-8")
    if "--write" in sys.argv:
        README.write_text(render(text), encoding="utf-8")
    else:
        print(table())
