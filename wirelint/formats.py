"""From decoded file text to a Document, by file type. Plain text is the text itself."""

from __future__ import annotations

from wirelint.document import Document

PLAIN = "text"


def format_for(path: str) -> str:
    return PLAIN


def to_document(text: str, path: str) -> Document:
    return Document(text, path, format=format_for(path))
