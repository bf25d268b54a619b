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
