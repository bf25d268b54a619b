"""Grammar checks through LanguageTool, tested against a stand-in server on 127.0.0.1
(tests/lt_standin.py), since LanguageTool itself cannot be downloaded here."""

from __future__ import annotations

import json
import re
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from lt_standin import StandInServer
from wirelint import languagetool as lt
from wirelint import lt_match
from wirelint.cli import main
from wirelint.config import ConfigError, read_config
from wirelint.document import Document

ROOT = Path(__file__).resolve().parent.parent

ARTICLE = (
    "World News\n"
    "\n"
    "Talks open as pressure grows on the capital\n"
    "\n"
    "BEIJING — Officials 😀 said on Thursday 🇺🇦 that he go to the talks, and the envoy brought a apple to the meeting.\n"
    "\n"
    "The two leaders met in the the capital , aides said after a long session.\n"
    "\n"
    "Officials said the goverment would respond within the week, aides added.\n"
    "\n"
    "News Source :\n"
    "Gn world a apple\n"
)


@pytest.fixture
def standin():
    servers = []

    def make(mode="ok", delay=0.0):
        srv = StandInServer(mode=mode, delay=delay).start()
        servers.append(srv)
        return srv

    yield make
    for srv in servers:
        srv.stop()


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def run_cli(*args, env=None):
    runner = CliRunner()
    result = runner.invoke(main, ["check", "--output-format", "json", *map(str, args)], env=env or {}, catch_exceptions=False)
    findings = json.loads(result.stdout)["findings"] if result.stdout.strip().startswith("{") else json.loads(result.stdout or "[]")
    return result, findings


def spans(findings, code=None):
    return sorted((f["code"], ARTICLE[f["start"] : f["end"]], f["start"]) for f in findings if code is None or f["code"] == code)


def strip_lt(findings):
    return [f for f in findings if not f["code"].startswith("WL6")]


# --- offsets ------------------------------------------------------------------------------------
@given(st.text(alphabet=st.sampled_from(["a", " ", "é", "中", "😀", "🇺", "\U00010348", "\n"]), max_size=40))
def test_utf16_offsets_convert_to_code_points(text):
    index = lt_match.Utf16Index(text)
    for i in range(len(text) + 1):
        unit = len(text[:i].encode("utf-16-le")) // 2
        assert index.to_code_points(unit) == i
    assert index.length == len(text.encode("utf-16-le")) // 2


def test_match_length_is_converted_too():
    text = "x 😀😀 y"
    raw = lt_match.raw_match(text, 2, 4, "R", "GRAMMAR", "grammar", "m")
    assert raw["length"] == 4  # two emoji are four UTF-16 units
    (m,) = lt_match.matches_from_response(text, [raw])
    assert (m.start, m.end) == (2, 4) and text[m.start : m.end] == "😀😀"


def test_malformed_matches_are_skipped_not_fatal():
    text = "abc"
    raws = [None, {"offset": "1"}, {"offset": 1, "length": 99}, {"offset": -1, "length": 1}, {"offset": 0, "length": 1}]
    found = lt_match.matches_from_response(text, raws)
    assert [(m.start, m.end, m.kind) for m in found] == [(0, 1, "other")]


# --- classification -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "category, issue, kind",
    [
        ("TYPOS", "misspelling", "spelling"),
        ("MISC", "misspelling", "grammar"),  # EN_A_VS_AN
        ("MISC", "duplication", "duplication"),  # ENGLISH_WORD_REPEAT_RULE
        ("GRAMMAR", "grammar", "grammar"),
        ("CASING", "typographical", "casing"),
        ("TYPOGRAPHY", "whitespace", "typography"),
        ("PUNCTUATION", "typographical", "punctuation"),
        ("STYLE", "style", "style"),
        ("SOMETHING_NEW", "uncategorized", "other"),
        ("SOMETHING_NEW", "whitespace", "typography"),
    ],
)
def test_classify(category, issue, kind):
    assert lt_match.classify(category, issue) == kind


