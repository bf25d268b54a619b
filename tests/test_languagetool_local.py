"""``--languagetool local``: language-tool-python starts the server for the run and wirelint
stops it at exit, even on Ctrl-C. A fake ``java`` on PATH (it answers ``-version`` like
OpenJDK 17 and otherwise runs the stand-in server on the port it is given) and a fake
``LanguageTool-6.8`` folder under $LTP_PATH stand in for the JVM and the 250 MB download."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from wirelint import languagetool as lt

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
TEXT = "Officials 😀 said that he go to the talks with a apple, aides said on Thursday.\n"


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # a zombie is dead for our purposes
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().split()[2] != "Z"
    except OSError:
        return False


@pytest.fixture
def fake_lt(tmp_path, monkeypatch):
    bindir = tmp_path / "bin"
    bindir.mkdir()
    java = bindir / "java"
    java.write_text(
        "#!/bin/sh\n"
        'if [ "$1" = "-version" ]; then echo \'openjdk version "17.0.9" 2023-10-17\' >&2; exit 0; fi\n'
        'echo "$@" >> "$LT_STANDIN_ARGS"\n'
        f'exec "{sys.executable}" "{HERE / "lt_standin.py"}" "$@"\n'
    )
    java.chmod(0o755)
    ltp = tmp_path / "ltp"
    (ltp / "LanguageTool-6.8").mkdir(parents=True)
    (ltp / "LanguageTool-6.8" / "languagetool-server.jar").write_bytes(b"")
    pidfile = tmp_path / "pids"
    env = {
        "PATH": f"{bindir}{os.pathsep}{os.environ.get('PATH', '')}",
        "LTP_PATH": str(ltp),
        "LT_STANDIN_PIDFILE": str(pidfile),
        "LT_STANDIN_ARGS": str(tmp_path / "args"),
    }
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    monkeypatch.delenv("LTP_JAR_DIR_PATH", raising=False)
    monkeypatch.delenv(lt.ENV_VAR, raising=False)
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    other = tmp_path / "b.txt"
    other.write_text("A second file where he go again, aides said on Friday.\n", encoding="utf-8")
    return {"pidfile": pidfile, "args": tmp_path / "args", "files": [article, other], "tmp": tmp_path}


def pids(pidfile: Path) -> list[int]:
    if not pidfile.exists():
        return []
    return [int(line.split()[0]) for line in pidfile.read_text().splitlines() if line.strip()]


def wirelint(*args, **kw):
    return subprocess.Popen([sys.executable, "-m", "wirelint", "check", *map(str, args)], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)


def test_local_mode_starts_one_server_and_stops_it(fake_lt):
    proc = wirelint("--languagetool", "local", "--output-format", "json", *fake_lt["files"])
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 1, err
    findings = json.loads(out)["findings"] if out.strip().startswith("{") else json.loads(out)
    he = [f for f in findings if "HE_VERB_AGR" in f["message"]]
    assert len(he) == 2
    assert TEXT[he[0]["start"] : he[0]["end"]] == "he go" or any(TEXT[f["start"] : f["end"]] == "he go" for f in he)
    started = pids(fake_lt["pidfile"])
    assert len(started) == 1  # one server for the whole run
    args = fake_lt["args"].read_text()
    assert "languagetool-server.jar org.languagetool.server.HTTPServer -p" in args
    assert "starting a local LanguageTool" in err and "downloading" not in err
    time.sleep(0.2)
    assert not alive(started[0])


def test_local_mode_notes_the_download_size_when_not_installed(fake_lt, tmp_path, monkeypatch):
    # No LanguageTool folder and no network: the client's download fails; one warning, no crash.
    empty = tmp_path / "empty-ltp"
    empty.mkdir()
    monkeypatch.setenv("LTP_PATH", str(empty))
    monkeypatch.setenv("LTP_DOWNLOAD_HOST_NEW_RELEASES", "http://127.0.0.1:9/")  # refused at once
    base = wirelint("--output-format", "json", fake_lt["files"][0])
    base_out, _ = base.communicate(timeout=60)
    proc = wirelint("--languagetool", "local", "--output-format", "json", fake_lt["files"][0])
    out, err = proc.communicate(timeout=60)
    assert "about 250 MB" in err and "first use only" in err
    assert "could not be downloaded" in err or "could not be started" in err
    assert out == base_out and proc.returncode == base.returncode
    assert pids(fake_lt["pidfile"]) == []


def test_local_mode_without_java(fake_lt, monkeypatch, tmp_path):
    nojava = tmp_path / "nojava"
    nojava.mkdir()
    monkeypatch.setenv("PATH", str(nojava))
    proc = subprocess.run([sys.executable, "-m", "wirelint", "check", "--languagetool", "local", str(fake_lt["files"][0])],
                          cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert "no Java found" in proc.stderr and proc.stderr.count("warning") == 1


def _dies(pid: int, within: float = 10.0) -> bool:
    """The process is gone within ``within`` seconds (polled: a loaded machine is slow to reap)."""
    deadline = time.monotonic() + within
    while alive(pid):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def test_ctrl_c_stops_the_local_server(fake_lt, monkeypatch):
    monkeypatch.setenv("LT_STANDIN_MODE", "hang")  # checks never answer: the run is stuck in a request
    proc = wirelint("--languagetool", "local", "--languagetool-timeout", "60", *fake_lt["files"])
    deadline = time.monotonic() + 30
    while not pids(fake_lt["pidfile"]) and time.monotonic() < deadline:
        time.sleep(0.05)
    started = pids(fake_lt["pidfile"])
    assert started, "the local server never started"
    time.sleep(1.0)  # let wirelint reach its check request
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=15)
    # click turns Ctrl-C into "Aborted!" and exit 1 before wirelint's own handler (exit 130) sees it
    assert proc.returncode in (1, 130), err
    assert "Traceback" not in err
    assert _dies(started[0]), "the local server outlived wirelint"


def test_keyboard_interrupt_during_linting_stops_the_server(fake_lt, monkeypatch):
    import wirelint.run as run_module
    from wirelint.files import collect
    from wirelint.linter import Overrides

    def interrupted(*a, **k):
        raise KeyboardInterrupt

    monkeypatch.setattr(run_module, "lint_document", interrupted)
    targets, _ = collect([str(p) for p in fake_lt["files"]], None)
    with pytest.raises(KeyboardInterrupt):
        run_module.run_targets(targets, Overrides(), None, warn=lambda m: None, languagetool=lt.RunOptions("local"))
    started = pids(fake_lt["pidfile"])
    assert len(started) == 1
    assert _dies(started[0]), "the local server outlived the run"
    from language_tool_python import server

    assert server.RUNNING_SERVER_PROCESSES == []
