"""WL501 hands ftfy only short windows around the signatures a wrong decoding leaves, repairs the
commonest mojibake itself, and aligns a window with its repair in one walk: these tests hold the
screen to the code pages, the quick repair to ftfy's, and the cost to the length of the text."""

import random
import subprocess
import sys
import time

import pytest

from wirelint.document import Document
from wirelint.rules import wl501_mojibake as wl501

# Characters news copy carries: accented Latin, curly quotes and dashes, Cyrillic, Greek, CJK, emoji.
ORIGINAL_CHARS = ("éèàçüöñãõâêîôûëïÉÀÇÜÖÑØøåÅæßœŒłńśżźčřšžőűğışİ" "‘’“”–—…•€£©®™°½"
                  "ПриветМоскваЕлладаΑθήναΕλλάδα" "北京上海中国人民" "😀👍")
ASCII = "abcdefghij klmnop ,.'"
# Words and marks as copy carries them, each in one script.
WORDS = ["café", "São", "Zürich", "naïve", "it’s", "“quote”", "—", "–", "…", "Москва", "Ελλάδα", "北京",
         "😀", "Łódź", "Gdańsk", "€5", "£3", "20°C", "½", "©", "™", "Beyoncé’s", "Ærø", "Dvořák", "Ağrı",
         "İstanbul", "Ökonomie", "Ñandú", "‘scare’", "•", "Привет", "Αθήνα", "上海", "한국", "São Tomé"]


def _copy(seed: int, n: int):
    rng = random.Random(seed)
    for _ in range(n):
        yield " ".join(rng.choice(WORDS) if rng.random() < 0.4 else rng.choice(("the", "said", "of", "a", "Mr.", "in,")) for _ in range(rng.randint(1, 12)))


def _samples(seed: int, n: int):
    rng = random.Random(seed)
    for _ in range(n):
        yield "".join(rng.choice(ORIGINAL_CHARS if rng.random() < 0.3 else ASCII) for _ in range(rng.randint(1, 30)))


def _mojibake(text: str, code_page: str) -> str:
    return "".join(wl501._sloppy(b, code_page) for b in text.encode("utf-8"))


def _screened(text: str) -> bool:
    first, signature, _ = wl501.signatures()
    return any(signature.match(text, m.start()) for m in first.finditer(text))


@pytest.mark.parametrize("code_page", wl501.CODE_PAGES)
def test_every_wrong_decoding_leaves_a_signature(code_page):
    """UTF-8 read as any code page ftfy knows leaves a signature wherever a character beyond ASCII
    stood, except the Mac Roman leads that are clean punctuation (UTF-8 leads 0xD0-0xD5: Cyrillic
    and Armenian read as Mac Roman), which the screen gives up so that “Élysée” stays cheap."""
    missed = []
    for text in _samples(hash(code_page) % 1000, 1500):
        if text.isascii():
            continue
        bad = _mojibake(text, code_page)
        if not _screened(bad):
            leads = {bytes([b]).decode(code_page) for b in text.encode("utf-8") if 0xC2 <= b <= 0xF4}
            if not leads & set(wl501.CLEAN_PUNCTUATION):
                missed.append((text, bad))
    assert missed == []


def test_clean_copy_has_no_signature():
    clean = ("José’s “café” — Zürich… São Paulo, Gdańsk, Łódź, naïve Beyoncé’s “Élysée” ‘Ölüdeniz’ "
             "Москва, Ελλάδα, 北京, costs £5 or €6 at 20°C, ½ mile, © 2024, Fernández-Núñez, CAFÉ")
    first, signature, _ = wl501.signatures()
    assert [m.group() for m in first.finditer(clean) if signature.match(clean, m.start())] == []


def test_curly_quote_heavy_copy_does_not_import_ftfy():
    code = (
        "import sys; from wirelint.document import Document; "
        "from wirelint.rules.wl501_mojibake import check; "
        "text = 'José’s “café” — it’s Zürich’s… São Paulo. ' * 200 + 'Thatâs the donâ€t.'; "
        "hits = check.run(Document(text)); print('ftfy' in sys.modules, len(hits))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "2"]


def test_quick_repair_agrees_with_ftfy():
    """Where ftfy's badness test lets WL501 repair a window, the quick repair (no ftfy) gives the
    original text, and so does ftfy on all but a few windows."""
    fix, is_bad = wl501._ftfy()
    first, signature, _ = wl501.signatures()
    tried = ftfy_differs = 0
    for text in _copy(7, 1500):
        for code_page in ("cp1252", "latin-1"):
            bad = _mojibake(text, code_page)
            if not is_bad(bad):
                continue
            changes = wl501._quick_changes(bad, signature)
            if changes is None:
                continue
            quick, pos = "", 0
            for i1, i2, good_text in changes:
                quick += bad[pos:i1] + good_text
                pos = i2
            quick += bad[pos:]
            tried += 1
            assert quick == text, (text, bad, quick)
            ftfy_differs += fix(bad) != text
    assert tried > 500
    assert ftfy_differs < tried / 20


def test_hits_rebuild_the_repair():
    """Applying WL501's replacements to broken text gives back the original, span by span."""
    rng = random.Random(501)
    checked = 0
    for text in _copy(11, 800):
        if text.isascii():
            continue
        bad = _mojibake(text, rng.choice(("cp1252", "latin-1")))
        hits = sorted(wl501.check.run(Document(bad)), key=lambda h: h.start)
        if not hits or any(h.replacement is None for h in hits):
            continue  # ftfy's badness test found nothing wrong (a few short CJK runs), or no fix
        out, pos = [], 0
        for h in hits:
            out += [bad[pos : h.start], h.replacement]
            pos = h.end
        out.append(bad[pos:])
        assert "".join(out) == text, (text, bad)
        checked += 1
    assert checked > 300


@pytest.mark.parametrize("piece,fixed,spans", [
    ("the cafÃ© is", "the café is", [(7, 9, 7, 8)]),
    ("Ã©tÃ© et", "été et", [(0, 2, 0, 1), (3, 5, 2, 3)]),
    ("A cold Ã  la carte", "A cold à la carte", [(7, 9, 7, 8)]),
    ("abc", "abd", [(2, 3, 2, 3)]),
    ("xÃ©yÃ©z", "xéyéz", [(1, 3, 1, 2), (4, 6, 3, 4)]),
])
def test_align(piece, fixed, spans):
    assert wl501._align(piece, fixed) == spans


def _cost(text: str) -> float:
    t0 = time.perf_counter()
    wl501.check.run(Document(text))
    return time.perf_counter() - t0


@pytest.mark.parametrize("unit", ["Ã©Â", "itâ€™s Ã© fine\n", "ÖÐ¹úÕþ¸® ", "Thatâs â€ “x† y\n"])
def test_mojibake_lines_cost_linear_time(unit):
    """A line of mojibake 8 times longer costs about 8 times as much (quadratic would be 64)."""
    _cost(unit * 50)  # warm up: ftfy imported, patterns built
    small = min(_cost(unit * 500) for _ in range(2))
    large = _cost(unit * 4000)
    assert large < 24 * small + 0.3, f"{unit!r}: {small:.3f}s -> {large:.3f}s"
