"""demonyms.txt and nationality_nouns.txt: generated/curated word lists for WL103."""

import importlib.util
import pathlib

from wirelint.rules._data import data_text


def words(name):
    return [w for w in data_text(name).splitlines() if w.strip() and not w.startswith("#")]


def test_demonyms():
    dems = words("demonyms.txt")
    assert len(dems) >= 150
    assert len(dems) == len(set(dems))
    assert dems == sorted(dems)
    for d in ("Chinese", "Russian", "Ukrainian", "American", "French", "South Korean"):
        assert d in dems
    for d in dems:
        assert d[0].isupper() and d == d.strip()
        assert not d.endswith("er"), f"{d} is a noun form"
    assert "countryinfo" in data_text("demonyms.txt").splitlines()[1], "the build records its source"


def test_nouns():
    nouns = words("nationality_nouns.txt")
    assert len(nouns) == len(set(nouns))
    assert all(n.islower() and n.isalpha() for n in nouns)
    assert {"officials", "companies", "troops", "authorities"} <= set(nouns)
    assert not set(nouns) & {d.lower() for d in words("demonyms.txt")}


def test_build_script_is_checked_in():
    path = pathlib.Path(__file__).resolve().parents[2] / "scripts" / "build_demonyms.py"
    assert path.exists()
    if importlib.util.find_spec("countryinfo") is not None:  # only where the build dep is present
        import subprocess, sys
        assert subprocess.run([sys.executable, str(path), "--check"]).returncode == 0
