"""The README stays true: its rule table matches the registry, and .ci/run calls its test command."""

from __future__ import annotations

import re
import sys

from conftest import REPO


def test_rule_table_is_current():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    sys.path.insert(0, str(REPO / "scripts"))
    import rules_table

    assert rules_table.render(readme) == readme, "run: python scripts/rules_table.py --write"


def test_ci_runs_the_readme_test_command():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```sh\n(.*?)```", readme, re.S).group(1)
    commands = [l for l in block.splitlines() if l.strip() and not l.startswith("#")]
    assert len(commands) == 2, "the set-up is two commands"
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert commands[1].strip() in ci


def test_readme_multiprocessing_snippet_runs():
    """The README's multiprocessing snippet, run as printed, returns every result."""
    import re
    import subprocess
    import sys

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```python\n(import multiprocessing\n.*?)# Dask", readme, re.S).group(1)
    program = (
        "if __name__ == '__main__':\n"
        "    records = [{'id': i, 'text': 'Officials met on Monday , the ministry said.'} for i in range(40)]\n"
        + "".join("    " + line + "\n" for line in block.splitlines())
        + "    assert len(results) == 40 and all(r['findings'] for r in results), results[:2]\n"
    )
    run = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr


def test_lint_article_refuses_a_string_with_a_clear_type_error():
    import pytest

    from wirelint.api import lint_article

    with pytest.raises(TypeError, match="lint_text"):
        lint_article("Officials met on Monday , the ministry said.")
