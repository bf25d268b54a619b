"""House vocabularies as data: ``[tool.wirelint.vocabulary]`` (``[vocabulary]`` in wirelint.toml).

A desk lists its spellings and bans without writing Python::

    [tool.wirelint.vocabulary]
    prefer = { "Kiev" = "Kyiv", "Zelenskiy" = "Zelenskyy" }     # whole words; fix to the value
    avoid = { "no holds barred" = "cliché: say what was agreed" }  # the message for each
    consistent = [["Zelensky", "Zelenskyy"]]                      # one form throughout an article

Each entry becomes a rule of its own, built here from the configuration and handed to the engine
beside the discovered rules (``Settings.configured_rules``): selectable, ignorable and
suppressible by its code or name, listed by ``wirelint rules``.

Codes (WL701-WL799). An entry's code comes from the entry itself, not from its place in the
table: a hash of its kind and key picks a home code; when two entries share one, the entry whose
(home, kind, key) sorts first keeps it and the other takes the next free code. Reordering the
table, and adding or removing an entry, leave every other code as it was unless it shared a home
with the changed entry; ``code = "WL7NN"`` pins an entry's code for good. The names are stable
too: ``prefer-kiev``, ``avoid-no-holds-barred``, ``consistent-zelensky``.

Matching. A key matches whole words ("Kiev" is not found in "Kievan"); spaces in a key match any
run of white space and an apostrophe matches ' or ’. ``case`` is ``smart`` (the default: a key
with a capital matches exactly; an all-lowercase key matches any capitalisation, and the fix
follows the capitalisation found), ``exact`` or ``ignore``. ``pattern = true`` makes the key a
regular expression; to keep every run linear in the length of the article, a pattern may hold
at most one open-ended quantifier (``+``, ``*``, ``{n,}``), over word characters only, no
quantifier inside a repeated group, no back-reference and at most four quantifiers bounded to 20.

Fixes. ``prefer`` with one replacement is a safe fix; with a list of replacements it is
reported without a fix. ``avoid`` has no fix. ``consistent`` offers, as an unsafe fix, the form
the article used first.

Mistakes are one-line configuration errors naming the file and key (exit 2): an unknown key, a
bad or backtracking pattern, a replacement that the table itself flags (prefer "Kiev" = "Kyiv"
beside avoid "Kyiv"), a loop (A -> B, B -> A), a form in two groups, more entries than codes.

WL203's ``house-spellings`` option is kept and folded in: ``prefer`` entries with one literal
replacement are the house's spellings, so WL203 fixes a foreign transliteration straight to the
house form (its own ``house-spellings`` table, if set, wins for the same name).
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from dataclasses import dataclass
from typing import Any, Iterator

from wirelint.errors import ConfigError
from wirelint.finding import Hit, Severity
from wirelint.rule import Example, Rule

__all__ = ["Vocabulary", "Entry", "parse_config", "FIRST_CODE", "LAST_CODE"]

FIRST_CODE, LAST_CODE = 701, 799
SLOTS = LAST_CODE - FIRST_CODE + 1
KINDS = ("prefer", "avoid", "consistent")
CASES = ("smart", "exact", "ignore")
TOP_KEYS = KINDS + ("case", "severity")
ENTRY_KEYS = {
    "prefer": ("use", "message", "case", "pattern", "severity", "except", "in-quotes", "code"),
    "avoid": ("message", "case", "pattern", "severity", "except", "in-quotes", "code"),
    "consistent": ("forms", "case", "severity", "except", "in-quotes", "code"),
}
IN_QUOTES = {"prefer": True, "avoid": False, "consistent": True}
CATEGORY = "vocabulary"
MAX_BOUND = 20
MAX_QUANTIFIERS = 4
CODE_RE = re.compile(r"WL(\d{3})")


@dataclass(frozen=True)
class Entry:
    """One line of a house vocabulary, as the rule built from it reads it."""

    kind: str
    key: str
    forms: tuple[str, ...]
    use: tuple[str, ...] = ()
    message: str | None = None
    case: str = "smart"
    pattern: bool = False
    severity: Severity = Severity.WARNING
    exceptions: tuple[str, ...] = ()
    in_quotes: bool = True
    pinned: str | None = None
    where: str = ""

    @property
    def home(self) -> int:
        return zlib.crc32(f"{self.kind}\0{self.key}".encode("utf-8", "surrogatepass")) % SLOTS


@dataclass(frozen=True)
class Vocabulary:
    """A parsed ``vocabulary`` table: plain, hashable, picklable data (Settings holds it and
    worker processes receive it); the rules are built from it on first use."""

    entries: tuple[Entry, ...] = ()
    codes: tuple[str, ...] = ()
    names: tuple[str, ...] = ()

    @property
    def rules(self) -> tuple[Rule, ...]:
        found = _BUILT.get(self)
        if found is None:
            if len(_BUILT) > 64:  # a language server reloads configurations for hours
                _BUILT.clear()
            found = _BUILT[self] = tuple(sorted((_make_rule(e, c, n) for e, c, n in zip(self.entries, self.codes, self.names)),
                                                key=lambda r: r.code))
        return found

    @property
    def house_spellings(self) -> dict[str, str]:
        """``prefer`` entries with one literal replacement: the house's spelling of each key."""
        return {e.key: e.use[0] for e in self.entries if e.kind == "prefer" and not e.pattern and len(e.use) == 1}