def test_every_kind_has_exactly_one_rule():
    from wirelint.registry import all_rules

    kinds = [lt_match.kind_of_rule(r) for r in all_rules() if lt_match.kind_of_rule(r)]
    assert sorted(kinds) == sorted(lt_match.KINDS)
    codes = [r.code for r in all_rules() if lt_match.kind_of_rule(r)]
    assert all("WL601" <= c <= "WL699" for c in codes)


# --- configuration ------------------------------------------------------------------------------
def test_config_table(tmp_path):
    cfg = tmp_path / "wirelint.toml"
    cfg.write_text(
        '[languagetool]\nserver = "localhost:8081"\ntimeout = 3\nlanguage = "en-GB"\n'
        'disabled-rules = ["WHITESPACE_RULE"]\nenabled-categories = ["typos"]\npicky = true\ncache-dir = ".ltcache"\n'
    )
    table = read_config(cfg).table("languagetool")
    assert table.server == "http://localhost:8081"
    assert table.timeout == 3.0 and table.language == "en-GB" and table.picky
    assert table.disabled_rules == ("WHITESPACE_RULE",) and table.enabled_categories == ("TYPOS",)
    hash(read_config(cfg))  # Settings stay hashable (the engine caches on them)


@pytest.mark.parametrize(
    "body, message",
    [
        ('[languagetool]\nserver = "ftp://x"\n', "expected off, local or an http(s) URL"),
        ("[languagetool]\ntimeout = 0\n", "positive number"),
        ("[languagetool]\nbogus = 1\n", "unknown key"),
        ('[languagetool]\nskip-zones = ["footer"]\n', "unknown zone"),
        ("[languagetool]\npicky = 1\n", "true or false"),
    ],
)
def test_config_errors(tmp_path, body, message):
    cfg = tmp_path / "wirelint.toml"
    cfg.write_text(body)
    with pytest.raises(ConfigError, match=re.escape(message)):
        read_config(cfg)


def test_base_url_forms():
    for url in ("http://h:8081", "http://h:8081/", "http://h:8081/v2", "http://h:8081/v2/"):
        assert lt.base_url(url) == "http://h:8081"
    assert lt.base_url("https://h/lt/") == "https://h/lt"


# --- segments -----------------------------------------------------------------------------------
def test_segments_skip_chrome_and_map_back():
    doc = Document(ARTICLE, "a.txt")
    segs = lt.segments(doc)
    for seg in segs:
        assert ARTICLE[seg.start : seg.start + len(seg.text)] == seg.text
    sent = "\n".join(s.text for s in segs)
    assert "he go" in sent and "the the" in sent
    assert "News Source" not in sent and "Gn world" not in sent


def test_long_segment_is_split_exactly():
    text = ("word " * 3000).strip()
    doc = Document(text, "x.txt")
    segs = lt.segments(doc, limit=1000)
    assert len(segs) > 10 and all(len(s.text) <= 1000 for s in segs)
    assert "".join(s.text for s in segs) == text
    for seg in segs:
        assert text[seg.start : seg.start + len(seg.text)] == seg.text


# --- the run, end to end ------------------------------------------------------------------------
def test_findings_at_code_point_spans_with_emoji_before(standin, article):
    srv = standin()
    result, findings = run_cli("--languagetool", srv.url, article)
    assert result.exit_code == 1, result.stderr
    got = spans(findings)
    assert ("WL601", "he go", ARTICLE.index("he go")) in got
    assert ("WL601", "a", ARTICLE.index("a apple")) in got
    # wirelint's own WL307 flags the repeated word too: it is reported once, by WL307.
    assert ("WL307", "the the", ARTICLE.index("the the")) in got
    assert not any(code == "WL607" and text == "the the" for code, text, _ in got)
    a_an = next(f for f in findings if f["code"] == "WL601" and "EN_A_VS_AN" in f["message"])
    assert a_an["fix"] == {"replacement": "an", "safe": False}
    he_go = next(f for f in findings if "HE_VERB_AGR" in f["message"])
    assert he_go["fix"] is None and "he goes" in he_go["help"]
    # chrome ("Gn world a apple") is not sent, so not flagged; TYPOS is off (WL602 off by default)
    assert not any(f["start"] >= ARTICLE.index("News Source") and f["code"].startswith("WL6") for f in findings)
    assert all("disabledCategories" in r and "TYPOS" in r["disabledCategories"] for r in srv.requests)
    assert not any("News Source" in t for t in srv.texts())
    assert result.stderr == ""


