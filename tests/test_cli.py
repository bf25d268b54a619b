"""The real command line, run as a subprocess: formats, selection, exit codes and bad input."""

from __future__ import annotations

import json

import pytest


ARTICLE = "Officials met on Monday , the ministry said. Talks went on.\n"


@pytest.fixture
def article(tmp_path):
    p = tmp_path / "article.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    return p


def test_seed_article_full_output_and_exit_1(cli, seed_path):
    r = cli("check", "--output-format", "full", str(seed_path))
    assert r.code == 1
    assert "WL301 [*] warning: Space before comma" in r.out
    assert "others , said" in r.out
    assert "help: remove the space" in r.out
    tail = r.out.rstrip().splitlines()[-2:]
    assert any(line.startswith("Found ") for line in tail)  # the closing line (wrapped at 80)


def test_full_output_caret_sits_under_the_span(cli, article):
    r = cli("check", "--output-format", "full", str(article))
    lines = r.out.splitlines()
    src = next(i for i, l in enumerate(lines) if "Monday , the" in l)
    col = lines[src].index(" , the")
    assert lines[src + 1].index("^^") == col


def test_json_contract(cli, article):
    r = cli("check", "--output-format", "json", str(article))
    assert r.code == 1
    data = r.json()
    assert data["version"] == 1
    (f,) = data["findings"]
    for key in ("path", "code", "name", "category", "severity", "message", "help", "start", "end",
                "line", "column", "end_line", "end_column", "fix"):
        assert key in f
    assert ARTICLE[f["start"] : f["end"]] == " ,"
    assert (f["line"], f["column"], f["end_line"], f["end_column"]) == (1, 24, 1, 26)
    assert f["fix"]["replacement"] == ","
    assert data["summary"]["findings"] == 1


def test_concise_output(cli, article):
    r = cli("check", "--output-format", "concise", str(article))
    assert r.out.strip().splitlines() == [
        f"{article}:1:24: warning: WL301 [*] Space before comma (French typography)",
        "Found 1 finding in 1 file ([*] 1 fixable with --fix).",
    ]


