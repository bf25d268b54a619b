"""Is a text "plain": ASCII plus the punctuation of clean English copy (curly quotes, en and em
dashes, the ellipsis, the no-break space)? Most news copy is. Several checks are exact but
cheaper on plain text (no letter, digit or mark outside ASCII can occur in it), and several
rules have nothing to look at in it (mojibake, mixed scripts); one cached scan answers them all.
"""

from __future__ import annotations

import re
from functools import wraps

CLEAN_NON_ASCII = "\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u00a0"  # ‘ ’ “ ” – — … and the no-break space
NOT_PLAIN_RE = re.compile(f"[^\\x00-\\x7f{CLEAN_NON_ASCII}]")


def last_text(fn):
    """Remember ``fn(text)`` for the last text it was called with (compared by identity): the
    rules linting one document share the answer, and no earlier document is kept alive (a
    cache of several big files would make memory grow with the number of files)."""
    seen: list = [None, None]

    @wraps(fn)
    def cached(text: str):
        if seen[0] is text:
            return seen[1]
        result = fn(text)
        seen[0], seen[1] = text, result
        return result

    return cached


@last_text
def is_plain(text: str) -> bool:
    return NOT_PLAIN_RE.search(text) is None