def test_wirelint_rule_wins_over_languagetool_on_same_span(standin, article):
    srv = standin()
    _, findings = run_cli("--languagetool", srv.url, article)
    comma = ARTICLE.index("capital ,") + len("capital")
    at_comma = [f["code"] for f in findings if f["start"] <= comma < f["end"] or f["start"] == comma]
    assert at_comma == ["WL301"]
    assert any(r for r in srv.requests)  # the stand-in did report COMMA_PARENTHESIS_WHITESPACE there


def test_selection_applies_to_languagetool_rules(standin, article):
    srv = standin()
    _, findings = run_cli("--languagetool", srv.url, "--select", "WL6", article)
    assert {f["code"] for f in findings} == {"WL601", "WL604", "WL607"}  # WL301 not running: no dedupe
    _, findings = run_cli("--languagetool", srv.url, "--ignore", "WL607", article)
    assert "WL607" not in {f["code"] for f in findings}
    _, findings = run_cli("--languagetool", srv.url, "--select", "WL602", article)
    assert spans(findings) == [("WL602", "goverment", ARTICLE.index("goverment"))]
    assert findings[0]["fix"]["replacement"] == "government"


def test_no_request_when_no_grammar_rule_selected(standin, article):
    srv = standin()
    result, findings = run_cli("--languagetool", srv.url, "--select", "WL301", article)
    assert srv.requests == [] and {f["code"] for f in findings} == {"WL301"}


def test_env_var_and_config_choose_the_server(standin, article, tmp_path):
    srv = standin()
    result, findings = run_cli(article, env={lt.ENV_VAR: srv.url})
    assert "WL601" in {f["code"] for f in findings}, (result.stderr, srv.requests)
    configured = tmp_path / "configured"  # a fresh folder: settings are cached per folder
    configured.mkdir()
    (configured / "wirelint.toml").write_text(f'[languagetool]\nserver = "{srv.url}"\n')
    article = configured / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    n = len(srv.requests)
    _, findings = run_cli(article)
    assert "WL601" in {f["code"] for f in findings} and len(srv.requests) == n + 1
    # the command line wins over both
    _, findings = run_cli("--languagetool", "off", article, env={lt.ENV_VAR: srv.url})
    assert not any(f["code"].startswith("WL6") for f in findings) and len(srv.requests) == n + 1


def test_dead_server_one_warning_same_findings_and_exit_code(article, standin):
    baseline, base_findings = run_cli(article)
    dead = standin()
    url = dead.url
    dead.stop()  # nothing listens there any more
    t0 = time.monotonic()
    copy = article.with_name("copy.txt")
    copy.write_text(ARTICLE, encoding="utf-8")
    result, findings = run_cli("--languagetool", url, article, copy)
    elapsed = time.monotonic() - t0
    assert elapsed < 2
    _, base_copy = run_cli(copy)
    assert findings == base_findings + base_copy
    assert result.exit_code == baseline.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and url in lines[0] and "connection refused" in lines[0] and "skipped" in lines[0]


