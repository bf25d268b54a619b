"""first_names.tsv and surname_places.txt: generated name data for the pronoun rules."""

from wirelint.rules._data import data_text, tsv_records


def test_first_names():
    rows = tsv_records("first_names.tsv")
    names = [r["name"] for r in rows]
    assert len(names) >= 4000
    assert len(names) == len(set(names)) and names == sorted(names)
    assert {r["gender"] for r in rows} == {"f", "m"}
    by = {r["name"]: r["gender"] for r in rows}
    assert by["Mary"] == "f" and by["John"] == "m" and by["Giorgia"] == "f" and by["Volodymyr"] == "m"
    for ambiguous in ("Andrea", "Nicola", "Jean", "Kim", "Jordan", "Robin"):
        assert ambiguous not in by, ambiguous
    assert all(len(n) >= 3 and n[0].isupper() for n in names)
    assert "names" in data_text("first_names.tsv").splitlines()[1], "the build records its source"


def test_surname_places():
    lines = [w for w in data_text("surname_places.txt").splitlines() if w and not w.startswith("#")]
    assert lines == sorted(set(lines))
    assert "Lincoln" in lines and "Darwin" in lines
    assert "Tottenham" not in lines
