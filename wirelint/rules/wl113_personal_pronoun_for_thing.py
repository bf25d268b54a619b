"""“he”/“his”/“him” for a club, a company, a country or a city: “Tottenham recovered his standing”.

Italian and Spanish possessives (“suo”, “su”) and French “il” and “son” do not say whether the
owner is a person or a thing, and German and Dutch give things a grammatical gender (“der Verein …
er”): a machine translation then writes “his” for a football club, “he” for a company, “him” for
a country. English uses “it”/“its” (or, for a team, “they”/“their”).

The rule looks at each he/his/him/himself outside quotations and at what it can stand for (its
sentence up to it and the sentence before, ``rules/_referents.py``). It flags the pronoun when its
own sentence names, before it, a thing — a place or country from the gazetteer, an organisation by
its name (“… FC”, “… Party”, “… Bank”, “… Ministry”), an acronym — and nothing in the window could
be a man or a person of unknown sex: no name that is not known as a place or an organisation, no
noun for a person (“coach”, “players”, “the president”), no “he” before it. Sports copy that calls
a club “they” and a club's manager “he” therefore stays silent whenever the manager is named.
"""

from __future__ import annotations

from wirelint.rule import Hit, bad, good, rule
from wirelint.rules._referents import MASCULINE, candidates, pronouns


@rule(
    code="WL113",
    name="personal-pronoun-for-thing",
    category="translation",
    severity="warning",
    # Off by default: silent on the clean corpus and the MQM human references, but it costs about
    # 1 ms an article (tagging or candidate antecedents), more than the throughput budget allows.
    default=False,
    summary="“he”/“his”/“him” for a club, company, country or city",
    examples=[
        bad("The league resumed on Sunday. Tottenham recovered [[his]] place in the top four with a win."),
        bad("Exports fell for a third month. Germany cut [[his]] growth forecast on Tuesday."),
        bad("The season ended in May. Liverpool FC said [[he]] would appeal against the fine."),
        good("Tottenham recovered their place in the top four with a win."),
        good("Harry Kane scored twice. Tottenham recovered his old form with him."),
        good("The manager was pleased. Tottenham recovered, and he praised the players."),
        good("Germany cut its growth forecast on Tuesday."),
        good("The minister spoke in Berlin. Germany, he said, would cut its forecast."),
    ],
)
def check(doc, options):
    text = doc.text
    if "his" not in text and "him" not in text and "he" not in text and "He" not in text and "His" not in text:
        return
    for start, end, word, window, sent_start in pronouns(doc):
        if word not in MASCULINE:
            continue
        # The rest of the sentence too: "In his testimony, Mehdiyev said" names him after "his".
        sent = doc.sentence_at(start)
        cands = candidates(doc, window, start) + candidates(doc, end, sent.end, names_only=True)
        if any(c.kind != "t" for c in cands):
            continue
        own = [c for c in candidates(doc, sent_start, start) if c.kind == "t"]
        if not own:
            continue
        what = own[-1].text
        yield Hit(
            start,
            end,
            f"“{text[start:end]}” seems to stand for {what}, which is not a person",
            help="use “it”/“its” (or “they”/“their” for a team)",
        )
