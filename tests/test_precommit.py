"""The pre-commit hook, installed for real with ``pre-commit try-repo`` into a throw-away git
repository: it fails on a defective article and passes on a clean one."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO

PRE_COMMIT = Path(sys.executable).with_name("pre-commit")


def git(*args, cwd):
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


@pytest.fixture(scope="module")
def articles_repo(tmp_path_factory):
    if not PRE_COMMIT.exists() or shutil.which("git") is None:
        pytest.skip("pre-commit or git is not installed (install the test extras)")
    repo = tmp_path_factory.mktemp("articles")
    git("init", "-q", cwd=repo)
    git("config", "user.email", "desk@example.invalid", cwd=repo)
    git("config", "user.name", "Desk", cwd=repo)
    (repo / "clean.txt").write_text("The ministry said on Monday that talks would resume.\n", encoding="utf-8")
    (repo / "defective.txt").write_text("The ministry said on Monday , officials said.\n", encoding="utf-8")
    git("add", ".", cwd=repo)
    return repo


def try_repo(repo: Path, *files: str, home: Path):
    env = dict(os.environ, PRE_COMMIT_HOME=str(home), PRE_COMMIT_COLOR="never")
    return subprocess.run(
        [str(PRE_COMMIT), "try-repo", str(REPO), "wirelint", "--files", *files],
        cwd=repo, env=env, capture_output=True, text=True, timeout=900,
    )


def test_hook_fails_on_defective_and_passes_on_clean(articles_repo, tmp_path_factory):
    home = tmp_path_factory.mktemp("pre-commit-home")
    bad = try_repo(articles_repo, "defective.txt", home=home)
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "WL301" in bad.stdout and "defective.txt:1:" in bad.stdout
    good = try_repo(articles_repo, "clean.txt", home=home)
    assert good.returncode == 0, good.stdout + good.stderr
    assert "Passed" in good.stdout
