"""``lazy_compile``: a regular expression compiled on first use, for start-up time.

A rule module compiles its patterns when it is imported, and every run imports every rule; a
pattern that only a rare line needs (one tried after a cheap test, or in a branch most articles
never reach) then costs its compile time on every start. ``lazy_compile(p, flags)`` stands in for
``re.compile(p, flags)``: the first attribute looked up compiles the pattern and copies the
compiled pattern's methods onto the object, so later calls cost what calls on a ``re.Pattern``
cost. Matches are the compiled pattern's own, so behaviour is exactly that of ``re.compile``.
"""

from __future__ import annotations

import re

_COPIED = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split",
           "scanner", "pattern", "flags", "groups", "groupindex")


class LazyPattern:
    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._source = (pattern, flags)

    def __getattr__(self, name: str):
        # Only reached for attributes not yet copied, i.e. on first use (or an unusual one).
        compiled = self.__dict__.get("_compiled")
        if compiled is None:
            compiled = re.compile(*self._source)
            self.__dict__["_compiled"] = compiled
            for attr in _COPIED:
                self.__dict__[attr] = getattr(compiled, attr)
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy_compile({self._source[0]!r}, {self._source[1]!r})"


def lazy_compile(pattern: str, flags: int = 0) -> LazyPattern:
    return LazyPattern(pattern, flags)
