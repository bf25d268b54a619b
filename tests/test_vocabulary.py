"""House vocabularies ([tool.wirelint.vocabulary]): matching, fixes, codes, selection,
suppression, configuration errors and cost."""

from __future__ import annotations

import pickle
import time
from pathlib import Path

import pytest

from wirelint.api import lint_text
from wirelint.config import ConfigError, parse_table, read_config
from wirelint.linter import apply_fixes
from wirelint.vocabulary import FIRST_CODE, LAST_CODE, parse_config

WHERE = "pyproject.toml: key 'vocabulary'"


def settings(vocabulary: dict, **top):
    return parse_table({"vocabulary": vocabulary, **top}, Path("/tmp/pyproject.toml"))


def found(text: str, vocabulary: dict, **top):
    st = settings(vocabulary, **top)
    return [f for f in lint_text(text, settings=st, select=["WL7"]) if f.category == "vocabulary"]


def spans(text: str, vocabulary: dict, **top):
    return [text[f.start:f.end] for f in found(text, vocabulary, **top)]


# --- matching ----------------------------------------------------------------------------------
def test_prefer_matches_whole_words_and_fixes():
    text = "Talks in Kiev and Kiev's suburbs; Kievan Rus and KievPost are left alone.\n"
    fs = found(text, {"prefer": {"Kiev": "Kyiv"}})
    assert [text[f.start:f.end] for f in fs] == ["Kiev", "Kiev"]
    assert all(f.replacement == "Kyiv" and f.fix_safe for f in fs)
    assert "'Kiev'" in fs[0].message and "'Kyiv'" in fs[0].message
    assert apply_fixes(text, fs)[0].startswith("Talks in Kyiv and Kyiv's suburbs; Kievan")


def test_smart_case_follows_the_text_and_keeps_capitalised_keys_exact():
    text = "The spokesman stated it. Stated plainly, it was US policy; STATED.\n"
    fs = found(text, {"prefer": {"stated": "said", "US": "U.S."}})
    assert [(text[f.start:f.end], f.replacement) for f in fs] == [
        ("stated", "said"), ("Stated", "Said"), ("US", "U.S."), ("STATED", "SAID")]
    # a capitalised key matches as written: "us" is a pronoun
    assert spans("Tell us more.\n", {"prefer": {"US": "U.S."}}) == []


def test_case_options():
    assert spans("Kiev and kiev.\n", {"prefer": {"Kiev": "Kyiv"}, "case": "ignore"}) == ["Kiev", "kiev"]
    assert spans("stated and Stated.\n", {"prefer": {"stated": {"use": "said", "case": "exact"}}}) == ["stated"]


def test_phrases_match_across_line_breaks_and_apostrophes():
    text = "It was a no holds\nbarred meeting; the mayor’s office and the mayor's car.\n"
    fs = found(text, {"avoid": {"no holds barred": "cliché: say what was agreed", "mayor's office": "say city hall"}})
    assert [text[f.start:f.end] for f in fs] == ["no holds\nbarred", "mayor’s office"]
    assert fs[0].message == "Avoid 'no holds barred': cliché: say what was agreed"
    assert fs[0].replacement is None


def test_avoid_leaves_quotations_alone_by_default_and_prefer_does_not():
    text = 'The minister said the deal was "no holds barred" and that Kiev "is Kiev".\n'
    voc = {"avoid": {"no holds barred": "cliché"}, "prefer": {"Kiev": "Kyiv"}}
    assert spans(text, voc) == ["Kiev", "Kiev"]
    voc["avoid"] = {"no holds barred": {"message": "cliché", "in-quotes": True}}
    assert spans(text, voc) == ["no holds barred", "Kiev", "Kiev"]


def test_exceptions_leave_fixed_phrases_alone():
    text = "Strikes on Kiev; the menu had Chicken Kiev and Dynamo Kiev won.\n"
    voc = {"prefer": {"Kiev": {"use": "Kyiv", "except": ["Chicken Kiev", "Dynamo Kiev"]}}}
    assert spans(text, voc) == ["Kiev"]


