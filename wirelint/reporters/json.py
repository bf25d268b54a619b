"""The stable JSON contract (version 1): ``{"version", "findings", "summary"}``."""

from __future__ import annotations

import json

from wirelint.report import RunReport

VERSION = 1


def as_dict(run: RunReport) -> dict:
    return {
        "version": VERSION,
        "findings": [f.to_dict() for f in run.findings],
        "summary": run.summary(),
    }


def render(run: RunReport, out, color: bool = False) -> None:
    out.write(json.dumps(as_dict(run), ensure_ascii=False, indent=1) + "\n")
