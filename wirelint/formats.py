"""From decoded file text to a Document, by file type.

* plain text (``.txt`` and anything unknown): the text itself;
* Markdown (``.md``, ``.markdown``, ``.mdx``, ``.mkd``): wirelint.markup.markdown;
* HTML (``.html``, ``.htm``, ``.xhtml``): wirelint.markup.html.

For markup the Document's ``text`` is a same-length copy of the source with every non-prose
character blanked (see wirelint.markup), and ``meta`` holds the front matter or ``<head>``
fields (``title``/``headline``, ``author``/``byline``, ``lang``).
"""

from __future__ import annotations

from pathlib import PurePath

from wirelint.document import Document

PLAIN = "text"
MARKDOWN = "markdown"
HTML = "html"
SUFFIXES = {
    ".md": MARKDOWN, ".markdown": MARKDOWN, ".mdx": MARKDOWN, ".mkd": MARKDOWN, ".mdown": MARKDOWN,
    ".html": HTML, ".htm": HTML, ".xhtml": HTML,
}
ENGLISH = ("en", "eng", "english")


def format_for(path: str) -> str:
    return SUFFIXES.get(PurePath(path).suffix.lower(), PLAIN)


def to_document(text: str, path: str, *, alt_text: bool = False) -> Document:
    """The Document for ``text`` read from ``path``. ``alt_text`` makes image alt text prose."""
    fmt = format_for(path)
    if fmt == MARKDOWN:
        from wirelint.markup.markdown import build

        return build(text, path, alt_text=alt_text)
    if fmt == HTML:
        from wirelint.markup.html import build

        return build(text, path, alt_text=alt_text)
    return Document(text, path, format=fmt)


def language_warning(doc: Document) -> str | None:
    """A one-line warning when the document says it is not in English, else None."""
    lang = doc.meta.get("lang")
    if not isinstance(lang, str) or not lang.strip():
        return None
    primary = lang.strip().replace("_", "-").split("-")[0].lower()
    if primary in ENGLISH:
        return None
    where = "front matter" if doc.format == MARKDOWN else ("the page" if doc.format == HTML else "the file")
    return f"{doc.path}: {where} says lang={lang.strip()}; wirelint checks English"
