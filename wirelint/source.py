"""Reading an article from disk or standard input into text, without ever guessing silently.

Bad input becomes an InputError with a one-line message; nothing here prints or exits.
"""

from __future__ import annotations

import codecs
import os
from dataclasses import dataclass
from pathlib import Path

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
BINARY_SIGNATURES = (b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x7fELF")


class InputError(Exception):
    """Input that cannot be linted; the message is one line and names no path (the caller does)."""


@dataclass(frozen=True)
class SourceText:
    text: str
    encoding: str
    bom: bytes = b""
    raw: bytes = b""

    @property
    def newline(self) -> str:
        """The file's dominant line ending, for writing new lines in the same style."""
        crlf = self.text.count("\r\n")
        cr = self.text.count("\r") - crlf
        lf = self.text.count("\n") - crlf
        best = max((crlf, "\r\n"), (lf, "\n"), (cr, "\r"))
        return best[1] if best[0] else "\n"


def decode(raw: bytes, encoding: str | None = None) -> SourceText:
    """Decode bytes: a BOM decides the encoding; else ``encoding`` or UTF-8, strictly."""
    bom = b""
    enc = encoding
    for mark, name in BOMS:
        if raw.startswith(mark):
            bom, enc = mark, name
            break
    body = raw[len(bom) :]
    if not bom:
        if any(body.startswith(sig) for sig in BINARY_SIGNATURES):
            raise InputError("binary file (not text); skipped")
        nul = body.find(b"\x00")
        if nul >= 0 and (encoding is None or not encoding.lower().startswith("utf-16") and not encoding.lower().startswith("utf-32")):
            raise InputError(f"binary file (NUL byte at byte offset {nul}); skipped")
    enc = enc or "utf-8"
    try:
        text = body.decode(enc)
    except UnicodeDecodeError as exc:
        offset = exc.start + len(bom)
        hint = "" if encoding else "; pass --encoding (e.g. cp1252) if the file is not UTF-8"
        raise InputError(f"invalid {enc.upper()} at byte offset {offset} (byte 0x{body[exc.start]:02x}){hint}") from None
    except LookupError:
        raise InputError(f"unknown encoding {enc!r}") from None
    if "\x00" in text:
        raise InputError(f"NUL character at offset {text.index(chr(0))}; skipped")
    return SourceText(text=text, encoding=enc, bom=bom, raw=raw)


def read_path(path: Path | str, encoding: str | None, max_size: int) -> SourceText:
    try:
        with open(path, "rb") as f:
            size = os.fstat(f.fileno()).st_size  # the size of the file opened, not of a later one
            if size > max_size:
                raise InputError(
                    f"file is {size / 1e6:.1f} MB, over the {max_size / 1e6:.0f} MB limit (max-file-size); skipped"
                )
            raw = f.read()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}") from None
    return decode(raw, encoding)


def read_stream(stream, encoding: str | None, max_size: int) -> SourceText:
    raw = stream.read(max_size + 1)
    if len(raw) > max_size:
        raise InputError(f"standard input is over the {max_size / 1e6:.0f} MB limit (max-file-size)")
    return decode(raw, encoding)
