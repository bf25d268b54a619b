"""The registry finds every rule by discovery; codes, names and module names agree."""

from __future__ import annotations

import importlib
import pkgutil

import wirelint.rules
from wirelint.registry import all_rules, rule_by_key
from wirelint.rule import Rule


def test_one_rule_per_module_named_after_its_code():
    modules = [m.name for m in pkgutil.iter_modules(wirelint.rules.__path__) if not m.name.startswith("_")]
    assert modules, "no rule modules found"
    for name in modules:
        module = importlib.import_module(f"wirelint.rules.{name}")
        rules = [v for v in vars(module).values() if isinstance(v, Rule) and v.module == module.__name__]
        assert len(rules) == 1, f"{name} defines {len(rules)} rules"
        rule = rules[0]
        assert name.startswith(rule.code.lower() + "_"), f"module {name} does not start with {rule.code.lower()}_"
        assert name[len(rule.code) + 1 :] == rule.name.replace("-", "_"), f"module {name} does not end with the rule name {rule.name}"


def test_codes_and_names_unique_and_documented():
    rules = all_rules()
    assert len({r.code for r in rules}) == len(rules)
    assert len({r.name for r in rules}) == len(rules)
    for r in rules:
        assert len(r.doc.split()) >= 15, f"{r.code} needs a module docstring that says why"
        assert r.summary and not r.summary.endswith(".")


def test_lookup_by_code_or_name():
    first = all_rules()[0]
    assert rule_by_key(first.code.lower()) is first
    assert rule_by_key(first.name) is first
    assert rule_by_key("WL999") is None