def test_several_replacements_give_no_fix():
    fs = found("We will utilize it.\n", {"prefer": {"utilize": ["use", "employ"]}})
    assert len(fs) == 1 and fs[0].replacement is None and "'use' or 'employ'" in fs[0].message


def test_consistent_keeps_the_first_form_with_an_unsafe_fix():
    text = "Zelensky spoke. Later Zelenskyy left, and Zelensky returned; Zelenskyy again.\n"
    fs = found(text, {"consistent": [["Zelenskyy", "Zelensky"]]})
    assert [(text[f.start:f.end], f.replacement, f.fix_safe) for f in fs] == [
        ("Zelenskyy", "Zelensky", False), ("Zelenskyy", "Zelensky", False)]
    assert found("Zelensky spoke. Zelensky left.\n", {"consistent": [["Zelenskyy", "Zelensky"]]}) == []


def test_consistent_lowercase_forms_ignore_case():
    text = "E-mail the desk. Our email is open.\n"
    fs = found(text, {"consistent": [["e-mail", "email"]]})
    assert [(text[f.start:f.end], f.replacement) for f in fs] == [("email", "e-mail")]


def test_patterns():
    text = "They utilise it, utilize it and utilised it; futilise is not a word.\n"
    voc = {"prefer": {r"utili[sz]e": {"use": "use", "pattern": True}}}
    assert spans(text, voc) == ["utilise", "utilize"]
    voc = {"avoid": {r"\w+gate": {"message": "no -gate scandal names", "pattern": True}}}
    assert spans("After Partygate and Watergate, the gate opened.\n", voc) == ["Partygate", "Watergate"]
    voc = {"prefer": {r"(\d+) percent": {"use": r"\1 per cent", "pattern": True}}}
    fs = found("Up 12 percent.\n", voc)
    assert [f.replacement for f in fs] == ["12 per cent"]


@pytest.mark.parametrize("pattern, why", [
    (r"(a+)+b", "inside a repeated group"),
    (r"(a|ab)*c", "repeats an alternation"),
    (r"\w+\w+x", "more than one open-ended"),
    (r"no .* barred", "other than word characters"),
    (r"[^x]+y", "other than word characters"),
    (r"(\w)\1", "back-reference"),
    (r"a{0,500}", "at most 20"),
    (r"a?b?c?d?e?", "more than 4 quantifiers"),
    (r"(unclosed", "bad pattern"),
])
def test_backtracking_or_bad_patterns_are_refused(pattern, why):
    with pytest.raises(ConfigError) as err:
        parse_config({"avoid": {pattern: {"message": "x", "pattern": True}}}, WHERE)
    assert why in str(err.value)
    assert str(err.value).startswith(f"pyproject.toml: key 'vocabulary.avoid.") and "\n" not in str(err.value)


