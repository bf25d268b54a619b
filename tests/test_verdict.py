"""The editor's verdict: MQM-style score, source-language fingerprint, the machine-translation
probability and verdict, gates and summary views.

The model is refitted whenever rules or corpora change (scripts/fit_verdict.py), so these tests
check behaviour — bounds, ordering, thresholds, short texts, hard negatives — not probabilities."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from corpora import REPO, clean_texts
from hypothesis import given, settings
from hypothesis import strategies as st

from wirelint.api import lint_text
from wirelint.finding import Finding, Severity
from wirelint.textstats import profile
from wirelint.verdict import SHORT_WORDS, count_words, features, judge, model


def finding(code, category, severity=Severity.WARNING, language=None):
    return Finding("a.txt", code, "x", category, severity, "m", None, 0, 1, 1, 1, 1, 2, language=language)


def verdict_of(text: str):
    return judge(lint_text(text, "t.txt"), count_words(text), profile(text))


# --- the score -----------------------------------------------------------------------------------
def test_score_weights_and_normalisation():
    fs = [finding("WL201", "names", Severity.ERROR), finding("WL102", "translation"), finding("WL301", "typography")]
    v = judge(fs, words=500)
    assert v.penalty == 5 + 1 + 0.1
    assert round(v.per_1000, 2) == 12.2


def test_foreign_convention_costs_a_locale_error():
    plain = judge([finding("WL301", "typography")], 1000)
    french = judge([finding("WL301", "typography", language="fr")], 1000)
    assert plain.penalty == 0.1 and french.penalty == 1.0


def test_short_text_score_is_not_extreme():
    v = judge([finding("WL501", "encoding", Severity.ERROR)], words=6)
    assert v.quality >= 50


# --- the fingerprint (kept as it was) ------------------------------------------------------------
def test_one_family_is_no_fingerprint_two_are():
    one = judge([finding("WL301", "typography", language="fr"), finding("WL303", "typography", language="fr")], 300)
    assert one.language is None and "only one rule family" in one.fingerprint
    two = judge([finding("WL301", "typography", language="fr"), finding("WL203", "names", language="fr")], 300)
    assert two.language == "fr" and two.fingerprint.startswith("likely machine-translated from French")
    assert two.families == ["names", "typography"]


def test_round_trip_needs_drift_next_to_language_evidence():
    base = [finding("WL301", "typography", language="fr"), finding("WL103", "translation", language="fr")]
    assert not judge(base, 300).round_trip
    v = judge(base + [finding("WL101", "translation")], 300)
    assert v.round_trip and "round trip of English copy through French" in v.fingerprint
    assert not judge([finding("WL101", "translation")], 300).round_trip


def test_count_words():
    assert count_words("Xi, 70, and Putin’s state-run TV — “no limits”.") == 8


# --- the model ------------------------------------------------------------------------------------
def test_model_is_well_formed():
    m = model()
    assert m is not None, "wirelint/rules/data/verdict_model.json is missing: run scripts/fit_verdict.py"
    n = len(m["features"])
    assert n == len(set(m["features"])) and all(len(m[k]) == n for k in ("mean", "scale", "coef", "baseline"))
    assert all(math.isfinite(v) for k in ("mean", "scale", "coef", "baseline") for v in m[k])
    assert all(s > 0 for s in m["scale"])
    t = m["thresholds"]
    assert 0 < t["clean"] < t["translated"] < 1 and t["translated"] >= 0.5
    # every feature is one the verdict computes, from findings or from the text profile
    x = features([], 500, profile("The minister said on Tuesday that talks would resume. " * 20))
    assert set(m["features"]) <= set(x)


def test_evidence_of_damage_only_adds():
    m = model()
    for name, coef in zip(m["features"], m["coef"]):
        if name in ("lang_families", "lang_findings", "tells", "spun", "translation", "names", "typography",
                    "encoding", "grammar"):
            assert coef >= 0, name


def test_probability_bounds_and_verdict_follow_thresholds():
    t = model()["thresholds"]
    for fs in ([], [finding("WL105", "translation", Severity.INFO, "zh")] * 5,
               [finding("WL301", "typography", language="fr")] * 30):
        v = judge(fs, 400)
        assert 0.0 <= v.mt_probability <= 1.0
        expected = "translated" if v.mt_probability >= t["translated"] else "clean" if v.mt_probability <= t["clean"] else "uncertain"
        assert v.mt_verdict == expected


def test_more_evidence_never_lowers_the_probability():
    tells = [finding("WL105", "translation", Severity.INFO, "zh")]
    french = [finding("WL301", "typography", language="fr"), finding("WL203", "names", language="fr")]
    p = [judge(tells * n + french * k, 600).mt_probability for n, k in ((0, 0), (1, 0), (3, 0), (3, 1), (6, 2))]
    assert p == sorted(p) and p[-1] > p[0]


def test_chrome_is_no_evidence_of_translation():
    chrome = [finding("WL401", "boilerplate"), finding("WL402", "boilerplate")] * 5
    assert judge(chrome, 500).mt_probability == judge([], 500).mt_probability


@given(st.integers(min_value=1, max_value=SHORT_WORDS - 1), st.integers(min_value=0, max_value=40))
@settings(max_examples=40, deadline=None)
def test_short_text_is_uncertain_and_never_extreme(words, n):
    v = judge([finding("WL301", "typography", language="fr")] * n, words)
    assert v.mt_verdict == "uncertain" and "too short" in v.reason
    assert 0.2 <= v.mt_probability <= 0.8


def test_evidence_is_sorted_and_points_at_findings():
    fs = [finding("WL105", "translation", Severity.INFO, "zh")] * 4 + [finding("WL120", "translation")] * 2
    v = judge(fs, 500)
    weights = [abs(e.weight) for e in v.mt_evidence]
    assert weights == sorted(weights, reverse=True)
    tells = [e for e in v.mt_evidence if e.feature == "tells"]
    assert tells and tells[0].codes == ["WL105"] and tells[0].weight > 0


# --- on articles ---------------------------------------------------------------------------------
def test_hard_negatives_are_not_translated():
    """Professional copy — agency English, foreign names and diacritics, transcripts with speaker
    labels, press releases, quoted non-native speech — is never judged translated."""
    translated = [name for name, text in clean_texts() if verdict_of(text).mt_verdict == "translated"]
    assert translated == []


def test_damaged_round_trip_scores_below_a_clean_story_with_one_false_alarm(seed_path):
    name, text = clean_texts()[0]
    clean = judge([finding("WL201", "names")], count_words(text), profile(text))
    seed_text = seed_path.read_text(encoding="utf-8")
    damaged = verdict_of(seed_text)
    assert damaged.mt_verdict == "translated" and damaged.kind == "round trip" and damaged.source_language == "fr"
    assert damaged.quality < clean.quality - 20


def test_one_line_mojibake_is_uncertain_with_its_evidence():
    v = verdict_of("Itâ€™s the ministerâ€™s plan.\n")
    assert v.mt_verdict == "uncertain" and "too short" in v.reason and "encoding" in v.reason
    assert v.quality > 0


def test_spun_copy_is_spun():
    text = ("The Affiliated Press said the loss of life toll rose. Turkey's most sensible diplomat told the "
            "New York Occasions that the White Home had no plan. ") * 6
    v = verdict_of(text)
    assert v.kind in ("spun", None) and (v.kind == "spun") == (v.mt_verdict != "clean")


# --- the command line ------------------------------------------------------------------------------
def test_seed_verdict_in_json_and_panel(cli, seed_path):
    r = cli("check", "--output-format", "json", str(seed_path))
    (article,) = r.json()["summary"]["articles"]
    assert article["language"] == "fr" and article["round_trip"] and len(article["families"]) >= 2
    assert article["mt_verdict"] == "translated" and article["kind"] == "round trip"
    assert article["source_language"] == "fr" and 0.5 <= article["mt_probability"] <= 1
    evidence = article["mt_evidence"]
    assert evidence and all({"feature", "value", "edited_copy", "weight", "codes", "text"} <= set(e) for e in evidence)
    r = cli("check", "--output-format", "full", "--no-color", str(seed_path))
    assert "round trip of English copy through French" in r.out and "translated (probability" in r.out


def test_gates_and_summary_only(cli, seed_path, tmp_path):
    clean = tmp_path / "clean.txt"
    clean.write_text(clean_texts()[0][1], encoding="utf-8")
    assert cli("check", "--max-score", "1000", str(seed_path)).code == 0
    assert cli("check", "--max-score", "1", str(seed_path)).code == 1
    assert cli("check", "--fail-under", "99", str(seed_path)).code == 1
    assert cli("check", "--fail-under", "99", str(clean)).code == 0
    r = cli("check", "--fail-on-translated", str(seed_path))
    assert r.code == 1 and "verdict translated" in r.err
    assert cli("check", "--fail-on-translated", str(clean)).code == 0
    r = cli("check", "--summary-only", "--output-format", "concise", str(clean), str(seed_path))
    lines = r.out.strip().splitlines()
    assert len(lines) == 2 and lines[0].startswith(str(seed_path)) and "translated" in lines[0]
    assert "translated" not in lines[1].split(";")[0]


def test_summary_only_table_has_the_verdict(cli, seed_path, tmp_path):
    short = tmp_path / "short.txt"
    short.write_text("Itâ€™s done.\n", encoding="utf-8")
    r = cli("check", "--summary-only", "--output-format", "full", "--no-color", str(seed_path), str(short))
    assert "MT verdict" in r.out and "translated" in r.out and "uncertain" in r.out


@given(st.text(alphabet=st.sampled_from(list("ab Z09'’-_—“”…\u00a0.\néß٣")), max_size=60))
def test_count_words_fast_path_counts_as_the_general_pattern(text):
    from wirelint.verdict import WORD_RE

    assert count_words(text) == len(WORD_RE.findall(text))


@given(st.text(alphabet=st.sampled_from(list("aZ9 '’‘-—–“”…_.\n\u00a0")), max_size=60))
def test_count_words_on_plain_copy_counts_as_the_general_pattern(text):
    from wirelint.verdict import WORD_RE

    assert count_words(text) == len(WORD_RE.findall(text))


@given(st.text(max_size=300))
@settings(max_examples=60, deadline=None)
def test_profile_and_verdict_on_any_text(text):
    prof = profile(text)
    assert all(math.isfinite(v) for v in prof.values())
    v = judge([], count_words(text), prof)
    assert 0.0 <= v.mt_probability <= 1.0


def test_model_file_is_json():
    path = Path(REPO) / "wirelint" / "rules" / "data" / "verdict_model.json"
    assert json.loads(path.read_text(encoding="utf-8"))["version"] == 1


pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.mark.parametrize("unit", ["word ", "a. ", "“Quoted,” he said. ", "\n\n", "don’t ", "Ã© " , "x" * 50])
def test_profile_scales_linearly_and_is_bounded(unit):
    import time

    def cost(n):
        t0 = time.perf_counter()
        profile(unit * n)
        return time.perf_counter() - t0

    small, large = cost(2_000), cost(20_000)
    assert large < 30 * small + 0.2
    huge = unit * 200_000
    t0 = time.perf_counter()
    profile(huge)  # only the first PROFILE_CHARS characters are measured
    assert time.perf_counter() - t0 < 2
