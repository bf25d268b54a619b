"""wirelint-ignore.toml and [tool.wirelint.suppressions]: silence exactly one finding, report
unused entries (WL901), validate with one-line errors, and --add-suppressions."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from wirelint.cli import main
from wirelint.ignorefile import parse_ignore_text, toml_string

ARTICLE = "Headline : Choïgu visits\nThey said , fine.\nOthers , too.\n"


def run(*args):
    res = CliRunner().invoke(main, ["check", "--output-format", "json", "--select", "WL301,WL901", *args])
    data = json.loads(res.stdout) if res.stdout.strip().startswith("{") else None
    return res, data


@pytest.fixture
def archive(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "articles" / "2024"
    folder.mkdir(parents=True)
    (folder / "putin.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "other.txt").write_text("Plain , copy.\n", encoding="utf-8")
    return tmp_path


def entry(path, code, text, reason="quoted French headline"):
    return f'[[suppress]]\npath = "{path}"\ncode = "{code}"\ntext = {toml_string(text)}\nreason = "{reason}"\n'


def test_sidecar_silences_exactly_its_finding(archive):
    _, before = run("articles")
    spans = sorted((f["path"], f["line"]) for f in before["findings"])
    assert spans == [("articles/2024/other.txt", 1), ("articles/2024/putin.txt", 1), ("articles/2024/putin.txt", 2), ("articles/2024/putin.txt", 3)]
    (archive / "wirelint-ignore.toml").write_text(entry("articles/2024/putin.txt", "WL301", " :"), encoding="utf-8")
    res, after = run("articles")
    assert res.exit_code == 1
    left = sorted((f["path"], f["line"]) for f in after["findings"])
    assert left == [("articles/2024/other.txt", 1), ("articles/2024/putin.txt", 2), ("articles/2024/putin.txt", 3)]


def test_entry_matches_text_code_and_path(archive):
    text = entry("articles/2024/putin.txt", "space-before-punctuation", " ,") + "\n" + entry("*.txt", "WL301", " :")
    (archive / "wirelint-ignore.toml").write_text(text, encoding="utf-8")
    _, data = run("articles")
    left = sorted((f["path"], f["line"]) for f in data["findings"] if f["code"] == "WL301")
    # " ," silenced twice in putin.txt (same text), " :" by the name glob; other.txt's " ," stays
    assert left == [("articles/2024/other.txt", 1)]


def test_unused_entry_is_reported_at_its_line(archive):
    text = entry("articles/2024/putin.txt", "WL301", " :") + "\n" + entry("articles/2024/*.txt", "WL301", " !", "stale")
    (archive / "wirelint-ignore.toml").write_text(text, encoding="utf-8")
    _, data = run("articles")
    unused = [f for f in data["findings"] if f["code"] == "WL901"]
    assert len(unused) == 1
    assert unused[0]["path"] == "wirelint-ignore.toml" and unused[0]["line"] == 7
    assert "“ !”" in unused[0]["message"]
    # not reported when WL901 is not selected, nor when the entry's files were not linted
    _, data = run("--ignore", "WL901", "articles")
    assert not [f for f in data["findings"] if f["code"] == "WL901"]
    (archive / "elsewhere.txt").write_text("Fine copy.\n", encoding="utf-8")
    _, data = run("elsewhere.txt")
    assert data["findings"] == []
    # nor when the entry's own rule did not run
    _, data = run("--ignore", "WL301", "articles")
    assert data["findings"] == []


def test_config_table_and_nearest_config(archive):
    (archive / "pyproject.toml").write_text(
        '[tool.wirelint]\nselect = ["WL301", "WL901"]\n\n'
        '[[tool.wirelint.suppressions]]\npath = "articles/**"\ncode = "WL301"\ntext = " ,"\nreason = "house style"\n\n'
        '[[tool.wirelint.suppressions]]\npath = "nowhere/*.txt"\ncode = "WL301"\nreason = "unused but out of reach"\n',
        encoding="utf-8",
    )
    _, data = run("articles")
    assert [(f["path"], f["line"]) for f in data["findings"]] == [("articles/2024/putin.txt", 1)]


@pytest.mark.parametrize(
    "body, message",
    [
        ('[[suppress]]\npath = "a.txt"\ncode = "WL301"\n', "wirelint-ignore.toml: key 'suppress[0].reason': required"),
        ('[[suppress]]\npath = "a.txt"\ncode = "WL301"\nreason = " "\n', "key 'suppress[0].reason': must not be empty"),
        ('[[suppress]]\npath = "a.txt"\ncode = "WL777"\nreason = "x"\n', "key 'suppress[0].code': unknown rule 'WL777'"),
        ('[[suppress]]\npath = "a.txt"\ncode = "WL301"\nreason = "x"\nline = 3\n', "key 'suppress[0].line': unknown key"),
        ('[[suppress]]\npath = 3\ncode = "WL301"\nreason = "x"\n', "key 'suppress[0].path': expected a string"),
        ('[ignore]\nx = 1\n', "key 'ignore': unknown key"),
        ('[[suppress]\n', "invalid TOML"),
    ],
)
def test_invalid_ignore_file_is_a_one_line_error(archive, body, message):
    (archive / "wirelint-ignore.toml").write_text(body, encoding="utf-8")
    res, _ = run("articles")
    assert res.exit_code == 2
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0] and "wirelint-ignore.toml" in lines[0]


def test_add_suppressions_merges_and_then_silences(archive):
    kept = "# accepted by the desk\n" + entry("articles/2024/putin.txt", "WL301", " :")
    (archive / "wirelint-ignore.toml").write_text(kept, encoding="utf-8")
    res = CliRunner().invoke(main, ["check", "--select", "WL301,WL901", "--add-suppressions", "articles"])
    assert res.exit_code == 0, res.output
    text = (archive / "wirelint-ignore.toml").read_text(encoding="utf-8")
    assert text.startswith(kept)  # what was there is kept byte for byte
    entries = parse_ignore_text(text, archive / "wirelint-ignore.toml")
    # one entry per place: putin.txt has two spaces before a comma, each pinned by its context
    assert sorted((e.path, e.text, e.reason) for e in entries) == [
        ("articles/2024/other.txt", " ,", "TODO: reason"),
        ("articles/2024/putin.txt", " ,", "TODO: reason"),
        ("articles/2024/putin.txt", " ,", "TODO: reason"),
        ("articles/2024/putin.txt", " :", "quoted French headline"),
    ]
    assert all(e.context and e.text in e.context for e in entries if e.reason == "TODO: reason")
    res, data = run("articles")
    assert res.exit_code == 0 and data["findings"] == []
    again = CliRunner().invoke(main, ["check", "--select", "WL301,WL901", "--add-suppressions", "articles"])
    assert again.exit_code == 0 and "no new suppressions" in again.stderr
    assert (archive / "wirelint-ignore.toml").read_text(encoding="utf-8") == text


def test_add_suppressions_creates_the_file_with_escaped_text(archive):
    (archive / "articles" / "2024" / "odd [1].txt").write_text('Say "hi"\t, then\u00a0: go\n', encoding="utf-8")
    res = CliRunner().invoke(main, ["check", "--select", "WL301,WL901", "--add-suppressions", "articles/2024/odd [1].txt"])
    assert res.exit_code == 0, res.output
    path = archive / "wirelint-ignore.toml"
    entries = parse_ignore_text(path.read_text(encoding="utf-8"), path)
    assert sorted(e.text for e in entries) == ["\t,", "\u00a0:"]
    assert all(e.path == "articles/2024/odd [[]1].txt" for e in entries)
    _, data = run("articles/2024/odd [1].txt")
    assert data["findings"] == []


def test_suppressed_findings_are_not_fixed(archive):
    (archive / "wirelint-ignore.toml").write_text(entry("articles/2024/putin.txt", "WL301", " :"), encoding="utf-8")
    res = CliRunner().invoke(main, ["check", "--select", "WL301", "--fix", "articles/2024/putin.txt"])
    assert res.exit_code == 0, res.output
    fixed = (archive / "articles" / "2024" / "putin.txt").read_text(encoding="utf-8")
    assert fixed == "Headline : Choïgu visits\nThey said, fine.\nOthers, too.\n"


def test_unused_inline_comment_is_reported(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(
        "<!-- wirelint: disable-next-line WL301 -->\nClean copy, nothing to hide.\n"
        "<!-- wirelint: disable-next-line WL301 -->\nThey said , fine.\n",
        encoding="utf-8",
    )
    _, data = run("a.txt")
    assert [(f["code"], f["line"]) for f in data["findings"]] == [("WL901", 1)]


def test_added_entry_is_pinned_to_its_place(archive):
    """Accepting one space before a comma must not silence a new one written later elsewhere."""
    article = archive / "articles" / "2024" / "other.txt"
    res = CliRunner().invoke(main, ["check", "--select", "WL301", "--add-suppressions", str(article.relative_to(archive))])
    assert res.exit_code == 0, res.output
    res, data = run("articles/2024/other.txt")
    assert data["findings"] == []
    article.write_text("Plain , copy.\nA new line , written later.\n", encoding="utf-8")
    res, data = run("articles/2024/other.txt")
    assert [(f["line"], f["code"]) for f in data["findings"]] == [(2, "WL301")]


def test_context_must_contain_the_text(archive):
    (archive / "wirelint-ignore.toml").write_text(
        '[[suppress]]\npath = "a.txt"\ncode = "WL301"\ntext = " ,"\ncontext = "no comma here"\nreason = "x"\n', encoding="utf-8")
    res, _ = run("articles")
    assert res.exit_code == 2 and "context': must contain the entry's text" in res.stderr