def test_patterns_run_in_linear_time_on_adversarial_text():
    voc = {"avoid": {r"\w+gate": {"message": "x", "pattern": True}, r"[a-z]{1,20}ly\w{0,3}": {"message": "y", "pattern": True}},
           "prefer": {"no holds barred": "open"}, "consistent": [["a-a", "aa"]]}
    st = settings(voc)
    timings = []
    for n in (20_000, 80_000):
        shapes = ["a" * n, "a-" * (n // 2), "no holds " * (n // 9), "ly " * (n // 3), ("aa a-a " * n)[:n]]
        t0 = time.perf_counter()
        for text in shapes:
            lint_text(text, settings=st, select=["WL7"])
        timings.append(time.perf_counter() - t0)
    assert timings[1] < timings[0] * 8 + 0.2  # 4x the text: linear, not quadratic (16x)


# --- the table's own mistakes ------------------------------------------------------------------
@pytest.mark.parametrize("vocabulary, message", [
    ({"prefer": {"Kiev": "Kyiv"}, "avoid": {"Kyiv": "no"}}, "key 'vocabulary.prefer.Kiev': the replacement 'Kyiv' is flagged by avoid 'Kyiv'"),
    ({"prefer": {"Kiev": "Kyiv", "Kyiv": "Kiev"}}, "a loop"),
    ({"prefer": {"colour": "color", "color": "hue"}}, "key 'vocabulary.prefer.colour': the replacement 'color' is flagged by prefer 'color'"),
    ({"prefer": {"stated": "Stated"}}, "flagged by the same entry"),
    ({"prefer": {"Kiev": "Kyiv"}, "avoid": {"Kiev": "no"}}, "already listed under prefer"),
    ({"consistent": [["Kiev", "Kyiv"]], "prefer": {"Kiev": "Kyiv"}}, "the form 'Kiev' is flagged by prefer 'Kiev'"),
    ({"consistent": [["a-b", "ab"], ["ab", "a b"]]}, "already in another group"),
    ({"consistent": [["Zelensky"]]}, "two or more forms"),
    ({"prefer": {"Kiev": {"spelling": "Kyiv"}}}, "key 'vocabulary.prefer.Kiev.spelling': unknown key"),
    ({"prefer": {"Kiev": {"message": "old"}}}, "key 'vocabulary.prefer.Kiev.use': required"),
    ({"prefer": {"Kiev": 3}}, "key 'vocabulary.prefer.Kiev': expected"),
    ({"prefer": ["Kiev"]}, "key 'vocabulary.prefer': expected a table"),
    ({"prefer": {"Kiev": {"use": "Kyiv", "code": "WL123"}}}, "key 'vocabulary.prefer.Kiev.code': expected a code from WL701"),
    ({"prefer": {"Kiev": {"use": "Kyiv", "code": "WL710"}, "Odessa": {"use": "Odesa", "code": "WL710"}}}, "already pinned"),
    ({"prefer": {f"word{i}": f"other{i}" for i in range(100)}}, "100 entries"),
    ({"case": "lower"}, "key 'vocabulary.case': expected one of smart, exact, ignore"),
    ({"severity": "fatal"}, "key 'vocabulary.severity': unknown severity"),
    ({"substitute": {}}, "key 'vocabulary.substitute': unknown key"),
])
def test_mistakes_are_one_line_naming_the_key(vocabulary, message):
    with pytest.raises(ConfigError) as err:
        parse_config(vocabulary, WHERE)
    assert message in str(err.value) and "\n" not in str(err.value)


def test_a_mistake_exits_2_with_one_line_naming_the_file(cli, tmp_path):
    (tmp_path / "a.txt").write_text("Talks in Kiev.\n", encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text(
        '[tool.wirelint.vocabulary]\nprefer = { "Kiev" = "Kyiv", "Kyiv" = "Kiev" }\n', encoding="utf-8")
    r = cli("check", "a.txt", cwd=tmp_path)
    assert r.code == 2 and "Traceback" not in r.err
    lines = r.err.strip().splitlines()
    assert len(lines) == 1 and "pyproject.toml: key 'vocabulary.prefer.Kiev'" in lines[0] and "loop" in lines[0]


# --- codes and names ---------------------------------------------------------------------------
def test_codes_are_in_range_unique_and_independent_of_table_order():
    prefer = {f"Word{i}": f"Other{i}" for i in range(40)}
    a = parse_config({"prefer": prefer, "avoid": {"synergy": "jargon"}}, WHERE)
    b = parse_config({"avoid": {"synergy": "jargon"}, "prefer": dict(reversed(list(prefer.items())))}, WHERE)
    code_a = {e.key: c for e, c in zip(a.entries, a.codes)}
    code_b = {e.key: c for e, c in zip(b.entries, b.codes)}
    assert code_a == code_b
    assert len(set(a.codes)) == len(a.codes)
    assert all(FIRST_CODE <= int(c[2:]) <= LAST_CODE for c in a.codes)


def test_removing_an_entry_keeps_the_other_codes_unless_they_collided():
    base = {"prefer": {"Kiev": "Kyiv", "Odessa": "Odesa", "Kharkov": "Kharkiv"}, "avoid": {"synergy": "jargon"}}
    full = parse_config(base, WHERE)
    smaller = parse_config({"prefer": {"Kiev": "Kyiv", "Odessa": "Odesa"}, "avoid": {"synergy": "jargon"}}, WHERE)
    homes = [e.home for e in full.entries]
    if len(set(homes)) == len(homes):  # no collision among these (the case for these keys)
        assert {e.key: c for e, c in zip(smaller.entries, smaller.codes)} == \
               {e.key: c for e, c in zip(full.entries, full.codes) if e.key != "Kharkov"}


def test_a_pinned_code_and_names():
    v = parse_config({"prefer": {"Kiev": {"use": "Kyiv", "code": "wl742"}}, "avoid": {"no holds barred": "cliché"},
                      "consistent": [["Zelensky", "Zelenskyy"]]}, WHERE)
    rules = {r.name: r for r in v.rules}
    assert rules["prefer-kiev"].code == "WL742"
    assert set(rules) == {"prefer-kiev", "avoid-no-holds-barred", "consistent-zelensky"}
    assert rules["prefer-kiev"].fix == "safe" and rules["avoid-no-holds-barred"].fix is None
    assert rules["consistent-zelensky"].fix == "unsafe"
    assert "Kiev" in rules["prefer-kiev"].explain() and "Kyiv" in rules["prefer-kiev"].explain()


def test_settings_with_a_vocabulary_hash_compare_and_pickle():
    a = settings({"prefer": {"Kiev": "Kyiv"}})
    b = settings({"prefer": {"Kiev": "Kyiv"}})
    assert a.tables == b.tables and hash(a.tables) == hash(b.tables)
    again = pickle.loads(pickle.dumps(a))
    assert [r.code for r in again.configured_rules] == [r.code for r in a.configured_rules]
    assert [f.code for f in lint_text("In Kiev.\n", settings=again)] == [a.configured_rules[0].code]


# --- through the command line ------------------------------------------------------------------
ARTICLE = "KYIV, Ukraine (AP) — Air raid sirens sounded across Kiev overnight, officials stated.\n"
PYPROJECT = """[tool.wirelint.vocabulary]
prefer = { "Kiev" = "Kyiv", "stated" = "said" }
avoid = { "no holds barred" = "cliché: say what was agreed" }
"""


def _project(tmp_path: Path, pyproject: str = PYPROJECT, text: str = ARTICLE) -> Path:
    (tmp_path / "pyproject.toml").write_text(pyproject, encoding="utf-8")
    (tmp_path / "article.txt").write_text(text, encoding="utf-8")
    return tmp_path


def _codes(tmp_path):
    return {e.key: c for e, c in zip(read_config(tmp_path / "pyproject.toml").table("vocabulary").entries,
                                     read_config(tmp_path / "pyproject.toml").table("vocabulary").codes)}


def test_a_vocabulary_in_pyproject_flags_and_fixes_kiev(cli, tmp_path):
    _project(tmp_path)
    r = cli("check", "--output-format", "json", "article.txt", cwd=tmp_path)
    assert r.code == 1
    names = [f["name"] for f in r.json()["findings"]]
    assert names == ["prefer-kiev", "prefer-stated"]
    r = cli("check", "--fix", "article.txt", cwd=tmp_path)
    assert (tmp_path / "article.txt").read_text(encoding="utf-8") == \
        "KYIV, Ukraine (AP) — Air raid sirens sounded across Kyiv overnight, officials said.\n"
    assert r.code == 0, r.out + r.err


def test_wirelint_toml_takes_the_table_at_the_top_level(cli, tmp_path):
    (tmp_path / "wirelint.toml").write_text('[vocabulary]\nprefer = { "Kiev" = "Kyiv" }\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text("Strikes on Kiev.\n", encoding="utf-8")
    r = cli("check", "--output-format", "json", "a.txt", cwd=tmp_path)
    assert [f["name"] for f in r.json()["findings"]] == ["prefer-kiev"]


def test_selected_ignored_and_severity_by_code_or_name(cli, tmp_path):
    _project(tmp_path)
    codes = _codes(tmp_path)
    r = cli("check", "--select", codes["Kiev"], "--output-format", "json", "article.txt", cwd=tmp_path)
    assert [f["code"] for f in r.json()["findings"]] == [codes["Kiev"]]
    r = cli("check", "--ignore", "prefer-kiev", "--output-format", "json", "article.txt", cwd=tmp_path)
    assert [f["name"] for f in r.json()["findings"]] == ["prefer-stated"]
    r = cli("check", "--select", "WL7", "--ignore", "prefer-stated", "--output-format", "json", "article.txt", cwd=tmp_path)
    assert [f["name"] for f in r.json()["findings"]] == ["prefer-kiev"]
    r = cli("check", "--select", "prefer-nothing", "article.txt", cwd=tmp_path)
    assert r.code == 2 and "unknown rule code or name 'prefer-nothing'" in r.err
    (tmp_path / "pyproject.toml").write_text(
        PYPROJECT.replace("[tool.wirelint.vocabulary]", '[tool.wirelint]\nignore = ["prefer-stated"]\n'
                          'severity = { "prefer-kiev" = "error" }\n[tool.wirelint.vocabulary]'), encoding="utf-8")
    r = cli("check", "--output-format", "json", "article.txt", cwd=tmp_path)
    assert [(f["name"], f["severity"]) for f in r.json()["findings"]] == [("prefer-kiev", "error")]


def test_suppressed_like_any_rule(cli, tmp_path):
    _project(tmp_path, text="<!-- wirelint: disable-next-line prefer-kiev -->\nAcross Kiev, officials stated.\n")
    r = cli("check", "--output-format", "json", "article.txt", cwd=tmp_path)
    assert [f["name"] for f in r.json()["findings"]] == ["prefer-stated"]
    _project(tmp_path)
    code = _codes(tmp_path)["stated"]
    (tmp_path / "wirelint-ignore.toml").write_text(
        f'[[suppress]]\npath = "article.txt"\ncode = "{code}"\ntext = "stated"\nreason = "quoted as printed"\n', encoding="utf-8")
    r = cli("check", "--output-format", "json", "article.txt", cwd=tmp_path)
    assert [f["name"] for f in r.json()["findings"]] == ["prefer-kiev"]


def test_listed_and_explained(cli, tmp_path):
    _project(tmp_path)
    code = _codes(tmp_path)["Kiev"]
    r = cli("rules", "--output-format", "json", cwd=tmp_path)
    listed = {d["name"]: d for d in r.json()}
    assert listed["prefer-kiev"]["code"] == code and listed["prefer-kiev"]["category"] == "vocabulary"
    assert "WL101" in {d["code"] for d in r.json()}
    r = cli("rule", code, cwd=tmp_path)
    assert r.code == 0 and "'Kiev' -> 'Kyiv'" in r.out and "Fix: safe" in r.out
    r = cli("rule", "avoid-no-holds-barred", cwd=tmp_path)
    assert r.code == 0 and "cliché" in r.out


def test_house_spellings_fold_into_wl203(cli, tmp_path):
    _project(tmp_path, pyproject='[tool.wirelint.vocabulary]\nprefer = { "Zelenskyy" = "Zelensky" }\n',
             text="President Selenskyj thanked allies.\n")
    r = cli("check", "--select", "WL203", "--output-format", "json", "article.txt", cwd=tmp_path)
    assert [f["fix"]["replacement"] for f in r.json()["findings"]] == ["Zelensky"]
    # the rule's own option still works, and wins for the same name
    _project(tmp_path, pyproject='[tool.wirelint.vocabulary]\nprefer = { "Zelenskyy" = "Zelensky" }\n'
             '[tool.wirelint.rules.WL203]\nhouse-spellings = { Zelenskyy = "Zelenskyi" }\n',
             text="President Selenskyj thanked allies.\n")
    r = cli("check", "--select", "WL203", "--output-format", "json", "article.txt", cwd=tmp_path)
    assert [f["fix"]["replacement"] for f in r.json()["findings"]] == ["Zelenskyi"]


def test_workers_sarif_and_cache_see_the_vocabulary(cli, tmp_path):
    _project(tmp_path)
    for i in range(12):
        (tmp_path / f"a{i}.txt").write_text(ARTICLE, encoding="utf-8")
    r = cli("check", "-j", "2", "--output-format", "json", ".", cwd=tmp_path)
    assert len([f for f in r.json()["findings"] if f["category"] == "vocabulary"]) == 26
    r = cli("check", "--output-format", "sarif", "article.txt", cwd=tmp_path)
    run = r.json()["runs"][0]
    ids = [d["id"] for d in run["tool"]["driver"]["rules"]]
    assert all(ids[res["ruleIndex"]] == res["ruleId"] for res in run["results"])
    cache = tmp_path / ".cache"
    r1 = cli("check", "--cache-dir", str(cache), "--output-format", "json", "article.txt", cwd=tmp_path)
    (tmp_path / "pyproject.toml").write_text(PYPROJECT.replace('"stated" = "said"', '"stated" = "told"'), encoding="utf-8")
    r2 = cli("check", "--cache-dir", str(cache), "--output-format", "json", "article.txt", cwd=tmp_path)
    assert [f["fix"]["replacement"] for f in r1.json()["findings"]] == ["Kyiv", "said"]
    assert [f["fix"]["replacement"] for f in r2.json()["findings"]] == ["Kyiv", "told"]


# --- any text ------------------------------------------------------------------------------------
from hypothesis import HealthCheck, given, settings as hsettings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

BITS = st.sampled_from(["Kiev", "kiev", "KIEV", "Kiev's", "Chicken Kiev", "stated", "no holds", " barred", "\n", "\r\n",
                        "“", "”", '"', "Zelensky", "Zelenskyy", "e-mail", "email", "utilise", "🙂", " ", "'", "’", "x"])
VOCABULARY = {"prefer": {"Kiev": {"use": "Kyiv", "except": ["Chicken Kiev"]}, "stated": "said",
                         r"utili[sz]e": {"use": "use", "pattern": True}},
              "avoid": {"no holds barred": "cliché"}, "consistent": [["Zelensky", "Zelenskyy"], ["e-mail", "email"]]}


@hsettings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=200), st.lists(st.one_of(BITS, st.text(max_size=5)), max_size=40).map("".join)))
def test_any_text_with_a_vocabulary(text):
    st_ = settings(VOCABULARY)
    findings = lint_text(text, settings=st_, select=["WL7"])
    for f in findings:
        assert 0 <= f.start < f.end <= len(text)
    assert [f.to_dict() for f in lint_text(text, settings=st_, select=["WL7"])] == [f.to_dict() for f in findings]
    fixed, _ = apply_fixes(text, findings, unsafe=True)
    assert isinstance(fixed, str)


KEYS = ["Kiev", "kiev", "istanbul", "stated", "a-a", "no holds barred", "mayor's office", "e-mail", "x", "-x", "US", "Straße"]
SCREEN_BITS = st.sampled_from(["Kiev", "KIEV", "kİev", "İSTANBUL", "ıstanbul", "ſtated", "STATED", "a-a-a", "ba-a", "no holds",
                               "\nbarred", "  barred", "mayor’s office", "MAYOR'S OFFICE", "e-mail", "-x", "x", "_", "us", "US",
                               "STRASSE", "straße", "\u212aiev", " ", "é", "1"])


@hsettings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(SCREEN_BITS, st.text(max_size=3)), max_size=30).map("".join), st.sampled_from(KEYS),
       st.sampled_from(["smart", "exact", "ignore"]))
def test_the_literal_first_search_and_the_screen_find_what_the_plain_pattern_finds(text, key, case):
    """The speed-ups keep the matches exactly: the literal-first search with the left edge
    checked in Python finds what a leading (?<!\\w) finds, and the substring screen never says
    'absent' where the pattern matches."""
    import re

    from wirelint.vocabulary import Entry, _compile_form, _ignores_case

    matcher = _compile_form(Entry(kind="avoid", key=key, forms=(key,), case=case), key, "test")
    plain = re.compile(("(?<!\\w)" if key[0].isalnum() else "") + matcher.rx.pattern,
                       re.IGNORECASE if _ignores_case(key, case) else 0)
    want = [m.span() for m in plain.finditer(text)]
    assert [m.span() for m in matcher.finditer(text)] == want
    if want:
        assert matcher.may_occur(text)