_BUILT: dict[Vocabulary, tuple[Rule, ...]] = {}


# --- reading the table ------------------------------------------------------------------------
def _sub(where: str, suffix: str) -> str:
    """``file: key 'vocabulary'`` + ``.prefer.Kiev`` -> ``file: key 'vocabulary.prefer.Kiev'``."""
    return where[:-1] + suffix + "'" if where.endswith("'") else f"{where} {suffix.lstrip('.')}"


def _part(key: str) -> str:
    """A table key as TOML would write it in a dotted path."""
    return "." + (key if re.fullmatch(r"[A-Za-z0-9_-]+", key) else '"' + key.replace('"', '\\"') + '"')


def parse_config(value: Any, where: str) -> Vocabulary:
    """Validator for the configuration's ``vocabulary`` table (registered in EXTRA_TABLES)."""
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: expected a table with prefer, avoid and consistent")
    for key in value:
        if key not in TOP_KEYS:
            raise ConfigError(f"{_sub(where, _part(key))}: unknown key (known: {', '.join(TOP_KEYS)})")
    case = _case(value.get("case", "smart"), _sub(where, ".case"))
    severity = _severity(value.get("severity", "warning"), _sub(where, ".severity"))
    entries: list[Entry] = []
    for kind in ("prefer", "avoid"):
        table = value.get(kind, {})
        here = _sub(where, "." + kind)
        if not isinstance(table, dict):
            raise ConfigError(f"{here}: expected a table of \"word\" = " + ('"replacement"' if kind == "prefer" else '"message"'))
        for key, spec in table.items():
            entries.append(_entry(kind, key, spec, _sub(here, _part(key)), case, severity))
    groups = value.get("consistent", [])
    here = _sub(where, ".consistent")
    if not isinstance(groups, list):
        raise ConfigError(f"{here}: expected a list of groups, e.g. [[\"Zelensky\", \"Zelenskyy\"]]")
    for i, spec in enumerate(groups):
        entries.append(_group(spec, f"{here[:-1]}[{i}]'" if here.endswith("'") else f"{here}[{i}]", case, severity))
    _check_table(entries)
    codes = _assign_codes(entries, where)
    names = _assign_names(entries, codes)
    return Vocabulary(tuple(entries), tuple(codes), tuple(names))


def _case(value: Any, where: str) -> str:
    if value not in CASES:
        raise ConfigError(f"{where}: expected one of {', '.join(CASES)}")
    return value


def _severity(value: Any, where: str) -> Severity:
    try:
        return Severity.parse(value)
    except ValueError as exc:
        raise ConfigError(f"{where}: {exc}") from None


