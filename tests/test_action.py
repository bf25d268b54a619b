"""The GitHub Action (action.yml + action/run.sh), run locally with the variables a runner sets."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]
SCRIPT = REPO / "action" / "run.sh"

pytestmark = pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")


def test_action_yml_is_a_composite_action_running_the_script():
    action = yaml.safe_load((REPO / "action.yml").read_text(encoding="utf-8"))
    assert action["runs"]["using"] == "composite"
    steps = action["runs"]["steps"]
    run = [s for s in steps if s.get("id") == "run"][0]
    assert run["shell"] == "bash" and "$GITHUB_ACTION_PATH/action/run.sh" in run["run"]
    for name in ("paths", "args", "sarif", "fail-on-findings"):
        assert name in action["inputs"]
        assert f"inputs.{name}" in run["env"][f"INPUT_{name.upper().replace('-', '_')}"]
    assert set(action["outputs"]) == {"exit-code", "findings", "sarif"}


def _shim(path: Path, body: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("#!/bin/sh\n" + body, encoding="utf-8")
    path.chmod(0o755)
    return path


def _runner(tmp_path: Path, **inputs: str) -> tuple[subprocess.CompletedProcess, dict, Path]:
    workspace = tmp_path / "repo"
    temp = tmp_path / "runner-temp"
    temp.mkdir(exist_ok=True)
    output, summary = temp / "output.txt", temp / "summary.md"
    # a venv that already holds the action's version (the test interpreter, with wirelint installed)
    venv = tmp_path / "venv"
    _shim(venv / "bin" / "python", f'exec "{sys.executable}" "$@"\n')
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GITHUB_", "INPUT_", "RUNNER_"))}
    env.update({
        "GITHUB_ACTIONS": "true", "CI": "true", "GITHUB_ACTION_PATH": str(REPO), "GITHUB_WORKSPACE": str(workspace),
        "RUNNER_TEMP": str(temp), "GITHUB_OUTPUT": str(output), "GITHUB_STEP_SUMMARY": str(summary),
        "GITHUB_EVENT_NAME": "pull_request", "GITHUB_REPOSITORY": "desk/articles", "RUNNER_OS": "Linux",
        "WIRELINT_ACTION_VENV": str(venv),
    })
    env.update(inputs)
    r = subprocess.run(["bash", str(SCRIPT)], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    outputs = {}
    if output.exists():
        for line in output.read_text(encoding="utf-8").splitlines():
            k, _, v = line.partition("=")
            outputs[k] = v
    return r, outputs, summary


@pytest.fixture
def workspace(tmp_path):
    ws = tmp_path / "repo"
    (ws / "articles").mkdir(parents=True)
    (ws / "articles" / "a.txt").write_text("Officials said , on Monday, that talks went on.\n", encoding="utf-8")
    (ws / "articles" / "b.md").write_text("# Talks\n\nThe envoys arrived.Others left.\n", encoding="utf-8")
    (ws / "clean.txt").write_text("Officials said on Monday that talks went on.\n", encoding="utf-8")
    return ws


def test_annotations_outputs_summary_and_sarif(tmp_path, workspace):
    r, outputs, summary = _runner(tmp_path, INPUT_PATHS="articles\nclean.txt", INPUT_ARGS="--ignore WL401",
                                  INPUT_SARIF="out/wirelint.sarif", INPUT_FAIL_ON_FINDINGS="true")
    assert r.returncode == 1, r.stderr
    annotations = [line for line in r.stdout.splitlines() if line.startswith("::")]
    assert any(line.startswith("::warning file=articles/a.txt,line=1,col=15") for line in annotations), r.stdout
    assert any("file=articles/b.md" in line for line in annotations)
    assert outputs["exit-code"] == "1" and outputs["findings"] == str(len(annotations))
    assert outputs["sarif"] == "out/wirelint.sarif"
    sarif = json.loads((workspace / "out" / "wirelint.sarif").read_text(encoding="utf-8"))
    assert sarif["version"] == "2.1.0" and len(sarif["runs"][0]["results"]) == len(annotations)
    text = summary.read_text(encoding="utf-8")
    assert "### wirelint" in text and f"{len(annotations)} finding(s)" in text
    assert "is installed in" in r.stdout  # the venv held the action's version: no reinstall


def test_findings_need_not_fail_the_step(tmp_path, workspace):
    r, outputs, _ = _runner(tmp_path, INPUT_PATHS="articles", INPUT_FAIL_ON_FINDINGS="false")
    assert r.returncode == 0 and outputs["exit-code"] == "1"


def test_clean_copy_passes_and_errors_always_fail(tmp_path, workspace):
    r, outputs, summary = _runner(tmp_path, INPUT_PATHS="clean.txt")
    assert r.returncode == 0 and outputs == {"exit-code": "0", "findings": "0", "sarif": ""}
    assert "No findings" in summary.read_text(encoding="utf-8")
    r, outputs, _ = _runner(tmp_path, INPUT_PATHS="clean.txt", INPUT_ARGS="--select NOPE", INPUT_FAIL_ON_FINDINGS="false")
    assert r.returncode == 2 and outputs["exit-code"] == "2"


def test_installs_the_actions_own_version_when_the_venv_lacks_it(tmp_path, workspace):
    log = tmp_path / "pip.log"
    venv = tmp_path / "venv"
    # an old wirelint in the venv: the script must install the action's checkout
    _shim(venv / "bin" / "python",
          f'if [ "$1" = "-c" ]; then echo 0.0.1; exit 0; fi\n'
          f'if [ "$1" = "-m" ] && [ "$2" = "pip" ]; then echo "$@" >> "{log}"; exit 0; fi\n'
          f'exec "{sys.executable}" "$@"\n')
    fake_python = _shim(tmp_path / "bin" / "python3", 'if [ "$1" = "-m" ] && [ "$2" = "venv" ]; then exit 0; fi\nexit 3\n')
    env_python = {"WIRELINT_ACTION_PYTHON": str(fake_python)}
    temp = tmp_path / "runner-temp"
    temp.mkdir(exist_ok=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GITHUB_", "INPUT_", "RUNNER_"))}
    env.update({"GITHUB_ACTION_PATH": str(REPO), "GITHUB_WORKSPACE": str(workspace), "RUNNER_TEMP": str(temp),
                "WIRELINT_ACTION_VENV": str(venv), "INPUT_PATHS": "clean.txt", **env_python})
    r = subprocess.run(["bash", str(SCRIPT)], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "Installing wirelint" in r.stdout
    assert log.read_text(encoding="utf-8").split()[-1] == str(REPO)
