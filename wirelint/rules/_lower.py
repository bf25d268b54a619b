"""The lowercase copy of a text, the same length as the text (offsets carry over), shared by the
rules that screen for literal words before they try a pattern (WL105, WL120), and the offsets of
a literal in it."""

from __future__ import annotations

from wirelint.plain import last_text


@last_text
def lowered(text: str) -> str:
    low = text.lower()
    if len(low) != len(text):  # "İ" lowers to two code points; every other letter to one
        low = text.replace("İ", "I").lower()
    return low


def occurrences(low: str, needle: str):
    """Every offset of ``needle`` in ``low`` (overlapping ones included)."""
    i = low.find(needle)
    while i >= 0:
        yield i
        i = low.find(needle, i + 1)