@pytest.mark.parametrize(
    "mode, words",
    [
        ("error500", ["HTTP 500", "Internal Error"]),
        ("error400", ["HTTP 400", "Missing 'text'"]),
        ("nonjson", ["not JSON", "Bad Gateway"]),
        ("badjson", ["no 'matches'"]),
        ("drop", ["closed the connection"]),
    ],
)
def test_server_errors_are_one_warning(standin, article, mode, words):
    _, base_findings = run_cli(article)
    srv = standin(mode)
    result, findings = run_cli("--languagetool", srv.url, article)
    assert findings == base_findings and result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and srv.url in lines[0]
    for w in words:
        assert w in lines[0]


def test_hung_server_timeout_holds(standin, article):
    _, base_findings = run_cli(article)
    srv = standin("hang")
    t0 = time.monotonic()
    copy = article.with_name("copy.txt")
    copy.write_text(ARTICLE.replace("World News", "Other News"), encoding="utf-8")
    result, findings = run_cli("--languagetool", srv.url, "--languagetool-timeout", "0.5", article, copy)
    assert time.monotonic() - t0 < 3
    assert strip_lt(findings) == findings and [f for f in findings if f["path"] == str(article)] == base_findings
    assert "no answer within 0.5 s" in result.stderr and result.stderr.count("\n") == 1


def test_slow_but_in_time_is_fine(standin, article):
    srv = standin("slow", delay=0.3)
    result, findings = run_cli("--languagetool", srv.url, "--languagetool-timeout", "2", article)
    assert "WL601" in {f["code"] for f in findings} and result.stderr == ""


def test_require_languagetool(standin, article):
    dead = standin()
    url = dead.url
    dead.stop()
    result, findings = run_cli("--languagetool", url, "--require-languagetool", article)
    assert result.exit_code == 2
    assert "error:" in result.stderr and url in result.stderr
    assert findings  # the other rules still ran and were reported
    result, _ = run_cli("--require-languagetool", article)
    assert result.exit_code == 2 and "needs a server" in result.stderr
    srv = standin()
    result, _ = run_cli("--languagetool", srv.url, "--require-languagetool", article)
    assert result.exit_code == 1 and result.stderr == ""


def test_bad_languagetool_option_is_a_usage_error(article):
    result, _ = run_cli("--languagetool", "ftp://nowhere", article)
    assert result.exit_code == 2 and "--languagetool" in result.stderr


def test_identical_paragraphs_sent_once_and_many_files_share_one_server(standin, tmp_path):
    srv = standin()
    shared = "The envoy brought a apple to the meeting on Thursday, officials said."
    paths = []
    for i in range(12):
        p = tmp_path / f"f{i:02}.txt"
        p.write_text(f"{shared}\n\nFile {i} says he go home at {i} o'clock, officials said.\n", encoding="utf-8")
        paths.append(p)
    result, findings = run_cli("--languagetool", srv.url, *paths)
    sent = "\n".join(srv.texts())
    assert sent.count(shared) == 1
    assert sum(1 for f in findings if "EN_A_VS_AN" in f["message"]) == 12
    assert sum(1 for f in findings if "HE_VERB_AGR" in f["message"]) == 12
    assert len(srv.requests) == 1  # small files go out together in one batch


def test_disk_cache_avoids_requests(standin, article, tmp_path):
    srv = standin()
    (tmp_path / "wirelint.toml").write_text('[languagetool]\ncache-dir = ".wirelint-cache"\n')
    _, first = run_cli("--languagetool", srv.url, article)
    assert len(srv.requests) == 1 and any((tmp_path / ".wirelint-cache").glob("*.json"))
    _, second = run_cli("--languagetool", srv.url, article)
    assert len(srv.requests) == 1 and second == first
    # a dead server does not matter when everything is cached
    srv.stop()
    result, third = run_cli("--languagetool", srv.url, article)
    assert third == first and result.stderr == ""


