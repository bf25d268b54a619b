"""``wirelint server``, driven as an editor drives it: a subprocess and a JSON-RPC client
(tests/lsp_client.py) exchanging real LSP messages."""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

import pytest

pytest.importorskip("pygls", reason="the server extra (pygls) is not installed")

from lsp_client import LSPClient, apply_edits, wait_until  # noqa: E402
from wirelint.editor import Positions, fix_all, minimal_edit  # noqa: E402

SEED = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seed-article.txt"


@pytest.fixture
def client(tmp_path):
    made = []

    def make(options=None, encodings=None, env=None):
        c = LSPClient(cwd=tmp_path, env=env)
        made.append(c)
        c.init = c.initialize(tmp_path, options, encodings)
        return c

    yield make
    for c in made:
        c.kill()


def cli_findings(cli, path: Path, cwd: Path):
    return cli("check", "--output-format", "json", str(path), cwd=cwd).json()["findings"]


# --- positions (no server) ---------------------------------------------------------------------
def test_positions_count_utf16_units_and_every_line_break():
    text = "a😀b\r\nc\rd\n😀😀x"
    p = Positions(text)
    assert p.position(text.index("b")) == (0, 3)  # the emoji is two UTF-16 units
    assert p.position(text.index("c")) == (1, 0)
    assert p.position(text.index("d")) == (2, 0)
    assert p.position(text.index("x")) == (3, 4)
    assert Positions(text, "utf-8").position(text.index("x")) == (3, 8)
    assert Positions(text, "utf-32").position(text.index("x")) == (3, 2)
    for offset in range(len(text) + 1):
        if text[offset - 1 : offset + 1] == "\r\n":
            continue  # between CR and LF is not a place an editor can name
        assert p.offset(*p.position(offset)) == offset
    assert p.offset(0, 99) == text.index("\r")  # past the end of a line: the end of that line
    assert p.offset(99, 0) == len(text)


def test_minimal_edit_and_fix_all():
    assert minimal_edit("abcdef", "abXYef") == (2, 4, "XY")
    assert minimal_edit("same", "same") == (4, 4, "")
    from wirelint.api import lint_text

    text = "Officials said , on Monday , that talks went on.\n"
    fixed = fix_all(text, lint_text(text), lint_text)
    assert fixed == "Officials said, on Monday, that talks went on.\n"


# --- through the protocol ----------------------------------------------------------------------
def test_seed_article_findings_at_the_right_places_and_a_safe_fix(client, cli, tmp_path):
    if not SEED.exists():
        pytest.skip("the shared seed article is not beside the repository")
    path = tmp_path / "seed-article.txt"
    shutil.copy(SEED, path)
    text = path.read_text(encoding="utf-8")
    c = client()
    assert c.init["capabilities"]["positionEncoding"] == "utf-16"
    uri = c.open(path, text)
    published = c.diagnostics(uri, version=1)
    expected = cli_findings(cli, path, tmp_path)
    pos = Positions(text)
    want = [(f["code"], pos.position(f["start"]), pos.position(f["end"])) for f in expected]
    got = [(d["code"], (d["range"]["start"]["line"], d["range"]["start"]["character"]),
            (d["range"]["end"]["line"], d["range"]["end"]["character"])) for d in published["diagnostics"]]
    assert sorted(got) == sorted(want) and len(got) >= 22
    # a safe fix, through a code action at the first safely fixable finding
    first = next(f for f in expected if f["fix"] and f["fix"]["safe"])
    (line, char) = pos.position(first["start"])
    actions = c.request("textDocument/codeAction", {
        "textDocument": {"uri": uri}, "range": {"start": {"line": line, "character": char}, "end": {"line": line, "character": char}},
        "context": {"diagnostics": [], "only": ["quickfix"]}})
    mine = [a for a in actions if a["title"].startswith(first["code"]) and "(safe fix)" in a["title"]]
    assert mine and mine[0]["isPreferred"] is True and mine[0]["diagnostics"][0]["code"] == first["code"]
    fixed = apply_edits(text, mine[0]["edit"]["changes"][uri])
    assert fixed == text[: first["start"]] + first["fix"]["replacement"] + text[first["end"]:]
    # fix all safe = wirelint check --fix
    actions = c.request("textDocument/codeAction", {
        "textDocument": {"uri": uri}, "range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}},
        "context": {"diagnostics": [], "only": ["source.fixAll"]}})
    assert [a["kind"] for a in actions] == ["source.fixAll"]
    all_fixed = apply_edits(text, actions[0]["edit"]["changes"][uri])
    cli("check", "--fix", str(path), cwd=tmp_path)
    assert all_fixed == path.read_text(encoding="utf-8")
    # the editor applies it: the diagnostics follow the new text
    c.change(uri, all_fixed, 2)
    after = c.diagnostics(uri, version=2)
    assert len(after["diagnostics"]) < len(published["diagnostics"])
    assert c.close() == 0


