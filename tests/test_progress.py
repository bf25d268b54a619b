"""A progress bar on a terminal's stderr for long batches, never in the machine output, and
none when stderr is not a terminal."""

from __future__ import annotations

import json
import os
import pty
import select
import subprocess
import sys
import time

import pytest

ARTICLE = "Officials met on Monday , the ministry said. Talks went on.\n"


def _batch(folder, n=60):
    for i in range(n):
        (folder / f"a{i:03d}.txt").write_text(("Fine text here. " * 40) + ARTICLE, encoding="utf-8")
    return folder


def _run_with_terminal_stderr(args, cwd):
    master, slave = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "wirelint", *args], cwd=cwd, stdout=subprocess.PIPE,
                            stderr=slave, env={**os.environ, "COLUMNS": "80", "TERM": "xterm"})
    os.close(slave)
    err = b""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        ready, _, _ = select.select([master], [], [], 0.1)
        if ready:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # the child closed its end
                break
            if not chunk:
                break
            err += chunk
        elif proc.poll() is not None:
            break
    out = proc.stdout.read()
    proc.wait(timeout=30)
    os.close(master)
    return proc.returncode, out.decode("utf-8"), err.decode("utf-8", "replace")


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_bar_on_a_terminal_stderr_and_clean_json_on_stdout(tmp_path, jobs):
    folder = tmp_path / "batch"
    folder.mkdir()
    _batch(folder)
    code, out, err = _run_with_terminal_stderr(["check", "--jobs", jobs, "--output-format", "json", str(folder)], tmp_path)
    assert code == 1
    data = json.loads(out)  # the machine output is only JSON
    assert data["summary"]["files"] == 60
    assert "linting" in err  # the bar's label was drawn on the terminal


def test_no_bar_when_stderr_is_not_a_terminal(tmp_path, cli):
    folder = _batch(tmp_path)
    r = cli("check", "--jobs", "2", "--output-format", "json", str(folder))
    assert r.code == 1
    assert "linting" not in r.err and "━" not in r.err
    assert r.json()["summary"]["files"] == 60


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_no_other_thread_runs_when_workers_fork(tmp_path):
    """Forking while another thread runs can deadlock the child (Python 3.12+ warns): the bar
    must not run a refresh thread. A sitecustomize records the thread count at every fork."""
    folder = tmp_path / "batch"
    folder.mkdir()
    _batch(folder)
    log = tmp_path / "forks.log"
    hook = tmp_path / "hook"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(
        "import os, threading\n"
        "_fork = os.fork\n"
        "def fork():\n"
        f"    with open({str(log)!r}, 'a') as fh: fh.write(str(threading.active_count()) + '\\n')\n"
        "    return _fork()\n"
        "os.fork = fork\n", encoding="utf-8")
    old = os.environ.get("PYTHONPATH")
    os.environ["PYTHONPATH"] = str(hook)
    try:
        code, out, err = _run_with_terminal_stderr(["check", "--jobs", "2", "--output-format", "json", str(folder)], tmp_path)
    finally:
        if old is None:
            del os.environ["PYTHONPATH"]
        else:
            os.environ["PYTHONPATH"] = old
    assert code == 1 and "linting" in err
    counts = log.read_text().split()
    assert counts and set(counts) == {"1"}, counts