def test_batches_go_out_concurrently(standin, tmp_path):
    srv = standin("slow", delay=0.4)
    session = lt.Session(srv.url, timeout=5, warn=pytest.fail, batch_chars=100, max_workers=4)
    from wirelint.registry import all_rules
    from wirelint.config import Settings

    docs = [Document(f"Paragraph {i} has he go in it and enough words to fill a batch of text for the stand-in.", f"{i}.txt") for i in range(8)]
    t0 = time.monotonic()
    session.check((d, Settings(), all_rules()) for d in docs)
    elapsed = time.monotonic() - t0
    assert session.requests == len(srv.requests) == 8
    assert elapsed < 8 * 0.4 * 0.6  # four at a time, not one after another
    for d in docs:
        (m,) = d.external["languagetool"]
        assert d.text[m.start : m.end] == "he go"


def test_huge_paragraph_is_split_across_requests_with_exact_offsets(standin):
    srv = standin()
    filler = "Officials 😀 met again. " * 80
    text = filler + "Then he go home. " + filler + "It was a apple."
    doc = Document(text, "big.txt")
    from wirelint.config import Settings
    from wirelint.registry import all_rules

    session = lt.Session(srv.url, timeout=5, warn=pytest.fail, batch_chars=500)
    session.check([(doc, Settings(), all_rules())])
    assert len(srv.requests) > 3
    got = {(text[m.start : m.end], m.rule_id) for m in doc.external["languagetool"]}
    assert got == {("he go", "HE_VERB_AGR"), ("a", "EN_A_VS_AN")}
    m = next(m for m in doc.external["languagetool"] if m.rule_id == "EN_A_VS_AN")
    assert m.start == text.index("a apple")


def test_odd_text_never_raises(standin):
    srv = standin()
    from wirelint.config import Settings
    from wirelint.registry import all_rules

    texts = ["", "\x00\x01\x02", "\ud800 lone surrogate he go", "\r\n\r\n", "😀" * 50 + " a apple"]
    docs = [Document(t, f"{i}.txt") for i, t in enumerate(texts)]
    session = lt.Session(srv.url, timeout=5, warn=pytest.fail)
    session.check((d, Settings(), all_rules()) for d in docs)
    assert [len(d.external.get("languagetool", [])) for d in docs] == [0, 0, 1, 0, 1]


# --- import cost --------------------------------------------------------------------------------
def test_off_imports_neither_client_nor_requests(article):
    code = (
        "import sys\n"
        "import wirelint.cli\n"
        "assert 'language_tool_python' not in sys.modules and 'requests' not in sys.modules, 'import'\n"
        "from wirelint.cli import main\n"
        "try:\n"
        f"    main(['check', '--output-format', 'json', {str(article)!r}])\n"
        "except SystemExit as exc:\n"
        "    code = exc.code\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('language_tool_python', 'requests', 'urllib3', 'psutil'))\n"
        "print('CODE', code, 'BAD', bad, file=sys.stderr)\n"
    )
    env = {k: v for k, v in os.environ.items() if k != lt.ENV_VAR}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT)
    assert "CODE 1 BAD []" in out.stderr, out.stderr


def test_document_external_defaults_empty_and_per_document():
    a, b = Document("x", "a.txt"), Document("y", "b.txt")
    assert a.external == {} and b.external == {}
    a.external["languagetool"] = []
    assert b.external == {}


def test_rules_read_attached_matches_only():
    from wirelint.registry import rule_by_key

    text = "Then he go home."
    doc = Document(text, "x.txt")
    assert rule_by_key("WL601").run(doc) == []  # nothing attached: silent, no server needed
    lt._attach(doc, lt_match.matches_from_response(text, [lt_match.raw_match(text, 5, 10, "HE_VERB_AGR", "GRAMMAR", "grammar", "Agreement.")]))
    (hit,) = rule_by_key("WL601").run(doc)
    assert (hit.start, hit.end) == (5, 10) and "HE_VERB_AGR" in hit.message
    assert rule_by_key("WL607").run(doc) == []
