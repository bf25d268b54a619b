"""The JSON reporter streams its own encoding; it must write byte for byte what the standard
encoder writes for the same contract (``json.dumps(as_dict(run), ensure_ascii=False, indent=1)``)."""

from __future__ import annotations

import io
import json

from wirelint.finding import Finding, Severity
from wirelint.report import FileReport, RunReport
from wirelint.reporters import json as json_reporter


def reference(run: RunReport) -> str:
    return json.dumps(json_reporter.as_dict(run), ensure_ascii=False, indent=1) + "\n"


def rendered(run: RunReport) -> str:
    out = io.StringIO()
    json_reporter.render(run, out)
    return out.getvalue()


def finding(path, start, message, replacement=None, help=None, language=None, safe=False):
    return Finding(
        path=path, code="WL301", name="space-before-punctuation", category="typography",
        severity=Severity.WARNING, message=message, help=help, start=start, end=start + 2,
        line=1, column=start + 1, end_line=1, end_column=start + 3,
        replacement=replacement, fix_safe=safe, language=language,
    )


def test_empty_run_matches_the_standard_encoder():
    run = RunReport()
    assert rendered(run) == reference(run)
    run.errors.append('a "quoted"\nerror')
    assert rendered(run) == reference(run)


def test_awkward_text_matches_the_standard_encoder():
    messages = ['Quote "x" \\ back', "tab\tnew\nline\r", "😀 “curly” é \u2028 \x00 \x1f", ""]
    found = [
        finding("dir, with: odd%/a b.txt", i * 3, m, replacement=r, help=h, language=lang, safe=bool(i % 2))
        for i, (m, r, h, lang) in enumerate(
            [(m, r, h, lang) for m in messages for r in (None, "", " :\n") for h in (None, "ü") for lang in (None, "fr")]
        )
    ]
    run = RunReport(files=[FileReport("dir, with: odd%/a b.txt", None, found, words=7), FileReport("empty.txt", None, [], 0)])
    assert rendered(run) == reference(run)
    run.statistics = True
    assert json.loads(rendered(run)) == json_reporter.as_dict(run)


def test_more_findings_than_one_chunk(monkeypatch):
    monkeypatch.setattr(json_reporter, "CHUNK", 3)
    for n in (1, 3, 4, 7):
        run = RunReport(files=[FileReport("a.txt", None, [finding("a.txt", i, f"m{i}") for i in range(n)], words=50)])
        assert rendered(run) == reference(run)


def test_nested_values_match_the_standard_encoder():
    """The summary (lists of per-article dicts with floats) goes through the same templates."""
    values = [
        {"a": [{"b": 1.5, "c": [1, 2, {"d": None}]}, []], "e": {}, "f": [], "g": 'x"y\n', "h": float("nan"),
         "i": True, "j": -0.0, "k": 1e300, "l": [[1, [2]]], "m": float("-inf"), "n": "…"},
        [], {}, [{}], 0.1 + 0.2,
    ]
    for v in values:
        assert json_reporter._value(v, "\n ") == json.dumps(v, ensure_ascii=False, indent=1).replace("\n", "\n ")
