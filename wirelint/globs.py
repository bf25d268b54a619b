"""One path matcher for every glob a user writes: ``include``/``exclude``, ``per-file-ignores``,
the ``path`` of a sidecar suppression, and ``.gitignore`` files.

The semantics are gitignore's:

- a pattern without a slash (``*.txt``, ``drafts``) matches a file or folder name at any depth;
- a pattern with a slash (``wire/*.txt``, ``/notes.md``) is anchored at the configuration's
  folder (or the ``.gitignore``'s folder), and ``*`` never crosses a slash: ``wire/*.txt``
  matches ``wire/a.txt``, not ``wire/sub/a.txt``;
- ``**`` as a whole segment matches any number of folders (``wire/**/a.txt``, ``**/drafts``);
- a trailing slash (``build/``) matches folders only;
- in a list, ``!pattern`` re-includes what an earlier pattern excluded, and the last pattern that
  matches decides; a file whose folder is excluded stays excluded.

Matching never backtracks: a segment is matched against a name by the two-pointer wildcard
algorithm (at most one pending ``*`` at a time, so the cost is bounded by the product of the two
lengths), and ``**`` segments by a table over (pattern segment, path segment). A pattern such as
``*a*a*a*a*a*a*a*b`` against a 240-character name, or ``**/**/**/**/nomatch/`` on a deep tree,
costs microseconds. A bracket that is never closed is taken literally, as git does.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

__all__ = ["Glob", "compile_glob", "matches_path", "PathSpec"]

# Tokens of one segment: ("lit", char) | ("any",) for ? | ("star",) | ("set", negated, ranges)
Token = tuple


def _segment_tokens(segment: str) -> tuple[Token, ...]:
    tokens: list[Token] = []
    i, n = 0, len(segment)
    while i < n:
        c = segment[i]
        if c == "\\" and i + 1 < n:
            tokens.append(("lit", segment[i + 1]))
            i += 2
        elif c == "*":
            if not tokens or tokens[-1] != ("star",):  # "**" inside a segment is one "*"
                tokens.append(("star",))
            i += 1
        elif c == "?":
            tokens.append(("any",))
            i += 1
        elif c == "[":
            parsed = _bracket(segment, i)
            if parsed is None:
                tokens.append(("lit", "["))
                i += 1
            else:
                token, i = parsed
                tokens.append(token)
        else:
            tokens.append(("lit", c))
            i += 1
    return tuple(tokens)


def _bracket(s: str, i: int) -> tuple[Token, int] | None:
    """A ``[...]`` set starting at ``s[i]``: (token, index after it), or None when unclosed."""
    j = i + 1
    negated = j < len(s) and s[j] in "!^"
    if negated:
        j += 1
    ranges: list[tuple[str, str]] = []
    first = True
    while j < len(s):
        c = s[j]
        if c == "]" and not first:
            return ("set", negated, tuple(ranges)), j + 1
        if c == "\\" and j + 1 < len(s):
            j += 1
            c = s[j]
        if j + 2 < len(s) and s[j + 1] == "-" and s[j + 2] != "]":
            lo, hi = c, s[j + 2]
            if lo <= hi:  # a reversed range ([z-a]) matches nothing, as in git
                ranges.append((lo, hi))
            j += 3
        else:
            ranges.append((c, c))
            j += 1
        first = False
    return None


def _token_matches(token: Token, ch: str) -> bool:
    kind = token[0]
    if kind == "lit":
        return token[1] == ch
    if kind == "any":
        return True
    inside = any(lo <= ch <= hi for lo, hi in token[2])
    return inside != token[1]


def segment_matches(tokens: tuple[Token, ...], name: str) -> bool:
    """Whether one segment's tokens match a whole name (no slash in it). Greedy with one
    remembered star: linear in len(name) for each star, never exponential."""
    t = s = 0
    star_t = star_s = -1
    nt, ns = len(tokens), len(name)
    while s < ns:
        if t < nt and tokens[t][0] == "star":
            star_t, star_s = t, s
            t += 1
        elif t < nt and _token_matches(tokens[t], name[s]):
            t += 1
            s += 1
        elif star_t >= 0:
            star_s += 1
            s = star_s
            t = star_t + 1
        else:
            return False
    while t < nt and tokens[t][0] == "star":
        t += 1
    return t == nt


DOUBLE_STAR = None  # a "**" segment


@dataclass(frozen=True)
class Glob:
    """One compiled pattern."""

    raw: str
    segments: tuple  # tuple[tuple[Token, ...] | None, ...]; None is "**"
    negated: bool
    dir_only: bool

    def match(self, relpath: str, is_dir: bool = False) -> bool:
        """Whether this pattern (negation aside) matches this path itself (not its folders)."""
        if self.dir_only and not is_dir:
            return False
        return _segments_match(self.segments, tuple(p for p in relpath.split("/") if p))


def _segments_match(pattern: tuple, parts: tuple[str, ...]) -> bool:
    """A table over (pattern segment, path segment): ``**`` matches zero or more segments."""
    np_, ns = len(pattern), len(parts)
    # reach[j]: pattern[:i] can match parts[:j]
    reach = [False] * (ns + 1)
    reach[0] = True
    for seg in pattern:
        nxt = [False] * (ns + 1)
        if seg is DOUBLE_STAR:
            seen = False
            for j in range(ns + 1):
                seen = seen or reach[j]
                nxt[j] = seen
        else:
            for j in range(ns):
                if reach[j] and segment_matches(seg, parts[j]):
                    nxt[j + 1] = True
        reach = nxt
        if not any(reach):
            return False
    return reach[ns] if np_ else ns == 0


class GlobError(ValueError):
    """A pattern that can never mean anything (empty after its markers)."""


@lru_cache(maxsize=1024)
def compile_glob(pattern: str) -> Glob:
    raw = pattern
    pat = pattern.strip()
    negated = pat.startswith("!")
    if negated:
        pat = pat[1:]
    if pat.startswith("\\!") or pat.startswith("\\#"):
        pat = pat[1:]
    if pat.startswith("./"):
        pat = pat[2:]
    dir_only = pat.endswith("/")
    pat = pat.rstrip("/")
    if not pat:
        raise GlobError(f"pattern {raw!r} matches nothing")
    anchored = "/" in pat
    pat = pat.lstrip("/")
    segments = tuple(DOUBLE_STAR if s == "**" else _segment_tokens(s) for s in pat.split("/") if s)
    if not anchored:
        segments = (DOUBLE_STAR,) + segments
    return Glob(raw, segments, negated, dir_only)


def check_pattern(pattern: str) -> None:
    """Raise GlobError for a pattern that is not usable (used to validate configuration)."""
    if pattern.strip() and not pattern.strip().startswith("#"):
        compile_glob(pattern)


def _usable(patterns) -> tuple[Glob, ...]:
    out = []
    for p in patterns:
        s = p.strip()
        if not s or s.startswith("#"):
            continue
        out.append(compile_glob(p))
    return tuple(out)


class PathSpec:
    """An ordered list of patterns with gitignore's rules: last match wins, ``!`` re-includes,
    and a path inside an excluded folder is excluded."""

    def __init__(self, patterns) -> None:
        self.globs = _usable(patterns)

    def __bool__(self) -> bool:
        return bool(self.globs)

    def decides(self, relpath: str, is_dir: bool) -> bool | None:
        """True (excluded), False (re-included) or None (no pattern matches) for the path
        itself, ignoring its folders."""
        verdict = None
        for g in self.globs:
            if g.match(relpath, is_dir):
                verdict = not g.negated
        return verdict

    def excludes(self, relpath: str, is_dir: bool = False, start: int = 0) -> bool:
        """Whether the path or one of its folders is excluded. ``start``: how many leading
        segments to skip (a folder named on the command line is not itself judged)."""
        parts = [p for p in relpath.split("/") if p and p != "."]
        for n in range(max(start, 0) + 1, len(parts) + 1):
            sub_is_dir = n < len(parts) or is_dir
            if self.decides("/".join(parts[:n]), sub_is_dir):
                return True
        return False


def matches_path(pattern: str, relpath: str) -> bool:
    """Whether one pattern matches a file's relative path, or one of its folders (so
    ``drafts/`` and ``drafts`` cover every file inside). For per-file-ignores and suppressions."""
    g = compile_glob(pattern)
    parts = [p for p in relpath.split("/") if p and p != "."]
    for n in range(1, len(parts) + 1):
        if g.match("/".join(parts[:n]), n < len(parts)):
            return not g.negated
    return False
