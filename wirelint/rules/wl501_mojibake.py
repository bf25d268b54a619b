"""Mojibake: text decoded with the wrong character set ("cafÃ©", "itâ€™s", "РџСЂРёРІРµС‚"),
U+FFFD replacement characters, and stray C1 control characters.

Scrapers and content farms copy text through tools that guess encodings. When UTF-8 bytes are
read as Windows-1252 (or Latin-1, or a Cyrillic or Greek code page) every accented letter and
curly quote turns into two or three characters of garbage; when the bytes cannot be read at all
they become "�" (U+FFFD); when Windows-1252 text is read as Latin-1 its curly quotes and dashes
become invisible C1 control characters (U+0080–U+009F). None of this is ever intended in news
copy.

Detection and repair are ftfy's (it knows the code pages and how they go wrong, and is careful
with real text such as "SÃO PAULO" or "naïve"). Only lines with a character outside ASCII are
looked at, and ftfy is imported on first need, so clean ASCII copy costs nothing. The fix is
ftfy's repair of the span and is safe; a U+FFFD that ftfy cannot repair is reported without a
fix, since the lost character is unknown.
"""

from __future__ import annotations

import re
from functools import lru_cache

from wirelint.plain import CLEAN_NON_ASCII, NOT_PLAIN_RE, is_plain
from wirelint.rule import Hit, bad, good, rule

NON_ASCII_RE = re.compile(r"[^\x00-\x7f]")
C1_OR_FFFD_RE = re.compile(r"[\u0080-\u009f\ufffd]")
CHUNK = 4000  # longest stretch handed to ftfy and to the diff at once
# No pattern of ftfy's badness heuristic can match text of ASCII and CLEAN_NON_ASCII (the
# punctuation of clean English copy, see wirelint.plain): a line with nothing else is clean and
# ftfy is not even imported for it. Beyond that, every match holds two non-ASCII characters at
# most MOJIBAKE_WIDTH apart, one of them not in CLEAN_NON_ASCII, or one of LONE_BAD; a line with
# an accented name ("José", "Zürich") but neither is clean too, and ftfy (~40 ms to import) is
# not imported for it. tests/test_wl501_window.py checks both on ftfy's pattern.
LONE_BAD = "\u0080-\u009f\u0152\u0153\u00c2\u00c3\ufffd"  # C1 controls, Œ œ Â Ã, U+FFFD
MOJIBAKE_WIDTH = 7
_GAP = f".{{0,{MOJIBAKE_WIDTH - 2}}}"
MAYBE_BAD_RE = re.compile(
    rf"[{LONE_BAD}]|[^\x00-\x7f{CLEAN_NON_ASCII}]{_GAP}[^\x00-\x7f]|[^\x00-\x7f]{_GAP}[^\x00-\x7f{CLEAN_NON_ASCII}]",
    re.DOTALL,
)


@lru_cache(maxsize=1)
def _ftfy():
    import ftfy
    from ftfy.badness import is_bad

    config = ftfy.TextFixerConfig(
        unescape_html=False, remove_terminal_escapes=False, fix_encoding=True,
        restore_byte_a0=True, replace_lossy_sequences=True, decode_inconsistent_utf8=True,
        fix_c1_controls=True, fix_latin_ligatures=False, fix_character_width=False,
        uncurl_quotes=False, fix_line_breaks=False, fix_surrogates=True,
        remove_control_chars=False, normalization=None, explain=False,
    )
    return (lambda s: ftfy.fix_text(s, config)), is_bad


@lru_cache(maxsize=1)
def _badness_window():
    """``(pattern, width)`` when every match of ftfy's badness pattern is at most ``width``
    characters long and holds a non-ASCII character, checked on the pattern itself; else None.

    Then searching the text around each non-ASCII character finds a match exactly when searching
    the whole text does, and clean copy (a few curly quotes per line) costs almost nothing."""
    try:
        from re import _parser

        from ftfy.badness import BADNESS_RE

        tree = _parser.parse(BADNESS_RE.pattern, BADNESS_RE.flags)
        width = tree.getwidth()[1]
        if width > 32 or len(tree.data) != 1 or tree.data[0][0] is not _parser.BRANCH:
            return None

        def non_ascii_item(op, av) -> bool:
            if op is _parser.LITERAL:
                return av > 0x7F
            if op is _parser.IN:
                for kind, value in av:
                    if kind is _parser.LITERAL and value > 0x7F:
                        continue
                    if kind is _parser.RANGE and value[0] > 0x7F:
                        continue
                    return False
                return True
            return False

        def plain(items) -> bool:
            """No look-around and no anchor but ^: a window search sees what a full one does."""
            for op, av in items:
                if op in (_parser.ASSERT, _parser.ASSERT_NOT, _parser.GROUPREF):
                    return False
                if op is _parser.AT and av not in (_parser.AT_BEGINNING, _parser.AT_BEGINNING_STRING):
                    return False
                if op is _parser.BRANCH and not all(plain(b.data) for b in av[1]):
                    return False
                if op is _parser.SUBPATTERN and not plain(av[-1].data):
                    return False
                if op in (_parser.MAX_REPEAT, _parser.MIN_REPEAT, _parser.POSSESSIVE_REPEAT) and not plain(av[-1].data):
                    return False
            return True

        if not plain(tree.data):
            return None
        for branch in tree.data[0][1][1]:
            if not any(non_ascii_item(op, av) for op, av in branch.data):
                return None
        return BADNESS_RE, width
    except Exception:  # an unexpected ftfy or re version: search whole segments
        return None