def test_emoji_and_crlf_ranges_in_utf16_and_utf8(client, tmp_path):
    text = "😀 Talks 🇺🇦 ended , officials said.\r\nThe 😀😀 envoys arrived ; others left.\r\n"
    path = tmp_path / "a.txt"
    path.write_bytes(text.encode("utf-8"))
    for encodings, unit in ((None, "utf-16"), (["utf-8"], "utf-8")):
        c = client(encodings=encodings)
        assert c.init["capabilities"]["positionEncoding"] == unit
        uri = c.open(path, text)
        commas = sorted((d["range"]["start"]["line"], d["range"]["start"]["character"])
                        for d in c.diagnostics(uri)["diagnostics"] if d["code"] == "WL301")
        lines = text.split("\r\n")

        def units(s: str) -> int:
            return len(s.encode("utf-16-le")) // 2 if unit == "utf-16" else len(s.encode("utf-8"))

        assert commas == [(0, units(lines[0][: lines[0].index(" ,")])), (1, units(lines[1][: lines[1].index(" ;")]))]
        c.close()


def test_crlf_second_line_positions(client, tmp_path):
    text = "Talks ended.\r\nThe 😀 envoys arrived ; others left.\r\n"
    path = tmp_path / "b.txt"
    path.write_bytes(text.encode("utf-8"))
    c = client()
    uri = c.open(path, text)
    d = [d for d in c.diagnostics(uri)["diagnostics"] if d["code"] == "WL301"][0]
    assert d["range"]["start"] == {"line": 1, "character": len("The 😀 envoys arrived".encode("utf-16-le")) // 2}
    # the fix keeps CRLF and lands on the right characters
    actions = c.request("textDocument/codeAction", {"textDocument": {"uri": uri}, "range": d["range"], "context": {"diagnostics": [d]}})
    quick = [a for a in actions if a["kind"] == "quickfix"]
    assert apply_edits(text, quick[0]["edit"]["changes"][uri]) == "Talks ended.\r\nThe 😀 envoys arrived; others left.\r\n"
    c.close()


def test_changes_are_debounced_and_only_the_last_version_is_published(client, tmp_path):
    path = tmp_path / "a.txt"
    c = client(options={"debounce": 400})
    uri = c.open(path, "Officials said , on Monday.\n")
    c.diagnostics(uri, version=1)
    for v in range(2, 7):
        c.change(uri, "Officials said , on Monday" + " ," * v + ".\n", v)
        time.sleep(0.02)
    last = c.diagnostics(uri, version=6)
    assert len(last["diagnostics"]) >= 1
    time.sleep(0.6)
    assert {p.get("version") for p in c.published(uri)} <= {6}  # nothing for versions 2-5
    c.close()


def test_save_relints_and_close_clears(client, tmp_path):
    path = tmp_path / "a.txt"
    c = client(options={"debounce": 5000})
    uri = c.open(path, "Fine copy.\n")
    assert c.diagnostics(uri, version=1)["diagnostics"] == []
    c.change(uri, "Officials said , on Monday.\n", 2)
    c.notify("textDocument/didSave", {"textDocument": {"uri": uri}})
    assert [d["code"] for d in c.diagnostics(uri, version=2)["diagnostics"]] == ["WL301"]
    c.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
    assert c.diagnostics(uri)["diagnostics"] == []
    c.close()


def test_hover_shows_the_rule_explanation(client, tmp_path):
    path = tmp_path / "a.txt"
    c = client()
    uri = c.open(path, "Officials said , on Monday.\n")
    d = c.diagnostics(uri)["diagnostics"][0]
    h = c.request("textDocument/hover", {"textDocument": {"uri": uri}, "position": d["range"]["start"]})
    assert h["contents"]["kind"] == "markdown"
    assert "WL301" in h["contents"]["value"] and "Fix: safe" in h["contents"]["value"]
    assert c.request("textDocument/hover", {"textDocument": {"uri": uri}, "position": {"line": 0, "character": 2}}) is None
    c.close()


def test_markdown_and_html_documents(client, tmp_path):
    c = client()
    md = tmp_path / "a.md"
    uri = c.open(md, "# Title\n\nOfficials said , on **Monday**.\n\n```\ncode , here\n```\n", language="markdown")
    diags = c.diagnostics(uri)["diagnostics"]
    assert [(d["code"], d["range"]["start"]) for d in diags] == [("WL301", {"line": 2, "character": 14})]
    html = tmp_path / "a.html"
    uri = c.open(html, "<html><body><p>Officials said , on Monday.</p><pre>x , y</pre></body></html>\n", language="html")
    diags = c.diagnostics(uri)["diagnostics"]
    assert [(d["code"], d["range"]["start"]["character"]) for d in diags] == [("WL301", len("<html><body><p>Officials said"))]
    c.close()


def test_configuration_found_and_reloaded(client, tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.wirelint.vocabulary]\nprefer = { "Kiev" = "Kyiv" }\n', encoding="utf-8")
    sub = tmp_path / "desk"
    sub.mkdir()
    path = sub / "a.txt"
    c = client()
    uri = c.open(path, "Strikes on Kiev overnight.\n")
    diags = c.diagnostics(uri, version=1)["diagnostics"]
    assert [d["data"]["name"] for d in diags] == ["prefer-kiev"]
    # the desk edits its vocabulary; the next lint reads it (no notification needed)
    (tmp_path / "pyproject.toml").write_text('[tool.wirelint.vocabulary]\navoid = { "overnight" = "say when" }\n', encoding="utf-8")
    c.change(uri, "Strikes on Kiev overnight .\n", 2)
    diags = c.diagnostics(uri, version=2)["diagnostics"]
    assert sorted(d["data"]["name"] for d in diags) == ["avoid-overnight", "space-before-punctuation"]
    # a watched-file notification re-lints every open document
    (tmp_path / "pyproject.toml").write_text("[tool.wirelint]\nignore = [\"WL301\"]\n", encoding="utf-8")
    c.notify("workspace/didChangeWatchedFiles", {"changes": [{"uri": (tmp_path / "pyproject.toml").as_uri(), "type": 2}]})
    assert wait_until(lambda: any(p["diagnostics"] == [] for p in c.published(uri)))
    c.close()


def test_a_document_that_cannot_be_linted_gets_one_diagnostic_and_the_server_lives(client, tmp_path):
    (tmp_path / "pyproject.toml").write_text("[tool.wirelint]\nselect = [\"WL99999\"]\n", encoding="utf-8")
    c = client()
    uri = c.open(tmp_path / "a.txt", "Officials said , on Monday.\n")
    diags = c.diagnostics(uri)["diagnostics"]
    assert len(diags) == 1 and "configuration error" in diags[0]["message"] and "WL99999" in diags[0]["message"]
    assert diags[0]["severity"] == 1
    (tmp_path / "pyproject.toml").unlink()
    uri2 = c.open(tmp_path / "b.txt", "Binary\x00junk , here\n")
    diags = c.diagnostics(uri2)["diagnostics"]
    assert len(diags) == 1 and "NUL" in diags[0]["message"]
    assert c.request("textDocument/codeAction", {"textDocument": {"uri": uri2}, "range": diags[0]["range"], "context": {"diagnostics": []}}) == []
    uri3 = c.open(tmp_path / "c.txt", "Officials said , on Monday.\n")
    assert [d["code"] for d in c.diagnostics(uri3)["diagnostics"]] == ["WL301"]
    assert c.close() == 0


def test_client_options_select_rules(client, tmp_path):
    c = client(options={"select": ["WL302"]})
    uri = c.open(tmp_path / "a.txt", "Officials said , on Monday.The talks went on.\n")
    assert [d["code"] for d in c.diagnostics(uri)["diagnostics"]] == ["WL302"]
    c.close()


def test_languagetool_results_arrive_later_without_blocking(client, tmp_path):
    from lt_standin import StandInServer

    srv = StandInServer(mode="slow", delay=1.5).start()
    try:
        (tmp_path / "pyproject.toml").write_text(
            f'[tool.wirelint]\nextend-select = ["WL601", "WL602"]\n[tool.wirelint.languagetool]\nserver = "{srv.url}"\n', encoding="utf-8")
        c = client()
        uri = c.open(tmp_path / "a.txt", "He go to the market , aides said.\n")
        t0 = time.monotonic()
        first = c.diagnostics(uri, version=1)
        assert time.monotonic() - t0 < 1.4  # wirelint's own findings do not wait for the grammar server
        assert [d["code"] for d in first["diagnostics"]] == ["WL301"]
        # while LanguageTool thinks about version 1, the editor sends version 2: the answer for
        # version 1 is dropped, and version 2's grammar findings arrive
        c.change(uri, "Fine now, and he go home , aides said.\n", 2)
        second = c.diagnostics(uri, version=2)
        assert wait_until(lambda: any("WL601" in {d["code"] for d in p["diagnostics"]} for p in c.published(uri)), 15)
        grammar = [p for p in c.published(uri) if "WL601" in {d["code"] for d in p["diagnostics"]}]
        assert all(p["version"] == 2 for p in grammar)
        assert second["diagnostics"] and all(p["version"] != 1 for p in c.published(uri))
        d = [d for d in grammar[0]["diagnostics"] if d["code"] == "WL601"][0]
        assert d["range"]["start"]["character"] == len("Fine now, and ")
        c.close()
    finally:
        srv.stop()


def test_without_the_extra_the_command_says_what_to_install(cli, tmp_path):
    import subprocess
    import sys

    code = ("import sys, builtins\nreal = builtins.__import__\n"
            "def fake(name, *a, **k):\n    if name.startswith('pygls'): raise ImportError(name=name)\n    return real(name, *a, **k)\n"
            "builtins.__import__ = fake\nsys.argv = ['wirelint', 'server']\nfrom wirelint.cli import entry\nentry()\n")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=tmp_path)
    assert r.returncode == 2 and "pip install 'wirelint[server]'" in r.stderr


