"""A half-open range of code-point offsets into a Document's text: the one value type that
documents, zones and markup share (its own module so that they import it, not each other)."""

from __future__ import annotations

from typing import NamedTuple


class Span(NamedTuple):
    start: int
    end: int