def test_safe_and_unsafe_fixes_are_marked_and_counted_apart(cli, tmp_path):
    """[*] only for what --fix applies; [-] for fixes that need --unsafe-fixes, counted apart
    ("N fixable" used to count both while --fix applied only the safe ones)."""
    p = tmp_path / "a.txt"
    p.write_text("Officials met , the ministry said.\n\nBack to top button\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("A clean line here.\n", encoding="utf-8")
    r = cli("check", "--output-format", "concise", str(p), str(tmp_path / "b.txt"))
    lines = r.out.strip().splitlines()
    assert any(": warning: WL301 [*] " in l for l in lines)
    assert any(": warning: WL401 [-] " in l for l in lines)
    assert lines[-1] == "Found 2 findings in 1 of 2 files ([*] 1 fixable with --fix; [-] 1 more with --fix --unsafe-fixes)."
    data = cli("check", "--output-format", "json", str(p)).json()["summary"]
    assert (data["fixable"], data["fixable_safe"]) == (2, 1)
    stats = cli("check", "--statistics", "--output-format", "concise", str(p)).out
    assert "WL301\t[*]" in stats and "WL401\t[-]" in stats


def test_full_output_wraps_long_messages_on_words_with_a_hanging_indent(cli, tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Officials met , the ministry said.\n", encoding="utf-8")
    import os

    env = dict(os.environ, COLUMNS="40")
    r = cli("check", "--output-format", "full", str(p), env=env)
    lines = r.out.splitlines()
    assert all(len(l) <= 40 for l in lines if " --> " not in l), lines  # the path line is the path
    first = next(i for i, l in enumerate(lines) if l.startswith("WL301"))
    cont = lines[first + 1]
    assert cont.startswith(" " * len("WL301 [*] warning: ")) and cont.strip()  # hanging indent
    words = " ".join(l.strip() for l in lines[first : first + 2])
    assert "Space before comma" in words  # no word cut in two


def test_exit_zero_and_clean_file(cli, article, tmp_path):
    assert cli("check", "--exit-zero", str(article)).code == 0
    clean = tmp_path / "clean.txt"
    clean.write_text("Officials met on Monday, the ministry said.\n", encoding="utf-8")
    r = cli("check", str(clean))
    assert r.code == 0 and r.out == ""


def test_stdin_reports_stdin_path(cli):
    r = cli("check", "--output-format", "json", "-", stdin=ARTICLE.encode())
    assert r.code == 1
    assert r.json()["findings"][0]["path"] == "<stdin>"


@pytest.mark.parametrize("sel", ["WL3", "WL301", "space-before-punctuation", "ALL"])
def test_select_by_prefix_code_name(cli, article, sel):
    r = cli("check", "--select", sel, "--output-format", "json", str(article))
    assert [f["code"] for f in r.json()["findings"]] == ["WL301"]


def test_ignore(cli, article):
    r = cli("check", "--ignore", "WL301", str(article))
    assert r.code == 0


@pytest.mark.parametrize("opt", ["--select", "--ignore", "--extend-select"])
def test_unknown_code_is_usage_error(cli, article, opt):
    r = cli("check", opt, "WL999", str(article))
    assert r.code == 2
    assert "unknown rule code or name 'WL999'" in r.err
    assert "Traceback" not in r.err


def test_statistics(cli, article):
    r = cli("check", "--statistics", "--output-format", "concise", str(article))
    assert "1\tWL301\t[*] space-before-punctuation" in r.out


def test_directory_recursion_and_include(cli, tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a" / "two.md").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a" / "skip.py").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text(ARTICLE, encoding="utf-8")
    r = cli("check", "--output-format", "json", str(tmp_path))
    paths = sorted(f["path"].split("/")[-1] for f in r.json()["findings"])
    assert paths == ["one.txt", "two.md"]


# --- bad input: one line on stderr naming the file, exit 2, other files still linted ---------

def _bad(cli, tmp_path, name, data: bytes, *extra):
    bad = tmp_path / name
    bad.write_bytes(data)
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    r = cli("check", "--output-format", "json", *extra, str(bad), str(good))
    return r, bad


def test_missing_path(cli, article):
    r = cli("check", "--output-format", "json", "nope/missing.txt", str(article))
    assert r.code == 2
    assert r.err.strip() == "wirelint: error: nope/missing.txt: no such file or directory"
    assert len(r.json()["findings"]) == 1  # the other file is still linted


def test_binary_file(cli, tmp_path):
    r, bad = _bad(cli, tmp_path, "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00")
    assert r.code == 2
    assert f"{bad}: binary file" in r.err and len(r.err.strip().splitlines()) == 1
    assert len(r.json()["findings"]) == 1


def test_nul_bytes(cli, tmp_path):
    r, bad = _bad(cli, tmp_path, "nul.txt", b"text\x00more")
    assert r.code == 2
    assert "NUL byte at byte offset 4" in r.err


def test_invalid_utf8_reports_byte_offset(cli, tmp_path):
    r, bad = _bad(cli, tmp_path, "latin.txt", "Caf\u00e9 , ok".encode("cp1252"))
    assert r.code == 2
    assert f"{bad}: invalid UTF-8 at byte offset 3" in r.err
    assert "--encoding" in r.err


def test_encoding_override(cli, tmp_path):
    p = tmp_path / "latin.txt"
    p.write_bytes("Caf\u00e9 , ok".encode("cp1252"))
    r = cli("check", "--encoding", "cp1252", "--output-format", "json", str(p))
    assert r.code == 1
    assert r.json()["findings"][0]["start"] == 4


def test_empty_file_is_not_an_error(cli, tmp_path):
    p = tmp_path / "empty.txt"
    p.write_bytes(b"")
    r = cli("check", str(p))
    assert r.code == 0
    assert "empty file" in r.err


def test_directory_with_nothing_to_lint(cli, tmp_path):
    (tmp_path / "code.py").write_text("x = 1\n")
    r = cli("check", str(tmp_path))
    assert r.code == 2
    assert "no files to lint" in r.err


def test_file_over_size_limit(cli, tmp_path):
    (tmp_path / "wirelint.toml").write_text("max-file-size = 100\n")
    p = tmp_path / "big.txt"
    p.write_text("word " * 100, encoding="utf-8")
    r = cli("check", str(p), cwd=tmp_path)
    assert r.code == 2
    assert "over the" in r.err and "limit" in r.err and "Traceback" not in r.err


@pytest.mark.parametrize(
    "data, line, column",
    [
        (b"\xef\xbb\xbfFirst line.\r\nOfficials met , then left.\r\n", 2, 14),
        (b"First line.\rOfficials met , then left.\r", 2, 14),
        (b"First line.\nOfficials met , then left.\n", 2, 14),
    ],
    ids=["bom-crlf", "cr", "lf"],
)
def test_bom_and_line_endings(cli, tmp_path, data, line, column):
    p = tmp_path / "a.txt"
    p.write_bytes(data)
    r = cli("check", "--output-format", "json", str(p))
    (f,) = r.json()["findings"]
    assert (f["line"], f["column"]) == (line, column)


def test_utf16_with_bom(cli, tmp_path):
    p = tmp_path / "u16.txt"
    p.write_bytes("Officials met , then left.\n".encode("utf-16"))
    r = cli("check", "--output-format", "json", str(p))
    assert r.code == 1 and r.json()["findings"][0]["start"] == 13


def test_bad_config_names_file_and_key(cli, tmp_path, article):
    cfg = tmp_path / "wirelint.toml"
    for body, needle in [
        ("selekt = ['WL301']\n", "key 'selekt': unknown key"),
        ("select = ['WL999']\n", "key 'select': unknown rule code or name 'WL999'"),
        ("select = 3\n", "key 'select': expected a list of strings"),
        ("select = [\n", "invalid TOML"),
        ("[severity]\nWL301 = 'fatal'\n", "unknown severity"),
        ("[rules.WL301]\nnope = 1\n", "unknown option"),
    ]:
        cfg.write_text(body)
        r = cli("check", str(article), cwd=tmp_path)
        assert r.code == 2, body
        assert str(cfg) in r.err or "wirelint.toml" in r.err
        assert needle in r.err, (body, r.err)
        assert len(r.err.strip().splitlines()) == 1 and "Traceback" not in r.err


def test_config_in_pyproject_and_cli_override(cli, tmp_path, article):
    (tmp_path / "pyproject.toml").write_text("[tool.wirelint]\nignore = ['WL301']\n")
    assert cli("check", str(article), cwd=tmp_path).code == 0
    r = cli("check", "--select", "WL301", "--output-format", "json", str(article), cwd=tmp_path)
    assert r.code == 0, "config ignore still applies after --select (ruff semantics)"


def test_nearest_config_wins(cli, tmp_path):
    (tmp_path / "wirelint.toml").write_text("select = ['WL301']\n")
    sub = tmp_path / "desk"
    sub.mkdir()
    (sub / "wirelint.toml").write_text("ignore = ['WL301']\n")
    (sub / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ARTICLE, encoding="utf-8")
    r = cli("check", "--output-format", "json", str(tmp_path))
    assert [f["path"].split("/")[-1] for f in r.json()["findings"]] == ["b.txt"]


def test_per_file_ignores_and_severity(cli, tmp_path):
    (tmp_path / "wirelint.toml").write_text(
        "[per-file-ignores]\n'archive/*.txt' = ['WL3']\n[severity]\nWL301 = 'error'\n"
    )
    (tmp_path / "archive").mkdir()
    (tmp_path / "archive" / "old.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "new.txt").write_text(ARTICLE, encoding="utf-8")
    r = cli("check", "--output-format", "json", ".", cwd=tmp_path)
    found = r.json()["findings"]
    assert [f["path"] for f in found] == ["new.txt"] or [f["path"] for f in found] == ["./new.txt"]
    assert found[0]["severity"] == "error"


def test_exclude_gitignore_style(cli, tmp_path):
    (tmp_path / "wirelint.toml").write_text("exclude = ['drafts/', '*.tmp.txt', '/top.txt']\n")
    for rel in ["drafts/a.txt", "keep/b.txt", "keep/c.tmp.txt", "top.txt", "keep/top.txt"]:
        p = tmp_path / rel
        p.parent.mkdir(exist_ok=True)
        p.write_text(ARTICLE, encoding="utf-8")
    r = cli("check", "--output-format", "json", ".", cwd=tmp_path)
    names = sorted(f["path"].removeprefix("./") for f in r.json()["findings"])
    assert names == ["keep/b.txt", "keep/top.txt"]


def test_suppression_comments(cli, tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(
        "One , two.\n<!-- wirelint: disable-next-line WL301 -->\nThree , four.\n"
        "<!-- wirelint: disable -->\nFive , six.\n<!-- wirelint: enable -->\nSeven , eight.\n",
        encoding="utf-8",
    )
    r = cli("check", "--output-format", "json", str(p))
    assert [f["line"] for f in r.json()["findings"]] == [1, 7]


def test_rules_and_rule_commands(cli):
    r = cli("rules")
    assert r.code == 0 and "WL301" in r.out and "space-before-punctuation" in r.out
    data = json.loads(cli("rules", "--output-format", "json").out)
    assert {"code", "name", "category", "severity", "fix", "default", "summary"} <= set(data[0])
    r = cli("rule", "WL301")
    assert r.code == 0 and "Bad:" in r.out and "Good:" in r.out and "Fixed:" in r.out and "French" in r.out
    r = cli("rule", "WL999")
    assert r.code == 2 and "unknown rule" in r.err


def test_unknown_output_format(cli, article):
    r = cli("check", "--output-format", "xml", str(article))
    assert r.code == 2 and "unknown output format" in r.err


def test_rules_that_need_languagetool_say_so(cli, article):
    r = cli("check", "--select", "WL601", str(article))
    assert r.code == 0
    assert "WL601 needs a LanguageTool server and none is configured" in r.err
    listing = cli("rules").out
    assert "WL601" in listing and "on*" in listing and "[tool.wirelint.languagetool]" in listing
    data = json.loads(cli("rules", "--output-format", "json").out)
    assert {d["code"] for d in data if d["needs"] == "languagetool"} >= {"WL601", "WL602"}
    assert "needs a LanguageTool server" in cli("rule", "WL601").out.splitlines()[0]
    # a default run (LanguageTool rules selected only by default) says nothing about it
    assert "LanguageTool" not in cli("check", str(article)).err


def test_help_lists_every_format_and_no_phantom_option(cli):
    from wirelint.reporters import available

    text = cli("check", "--help").out
    assert "--help-formats" not in text
    for fmt in available():
        assert fmt in text


def test_summary_only_json_has_no_findings_but_counts_them(cli, article):
    data = cli("check", "--summary-only", "--output-format", "json", str(article)).json()
    assert data["findings"] == [] and data["summary"]["findings"] >= 1
    assert data["summary"]["articles"][0]["path"].endswith("article.txt")


def test_jsonl_refuses_a_text_format(cli):
    r = cli("check", "--input-format", "jsonl", "--output-format", "full", "-", stdin=b'{"id": 1, "text": "a , b"}\n')
    assert r.code == 2 and "does not apply" in r.err


@pytest.mark.parametrize("columns", ["80", "130"])
def test_summary_only_table_fits_the_terminal_and_never_breaks_words(cli, tmp_path, columns):
    import os

    folder = tmp_path / "a-rather-long-folder-name-for-the-desk" / "incoming-wire-copy"
    folder.mkdir(parents=True)
    for i in range(3):
        (folder / f"article-number-{i}-about-the-summit-in-geneva.txt").write_text(ARTICLE * 3, encoding="utf-8")
    r = cli("check", "--summary-only", "--output-format", "full", str(folder), env=dict(os.environ, COLUMNS=columns))
    lines = [l for l in r.out.splitlines() if l.strip()]
    assert all(len(l) <= int(columns) for l in lines), lines
    rows = [l for l in lines if l.startswith(("article-number", "…"))]
    assert len(rows) == 3  # one line per article: nothing wrapped onto a second line
    assert all(("clean" in l or "uncertain" in l or "translated" in l) for l in rows)
