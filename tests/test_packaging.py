"""Packaging: one version, a typed package, the metadata users see on PyPI."""

from __future__ import annotations

import importlib.metadata
import tomllib
from pathlib import Path

import wirelint

REPO = Path(__file__).resolve().parents[1]


def test_version_lives_in_one_place():
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert "version" not in project and "version" in project["dynamic"]
    assert importlib.metadata.version("wirelint") == wirelint.__version__


def test_typed_package_and_classifiers():
    assert (REPO / "wirelint" / "py.typed").exists()
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert "Typing :: Typed" in project["classifiers"]
    assert any(c.startswith("Programming Language :: Python :: 3.11") for c in project["classifiers"])
