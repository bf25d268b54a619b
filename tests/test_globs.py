"""One path matcher (wirelint.globs) for exclude/include, per-file-ignores, suppressions and
.gitignore: gitignore semantics, and no backtracking on hostile patterns."""

import subprocess
import sys
import time

import pytest

from wirelint.globs import GlobError, PathSpec, compile_glob, matches_path


@pytest.mark.parametrize(
    "pattern, path, is_dir, expected",
    [
        ("*.txt", "a.txt", False, True),
        ("*.txt", "wire/sub/a.txt", False, True),  # no slash: any depth
        ("wire/*.txt", "wire/a.txt", False, True),
        ("wire/*.txt", "wire/sub/a.txt", False, False),  # * never crosses a slash
        ("wire/**/a.txt", "wire/a.txt", False, True),
        ("wire/**/a.txt", "wire/x/y/a.txt", False, True),
        ("**/drafts", "x/y/drafts", True, True),
        ("/notes.md", "notes.md", False, True),
        ("/notes.md", "sub/notes.md", False, False),  # anchored
        ("build/", "build", True, True),
        ("build/", "build", False, False),  # folders only
        ("a?c.txt", "abc.txt", False, True),
        ("[abc].txt", "b.txt", False, True),
        ("[!abc].txt", "b.txt", False, False),
        ("[z-a].txt", "m.txt", False, False),  # a reversed range matches nothing (no error)
        ("[.txt", "[.txt", False, True),  # an unclosed bracket is literal
        ("\\*.txt", "*.txt", False, True),
        ("\\*.txt", "a.txt", False, False),
    ],
)
def test_gitignore_semantics(pattern, path, is_dir, expected):
    assert compile_glob(pattern).match(path, is_dir) is expected


def test_negation_and_excluded_folders():
    spec = PathSpec(["*.txt", "!keep.txt", "drafts/"])
    assert spec.excludes("a.txt")
    assert not spec.excludes("keep.txt")
    assert spec.excludes("drafts/keep.txt")  # a file in an excluded folder stays excluded
    assert not spec.excludes("a.md")
    # comments and blank lines are no patterns
    assert not PathSpec(["# *.md", "", "   "])


def test_named_folder_is_not_judged():
    spec = PathSpec(["drafts/"])
    assert spec.excludes("drafts/ex.txt")
    assert not spec.excludes("drafts/ex.txt", start=1)


def test_per_file_glob_covers_files_in_a_folder():
    assert matches_path("drafts/", "drafts/a/b.txt")
    assert matches_path("wire/*.txt", "wire/a.txt")
    assert not matches_path("wire/*.txt", "wire/sub/a.txt")
    assert matches_path("*.md", "deep/er/x.md")


def test_empty_pattern_is_an_error():
    with pytest.raises(GlobError):
        compile_glob("!")
    with pytest.raises(GlobError):
        compile_glob("/")


@pytest.mark.parametrize(
    "pattern, name",
    [
        ("*a*a*a*a*a*a*a*b", "a" * 240),
        ("**/**/**/**/**/**/nomatch/", "/".join(["d"] * 60)),
        ("*" * 50 + "b", "a" * 500),
    ],
)
def test_no_backtracking(pattern, name):
    g = compile_glob(pattern)
    t = time.perf_counter()
    for _ in range(20):
        assert not g.match(name, True)
    assert time.perf_counter() - t < 2.0  # exponential backtracking would take minutes


def test_hostile_exclude_from_the_command_line(tmp_path):
    deep = tmp_path
    for _ in range(25):
        deep = deep / "d"
    deep.mkdir(parents=True)
    (deep / ("a" * 200 + ".txt")).write_text("The talks ended on Thursday.\n", encoding="utf-8")
    (tmp_path / "wirelint.toml").write_text(
        'exclude = ["*a*a*a*a*a*a*a*b", "**/**/**/**/**/**/nomatch/"]\n', encoding="utf-8"
    )
    t = time.perf_counter()
    run = subprocess.run([sys.executable, "-m", "wirelint", "check", "."], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert time.perf_counter() - t < 60
