"""A person's age in brackets with "years" after the name: "Ahmed Saleh (42 years) was arrested",
"the driver, Nguyen Van Minh (35 years old), said".

Arabic, Vietnamese, Indonesian and Turkish papers give an age in brackets after the name ("أحمد
(42 عاماً)", "Nguyễn Văn Minh (35 tuổi)"), and translation keeps the brackets and the word. English
copy sets the age off with commas and no unit: "Ahmed Saleh, 42, was arrested".

Reported: a capitalised name, then "(N years)" or "(N years old)" with N from 1 to 119. Left alone:
a bare number in brackets after a name (in a football report "Kane (47)" is the minute of a goal),
durations in brackets after other words ("a sentence (10 years)").
"""

from __future__ import annotations

from wirelint.rule import Hit, bad, good, rule
from wirelint.rules._lazy import lazy_compile

AGE_RE = lazy_compile(r"\((?<=[a-z][ \u00a0]\()((?:1[01]|[1-9])?\d)[ \u00a0](?:years?|yrs)(?:[ \u00a0]old)?\)")


@rule(
    code="WL317",
    name="bracketed-age",
    category="typography",
    severity="warning",
    summary="Age in brackets with “years” after a name (Arabic or Asian press format)",
    fix="unsafe",
    examples=[
        bad("The suspect, Ahmed Saleh[[ (42 years)]], was arrested.", fixed="The suspect, Ahmed Saleh, 42, was arrested."),
        bad("Driver Nguyen Van Minh[[ (35 years old)]] said he braked.", fixed="Driver Nguyen Van Minh, 35, said he braked."),
        good("Goals: Kane (47), Son (80). He got a sentence (10 years) and Ahmed Saleh, 42, was freed."),
    ],
)
def check(doc, options):
    text = doc.text
    if "year" not in text and "yrs" not in text:
        return
    for m in AGE_RE.finditer(text):
        lo = m.start() - 1  # the space before the bracket
        while lo > 0 and text[lo - 1].isalpha():
            lo -= 1
        if not text[lo].isupper():
            continue  # "a sentence (10 years)": no name before
        after = text[m.end() : m.end() + 1]
        rep = f", {m.group(1)}" + ("" if after in ",.;:)" else ",")
        yield Hit(m.start() - 1, m.end(), f"Age in brackets after the name: {m.group()!r}",
                  replacement=rep, safe=False, help=f"write the age between commas: “, {m.group(1)},”")