def _is_bad(segment: str, is_bad) -> bool:
    window = _badness_window()
    if window is None:
        return is_bad(segment)
    pattern, width = window
    search = pattern.search
    end = -1
    for m in NON_ASCII_RE.finditer(segment):
        i = m.start()
        if i < end:
            continue  # inside the window just searched
        lo = max(0, i - width)
        end = i + width + 1
        # Extend the window over non-ASCII characters that follow closely.
        nxt = NON_ASCII_RE.search(segment, i + 1, end + width)
        while nxt is not None:
            end = nxt.start() + width + 1
            nxt = NON_ASCII_RE.search(segment, nxt.start() + 1, end + width)
        if search(segment, lo, end):
            return True
    return False


def _chunks(text: str, start: int, end: int):
    """Split [start, end) into stretches of at most CHUNK characters, cut at white space."""
    while end - start > CHUNK:
        cut = text.rfind(" ", start + CHUNK // 2, start + CHUNK)
        cut = cut + 1 if cut > start else start + CHUNK
        yield start, cut
        start = cut
    if end > start:
        yield start, end


def _describe(bad_text: str, good_text: str) -> str:
    if "\ufffd" in bad_text:
        return "U+FFFD replacement character: a character was lost in decoding"
    if any("\u0080" <= c <= "\u009f" for c in bad_text):
        return "C1 control character: Windows-1252 text read as Latin-1"
    return f"Mojibake “{bad_text}” (wrongly decoded text) for “{good_text}”"


@rule(
    code="WL501",
    name="mojibake",
    category="encoding",
    severity="error",
    summary="Mojibake, U+FFFD or C1 control characters (text decoded with the wrong character set)",
    fix="safe",
    examples=[
        bad("The caf[[Ã©]] in the city[[â€™]]s centre reopened.", fixed="The café in the city’s centre reopened."),
        bad("He said [[\u0093]]no[[\u0094]] twice.", fixed="He said “no” twice."),
        bad("The sign read [[РџСЂРёРІРµС‚]] in Russian.", fixed="The sign read Привет in Russian."),
        bad("Athens [[Î•Î»Î»Î¬Î´Î±]] news", fixed="Athens Ελλάδα news"),
        bad("The mayor of Z[[\ufffd]]rich spoke."),
        good("SÃO PAULO — The naïve façade in Zürich; Sergei Choïgu’s “dear friend” … costs £5 or €6."),
        good("Москва and Ελλάδα and 北京 are names in their own scripts."),
        good("Plain ASCII text with 'quotes' and -- dashes."),
    ],
)
def check(doc, options):
    text = doc.text
    if is_plain(text):
        return  # only ASCII and CLEAN_NON_ASCII: no line is suspect
    fix = is_bad = None
    for line in doc.lines:
        if not NOT_PLAIN_RE.search(text, line.start, line.end) or not MAYBE_BAD_RE.search(text, line.start, line.end):
            continue
        for start, end in _chunks(text, line.start, line.end):
            segment = text[start:end]
            if fix is None:
                fix, is_bad = _ftfy()
            if not (C1_OR_FFFD_RE.search(segment) or _is_bad(segment, is_bad)):
                continue
            try:
                fixed = fix(segment)
            except Exception:  # ftfy must never take the linter down
                fixed = segment
            yield from _diff(segment, fixed, start)


def _diff(segment: str, fixed: str, base: int):
    from difflib import SequenceMatcher

    ops = [op for op in SequenceMatcher(None, segment, fixed, autojunk=False).get_opcodes() if op[0] != "equal"]
    merged: list[list[int]] = []
    for _tag, i1, i2, j1, j2 in ops:
        if merged and i1 == merged[-1][1] and j1 == merged[-1][3]:
            merged[-1][1], merged[-1][3] = i2, j2
        else:
            merged.append([i1, i2, j1, j2])
    covered = []
    for i1, i2, j1, j2 in merged:
        if i2 == i1:
            continue  # a pure insertion has no span to report
        bad_text, good_text = segment[i1:i2], fixed[j1:j2]
        covered.append((i1, i2))
        lost = "\ufffd" in good_text
        yield Hit(
            base + i1,
            base + i2,
            _describe(bad_text, good_text),
            replacement=None if lost else good_text,
            help=f"replace with “{good_text}”" if not lost else "restore the lost character from the source",
        )
    for m in C1_OR_FFFD_RE.finditer(segment):
        if not any(a <= m.start() < b for a, b in covered):
            yield Hit(base + m.start(), base + m.end(), _describe(m.group(), ""),
                      help="restore the lost character from the source")
