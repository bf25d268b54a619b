"""Every option that ``wirelint rule CODE`` documents works from configuration: set to its
default and to a real value, the run ends normally (exit 0 or 1), never with a traceback."""

from __future__ import annotations

import json

import pytest

from wirelint.registry import all_rules

OPTIONS = [(r.code, key, value) for r in all_rules() for key, value in r.options.items()]


def toml_value(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{json.dumps(str(k))} = {toml_value(v)}" for k, v in value.items()) + "}"
    raise TypeError(value)


@pytest.mark.parametrize("code, key, value", OPTIONS, ids=[f"{c}-{k}" for c, k, _ in OPTIONS])
def test_documented_option_works_from_configuration(cli, tmp_path, code, key, value):
    (tmp_path / "a.txt").write_text("Talks in Kiev ended , officials said. Zelenski spoke.\n", encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text(
        f"[tool.wirelint.rules.{code}]\n{key.replace('_', '-')} = {toml_value(value)}\n", encoding="utf-8")
    r = cli("check", "--select", code, "a.txt", cwd=tmp_path)
    assert r.code in (0, 1), r.err
    assert "Traceback" not in r.err and "internal error" not in r.err


def test_house_spellings_from_pyproject_changes_the_fix(cli, tmp_path):
    (tmp_path / "a.txt").write_text("President Zelenski thanked allies.\n", encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text(
        '[tool.wirelint.rules.WL203]\nhouse-spellings = { Zelenskyy = "Zelensky" }\n', encoding="utf-8")
    r = cli("check", "--select", "WL203", "--output-format", "json", "a.txt", cwd=tmp_path)
    found = r.json()["findings"]
    assert [f["fix"]["replacement"] for f in found] == ["Zelensky"]


def test_option_of_the_wrong_type_is_one_line(cli, tmp_path):
    (tmp_path / "a.txt").write_text("Talks.\n", encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text('[tool.wirelint.rules.WL203]\nhouse-spellings = "Kyiv"\n', encoding="utf-8")
    r = cli("check", "a.txt", cwd=tmp_path)
    assert r.code == 2 and "house-spellings: expected dict" in r.err


def test_accepted_house_pairs_from_pyproject_silence_wl204(cli, tmp_path):
    (tmp_path / "a.txt").write_text("The U.S. Navy and U.S. officials said US troops left.\n", encoding="utf-8")
    r = cli("check", "--select", "WL204", "a.txt", cwd=tmp_path)
    assert r.code == 1
    (tmp_path / "pyproject.toml").write_text('[tool.wirelint.rules.WL204]\naccept = [["U.S.", "US"]]\n', encoding="utf-8")
    r = cli("check", "--select", "WL204", "a.txt", cwd=tmp_path)
    assert r.code == 0, r.out
