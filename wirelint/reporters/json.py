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
        "findings": [] if run.summary_only else [f.to_dict() for f in run.findings],
        "summary": run.summary(),
    }


def _dumps(value, newline: str) -> str:
    """``value`` as the standard encoder writes it, nested where lines start with ``newline``
    (its own line breaks are shifted: JSON text never holds a raw line break inside a string)."""
    text = json.dumps(value, ensure_ascii=False, indent=1)
    return text.replace("\n", newline) if "\n" in text else text


_SCALARS = {  # exact types only: subclasses (an IntEnum, say) go through the standard encoder
    str: encode_basestring,
    int: int.__repr__,
    bool: {True: "true", False: "false"}.__getitem__,
    type(None): {None: "null"}.__getitem__,
    float: lambda v: float.__repr__(v) if v - v == 0 else json.dumps(v),  # NaN and infinities as json writes them
}
_TEMPLATES: dict[tuple, str | None] = {}


def _template(keys: tuple, newline: str) -> str | None:
    """The ``%``-format of a dict with these keys at this nesting, or None (a key not a str)."""
    if not all(type(k) is str for k in keys):
        return None
    inner = newline + " "
    items = [encode_basestring(k).replace("%", "%%") + ": %s" for k in keys]
    return "{" + inner + ("," + inner).join(items) + newline + "}"


def _object(d: dict, newline: str) -> str:
    """A dict as ``json.dumps(d, ensure_ascii=False, indent=1)`` writes it at the nesting whose
    lines start with ``newline``; scalars are encoded here, anything else by the standard encoder."""
    if not d:
        return "{}"
    keys = tuple(d)
    shape = (keys, newline)
    try:
        template = _TEMPLATES[shape]
    except KeyError:
        template = _template(keys, newline)
        if len(_TEMPLATES) < 256:
            _TEMPLATES[shape] = template
    except TypeError:  # a key that cannot be hashed in a tuple cannot be in a dict either
        template = None
    if template is None:
        return _dumps(d, newline)
    values = []
    scalars = _SCALARS
    for v in d.values():
        encode = scalars.get(type(v))
        if encode is not None:
            values.append(encode(v))
        else:
            values.append(_value(v, newline + " "))
    return template % tuple(values)


def _value(v, newline: str) -> str:
    """Any value at the nesting whose lines start with ``newline``, as the standard encoder
    with ``indent=1`` writes it (dicts and lists of them by the templates above)."""
    encode = _SCALARS.get(type(v))
    if encode is not None:
        return encode(v)
    if type(v) is dict:
        return _object(v, newline)
    if type(v) is list:
        if not v:
            return "[]"
        inner = newline + " "
        return "[" + inner + ("," + inner).join([_value(x, inner) for x in v]) + newline + "]"
    return _dumps(v, newline)


def render(run: RunReport, out, color: bool = False) -> None:
    """With ``--summary-only`` the findings list is empty; ``summary`` still counts them."""
    findings = [] if run.summary_only else run.findings
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
    out.write(',\n "summary": ' + _value(run.summary(), "\n ") + "\n}\n")
