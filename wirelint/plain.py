"""Is a text "plain": ASCII plus the punctuation of clean English copy (curly quotes, en and em
dashes, the ellipsis, the no-break space)? Most news copy is. Several checks are exact but
cheaper on plain text (no letter, digit or mark outside ASCII can occur in it), and several
rules have nothing to look at in it (mojibake, mixed scripts); one cached scan answers them all.
"""

from __future__ import annotations

import re
from functools import lru_cache

CLEAN_NON_ASCII = "\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u00a0"  # ‘ ’ “ ” – — … and the no-break space
NOT_PLAIN_RE = re.compile(f"[^\\x00-\\x7f{CLEAN_NON_ASCII}]")


@lru_cache(maxsize=8)
def is_plain(text: str) -> bool:
    return NOT_PLAIN_RE.search(text) is None
