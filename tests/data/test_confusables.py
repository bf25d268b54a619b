"""confusables.tsv: each row is a Cyrillic or Greek letter, its code point is right, its Latin
look-alike is one ASCII letter of the same case, and no letter is listed twice."""

import unicodedata

from wirelint.rules._data import tsv_records

ROWS = tsv_records("confusables.tsv")


def test_rows():
    assert len(ROWS) >= 40
    chars = [r["char"] for r in ROWS]
    assert len(chars) == len(set(chars))
    for r in ROWS:
        c = r["char"]
        assert len(c) == 1
        assert r["codepoint"] == f"U+{ord(c):04X}"
        assert r["name"] == unicodedata.name(c)
        assert r["name"].startswith(("CYRILLIC", "GREEK"))
        if r["latin"]:
            assert len(r["latin"]) == 1 and r["latin"].isascii() and r["latin"].isalpha()
            assert r["latin"].isupper() == c.isupper()


def test_replacements_are_latin():
    # A fix must never introduce another flagged letter.
    chars = {r["char"] for r in ROWS}
    assert not any(r["latin"] in chars for r in ROWS)
