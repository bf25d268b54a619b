"""A suppression that no longer silences anything.

Suppressions are for copy an editor has accepted on purpose: a French title quoted as it was
printed, a name spelled the way its owner spells it. When the copy is edited or a rule gets more
precise, the suppression stays behind and silently switches the rule off for whatever is written
there next. This rule reports such leftovers so that they can be deleted.

Two kinds are checked. An entry of ``wirelint-ignore.toml`` (or of the configuration's
``suppressions`` table) that matched a linted file but none of its findings is reported by the
suppression layer under this code, at the entry's line. A ``<!-- wirelint: disable CODE -->``
comment that names rules is reported here, at the comment, when none of the rules it names finds
anything in the stretch it covers; a comment that names no rule (it silences every rule) is left
alone, since finding out would mean running every rule twice. The named rules run with their
default options, so a comment is only reported when the rule cannot fire there at all.
"""

from __future__ import annotations

from wirelint.registry import all_rules
from wirelint.rule import bad, good, rule
from wirelint.finding import Hit
from wirelint.selection import matches
from wirelint.suppress import regions

CODE = "WL901"


def _named_rules(selectors: tuple[str, ...]):
    """The rules a directive's selectors name (as the engine would match them), or None when a
    selector covers everything (ALL) and the directive cannot be checked cheaply."""
    if any(s.strip().upper() == "ALL" for s in selectors):
        return None
    chosen = []
    for r in all_rules():
        if r.code == CODE:
            continue
        if any(matches(s, r, enabling=False) for s in selectors):
            chosen.append(r)
    return chosen


@rule(
    code=CODE,
    name="unused-suppression",
    category="suppression",
    severity="warning",
    summary="Suppression that silences no finding",
    examples=[
        bad("[[<!-- wirelint: disable-next-line WL301 -->]]\nThe minister resigned, officials said."),
        bad("[[<!-- wirelint: disable WL301 -->]]All clear here.<!-- wirelint: enable WL301 --> Then others , said."),
        good("<!-- wirelint: disable-next-line WL301 -->\nThe minister resigned , officials said."),
        good("<!-- wirelint: disable-next-line -->\nA comment that names no rule is not checked."),
        good("Plain copy with no suppression at all, and a comma."),
    ],
)
def check(doc, options):
    found = regions(doc)
    if not found:
        return
    cache: dict[str, list[int]] = {}
    for region in found:
        if not region.selectors or region.directive is None:
            continue
        named = _named_rules(region.selectors)
        if named is None or not named:
            continue
        used = False
        for r in named:
            if r.code not in cache:
                try:
                    cache[r.code] = [h.start for h in r.run(doc, {})]
                except Exception:  # a failing rule is reported by the engine; here, assume used
                    cache[r.code] = [region.start]
            if any(region.covers(r, start) for start in cache[r.code]):
                used = True
                break
        if not used:
            start, end = region.directive
            names = ", ".join(region.selectors)
            yield Hit(
                start,
                end,
                f"Unused suppression: {names} finds nothing where this comment applies",
                help="delete the comment, or name the rule it is meant for",
            )
