"""Mojibake: text decoded with the wrong character set ("cafÃ©", "itâ€™s", "РџСЂРёРІРµС‚"), what
is left of it when a tool dropped the bytes it could not show ("Thatâs", "â€"), U+FFFD
replacement characters, stray C1 control characters, private-use characters, and runs of text
decoded so wrongly that no repair applies.

Scrapers and content farms copy text through tools that guess encodings. When UTF-8 bytes are
read as Windows-1252 (or Latin-1, or a Cyrillic, Greek or Mac code page) every accented letter and
curly quote turns into two or three characters of garbage; when the bytes cannot be read at all
they become "�" (U+FFFD); when Windows-1252 text is read as Latin-1 its curly quotes and dashes
become invisible C1 control characters (U+0080–U+009F). Tools that then strip what they cannot
print leave a lone "â" where an apostrophe stood ("Thatâs", the C1 bytes of "’" removed) or "â€"
where a closing quotation mark stood (its last byte, 0x9D, has no Windows-1252 character), and a
later "repair" may turn that "â€ " into a dagger, "Hello†today". Chinese or Korean copy read as
Latin-1 ("ÖÐ¹úÕþ¸®") has no repair ftfy can make. None of this is ever intended in news copy.

How: a wrong decoding leaves a mark of its own, a lead byte's character followed by continuation
bytes' characters *of the same code page* ("Ã" then "©"; "Ð" then "¿"; "â€" then "™"). The rule
first looks for those signatures (derived from the code pages themselves, built on first need);
text with none, however many curly quotes or accented names it has, never loads ftfy. Around each
signature it takes a short window (at most WINDOW characters of one line). A run of characters
that reads back as Windows-1252 or Latin-1 bytes and decodes as UTF-8, and holds a character no
clean text puts after an accented letter ("©", "Ÿ", "š"), is repaired at once; anything less
certain goes to ftfy, which knows every code page and how it goes wrong and is careful with real
text such as "SÃO PAULO" or "naïve". A window and ftfy's repair are aligned in one linear walk,
and a document spends at most FTFY_BUDGET characters on ftfy (past that, what is left is reported
unrepaired), so no line costs more than its length. The fix is the repair of the span and is
safe. Dropped bytes are the rule's own: a lone "â" is an apostrophe when a contraction or
possessive follows ("donât", "Trumpâs"); "â€" after a word, or a dagger after a word inside an
open quotation, is a closing quotation mark. HTML entities left in plain text ("&amp;",
"&#8212;") are decoded. Where the lost character is not certain (a U+FFFD, "â" between spaces, a
run no code page decodes, private-use characters) the finding has no fix.

Left alone: accented names and words in any language ("José", "São Paulo", "Lâm", "pâté",
"România"), text in its own script ("Москва", "Ελλάδα", "北京"), a dagger used as a footnote mark
outside a quotation, and "â" inside a word that is not English.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from wirelint.plain import is_plain
from wirelint.rule import Hit, bad, good, rule
from wirelint.rules._lazy import lazy_compile

C1_OR_FFFD_RE = re.compile(r"[\u0080-\u009f\ufffd]")
PRIVATE_USE_RE = lazy_compile(r"[\ue000-\uf8ff]+")
WINDOW = 256  # the longest stretch handed to ftfy at once
# ftfy is thorough and slow (~0.1 ms a call, ~25 µs a character on dense garbage): a document may
# spend this many characters (a call counting FTFY_CALL_COST) on it; past that, what would have
# gone to ftfy is reported without a fix, so no input costs more than about a second of ftfy.
FTFY_BUDGET = 40_000
FTFY_CALL_COST = 100
CONTEXT = 8  # characters of context on each side of a signature (ftfy's badness needs up to 7)
# The code pages ftfy knows how to undo (ftfy.chardata.CHARMAP_ENCODINGS), as Python names; a
# byte a code page does not define reads as the C1 control of the same number ("sloppy").
CODE_PAGES = ("latin-1", "cp1252", "cp1251", "cp1250", "cp1253", "cp1254", "cp1257", "iso8859-2",
              "mac-roman", "cp437")
# The punctuation of clean copy (see wirelint.plain) never counts as a lead character: a curly
# quote before an accented capital ("“Élysée") is not Mac Roman mojibake of a Cyrillic letter.
CLEAN_PUNCTUATION = "\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u00a0"
APOSTROPHE = "\u2019"
# What a lone "â" (UTF-8 E2 with its two C1 bytes stripped) can be followed by to be an
# apostrophe for certain, and the words it must then follow.
NT_STEMS = frozenset("don doesn didn isn wasn aren weren hasn haven hadn can couldn wouldn shouldn won "
                     "mustn needn ain mightn shan".split())
PRONOUNS = frozenset("i you we they he she it who that there what where here let".split())
DAGGER = "\u2020"


def _sloppy(byte: int, code_page: str) -> str:
    try:
        return bytes([byte]).decode(code_page)
    except UnicodeDecodeError:
        return chr(byte)


def _char_class(chars) -> str:
    return "".join(sorted({re.escape(c) for c in chars}))


@lru_cache(maxsize=1)
def signatures() -> tuple[re.Pattern[str], re.Pattern[str], str]:
    """``(first, signature, continuations)``: ``first`` finds a character a signature can start
    with; ``signature.match`` at that place says whether one starts there; ``continuations`` are
    the Windows-1252 characters of bytes 0x80–0xBF. A signature is a lead character followed by
    continuation characters of the same code page: one after a 2-byte lead (0xC2–0xDF), two after
    a 3- or 4-byte lead (0xE0–0xF4); or "â€" (E2 80, the start of every curly quote and dash);
    or a C1 control, U+FFFD, or "Â"/"Ã" before a space (a no-break space turned into a space)."""
    branches, firsts = [], set()
    for cp in CODE_PAGES:
        cont = _char_class(_sloppy(b, cp) for b in range(0x80, 0xC0))
        for lo, hi, need in ((0xC2, 0xDF, 1), (0xE0, 0xEF, 2), (0xF0, 0xF4, 2)):
            leads = {_sloppy(b, cp) for b in range(lo, hi + 1)} - set(CLEAN_PUNCTUATION)
            leads = {c for c in leads if not c.isascii()}
            firsts |= leads
            branches.append(f"[{_char_class(leads)}][{cont}]{{{need}}}")
    branches += ["â€", r"[\u0080-\u009f\ufffd]", "[ÂÃ][ \u00a0]"]
    firsts |= set("â\ufffdÂÃ") | {chr(c) for c in range(0x80, 0xA0)}
    first = re.compile(f"[{_char_class(firsts)}]")
    continuations = "".join(_sloppy(b, "cp1252") for b in range(0x80, 0xC0))
    return first, re.compile("|".join(branches)), continuations


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


def _describe(bad_text: str, good_text: str) -> str:
    if "\ufffd" in bad_text:
        return "U+FFFD replacement character: a character was lost in decoding"
    if any("\u0080" <= c <= "\u009f" for c in bad_text):
        return "C1 control character: Windows-1252 text read as Latin-1"
    return f"Mojibake “{bad_text}” (wrongly decoded text) for “{good_text}”"


def _is_ascii_letter(c: str) -> bool:
    return c.isascii() and c.isalpha()


def _lone_a(text: str, continuations: str):
    """A lone "â": UTF-8 E2 (every curly quote, dash and ellipsis starts with it) read as Latin-1
    with its two C1 bytes stripped. Only ASCII words around it count: "Lâm", "pâté", "Hâlâ" and
    "Grândola" are words of other languages."""
    n = len(text)
    for i in _find_all(text, "â"):
        if i + 1 < n and (text[i + 1] in continuations or "\u0080" <= text[i + 1] <= "\u009f"):
            continue  # "â€™" or "â\x80\x99": a full signature, ftfy's to repair
        s = i
        while s > 0 and _is_ascii_letter(text[s - 1]):
            s -= 1
        e = i + 1
        while e < n and _is_ascii_letter(text[e]):
            e += 1
        if (s > 0 and text[s - 1].isalpha() and text[s - 1] not in continuations) or \
                (e < n and text[e].isalpha() and text[e] not in continuations):
            continue  # a letter beyond ASCII next to the word (not mojibake's "œ" of "â€œ"): not English
        before, after = text[s:i], text[i + 1 : e]
        if before and after:
            low, tail = before.lower(), after.lower()
            if (tail == "t" and low in NT_STEMS) or (tail in ("re", "ll", "ve", "d") and low in PRONOUNS) \
                    or (tail == "m" and before == "I") or (tail == "s" and len(before) >= 2):
                yield Hit(i, i + 1, f"Lone “â” for an apostrophe in “{before}â{after}” (its C1 bytes were dropped)",
                          replacement=APOSTROPHE, help=f"write “{before}{APOSTROPHE}{after}”")
            continue  # any other "â" between letters may be a letter of a foreign word
        if before:
            if len(before) < 2:
                continue
            what = "a closing quotation mark, apostrophe or dash"
        elif after:
            if not after[0].isupper() or (s > 0 and not text[s - 1].isspace()):
                continue  # "âme", "âge": French words
            what = "an opening quotation mark"
        else:
            if (s > 0 and not text[s - 1].isspace()) or (e < n and not text[e].isspace()):
                continue
            what = "a dash or quotation mark"
        yield Hit(i, i + 1, f"Lone “â”: {what} whose other bytes were dropped",
                  help="restore the lost punctuation from the source")


def _truncated_euro(text: str, continuations: str):
    """ "â€" with no third character: the start of a curly quote or dash whose last byte has no
    Windows-1252 character (0x9D of ”) and was dropped."""
    n = len(text)
    for i in _find_all(text, "â€"):
        j = i + 2
        nxt = text[j] if j < n else ""
        if nxt and nxt in continuations:
            continue  # a complete signature: ftfy repairs it
        prev = text[i - 1] if i else ""
        if prev and not prev.isspace() and (not nxt or nxt.isspace() or nxt in ",.;:!?)"):
            yield Hit(i, j, "“â€”: a closing quotation mark whose last byte (0x9D) was dropped",
                      replacement="”", help="write ”")
        else:
            yield Hit(i, j, "“â€”: a curly quotation mark or dash whose last byte was dropped",
                      help="restore the lost punctuation from the source")


QUOTE_STATE_RE = re.compile("“|”|â€œ|â€\u009d|\n|\r|\u2020")


def _false_daggers(text: str):
    """A dagger right after a word inside an open quotation: "â€ " (a closing quote with its
    last byte dropped, then a space) that a repair tool read as E2 80 A0, the dagger."""
    pending = False
    n = len(text)
    for m in QUOTE_STATE_RE.finditer(text):
        c = m.group()
        if c == DAGGER:
            i = m.start()
            prev = text[i - 1] if i else ""
            if not pending or not (prev.isascii() and (prev.isalnum() or prev in ".,;:!?")):
                continue  # after a space, a mark beyond ASCII ("Ã†", Æ read as Windows-1252) or nothing
            nxt = text[i + 1] if i + 1 < n else ""
            yield Hit(i, i + 1, "Dagger “†” where a closing quotation mark stood (“â€ ” wrongly repaired)",
                      replacement="” " if nxt.isalnum() else "”", safe=False, help="write ”")
            pending = False
        elif c in ("“", "â€œ"):
            pending = True
        else:
            pending = False  # a closing mark or a line break


def _dropped_bytes(text: str, continuations: str):
    """Hits for mojibake whose unprintable bytes were dropped. No ftfy needed."""
    if "â" in text:
        yield from _lone_a(text, continuations)
        if "â€" in text:
            yield from _truncated_euro(text, continuations)
    if DAGGER in text:
        yield from _false_daggers(text)


def _find_all(text: str, s: str):
    i = text.find(s)
    while i >= 0:
        yield i
        i = text.find(s, i + 1)


def _windows(doc, first, signature, taken: list[tuple[int, int]]):
    """Stretches of at most WINDOW characters of one line around the signatures (CONTEXT
    characters each side), merged where they overlap, never covering a span already reported
    (``taken``, sorted)."""
    text = doc.text
    starts, lines = doc.line_starts, doc.lines
    lo = hi = line_hi = -1
    k = 0
    for c in first.finditer(text):
        i = c.start()
        m = signature.match(text, i)
        if not m:
            continue
        while k < len(taken) and taken[k][1] <= i:
            k += 1
        if k < len(taken) and taken[k][0] <= i:
            continue  # inside a span already reported
        if i < line_hi and i - CONTEXT <= hi:
            hi = min(max(hi, m.end() + CONTEXT), line_hi)
            continue
        if hi > lo:
            yield from _pieces(text, lo, hi, taken)
        line_lo, line_hi = lines[bisect.bisect_right(starts, i) - 1]
        lo, hi = max(i - CONTEXT, line_lo), min(m.end() + CONTEXT, line_hi)
    if hi > lo:
        yield from _pieces(text, lo, hi, taken)


def _pieces(text: str, lo: int, hi: int, taken: list[tuple[int, int]]):
    """[lo, hi) without the taken spans inside it, cut into stretches of at most WINDOW
    characters (at a space where one is near the limit)."""
    k = bisect.bisect_left(taken, (lo, lo))
    if k > 0 and taken[k - 1][1] > lo:
        k -= 1
    parts, start = [], lo
    while k < len(taken) and taken[k][0] < hi:
        a, b = taken[k]
        if a > start:
            parts.append((start, a))
        start = max(start, b)
        k += 1
    if start < hi:
        parts.append((start, hi))
    for a, b in parts:
        while b - a > WINDOW:
            cut = text.rfind(" ", a + WINDOW // 2, a + WINDOW)
            if cut <= a or text[cut - 1] in "ÂÃ":
                cut = a + WINDOW
            yield a, cut
            a = cut
        if b > a:
            yield a, b


def _align(piece: str, fixed: str) -> list[tuple[int, int, int, int]]:
    """The changed stretches of piece, as ``(i1, i2, j1, j2)``: piece[i1:i2] became fixed[j1:j2].

    A repair rewrites characters beyond ASCII and keeps every ASCII character, except a space it
    takes for a lost no-break space ("Ã  la" -> "à la"); so one walk over both strings pairs them
    up, in time linear in their length. When they do not pair up, the whole stretch between the
    common prefix and the common suffix is one change."""
    n, m = len(piece), len(fixed)
    p = 0
    while p < n and p < m and piece[p] == fixed[p]:
        p += 1
    s = 0
    while s < n - p and s < m - p and piece[n - 1 - s] == fixed[m - 1 - s]:
        s += 1
    a, b = piece[p : n - s], fixed[p : m - s]
    la, lb = len(a), len(b)
    out: list[list[int]] = []
    i = j = 0
    while i < la or j < lb:
        if i < la and j < lb and a[i] == b[j] and a[i].isascii():
            i += 1
            j += 1
            continue
        i1, j1 = i, j
        while i < la and not a[i].isascii():
            i += 1
        while j < lb and not b[j].isascii():
            j += 1
        if i < la and a[i] == " " and (j >= lb or b[j] != " "):
            i += 1  # the space taken for a lost no-break space
        if (i, j) == (i1, j1):
            return [(p, n - s, p, m - s)]  # ASCII changed: no pairing, one change
        space_taken = j == j1 and a[i1:i] == " "
        if out and (i1 == out[-1][1] or (space_taken and i1 - out[-1][1] <= 1)):
            out[-1][1], out[-1][3] = i, j  # one change: adjacent, or the space after it
        else:
            out.append([i1, i, j1, j])
    return [(p + i1, p + i2, p + j1, p + j2) for i1, i2, j1, j2 in out]


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
        bad("That[[â]]s the plan, and we don[[â]]t expect the mayor[[â]]s office to object.",
            fixed="That’s the plan, and we don’t expect the mayor’s office to object."),
        bad("“We will rebuild the bridge[[â€]] the engineer said.", fixed="“We will rebuild the bridge” the engineer said."),
        bad("“The port will reopen[[†]]officials said on Monday."),
        bad("The label read [[ÖÐ¹úÖÆÔì]] under the logo."),
        bad("A cold [[Ã ]] la carte menu.", fixed="A cold à la carte menu."),
        bad("President Erdo[[ÄŸ]]an met the team from [[Åš]]l[[Ä…]]sk.", fixed="President Erdoğan met the team from Śląsk."),
        bad("AT[[&amp;]]T said it[[&#8217;]]s ready[[&mdash;]]soon.", fixed="AT&T said it’s ready—soon."),
        good("SÃO PAULO — The naïve façade in Zürich; Sergei Choïgu’s “dear friend” … costs £5 or €6."),
        good("Москва and Ελλάδα and 北京 are names in their own scripts."),
        good("Plain ASCII text with 'quotes' and -- dashes."),
        good("Beyoncé’s tour, José’s “café”, Lâm Đồng, România, the pâté and the château’s grâce."),
        good("Smith† died in 1990; the footnote mark† stays."),
    ],
)
def check(doc, options):
    text = doc.text
    if "&" in text and doc.format == "text":
        yield from _entities(text)
    if is_plain(text):
        return  # only ASCII and clean punctuation: nothing a wrong decoding leaves
    first, signature, continuations = signatures()
    taken = []
    for h in _dropped_bytes(text, continuations):
        taken.append((h.start, h.end))
        yield h
    taken.sort()
    fix = is_bad = None
    budget = FTFY_BUDGET
    for a, b in _windows(doc, first, signature, taken):
        piece = text[a:b]
        changes = _quick_changes(piece, signature)
        if changes is not None and _strong(piece, changes):
            yield from _quick_hits(piece, changes, a)  # certain without ftfy's judgement
            continue
        if fix is None:
            fix, is_bad = _ftfy()
        if not (C1_OR_FFFD_RE.search(piece) or is_bad(piece)):
            continue
        if changes is not None:
            yield from _quick_hits(piece, changes, a)
            continue
        if budget <= 0:
            yield from _report(piece, piece, a, True)  # past the budget: reported, not repaired
            continue
        budget -= len(piece) + FTFY_CALL_COST
        try:
            fixed = fix(piece)
        except Exception:  # ftfy must never take the linter down
            fixed = piece
        yield from _report(piece, fixed, a, is_bad(fixed) if fixed != piece else is_bad(piece))
    for m in PRIVATE_USE_RE.finditer(text):
        yield Hit(m.start(), m.end(), "Private-use characters: text in a private font encoding that did not survive copying",
                  help="restore the text from the source")


# Windows-1252's characters for bytes 0x80-0x9F, mapped to the Latin-1 characters of the same
# bytes: ``run.translate(TO_LATIN1).encode("latin-1")`` gives back the bytes a run was read from.
TO_LATIN1 = {ord(bytes([b]).decode("cp1252", errors="ignore") or chr(b)): b for b in range(0x80, 0xA0)}


def _decode_run(run: str) -> str | None:
    """The run read back as Windows-1252 (or Latin-1) bytes and decoded as UTF-8, repeated while
    that succeeds (text encoded twice); None when it does not decode once."""
    out = None
    for _ in range(3):
        try:
            decoded = run.translate(TO_LATIN1).encode("latin-1").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            break
        if decoded == run:
            break
        out = run = decoded
        if run.isascii():
            break
    return out


# Continuation characters no clean text puts after an accented letter: every Windows-1252
# character of bytes 0x80-0xBF but the clean punctuation ("CAFÉ’S", "Ä…" are real text).
STRONG_RE = re.compile("[" + re.escape("".join(sorted(
    {bytes([b]).decode("cp1252", errors="ignore") for b in range(0x80, 0xC0)} - set(CLEAN_PUNCTUATION) - {""}
))) + "\u0080-\u009f]")


def _strong(piece: str, changes) -> bool:
    """Does every run with a signature hold a continuation character clean text never puts
    after a letter, or share its word with a run that does? Then a strict UTF-8 decoding of the
    runs is their repair for certain, with no need for ftfy's judgement ("ErdoÄŸan", "cafÃ©",
    "ÅšlÄ…sk": "Ä…" alone could be "Ä" and an ellipsis, beside "Åš" it cannot)."""
    weak = [c for c in changes if not STRONG_RE.search(piece, c[0], c[1])]
    if not weak:
        return True
    strong_words = {_word_bounds(piece, c[0]) for c in changes if STRONG_RE.search(piece, c[0], c[1])}
    return all(_word_bounds(piece, c[0]) in strong_words for c in weak)


def _word_bounds(s: str, i: int) -> tuple[int, int]:
    a = i
    while a > 0 and not s[a - 1].isspace():
        a -= 1
    b = i
    while b < len(s) and not s[b].isspace():
        b += 1
    return a, b


def _quick_changes(piece: str, signature) -> list[tuple[int, int, str]] | None:
    """The repair of the commonest mojibake (UTF-8 read as Windows-1252 or Latin-1) without
    ftfy, as ``(start, end, repair)`` per run of characters beyond ASCII that holds a signature:
    every such run must decode, else None (ftfy then repairs the window). ftfy costs ~0.1 ms a
    call before it reads a character; this costs a few microseconds."""
    out = []
    for m in NON_ASCII_RUN_RE.finditer(piece):
        if not _has_signature(piece, m.start(), m.end(), signature):
            continue
        decoded = _decode_run(m.group())
        if decoded is None or not decoded.isprintable():
            return None
        out.append((m.start(), m.end(), decoded))
    return out or None


def _quick_hits(piece: str, changes, base: int):
    for i1, i2, good_text in changes:
        if len(good_text) > 1 and _garbled(good_text):
            yield _garbled_hit(piece, i1, i2, base)
            continue
        yield Hit(base + i1, base + i2, _describe(piece[i1:i2], good_text), replacement=good_text,
                  help=f"replace with “{good_text}”")


ENTITY_RE = re.compile(r"&(?:#(\d{2,7})|#[xX]([0-9a-fA-F]{2,6})|([A-Za-z][A-Za-z0-9]{1,9}));")


def _entities(text: str):
    """HTML entities left in plain text ("&amp;", "&#8212;", "&rsquo;"): a scraper copied the
    page's source instead of its text. In Markdown and HTML files they are markup, not damage."""
    unescape = None
    for m in ENTITY_RE.finditer(text):
        if m.group(1) or m.group(2):
            try:
                char = chr(int(m.group(1)) if m.group(1) else int(m.group(2), 16))
            except (ValueError, OverflowError):
                continue
            if not char.isprintable() and char not in "\u00a0":
                continue
        else:
            if unescape is None:
                from html import unescape
            char = unescape(m.group())
            if char == m.group():
                continue  # not an entity HTML knows: "&Co;" in a company name stays
        yield Hit(m.start(), m.end(), f"HTML entity “{m.group()}” left in the text (for “{char}”)",
                  replacement=char, help=f"write “{char}”")


