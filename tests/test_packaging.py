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


def test_every_runtime_dependency_is_imported():
    """A dependency nobody imports is weight on every pre-commit environment."""
    import ast
    import re

    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = {re.split(r"[<>=!~\[ ;]", d, maxsplit=1)[0].lower().replace("-", "_") for d in project["dependencies"]}
    module_of = {"language_tool_python": "language_tool_python", "markdown_it_py": "markdown_it", "pyyaml": "yaml"}
    imported = set()
    for path in (REPO / "wirelint").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                imported.update(a.name.split(".")[0] for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                imported.add(node.module.split(".")[0])
    for name in names:
        assert module_of.get(name, name) in imported, f"{name} is declared but never imported"
