"""CI output formats: SARIF 2.1.0 (validated against the official schema) and GitHub Actions
workflow commands (parsed back as the runner would)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import unquote

import pytest
from click.testing import CliRunner

from wirelint.cli import main
from wirelint.registry import all_rules
from wirelint.reporters import github

REPO = Path(__file__).resolve().parents[1]
SCHEMA = REPO.parent / "shared" / "reference" / "sarif-schema-2.1.0.json"
if not SCHEMA.is_file():  # a worktree lives one level deeper than the main checkout
    SCHEMA = REPO.parent.parent / "shared" / "reference" / "sarif-schema-2.1.0.json"

TEXT = "Headline :\r\nWhy 😀 go ?\nHe said , fine.\n"


@pytest.fixture
def article(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "dir, with: odd%").mkdir()
    path = tmp_path / "dir, with: odd%" / "a b.txt"
    path.write_text(TEXT, encoding="utf-8", newline="")
    return path


def sarif(*args):
    res = CliRunner().invoke(main, ["check", "--output-format", "sarif", *args])
    return res, json.loads(res.stdout)


def test_sarif_validates_against_the_official_schema(article):
    jsonschema = pytest.importorskip("jsonschema", reason="jsonschema is in the test extras")
    if not SCHEMA.is_file():
        pytest.skip(f"SARIF schema not found at {SCHEMA} (shared/reference/sarif-schema-2.1.0.json)")
    res, log = sarif("dir, with: odd%/a b.txt")
    assert res.exit_code == 1
    jsonschema.validate(log, json.loads(SCHEMA.read_text(encoding="utf-8")))
    assert log["version"] == "2.1.0"
    (verdict,) = log["runs"][0]["properties"]["articles"]
    assert verdict["path"].endswith("a b.txt") and verdict["score_per_1000_words"] > 0


def test_sarif_rules_results_regions_and_fixes(article):
    _, log = sarif("dir, with: odd%/a b.txt")
    run = log["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == [r.code for r in all_rules()]
    wl301 = rules[[r["id"] for r in rules].index("WL301")]
    assert wl301["name"] == "space-before-punctuation"
    assert wl301["defaultConfiguration"]["level"] == "warning"
    assert "French" in wl301["fullDescription"]["text"] and wl301["help"]["text"]
    results = run["results"]
    assert len(results) == 3
    base = run["originalUriBaseIds"]["SRCROOT"]["uri"]
    assert base.startswith("file://") and base.endswith("/")
    for r in results:
        assert rules[r["ruleIndex"]]["id"] == r["ruleId"] == "WL301"
        loc = r["locations"][0]["physicalLocation"]
        assert loc["artifactLocation"]["uriBaseId"] == "SRCROOT"
        assert unquote(loc["artifactLocation"]["uri"]) == "dir, with: odd%/a b.txt"
        reg = loc["region"]
        flagged = TEXT[reg["charOffset"] : reg["charOffset"] + reg["charLength"]]
        lines = re.split(r"\r\n|\r|\n", TEXT)
        assert lines[reg["startLine"] - 1][reg["startColumn"] - 1 : reg["endColumn"] - 1] == flagged
        fix = r["fixes"][0]["artifactChanges"][0]["replacements"][0]
        assert fix["deletedRegion"] == reg and fix["insertedContent"]["text"] == flagged.strip()
    # the emoji counts as one code point: "?" after "go " on line 2
    second = results[1]["locations"][0]["physicalLocation"]["region"]
    assert (second["startLine"], second["startColumn"]) == (2, 9)


def test_sarif_uses_absolute_uris_outside_the_working_directory(tmp_path, monkeypatch):
    (tmp_path / "in").mkdir()
    (tmp_path / "out.txt").write_text("Hi , there\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path / "in")
    _, log = sarif("../out.txt")
    loc = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert "uriBaseId" not in loc and loc["uri"] == (tmp_path / "out.txt").as_uri()


COMMAND_RE = re.compile(r"^::(error|warning|notice) ([^:]*)::(.*)$")


def parse_command(line: str) -> tuple[str, dict, str]:
    """Read a workflow command back the way the runner does."""
    m = COMMAND_RE.match(line)
    assert m, line
    props = {}
    for part in m.group(2).split(","):
        key, _, value = part.partition("=")
        props[key] = unquote_command(value)
    return m.group(1), props, unquote_command(m.group(3))


def unquote_command(value: str) -> str:
    return value.replace("%0D", "\r").replace("%0A", "\n").replace("%3A", ":").replace("%2C", ",").replace("%25", "%")


def test_github_lines_parse_and_point_at_the_span(article):
    res = CliRunner().invoke(main, ["check", "--output-format", "github", "dir, with: odd%/a b.txt"])
    lines = res.stdout.splitlines()
    assert len(lines) == 3
    parsed = [parse_command(line) for line in lines]
    for level, props, message in parsed:
        assert level == "warning"
        assert props["file"] == "dir, with: odd%/a b.txt"
        assert props["title"] == "WL301"
        assert set(props) == {"file", "line", "col", "endLine", "endColumn", "title"}
        assert message.startswith("WL301 [*] Space before") and "\nhelp: remove the space" in message
    assert [(p["line"], p["col"], p["endColumn"]) for _, p, _ in parsed] == [("1", "9", "11"), ("2", "9", "11"), ("3", "8", "10")]


def test_github_escaping_and_levels():
    assert github.escape_data("100% done\r\nnext") == "100%25 done%0D%0Anext"
    assert github.escape_property("a:b,c%") == "a%3Ab%2Cc%25"
    from wirelint.finding import Finding, Severity

    f = Finding("x.txt", "WL301", "n", "c", Severity.INFO, "m", None, 0, 1, 1, 1, 1, 2)
    assert github.command(f).startswith("::notice ")
    assert github.LEVELS[Severity.ERROR] == "error"


def test_github_is_the_default_on_actions(article, monkeypatch):
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    res = CliRunner().invoke(main, ["check", "dir, with: odd%/a b.txt"])
    assert res.stdout.startswith("::warning file=dir%2C with%3A odd%25/a b.txt,line=1,col=9,")