def _report(piece: str, fixed: str, base: int, unrepaired: bool):
    """Hits for a window and its repair. ``unrepaired``: the repair still looks wrongly decoded
    (or there is none), so what changed, or every run with a signature, is reported unfixed."""
    covered: list[tuple[int, int]] = []
    if fixed != piece:
        for i1, i2, j1, j2 in _align(piece, fixed):
            if i2 == i1:
                continue  # a pure insertion has no span to report
            if unrepaired or _garbled(_run(fixed, j1, j2)):
                w1, w2 = _run_span(piece, i1, i2)
                if covered and w1 < covered[-1][1]:
                    continue
                covered.append((w1, w2))
                yield _garbled_hit(piece, w1, w2, base)
                continue
            bad_text, good_text = piece[i1:i2], fixed[j1:j2]
            covered.append((i1, i2))
            lost = "\ufffd" in good_text
            yield Hit(
                base + i1,
                base + i2,
                _describe(bad_text, good_text),
                replacement=None if lost else good_text,
                help=f"replace with “{good_text}”" if not lost else "restore the lost character from the source",
            )
    elif unrepaired:
        first, signature, _ = signatures()
        for m in NON_ASCII_RUN_RE.finditer(piece):
            if _garbled(m.group()) or _has_signature(piece, m.start(), m.end(), signature):
                covered.append(m.span())
                yield _garbled_hit(piece, m.start(), m.end(), base)
    for m in C1_OR_FFFD_RE.finditer(piece):
        if not any(a <= m.start() < b for a, b in covered):
            yield Hit(base + m.start(), base + m.end(), _describe(m.group(), ""),
                      help="restore the lost character from the source")


