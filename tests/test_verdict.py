"""The editor's verdict: MQM-style score, source-language fingerprint, gates and summary views."""

from __future__ import annotations

from wirelint.finding import Finding, Severity
from hypothesis import given
from hypothesis import strategies as st

from wirelint.verdict import count_words, judge


def finding(code, category, severity=Severity.WARNING, language=None):
    return Finding("a.txt", code, "x", category, severity, "m", None, 0, 1, 1, 1, 1, 2, language=language)


def test_score_weights_and_normalisation():
    fs = [finding("WL201", "names", Severity.ERROR), finding("WL102", "translation"), finding("WL301", "typography")]
    v = judge(fs, words=500)
    assert v.penalty == 5 + 1 + 0.1
    assert round(v.per_1000, 2) == 12.2 and round(v.quality, 1) == 87.8


def test_one_family_is_no_verdict_two_are():
    one = judge([finding("WL301", "typography", language="fr"), finding("WL303", "typography", language="fr")], 300)
    assert one.language is None and "only one rule family" in one.text
    two = judge([finding("WL301", "typography", language="fr"), finding("WL203", "names", language="fr")], 300)
    assert two.language == "fr" and two.text.startswith("likely machine-translated from French")
    assert two.families == ["names", "typography"]


def test_round_trip_needs_drift_next_to_language_evidence():
    base = [finding("WL301", "typography", language="fr"), finding("WL103", "translation", language="fr")]
    assert not judge(base, 300).round_trip
    v = judge(base + [finding("WL101", "translation")], 300)
    assert v.round_trip and "round trip of English copy through French" in v.text
    assert not judge([finding("WL101", "translation")], 300).round_trip


def test_no_findings_no_evidence():
    v = judge([], 1000)
    assert v.per_1000 == 0 and v.quality == 100 and v.text == "no evidence of machine translation"


def test_count_words():
    assert count_words("Xi, 70, and Putin’s state-run TV — “no limits”.") == 8


def test_seed_verdict_is_french_round_trip(cli, seed_path):
    r = cli("check", "--output-format", "json", str(seed_path))
    (article,) = r.json()["summary"]["articles"]
    assert article["language"] == "fr" and article["round_trip"]
    assert len(article["families"]) >= 2
    r = cli("check", "--output-format", "full", "--no-color", str(seed_path))
    assert "likely round trip of English copy through French" in r.out


def test_gates_and_summary_only(cli, seed_path, tmp_path):
    clean = tmp_path / "clean.txt"
    clean.write_text("The ministry said on Monday that talks would resume in Geneva next week.\n", encoding="utf-8")
    assert cli("check", "--max-score", "1000", str(seed_path)).code == 0
    assert cli("check", "--max-score", "1", str(seed_path)).code == 1
    assert cli("check", "--fail-under", "99", str(seed_path)).code == 1
    assert cli("check", "--fail-under", "99", str(clean)).code == 0
    r = cli("check", "--summary-only", "--output-format", "concise", str(clean), str(seed_path))
    lines = r.out.strip().splitlines()
    assert len(lines) == 2 and lines[0].startswith(str(seed_path)) and "French" in lines[0]
    assert "no evidence" in lines[1]


@given(st.text(alphabet=st.sampled_from(list("ab Z09'’-_—“”…\u00a0.\néß٣")), max_size=60))
def test_count_words_fast_path_counts_as_the_general_pattern(text):
    from wirelint.verdict import WORD_RE

    assert count_words(text) == len(WORD_RE.findall(text))


@given(st.text(alphabet=st.sampled_from(list("aZ9 '’‘-—–“”…_.\n\u00a0")), max_size=60))
def test_count_words_on_plain_copy_counts_as_the_general_pattern(text):
    from wirelint.verdict import WORD_RE

    assert count_words(text) == len(WORD_RE.findall(text))
