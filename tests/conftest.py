from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED = SHARED / "corpus" / "seed-article.txt"
EXPECTED = SHARED / "corpus" / "seed-article.expected.json"
CLEAN_DIR = REPO / "tests" / "corpus" / "clean"


@dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self):
        return json.loads(self.out)


def run_cli(*args: str, cwd: Path | None = None, stdin: bytes | None = None, env=None) -> Result:
    proc = subprocess.run(
        [sys.executable, "-m", "wirelint", *args],
        cwd=cwd,
        input=stdin,
        capture_output=True,
        timeout=120,
        env=env,
    )
    return Result(proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8"))


@pytest.fixture
def cli():
    return run_cli


@pytest.fixture
def seed_path():
    if not SEED.exists():
        pytest.skip(f"the shared seed article is not beside the repository ({SEED})")
    return SEED
