"""fixed_names.tsv and spinner_synonyms.tsv: well-formed rows, every listed exception is a form
the generator makes, every word with synonyms occurs in some fixed form, no generated spun form
occurs in professional copy (the clean corpus), and each name's spun forms are flagged."""

from corpora import clean_texts

from wirelint.document import Document
from wirelint.rules._data import tsv_records
from wirelint.rules.wl120_spun_phrase import TOKEN_RE, check, spun_forms

NAMES = tsv_records("fixed_names.tsv")
SYNONYMS = tsv_records("spinner_synonyms.tsv")


def _spun_strings():
    return {" ".join(" ".join(p.tokens) if p else "…" for p in pieces)
            for forms in spun_forms().values() for pieces, *_ in forms}


def test_rows():
    assert len(NAMES) >= 60 and len(SYNONYMS) >= 40
    for r in NAMES:
        assert r["kind"] in ("name", "phrase") and r["name"].strip() == r["name"]
        assert len(r["name"].split()) >= 2 or "'" in r["name"]
    words = [r["word"] for r in SYNONYMS]
    assert len(words) == len(set(words))
    for r in SYNONYMS:
        assert r["word"] == r["word"].lower()
        spun = r["spun"].split("|")
        assert len(spun) == len(set(spun)) and r["word"] not in spun


def test_every_synonym_word_is_used_and_exceptions_are_generated():
    used = {w.lower().replace("’", "'") for r in NAMES for w in r["name"].split()}
    for r in SYNONYMS:
        assert r["word"] in used, f"{r['word']!r} is in no fixed form"
    spun = _spun_strings()
    for r in NAMES:
        for x in filter(None, r["not"].split("|")):
            assert x.lower() not in spun  # excluded, so never generated


def test_no_spun_form_in_clean_copy():
    for name, text in clean_texts():
        assert not check.run(Document(text, name)), name


def test_each_fixed_form_has_a_flagged_spun_form():
    flagged = set()
    for forms in spun_forms().values():
        for pieces, kind, fixed, *_ in forms:
            if fixed in flagged or any(p is None for p in pieces):
                continue
            words = []
            for p in pieces:
                toks = list(p.tokens)
                if p.capital:
                    toks[0] = toks[0].capitalize()
                words.append(" ".join(toks))
            text = f"Officials said that {' '.join(words)} was mentioned on Monday."
            hits = check.run(Document(text))
            assert hits, text
            assert TOKEN_RE.findall(hits[0].replacement)
            flagged.add(fixed)


def test_every_form_fits_the_window():
    """A spun form (an optional word counted as 20 characters) fits the window read around its key."""
    from wirelint.rules.wl120_spun_phrase import MAX_GAP, WINDOW

    for forms in spun_forms().values():
        for pieces, *_ in forms:
            size = sum(len(" ".join(p.tokens)) + MAX_GAP if p else 20 for p in pieces)
            assert size < WINDOW - 20
