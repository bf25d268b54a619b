"""Which files a run lints: excludes and .gitignore with gitignore semantics, files named on
the command line (linted unless --force-exclude, as ruff does), one matcher everywhere."""

from __future__ import annotations

import subprocess

ARTICLE = "Officials met on Monday , the ministry said. Talks went on.\n"


def _write(root, *rels):
    for rel in rels:
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(ARTICLE, encoding="utf-8")


def _paths(r):
    return sorted(f["path"].removeprefix("./") for f in r.json()["findings"])


def test_named_excluded_file_is_linted_unless_force_exclude(cli, tmp_path):
    (tmp_path / "wirelint.toml").write_text("exclude = ['drafts/']\n")
    _write(tmp_path, "drafts/ex.txt")
    r = cli("check", "--output-format", "json", "drafts/ex.txt", cwd=tmp_path)
    assert r.code == 1 and _paths(r) == ["drafts/ex.txt"]
    r = cli("check", "--force-exclude", "drafts/ex.txt", cwd=tmp_path)
    assert r.code == 0
    assert "drafts/ex.txt: excluded by the configuration" in r.err


def test_named_excluded_folder_is_linted_and_never_called_empty(cli, tmp_path):
    (tmp_path / "wirelint.toml").write_text("exclude = ['drafts/']\n")
    _write(tmp_path, "drafts/ex.txt", "drafts/sub/b.txt")
    r = cli("check", "--output-format", "json", "drafts", cwd=tmp_path)
    assert _paths(r) == ["drafts/ex.txt", "drafts/sub/b.txt"]
    r = cli("check", "--force-exclude", "drafts", cwd=tmp_path)
    assert r.code == 0 and "excluded by the configuration" in r.err
    assert "no .txt" not in r.err and "looked for" not in r.err


def test_folder_whose_files_are_all_excluded_says_so(cli, tmp_path):
    (tmp_path / "wirelint.toml").write_text("exclude = ['*.txt']\n")
    _write(tmp_path, "wire/a.txt")
    r = cli("check", "wire", cwd=tmp_path)
    assert r.code == 2
    assert "1 matching" in r.err and "excluded" in r.err


def test_same_glob_semantics_for_exclude_and_per_file_ignores(cli, tmp_path):
    (tmp_path / "wirelint.toml").write_text("exclude = ['wire/*.txt']\n[per-file-ignores]\n'desk/*.txt' = ['WL301']\n")
    _write(tmp_path, "wire/a.txt", "wire/sub/a.txt", "desk/a.txt", "desk/sub/a.txt")
    r = cli("check", "--output-format", "json", ".", cwd=tmp_path)
    # wire/*.txt excludes wire/a.txt only; desk/*.txt ignores WL301 in desk/a.txt only
    assert _paths(r) == ["desk/sub/a.txt", "wire/sub/a.txt"]


def test_negation_in_exclude(cli, tmp_path):
    (tmp_path / "wirelint.toml").write_text("exclude = ['*.txt', '!keep.txt']\n")
    _write(tmp_path, "a.txt", "keep.txt")
    r = cli("check", "--output-format", "json", ".", cwd=tmp_path)
    assert _paths(r) == ["keep.txt"]


def test_gitignore_is_honoured_with_a_switch(cli, tmp_path):
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    (tmp_path / ".gitignore").write_text("build/\n*.log.txt\n")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / ".gitignore").write_text("local.txt\n")
    _write(tmp_path, "build/a.txt", "x.log.txt", "sub/local.txt", "sub/kept.txt", "top.txt")
    r = cli("check", "--output-format", "json", ".", cwd=tmp_path)
    assert _paths(r) == ["sub/kept.txt", "top.txt"]
    r = cli("check", "--output-format", "json", "--no-respect-gitignore", ".", cwd=tmp_path)
    assert len(_paths(r)) == 5
    (tmp_path / "wirelint.toml").write_text("respect-gitignore = false\n")
    r = cli("check", "--output-format", "json", ".", cwd=tmp_path)
    assert len(_paths(r)) == 5


def test_bad_glob_in_config_is_one_line_exit_2(cli, tmp_path):
    (tmp_path / "wirelint.toml").write_text("exclude = ['!']\n")
    _write(tmp_path, "a.txt")
    r = cli("check", "a.txt", cwd=tmp_path)
    assert r.code == 2
    assert "Traceback" not in r.err
    assert "wirelint.toml: key 'exclude'" in r.err


def test_reversed_range_is_no_crash(cli, tmp_path):
    (tmp_path / "wirelint.toml").write_text("exclude = ['[z-a].txt']\n")
    _write(tmp_path, "a.txt")
    r = cli("check", ".", cwd=tmp_path)
    assert r.code == 1 and "Traceback" not in r.err


def test_uncaught_exception_is_one_line_exit_2(tmp_path):
    """A bug anywhere ends in one line naming where it happened, exit 2; WIRELINT_DEBUG=1 shows
    the traceback. The bug is planted through a sitecustomize that breaks the file walk."""
    import os
    import sys

    (tmp_path / "sitecustomize.py").write_text(
        "import wirelint.files as f\n"
        "def boom(*a, **k):\n    raise RuntimeError('planted failure')\n"
        "f.collect = boom\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(tmp_path))
    r = subprocess.run([sys.executable, "-m", "wirelint", "check", "a.txt"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60)
    assert r.returncode == 2
    assert r.stderr.count("\n") == 1 and "Traceback" not in r.stderr
    assert "internal error" in r.stderr and "RuntimeError: planted failure" in r.stderr
    env["WIRELINT_DEBUG"] = "1"
    r = subprocess.run([sys.executable, "-m", "wirelint", "check", "a.txt"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and "Traceback" in r.stderr