from hypothesis import given, settings as hsettings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@hsettings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["a", "é", "😀", "🇺🇦", "\r\n", "\r", "\n", " ", "\u2028", "\x00"]), max_size=40).map("".join),
       st.sampled_from(["utf-16", "utf-8", "utf-32"]))
def test_positions_round_trip(text, encoding):
    p = Positions(text, encoding)
    unit = {"utf-16": "utf-16-le", "utf-8": "utf-8", "utf-32": "utf-32-le"}[encoding]
    width = {"utf-16": 2, "utf-8": 1, "utf-32": 4}[encoding]
    for offset in range(len(text) + 1):
        line, char = p.position(offset)
        line_start = p.starts[line]
        assert char == len(text[line_start:offset].encode(unit, "surrogatepass")) // width
        if not (offset and text[offset - 1 : offset + 1] == "\r\n"):
            assert p.offset(line, char) == offset


def test_positions_of_many_findings_on_one_long_line_cost_linear_time():
    timings = []
    for n in (50_000, 200_000):
        text = "😀 ab ," * n
        offsets = [i for i in range(0, len(text), 7)]
        t0 = time.perf_counter()
        p = Positions(text)
        for o in offsets:
            p.position(o)
            p.position(o + 2)
        timings.append(time.perf_counter() - t0)
    assert timings[1] < timings[0] * 8 + 0.1  # 4x the text: linear (quadratic would be 16x)
