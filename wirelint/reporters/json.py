"""The stable JSON contract (version 1): ``{"version", "findings", "summary"}``.

``render`` writes exactly what ``json.dumps(as_dict(run), ensure_ascii=False, indent=1)`` would,
but streams the findings one at a time through a small encoder: the standard library falls back
to its pure-Python encoder whenever ``indent`` is set, which made serialising hundreds of
thousands of findings cost more than finding them (and held the whole text in memory).
"""

from __future__ import annotations

import json
from json.encoder import encode_basestring

from wirelint.report import RunReport

VERSION = 1
CHUNK = 2000  # findings per write


def as_dict(run: RunReport) -> dict:
    return {
        "version": VERSION,
        "findings": [f.to_dict() for f in run.findings],
        "summary": run.summary(),
    }


def _dumps(value, newline: str) -> str:
    """``value`` as the standard encoder writes it, nested where lines start with ``newline``
    (its own line breaks are shifted: JSON text never holds a raw line break inside a string)."""
    text = json.dumps(value, ensure_ascii=False, indent=1)
    return text.replace("\n", newline) if "\n" in text else text


_KEYS: dict[str, str] = {}


def _object(d: dict, newline: str) -> str:
    """A dict as ``json.dumps(d, ensure_ascii=False, indent=1)`` writes it at the nesting whose
    lines start with ``newline``; scalars are encoded here, anything else by the standard encoder."""
    if not d:
        return "{}"
    inner = newline + " "
    parts = []
    for k, v in d.items():
        key = _KEYS.get(k) if type(k) is str else None
        if key is None:
            if type(k) is not str:
                return _dumps(d, newline)
            key = encode_basestring(k) + ": "
            if len(_KEYS) < 256:
                _KEYS[k] = key
        t = type(v)
        if t is str:
            parts.append(key + encode_basestring(v))
        elif v is None:
            parts.append(key + "null")
        elif t is int:
            parts.append(key + int.__repr__(v))
        elif t is bool:
            parts.append(key + ("true" if v else "false"))
        elif t is dict:
            parts.append(key + _object(v, inner))
        else:
            parts.append(key + _dumps(v, inner))
    return "{" + inner + ("," + inner).join(parts) + newline + "}"


def render(run: RunReport, out, color: bool = False) -> None:
    findings = run.findings
    out.write('{\n "version": ' + _dumps(VERSION, "\n ") + ',\n "findings": ')
    if findings:
        sep = ",\n  "
        out.write("[\n  ")
        for i in range(0, len(findings), CHUNK):
            if i:
                out.write(sep)
            out.write(sep.join([_object(f.to_dict(), "\n  ") for f in findings[i : i + CHUNK]]))
        out.write("\n ]")
    else:
        out.write("[]")
    out.write(',\n "summary": ' + _dumps(run.summary(), "\n ") + "\n}\n")
