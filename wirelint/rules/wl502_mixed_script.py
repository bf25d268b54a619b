"""Cyrillic or Greek letters inside a Latin word ("Defenсe" with a Cyrillic "с"), and stray
combining marks.

Many Cyrillic and Greek letters look exactly like Latin ones: "а е о р с х" or "Α Β Ε Κ Μ Ο Ρ Τ".
A word that mixes them with Latin letters looks normal on screen but is a different string: it
defeats search, spell checking and name matching, and is a known trick of spam and disinformation
copy to dodge filters (homoglyph spoofing). It also comes from OCR and from keyboards switched to
another layout in mid-word. A combining accent with no letter under it (after a space or a
punctuation mark) is debris of the same kind: a diacritic that lost its letter in a conversion.

Words written wholly in Cyrillic or Greek (a name quoted in its original script, "Москва") are
left alone, and so is the micro sign in units ("μg", "μm"). When every foreign letter of the run
has exactly one Latin look-alike (``data/confusables.tsv``) the fix, replacing it with that Latin
letter, is safe; a stray combining mark is removed (safe). Stacks of three or more combining
marks on a Latin letter ("zalgo" text) are reported without a fix.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from wirelint.plain import NOT_PLAIN_RE, is_plain
from wirelint.rule import Hit, bad, good, rule
from wirelint.rules._data import tsv_records
from wirelint.rules._lazy import lazy_compile

# Letters (any script) with the combining marks that belong to them.
WORD_RE = lazy_compile(r"[^\W\d_](?:[^\W\d_]|[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]){0,60}")
MARK_RE = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")
FOREIGN_RE = lazy_compile(r"[\u0370-\u03ff\u1f00-\u1fff\u0400-\u052f\u1c80-\u1c8f\u2de0-\u2dff\ua640-\ua69f]")
UNIT_RE = re.compile(r"[μµ][a-zA-Z]{1,2}")


NON_ASCII_RE = re.compile(r"[^\x00-\x7f]")
# A non-ASCII letter, or a combining mark: what a word the rule looks at must contain.
SCREEN_RE = re.compile(r"[^\W\d_\x00-\x7f]|[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


# One character a word can hold: a letter or a combining mark.
WORD_CHAR_RE = re.compile(r"[^\W\d_]|[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def _words(text: str):
    """The words of ``WORD_RE.finditer(text)`` that hold a non-ASCII letter or a mark. No word
    crosses a character that is neither letter nor mark, so each run of letters and marks is
    cut into words the same wherever a scan starts; only runs with such a character are read."""
    done, n = 0, len(text)
    screen = SCREEN_RE.match
    unit = WORD_CHAR_RE.match
    for c in NOT_PLAIN_RE.finditer(text):  # outside ASCII and clean punctuation: neither letters nor marks are elsewhere
        i = c.start()
        if i < done or not screen(text, i):
            continue
        lo = i
        while lo > done and unit(text, lo - 1):
            lo -= 1
        hi = i + 1
        while hi < n and unit(text, hi):
            hi += 1
        yield from WORD_RE.finditer(text, lo, hi)
        done = hi


@lru_cache(maxsize=1)
def _confusables() -> dict[str, str]:
    return {r["char"]: r["latin"] for r in tsv_records("confusables.tsv")}


@lru_cache(maxsize=4096)
def _script(c: str) -> str:
    if c.isascii():
        return "latin" if c.isalpha() else ""
    try:
        name = unicodedata.name(c)
    except ValueError:
        return ""
    for script in ("LATIN", "CYRILLIC", "GREEK"):
        if name.startswith(script):
            return script.lower()
    return "other"


def _script_name(run: str) -> str:
    return "Greek" if _script(run[0]) == "greek" else "Cyrillic"


@rule(
    code="WL502",
    name="mixed-script",
    category="encoding",
    severity="error",
    summary="Cyrillic or Greek look-alike letter inside a Latin word, or a stray combining mark",
    fix="safe",
    examples=[
        bad("The Ministry of Defen[[с]]e said.", fixed="The Ministry of Defence said."),
        bad("[[Р]]utin met [[Κ]]im in Moscow.", fixed="Putin met Kim in Moscow."),
        bad("Shares in G[[оо]]gle rose.", fixed="Shares in Google rose."),
        bad("A Latin word with a Cyrillic letter: Mo[[п]]day."),
        bad("The price rose,[[\u0301]] sharply.", fixed="The price rose, sharply."),
        bad("He wrote [[\u0300]]and left.", fixed="He wrote and left."),
        bad("z[[\u0300\u0301\u0302\u0303]]algo"),
        good("The Kremlin (Москва) and Athens (Αθήνα) replied."),
        good("Café, naïve, Zürich and Choïgu, also written Choi\u0308gu; Tiê\u0301ng Viê\u0323t."),
        good("A dose of 5 μg and a 10 μm filter; the α-helix and β-blockers."),
        good("A ❤️ emoji and a keycap 1️⃣."),
    ],
)
def check(doc, options):
    text = doc.text
    if is_plain(text):
        return  # no letter or mark outside ASCII
    if not FOREIGN_RE.search(text) and not MARK_RE.search(text):
        return  # no Cyrillic or Greek letter and no combining mark: nothing this rule reports
    table = _confusables()
    for m in _words(text):
        word = m.group()
        if word.isascii():
            continue
        # Stacked marks on a letter (zalgo): three or more marks in a row.
        for mk in MARK_RE.finditer(word):
            if len(mk.group()) >= 3 and _script(word[mk.start() - 1]) == "latin":
                yield Hit(m.start() + mk.start(), m.start() + mk.end(),
                          f"{len(mk.group())} combining marks stacked on one letter",
                          help="remove the extra marks")
        if not FOREIGN_RE.search(word):
            continue
        scripts = {_script(c) for c in word if c.isalpha()}
        if "latin" not in scripts or UNIT_RE.fullmatch(word):
            continue
        i = 0
        while i < len(word):
            if not FOREIGN_RE.match(word, i):
                i += 1
                continue
            j = i
            while j < len(word) and FOREIGN_RE.match(word, j):
                j += 1
            run = word[i:j]
            latin = "".join(table.get(c, "") for c in run)
            fixable = len(latin) == len(run)
            yield Hit(
                m.start() + i,
                m.start() + j,
                f"{_script_name(run)} letter{'s' if len(run) > 1 else ''} “{run}” inside the Latin word “{word}”"
                + (f" (looks like “{latin}”)" if fixable else ""),
                replacement=latin if fixable else None,
                help=f"type the Latin “{latin}”" if fixable else "retype the word in Latin letters",
            )
            i = j
    # Combining marks with no letter to sit on.
    for mk in MARK_RE.finditer(text):
        before = text[mk.start() - 1] if mk.start() else ""
        if before.isalpha() or unicodedata.category(mk.group()[0]) == "Me":
            continue  # a letter's accent, or an enclosing mark (keycap "1️⃣") on a symbol
        yield Hit(mk.start(), mk.end(), "Combining mark with no letter under it",
                  replacement="", help="remove the stray mark")
