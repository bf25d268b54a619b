"""WL501 searches ftfy's badness pattern only around non-ASCII characters; it must answer exactly
as a search of the whole segment does."""

import random
import re

from ftfy.badness import MOJIBAKE_CATEGORIES, is_bad

from wirelint.rules.wl501_mojibake import _badness_window, _is_bad


def _alphabet() -> str:
    chars = set("abcxyzAQZ .,?!'\"-\n\t0123")
    for spec in MOJIBAKE_CATEGORIES.values():
        i = 0
        while i < len(spec):
            if i + 2 < len(spec) and spec[i + 1] == "-":
                chars.update(chr(c) for c in range(ord(spec[i]), ord(spec[i + 2]) + 1))
                i += 3
            else:
                chars.add(spec[i])
                i += 1
    chars.update("ÃÂâ€™œВЂГўβā×²à√≈‚Ä")
    return "".join(sorted(chars))


def test_the_window_applies_to_the_installed_ftfy():
    assert _badness_window() is not None


def test_window_search_agrees_with_a_full_search():
    rng = random.Random(501)
    alphabet = _alphabet()
    ascii_heavy = "abcdefghij klmnop ,.'" * 4
    disagreements = []
    for n in range(4000):
        pool = alphabet if n % 2 else alphabet + ascii_heavy
        s = "".join(rng.choice(pool) for _ in range(rng.randint(0, 40)))
        if _is_bad(s, is_bad) != is_bad(s):
            disagreements.append(s)
    assert disagreements == []
    positives = sum(is_bad("".join(rng.choice(alphabet) for _ in range(12))) for _ in range(200))
    assert positives > 20  # the sample really exercises matches


def test_known_mojibake_and_clean_quotes():
    assert _is_bad("He said â€œhelloâ€\x9d today", is_bad)
    assert _is_bad("Ã©tÃ© and more", is_bad)
    assert not _is_bad("He said “hello” — it’s fine… café", is_bad)


def test_lines_of_ascii_and_clean_punctuation_cannot_look_bad():
    """Every branch of ftfy's badness pattern needs a character that is neither ASCII nor one of
    CLEAN_NON_ASCII, so WL501 may skip such lines without asking ftfy."""
    from re import _parser

    from ftfy.badness import BADNESS_RE

    from wirelint.rules.wl501_mojibake import CLEAN_NON_ASCII

    allowed = set(range(128)) | {ord(c) for c in CLEAN_NON_ASCII}

    def excludes_allowed(op, av) -> bool:
        if op is _parser.LITERAL:
            return av not in allowed
        if op is _parser.IN:
            for kind, value in av:
                if kind is _parser.LITERAL and value not in allowed:
                    continue
                if kind is _parser.RANGE and not any(c in allowed for c in range(value[0], value[1] + 1)):
                    continue
                return False
            return True
        return False

    tree = _parser.parse(BADNESS_RE.pattern, BADNESS_RE.flags)
    assert tree.data[0][0] is _parser.BRANCH
    for branch in tree.data[0][1][1]:
        assert any(excludes_allowed(op, av) for op, av in branch.data), branch
    assert not is_bad("“Quote” — it’s ‘fine’… done\u00a0now – yes")


def test_a_line_without_a_pair_of_non_ascii_characters_or_a_lone_bad_one_cannot_look_bad():
    """WL501 skips a line unless MAYBE_BAD_RE finds two non-ASCII characters within the
    pattern's width (one of them not clean punctuation) or one of LONE_BAD: every branch of ftfy's
    badness pattern needs that (with the test above, which shows each branch needs a character
    outside ASCII and CLEAN_NON_ASCII)."""
    from re import _parser

    from ftfy.badness import BADNESS_RE

    from wirelint.rules.wl501_mojibake import LONE_BAD, MAYBE_BAD_RE, MOJIBAKE_WIDTH

    lone = {ord(c) for c in re.sub(r"\\u([0-9a-f]{4})", lambda m: chr(int(m.group(1), 16)), LONE_BAD.replace("-", ""))}
    lone |= set(range(0x80, 0xA0))

    def chars(op, av):
        """The characters an item can match when it matches only non-ASCII ones, else None."""
        if op is _parser.LITERAL:
            return {av} if av > 0x7F else None
        if op is _parser.IN:
            out = set()
            for kind, value in av:
                if kind is _parser.LITERAL and value > 0x7F:
                    out.add(value)
                elif kind is _parser.RANGE and value[0] > 0x7F:
                    out.update(range(value[0], value[1] + 1))
                else:
                    return None
            return out
        return None

    tree = _parser.parse(BADNESS_RE.pattern, BADNESS_RE.flags)
    assert tree.getwidth()[1] <= MOJIBAKE_WIDTH
    for branch in tree.data[0][1][1]:
        items = [c for c in (chars(op, av) for op, av in branch.data) if c is not None]
        assert len(items) >= 2 or (len(items) == 1 and items[0] <= lone), branch
    # and on text: every bad sample is seen by the screen; accented names alone are not
    rng = random.Random(7)
    alphabet = _alphabet()
    for _ in range(3000):
        s = "".join(rng.choice(alphabet + "abc def ") for _ in range(rng.randint(1, 30)))
        if is_bad(s):
            assert MAYBE_BAD_RE.search(s), s
    assert not MAYBE_BAD_RE.search("José met officials in Zürich and Kyiv’s “envoy” — on Monday.")
