"""wl204_inconsistent_spelling: the seed article, the clean corpus and adversarial input."""


from corpora import seed_hits

from wirelint.document import Document
from wirelint.rules.wl204_inconsistent_spelling import check as RULE


def test_seed_has_no_false_positive():
    _doc, tp, fp = seed_hits(RULE)
    assert fp == []


def test_tie_reports_later_form_without_fix():
    text = "Zelenskyy spoke first. Then Zelensky left."
    (hit,) = RULE.run(Document(text))
    assert text[hit.start : hit.end] == "Zelensky" and hit.replacement is None


def test_clear_majority_is_fixed():
    text = "Kyiv was hit. Kyiv burned. Kyiv held. Kiev’s mayor spoke."
    (hit,) = RULE.run(Document(text))
    assert text[hit.start : hit.end] == "Kiev" and hit.replacement == "Kyiv"


def test_key_normalisation():
    from wirelint.rules.wl204_inconsistent_spelling import key

    assert key("Choïgu") == key("Shoigu")
    assert key("Zelenskyy") == key("Zelensky") == key("Zelenskiy")
    assert key("Joukov") == key("Zhukov")
    assert key("Carole") != key("Carol") or len("Carol") < 5  # short names never compared


def test_quoted_and_headline_forms_not_counted():
    text = "US clears out migrants\n\nThe U.S. Navy said U.S. officials left.\n\n\"The US will act,\" he said."
    assert RULE.run(Document(text)) == []


# Issue 22 item 2: WL203 and WL204 must never fix a span two ways (Kiev/Kyiv swapped each run).
import pytest  # noqa: E402

from wirelint.api import lint_text  # noqa: E402
from wirelint.linter import apply_fixes  # noqa: E402
from wirelint.rules import _names  # noqa: E402


def _fix_until_settled(text: str, rounds: int = 6) -> list[str]:
    seen = [text]
    for _ in range(rounds):
        text, applied = apply_fixes(text, lint_text(text, "<t>"))
        if not applied:
            break
        seen.append(text)
    return seen


@pytest.mark.parametrize(
    "text",
    [
        "The museum covers Kiev Rus; the summit in Kiev was short. Talks in kyiv ended.\n",
        "Strikes hit Kiev. Kiev and Kiev were dark. Kyiv said.\n",
        "Kyiv said. Kiev, Kiev and Kiev answered; Chicken Kiev was served in Kyiv.\n",
        "Shelling hit Kharkov and Kharkov again; Kharkiv officials spoke.\n",
    ],
)
def test_safe_fixes_settle_and_never_swap(text):
    history = _fix_until_settled(text)
    assert len(history) <= 3, history  # settles after at most two passes
    assert len(set(history)) == len(history), history  # never returns to an earlier text
    final = history[-1]
    assert apply_fixes(final, lint_text(final, "<t>"))[1] == []


def test_no_fix_towards_a_foreign_or_legacy_spelling():
    text = "Kiev was hit. Kiev and Kiev again. Officials in Kyiv said."
    for h in RULE.run(Document(text)):
        assert h.replacement is None or h.replacement not in _names.variants()
