"""wl501_mojibake: the seed article, the clean corpus and adversarial input."""


from corpora import seed_hits

from wirelint.document import Document
from wirelint.rules.wl501_mojibake import check as RULE


def test_seed_has_no_false_positive():
    _doc, tp, fp = seed_hits(RULE)
    assert fp == []


def test_ascii_text_does_not_import_ftfy():
    import subprocess
    import sys

    code = (
        "import sys; from wirelint.document import Document; "
        "from wirelint.rules.wl501_mojibake import check; "
        "check.run(Document('Plain ASCII copy.\\nMore of it.')); print('ftfy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_repair_round_trip():
    original = "Le café de la gare, São Paulo, «Zürich» — naïve, it’s “fine"
    broken = original.encode("utf-8").decode("cp1252", errors="replace")
    hits = RULE.run(Document(broken))
    assert hits
    out, pos = [], 0
    for h in sorted(hits, key=lambda h: h.start):
        out += [broken[pos : h.start], h.replacement]
        pos = h.end
    out.append(broken[pos:])
    assert "".join(out) == original