def _strings(value: Any, where: str, what: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
        raise ConfigError(f"{where}: expected {what}")
    return tuple(v.strip() for v in value)


def _entry(kind: str, key: str, spec: Any, where: str, case: str, severity: Severity) -> Entry:
    if not key.strip():
        raise ConfigError(f"{where}: an empty key matches nothing")
    if isinstance(spec, str):
        spec = {"use": spec} if kind == "prefer" else {"message": spec}
    elif kind == "prefer" and isinstance(spec, list):
        spec = {"use": spec}
    if not isinstance(spec, dict):
        want = '"replacement", a list of them, or a table with use' if kind == "prefer" else '"message" or a table with message'
        raise ConfigError(f"{where}: expected {want}")
    for k in spec:
        if k not in ENTRY_KEYS[kind]:
            raise ConfigError(f"{_sub(where, _part(k))}: unknown key (known: {', '.join(ENTRY_KEYS[kind])})")
    use: tuple[str, ...] = ()
    if kind == "prefer":
        if "use" not in spec:
            raise ConfigError(f"{_sub(where, '.use')}: required (the house's form)")
        use = _strings(spec["use"], _sub(where, ".use"), "a replacement or a list of them")
    message = spec.get("message")
    if message is not None and (not isinstance(message, str) or not message.strip()):
        raise ConfigError(f"{_sub(where, '.message')}: expected a non-empty string")
    pattern = spec.get("pattern", False)
    if not isinstance(pattern, bool):
        raise ConfigError(f"{_sub(where, '.pattern')}: expected true or false")
    entry = Entry(
        kind=kind, key=key.strip(), forms=(key.strip(),), use=use, message=message.strip() if message else None,
        case=_case(spec.get("case", case), _sub(where, ".case")), pattern=pattern,
        severity=_severity(spec.get("severity", severity), _sub(where, ".severity")),
        exceptions=_strings(spec["except"], _sub(where, ".except"), "a list of phrases") if "except" in spec else (),
        in_quotes=_flag(spec, "in-quotes", IN_QUOTES[kind], where), pinned=_pin(spec, where), where=where,
    )
    matcher = _compile_form(entry, entry.key, where)
    if pattern:
        for u in use:
            if "\\" in u:
                try:
                    re._parser.parse_template(u, matcher.rx)  # type: ignore[attr-defined]
                except (re.error, IndexError) as exc:
                    raise ConfigError(f"{_sub(where, '.use')}: bad replacement {u!r}: {exc}") from None
    for u in use:
        if "\\" not in u and _flags(matcher, u, entry.exceptions, entry):
            raise ConfigError(f"{where}: the replacement {u!r} is flagged by the same entry")
    return entry


def _flag(spec: dict, key: str, default: bool, where: str) -> bool:
    value = spec.get(key, default)
    if not isinstance(value, bool):
        raise ConfigError(f"{_sub(where, '.' + key)}: expected true or false")
    return value


def _pin(spec: dict, where: str) -> str | None:
    code = spec.get("code")
    if code is None:
        return None
    m = CODE_RE.fullmatch(str(code).strip().upper()) if isinstance(code, str) else None
    if m is None or not FIRST_CODE <= int(m.group(1)) <= LAST_CODE:
        raise ConfigError(f"{_sub(where, '.code')}: expected a code from WL{FIRST_CODE} to WL{LAST_CODE}")
    return f"WL{m.group(1)}"


def _group(spec: Any, where: str, case: str, severity: Severity) -> Entry:
    if isinstance(spec, list):
        spec = {"forms": spec}
    if not isinstance(spec, dict):
        raise ConfigError(f"{where}: expected a list of two or more forms, or a table with forms")
    for k in spec:
        if k not in ENTRY_KEYS["consistent"]:
            raise ConfigError(f"{_sub(where, _part(k))}: unknown key (known: {', '.join(ENTRY_KEYS['consistent'])})")
    forms = _strings(spec.get("forms"), _sub(where, ".forms") if "forms" in spec and not isinstance(spec, list) else where,
                     "a list of two or more forms")
    entry = Entry(
        kind="consistent", key=forms[0], forms=forms,
        case=_case(spec.get("case", case), _sub(where, ".case")),
        severity=_severity(spec.get("severity", severity), _sub(where, ".severity")),
        exceptions=_strings(spec["except"], _sub(where, ".except"), "a list of phrases") if "except" in spec else (),
        in_quotes=_flag(spec, "in-quotes", IN_QUOTES["consistent"], where), pinned=_pin(spec, where), where=where,
    )
    if len(forms) < 2:
        raise ConfigError(f"{where}: a consistent group needs two or more forms")
    seen: dict[str, str] = {}
    for form in forms:
        norm = _norm(form, entry.case)
        if norm in seen:
            raise ConfigError(f"{where}: {form!r} and {seen[norm]!r} are the same form")
        seen[norm] = form
        _compile_form(entry, form, where)
    return entry


def _norm(form: str, case: str) -> str:
    form = " ".join(form.replace("’", "'").split())
    return form if case == "exact" or (case == "smart" and form != form.lower()) else form.lower()


def _check_table(entries: list[Entry]) -> None:
    """Replacements the table flags, loops, forms claimed twice."""
    flaggers = [(e, _compile_form(e, e.key, e.where)) for e in entries if e.kind != "consistent"]
    listed: dict[str, Entry] = {}
    for e in entries:
        if e.kind == "consistent":
            continue
        k = " ".join(e.key.split())
        if k in listed:
            raise ConfigError(f"{e.where}: {e.key!r} is already listed under {listed[k].kind}")
        listed[k] = e
    for e in entries:
        if e.kind != "prefer":
            continue
        for u in e.use:
            if "\\" in u and e.pattern:
                continue
            for other, matcher in flaggers:
                if other is e or not _flags(matcher, u, other.exceptions, other):
                    continue
                loop = ""
                if other.kind == "prefer" and any(_flags(_compile_form(e, e.key, e.where), v, e.exceptions, e) for v in other.use):
                    loop = f" (a loop: {other.key!r} -> {other.use[0]!r})"
                raise ConfigError(f"{e.where}: the replacement {u!r} is flagged by {other.kind} {other.key!r}{loop}")
    owner: dict[str, Entry] = {}
    for e in entries:
        if e.kind != "consistent":
            continue
        for form in e.forms:
            for other, matcher in flaggers:
                if _flags(matcher, form, other.exceptions, other):
                    raise ConfigError(f"{e.where}: the form {form!r} is flagged by {other.kind} {other.key!r}; "
                                      "list it under one of them")
            norm = _norm(form, "ignore")
            if norm in owner and owner[norm] is not e:
                raise ConfigError(f"{e.where}: the form {form!r} is already in another group ({owner[norm].where})")
            owner[norm] = e


def _assign_codes(entries: list[Entry], where: str) -> list[str]:
    if len(entries) > SLOTS:
        raise ConfigError(f"{where}: {len(entries)} entries, but vocabulary codes run from WL{FIRST_CODE} to "
                          f"WL{LAST_CODE} ({SLOTS}); merge spellings into patterns or consistent groups")
    taken: dict[int, Entry] = {}
    for e in entries:
        if e.pinned is not None:
            slot = int(e.pinned[2:]) - FIRST_CODE
            if slot in taken:
                raise ConfigError(f"{_sub(e.where, '.code')}: {e.pinned} is already pinned by {taken[slot].where}")
            taken[slot] = e
    for e in sorted((e for e in entries if e.pinned is None), key=lambda e: (e.home, e.kind, e.key, e.forms)):
        slot = e.home
        while slot in taken:
            slot = (slot + 1) % SLOTS
        taken[slot] = e
    code_of = {id(e): f"WL{FIRST_CODE + slot}" for slot, e in taken.items()}
    return [code_of[id(e)] for e in entries]


def slug(text: str) -> str:
    ascii_ = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    return "-".join(re.findall(r"[a-z0-9]+", ascii_))[:40].strip("-")


def _assign_names(entries: list[Entry], codes: list[str]) -> list[str]:
    from wirelint.registry import all_rules

    used = {r.name for r in all_rules()}
    names = []
    for e, code in zip(entries, codes):
        base = slug(e.key)
        name = f"{e.kind}-{base}" if base else f"{e.kind}-{code.lower()}"
        if name in used:
            name = f"{name}-{code.lower()}"
        used.add(name)
        names.append(name)
    return names


# --- patterns that stay linear ------------------------------------------------------------------
def _compile_form(entry: Entry, form: str, where: str) -> _Matcher:
    """The whole-word matcher of one key or form (a cached compile)."""
    return _compiled(form, entry.pattern, _ignores_case(form, entry.case), where)


def _ignores_case(form: str, case: str) -> bool:
    return case == "ignore" or (case == "smart" and form == form.lower())


class _Matcher:
    """A key's compiled regular expression and how to find its whole-word matches."""

    __slots__ = ("rx", "left", "form", "case")

    def __init__(self, rx: re.Pattern, left: bool, form: str, case: str) -> None:
        self.rx, self.left, self.form, self.case = rx, left, form, case

    def finditer(self, text: str) -> Iterator[re.Match]:
        """A literal key's expression leaves its left edge to this loop: a match right after a
        word character is passed over and the search goes on from the next character, which
        finds exactly what a leading ``(?<!\\w)`` would, at a fraction of the cost."""
        if not self.left:
            yield from self.rx.finditer(text)
            return
        pos, n, search = 0, len(text), self.rx.search
        while pos <= n:
            m = search(text, pos)
            if m is None:
                return
            start = m.start()
            if start and _is_word(text[start - 1]):
                pos = start + 1
                continue
            yield m
            pos = m.end() if m.end() > start else start + 1

    def may_occur(self, text: str) -> bool:
        """A cheap necessary condition for a literal key to match ``text``: a substring test
        (tests/test_vocabulary.py holds the property that it never hides a match)."""
        if self.case == "pattern":
            return True
        piece = max(re.split(r"[\s'’]+", self.form), key=len)
        if not piece:
            return True
        if self.case == "exact":
            return piece in text
        if not piece.isascii():
            return True
        lowered = _lowered(text)
        return lowered is None or piece.lower() in lowered


# Characters that re's IGNORECASE matches to an ASCII letter though str.lower() does not map them
# to it (dotted and dotless I, long s): a text holding one is never screened.
_FOLD_EXCEPTIONS = re.compile("[\u0130\u0131\u017f]")
_LOWERED: list = [None, None]  # the last text screened and its lowercase copy (rules run in turn)


def _lowered(text: str) -> str | None:
    if _LOWERED[0] is not text:
        lowered = None if _FOLD_EXCEPTIONS.search(text) else text.lower()
        _LOWERED[:] = [text, lowered]
        return lowered
    return _LOWERED[1]


_COMPILED: dict[tuple[str, bool, bool], _Matcher] = {}


def _compiled(form: str, pattern: bool, ignore_case: bool, where: str) -> _Matcher:
    key = (form, pattern, ignore_case)
    found = _COMPILED.get(key)
    if found is not None:
        return found
    flags = re.IGNORECASE if ignore_case else 0
    if pattern:
        try:
            tree = re._parser.parse(form, flags)  # type: ignore[attr-defined]
        except re.error as exc:
            raise ConfigError(f"{where}: bad pattern {form!r}: {exc}") from None
        problem = _backtracks(tree)
        if problem:
            raise ConfigError(f"{where}: pattern {form!r} {problem}")
        body = f"(?:{form})"
        left = right = True
    else:
        # The literal first and no look-behind: the engine then jumps between occurrences of the
        # key instead of trying a look-behind at every character (15x faster on an article);
        # the left edge is checked by _Matcher.finditer.
        parts = [re.escape(p).replace("'", "['’]") for p in form.replace("’", "'").split()]
        body = r"\s+".join(parts)
        left, right = False, _is_word(form[-1])
    source = ("(?<!\\w)" if left else "") + body + ("(?!\\w)" if right else "")
    try:
        compiled = re.compile(source, flags)
    except re.error as exc:
        raise ConfigError(f"{where}: bad pattern {form!r}: {exc}") from None
    matcher = _Matcher(compiled, not pattern and _is_word(form[0]), form,
                       "pattern" if pattern else ("ignore" if ignore_case else "exact"))
    if len(_COMPILED) > 4096:
        _COMPILED.clear()
    _COMPILED[key] = matcher
    return matcher


def _is_word(c: str) -> bool:
    return c.isalnum() or c == "_"


def _backtracks(tree) -> str | None:
    """Why a parsed pattern could take more than linear time, or None. Matching starts only
    where no word character precedes; an open-ended quantifier over word characters then runs
    through one word at most, so one such quantifier (and a few short bounded ones) keeps every
    attempt to a bounded stretch around a word."""
    from re import _constants as c  # type: ignore[attr-defined]

    repeats = (c.MAX_REPEAT, c.MIN_REPEAT) + ((c.POSSESSIVE_REPEAT,) if hasattr(c, "POSSESSIVE_REPEAT") else ())
    count = {"open": 0, "all": 0}

    def word_only(items) -> bool:
        while len(items) == 1 and items[0][0] == c.SUBPATTERN:  # (\w)+
            items = list(items[0][1][-1])
        if len(items) != 1:
            return False
        op, av = items[0]
        if op == c.LITERAL:
            return _is_word(chr(av))
        if op == c.IN:
            for iop, iav in av:
                if iop == c.LITERAL and _is_word(chr(iav)):
                    continue
                if iop == c.RANGE and iav[1] - iav[0] < 5000 and all(_is_word(chr(i)) for i in range(iav[0], iav[1] + 1)):
                    continue
                if iop == c.CATEGORY and iav in (c.CATEGORY_WORD, c.CATEGORY_DIGIT):
                    continue
                return False
            return True
        return False

    def walk(items, inside_repeat: bool) -> str | None:
        for op, av in items:
            if op in (c.GROUPREF, c.GROUPREF_EXISTS):
                return "uses a back-reference"
            if op in repeats:
                low, high, body = av
                if inside_repeat:
                    return "repeats a quantifier inside a repeated group (it can backtrack without end)"
                nested = walk(list(body), True)
                if nested:
                    return nested
                count["all"] += 1
                if count["all"] > MAX_QUANTIFIERS:
                    return f"has more than {MAX_QUANTIFIERS} quantifiers"
                if high == c.MAXREPEAT:
                    count["open"] += 1
                    if count["open"] > 1:
                        return "has more than one open-ended quantifier (+, *, {n,})"
                    if not word_only(list(body)):
                        return "repeats something other than word characters without limit (use {0,20} or \\w+)"
                elif high > MAX_BOUND:
                    return f"repeats up to {high} times (at most {MAX_BOUND})"
            elif op == c.BRANCH:
                if inside_repeat:
                    return "repeats an alternation (it can backtrack without end)"
                for branch in av[1]:
                    found = walk(list(branch), inside_repeat)
                    if found:
                        return found
            elif op == c.SUBPATTERN:
                found = walk(list(av[-1]), inside_repeat)
                if found:
                    return found
            elif op in (c.ASSERT, c.ASSERT_NOT):
                found = walk(list(av[1]), inside_repeat)
                if found:
                    return found
            elif hasattr(c, "ATOMIC_GROUP") and op == c.ATOMIC_GROUP:
                found = walk(list(av), inside_repeat)
                if found:
                    return found
        return None

    return walk(list(tree), False)


def _flags(matcher: _Matcher, text: str, exceptions: tuple[str, ...], entry: Entry) -> bool:
    """Would ``matcher`` (outside the entry's exceptions) report anything in ``text``?"""
    spans = _exception_spans(text, exceptions, entry)
    return any(not _inside(m.start(), m.end(), spans) for m in matcher.finditer(text))


# --- the rules ---------------------------------------------------------------------------------
def _exception_spans(text: str, exceptions: tuple[str, ...], entry: Entry) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for phrase in exceptions:
        matcher = _compiled(phrase, False, _ignores_case(phrase, entry.case), entry.where)
        spans.extend(m.span() for m in matcher.finditer(text))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for s, e in spans:  # overlapping phrases become one stretch
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


def _inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Is [start, end) inside one of ``spans`` (sorted, merged: see _exception_spans)?"""
    import bisect

    i = bisect.bisect_right(spans, (start, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= start and end <= spans[i][1]


def follow_case(found: str, form: str, replacement: str, case: str) -> str:
    """The replacement written as the found text is capitalised, when the key ignores case."""
    if not _ignores_case(form, case) or not found:
        return replacement
    if len(found) > 1 and found.isupper() and not form.isupper():
        return replacement.upper()
    if found[0].isupper() and not form[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement


@dataclass(frozen=True)
class _Check:
    """The check function of one entry's rule (a callable object, so that it compares and
    pickles as data)."""

    entry: Entry

    def __call__(self, doc, options) -> Iterator[Hit]:
        e = self.entry
        text = doc.text
        if not text:
            return
        if e.kind == "consistent":
            yield from self._consistent(doc, text)
            return
        matcher = _compile_form(e, e.key, e.where)
        if not matcher.may_occur(text):
            return
        spans = None
        for m in matcher.finditer(text):
            start, end = m.span()
            if start == end:
                continue
            if spans is None:
                spans = _exception_spans(text, e.exceptions, e)
            if spans and _inside(start, end, spans):
                continue
            if not e.in_quotes and doc.in_quote(start):
                continue
            found = " ".join(m.group().split())
            if e.kind == "avoid":
                message = f"Avoid '{found}'" + (f": {e.message}" if e.message else " (house vocabulary)")
                yield Hit(start, end, message, help=e.message or f"rephrase without '{found}'")
                continue
            uses = [m.expand(u) if e.pattern and "\\" in u else follow_case(found, e.key, u, e.case) for u in e.use]
            shown = " or ".join(f"'{u}'" for u in uses)
            message = f"'{found}': the house writes {shown}" + (f" ({e.message})" if e.message else "")
            if len(uses) == 1:
                yield Hit(start, end, message, replacement=uses[0], help=f"write '{uses[0]}'")
            else:
                yield Hit(start, end, message, help=f"write {shown}")

    def _consistent(self, doc, text: str) -> Iterator[Hit]:
        e = self.entry
        matchers = [(i, _compile_form(e, form, e.where)) for i, form in enumerate(e.forms)]
        matchers = [(i, m) for i, m in matchers if m.may_occur(text)]
        if len(matchers) < 2:
            return
        found: list[tuple[int, int, int]] = []
        for i, matcher in matchers:
            found.extend((m.start(), m.end(), i) for m in matcher.finditer(text) if m.end() > m.start())
        if len({i for _, _, i in found}) < 2:
            return
        found.sort()
        spans = _exception_spans(text, e.exceptions, e)
        first: tuple[int, str] | None = None
        last_end = -1
        for start, end, i in found:
            if start < last_end:  # overlapping forms ("Zelensky" in "Zelensky-led"): take the first
                continue
            if spans and _inside(start, end, spans):
                continue
            if not e.in_quotes and doc.in_quote(start):
                continue
            last_end = end
            if first is None:
                first = (i, text[start:end])
                continue
            if i == first[0]:
                continue
            keep = e.forms[first[0]]
            fix = follow_case(text[start:end], e.forms[i], keep, e.case)
            yield Hit(start, end, f"'{text[start:end]}' after '{first[1]}': the house keeps one form of "
                      + ", ".join(f"'{f}'" for f in e.forms) + " throughout",
                      replacement=fix, help=f"write '{fix}' as earlier in the article")


def _make_rule(entry: Entry, code: str, name: str) -> Rule:
    if entry.kind == "prefer":
        summary = f"House vocabulary: '{entry.key}' -> " + " or ".join(f"'{u}'" for u in entry.use)
        fix = "safe" if len(entry.use) == 1 else None
    elif entry.kind == "avoid":
        summary = f"House vocabulary: avoid '{entry.key}'" + (f" ({entry.message})" if entry.message else "")
        fix = None
    else:
        summary = "House vocabulary: one form of " + ", ".join(f"'{f}'" for f in entry.forms) + " throughout"
        fix = "unsafe"
    source = entry.where.replace(": key ", ", key ")
    doc = (f"A house vocabulary entry ({source}). The desk's style list, not wirelint's judgement: "
           "see the vocabulary section of the README for how keys match.")
    if entry.pattern:
        doc += f" The key is a pattern, matched as whole words{'' if _ignores_case(entry.key, entry.case) else ', case as written'}."
    examples: list[Example] = []
    if not entry.pattern:
        if entry.kind == "prefer" and len(entry.use) == 1:
            examples.append(Example(f"[[{entry.key}]]", True, entry.use[0]))
        elif entry.kind != "consistent":
            examples.append(Example(f"[[{entry.key}]]", True))
        else:
            examples.append(Example(f"{entry.forms[0]} … [[{entry.forms[1]}]]", True, f"{entry.forms[0]} … {entry.forms[0]}"))
    return Rule(code=code, name=name, category=CATEGORY, severity=entry.severity, summary=summary,
                check=_Check(entry), doc=doc, fix=fix, default=True, examples=tuple(examples),
                options={}, module=__name__)