NON_ASCII_RUN_RE = re.compile(r"[^\x00-\x7f]+")
# Three characters of the Latin-1 block in a row: no language writes that (the most any word
# has is two, as in "créé"); a Chinese or Korean byte stream read as Latin-1 is full of them.
LATIN1_RUN_RE = re.compile(r"[\u00a1-\u00ff]{3}")
SCRIPTS_RE = (re.compile(r"[A-Za-z\u00c0-\u024f]"), re.compile(r"[\u0400-\u04ff]"), re.compile(r"[\u0370-\u03ff]"))


def _garbled(word: str) -> bool:
    """Text no repair made readable: a run of Latin-1 symbols and letters, or one word mixing
    Latin, Cyrillic and Greek letters ("ÖйúÖÆÔì")."""
    return bool(LATIN1_RUN_RE.search(word)) or sum(bool(p.search(word)) for p in SCRIPTS_RE) >= 2


def _run_span(s: str, i: int, j: int) -> tuple[int, int]:
    """[i, j) widened to the run of characters beyond ASCII around it."""
    while i > 0 and not s[i - 1].isascii():
        i -= 1
    while j < len(s) and not s[j].isascii():
        j += 1
    return i, j


def _run(s: str, i: int, j: int) -> str:
    a, b = _run_span(s, i, j)
    return s[a:b]


def _garbled_hit(piece: str, i: int, j: int, base: int) -> Hit:
    return Hit(base + i, base + j, f"Wrongly decoded text “{piece[i:j]}” that no code page repairs",
               help="restore the text from the source")


def _has_signature(s: str, lo: int, hi: int, signature) -> bool:
    """Does a signature start in s[lo:hi]? (A signature may end one character past a run:
    "Ã" and the space after it.)"""
    m = signature.search(s, lo, min(len(s), hi + 1))
    return m is not None and m.start() < hi
