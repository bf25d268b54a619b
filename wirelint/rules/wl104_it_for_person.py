""""It" standing for a person: “Xi doesn’t talk about it that way. It talks about…”.

French has no neuter pronoun: "il" is "he" and "it", "elle" is "she" and "it". A machine
translation round trip through French therefore sometimes turns a man or a woman into "it":
"Il parle de relations de bon voisinage" comes back as "It talks about good neighborly relations"
when the previous sentence was about Xi Jinping.

"It" is of course right for a country, a company, a report or the weather ("It comes as Russia…",
"It is also an important partner", "It’s not the same"), so the rule asks for evidence on both
sides before it speaks:

- the sentence starts with "It" and a verb that people, not things, do: talk, think, believe,
  want, hope, tell, insist, explain, admit, say (a document "says" too, so see below);
- the previous sentence, in the same paragraph, has a person as its subject: it opens with a
  name (after an optional title) that the article elsewhere shows to be a person — a title
  ("President Xi Jinping", "Mr. Gao"), an age ("Xi, 70,"), a first name and surname next to a
  speech verb ("said Natasha Kuhrt"), or "he"/"she" right after the name ("Gao said he…");
- the previous sentence names no document or thing that "it" could mean (a report, a
  statement, a book, a law, a plan…), and its subject is not a pair ("Xi and Putin…").

A lower-case "it said" that attributes reported speech is checked the same way: in “…,” it
said. or "…, it said." the antecedent is the speaker of the previous sentence, so "it" is flagged
only when that sentence, in the same paragraph, ends with an attribution to a person the article
shows to be one (“…,” Ambassador James Kariuki told reporters. / …, said Andrew Yang,
secretary-general of the think tank.) with no document or organisation in the attribution, and,
when the new sentence is not a quotation, it names nothing (no document, no capitalised name) that
"it" could stand for. "The ministry said … it said" is correct English and is never flagged.

The fix ("He talks", "She talks") is offered, never applied by default, and only when the
article's own pronouns for that person are unambiguous; otherwise the finding has no fix.
"""

from __future__ import annotations

import re

from wirelint.plain import last_text
from wirelint.rule import Hit, bad, good, rule
from wirelint.rules._lazy import lazy_compile

NAME = r"[A-Z][a-zà-öø-ÿ’'-]{1,30}(?:-[A-Z][a-zà-öø-ÿ]{1,20})?"
TITLES = (
    r"(?:President|Vice President|Prime Minister|Deputy Prime Minister|Minister|Secretary(?: of State)?|"
    r"Chancellor|Premier|Pope|King|Queen|Prince|Princess|Sheikh|Senator|Sen\.|Representative|Rep\.|"
    r"Governor|Gov\.|General|Gen\.|Judge|Justice|Ambassador|Mayor|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Professor|Prof\.)"
)
TITLE_NAME_RE = lazy_compile(rf"\b{TITLES} ((?:{NAME} ){{0,2}}{NAME})(?![\w’'-])")
AGE_RE = lazy_compile(rf"\b({NAME}), (?:[1-9]\d,|who\b)")
SPEECH = r"(?:said|says|told|added|explained|insisted|wrote)"
FULL_NAME_SPEECH_RE = lazy_compile(
    rf"\b{SPEECH} ({NAME}(?: {NAME}){{1,2}})(?![\w’'-])|\b({NAME}(?: {NAME}){{1,2}}) {SPEECH}\b"
)
NAME_PRONOUN_RE = lazy_compile(rf"\b({NAME}) (?:said|says|added|told \w+|insisted|explained) (?:that )?(he|she)\b")

# "It" + optional adverb + a verb of speech or thought that people do.
IT_RE = lazy_compile(
    r"(?P<it>It) (?:(?:also|really|only|still|now|even|always|often) )?"
    r"(?P<verb>talks|talked|thinks|thought|believes|believed|wants|wanted|hopes|hoped|feels|felt|"
    r"knows|knew|tells|told|insists|insisted|explains|explained|admits|admitted|says|said|"
    r"speaks|spoke|replied|replies|prefers|preferred|likes|liked|notes|noted)\b"
)
# A lower-case "it said" attributing the sentence it ends: “…,” it said. / …, it said.
IT_SAID_RE = lazy_compile(
    r"(?P<lead>[”\"],?|,[”\"]?) (?P<it>it) (?P<verb>said|told reporters|added|stressed)"
    r"(?P<rest>(?: on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?)[.!]?[ \t]*$"
)
ROLE = (
    r"(?:a |an |the )?(?:[a-z-]{1,30} ){0,3}(?:secretary-general|secretary|director(?:-general)?|head|chief|"
    r"spokesman|spokeswoman|spokesperson|president|chairman|chairwoman|chair|professor|analyst|fellow|"
    r"researcher|founder|minister|ambassador|envoy|editor|expert|member|leader|official|adviser|advisor|"
    r"economist|lawyer|scholar|lecturer|diplomat|executive|manager|senator|lawmaker)\b[^.!?]{0,160}"
)
# The attribution that ends the previous sentence, naming its speaker.
ATTRIBUTION_RE = lazy_compile(
    rf"(?:[”\"],?|,) (?:said|says|added|told reporters|explained|insisted) (?:{TITLES} )?"
    rf"(?P<a>(?:{NAME} ){{0,2}}{NAME})(?:, {ROLE})?[.!]$"
    rf"|[”\"],? (?:(?:[A-Z][\w.’'-]{{0,30}}|of|the) ){{0,6}}(?P<b>{NAME}) "
    rf"(?:said|says|added|told reporters|explained|insisted)[.!]$"
    rf"|, (?P<c>{NAME}) (?:said|says|added|told reporters)[.!]$"
)
CAPITAL_RE = lazy_compile(r"(?<![“\"‘'])\b[A-Z][a-z]")
SUBJECT_RE = lazy_compile(rf"[“\"‘']?(?:(?:{TITLES}) )?((?:{NAME} ){{0,2}}{NAME})(?P<after>,| and\b|’s| [a-z]|$)")
THING_RE = lazy_compile(
    r"\b(?:report|statement|book|letter|study|paper|document|law|bill|decree|plan|memo|post|video|"
    r"message|article|speech|survey|poll|film|tweet|resolution|agreement|declaration|order|note|"
    r"ruling|verdict|proposal|communiqu[eé]|website|party|company|group|government|ministry|agency|"
    r"court|council|committee|organization|organisation|newspaper|network|campaign|app|program|"
    r"programme|textbook|treaty|charter|constitution|policy|strategy|platform|account|finding|"
    r"review|assessment|analysis|readout|filing|release|index|data|figure|tank|institute|office|"
    r"department|commission|union|bank|firm|board|authority|center|centre|foundation)s?\b",
    re.IGNORECASE,
)
NOT_PEOPLE = frozenset(
    """The This That These Those It He She They We I You His Her Their Our Its But And Although While
    When If As In On At For After Before During Since Monday Tuesday Wednesday Thursday Friday
    Saturday Sunday January February March April May June July August September October November
    December State Minister President Secretary General Foreign Defense Defence Prime House White
    Senate Congress University Ministry Department Council Commission Office Court Party""".split()
)


@last_text
def _people(text: str) -> tuple[frozenset[str], dict[str, str]]:
    """Name tokens the article shows to be people, and the pronoun ("He"/"She") it uses for each
    where that is unambiguous."""
    people: set[str] = set()
    for m in TITLE_NAME_RE.finditer(text):
        people.update(m.group(1).split())
    for m in AGE_RE.finditer(text):
        people.add(m.group(1))
    for m in FULL_NAME_SPEECH_RE.finditer(text):
        people.update((m.group(1) or m.group(2)).split())
    votes: dict[str, set[str]] = {}
    for m in NAME_PRONOUN_RE.finditer(text):
        people.add(m.group(1))
        votes.setdefault(m.group(1), set()).add(m.group(2))
    people -= NOT_PEOPLE
    # Pronouns in sentences that mention exactly one of those people (a full name counts once).
    for s in re.finditer(r"[^.!?\n]{1,600}", text):
        sent = s.group()
        found = set()
        for run in re.finditer(r"[A-Z][\w'-]+(?:’s)?(?: [A-Z][\w'-]+(?:’s)?){0,3}", sent):
            tokens = [w.removesuffix("’s") for w in run.group().split()]
            if any(w in people for w in tokens):
                found.add(tokens[-1])
        if len(found) != 1:
            continue
        pron = set(re.findall(r"\b(he|his|him|she|her|hers)\b", sent))
        if pron:
            votes.setdefault(found.pop(), set()).update(
                "he" if p in ("he", "his", "him") else "she" for p in pron
            )
    pronouns = {n: ("He" if v == {"he"} else "She") for n, v in votes.items() if len(v) == 1 and n in people}
    return frozenset(people), pronouns


def _subject(sentence: str) -> str | None:
    m = SUBJECT_RE.match(sentence)
    if not m or m.group("after") == " and" or m.group("after") == "’s":
        return None
    tokens = m.group(1).split()
    if tokens[0] in NOT_PEOPLE:
        return None
    return tokens[-1]


@rule(
    code="WL104",
    name="it-for-person",
    category="translation",
    severity="warning",
    summary="“It” for a person named in the previous sentence (French “il”/“elle”)",
    fix="unsafe",
    examples=[
        bad("President Xi Jinping met Putin. “Xi doesn’t really talk about it in those terms anymore. "
            "[[It talks]] about good neighborly relations,” Kuhrt said. Xi, 70, has led his country since 2012.",
            fixed="President Xi Jinping met Putin. “Xi doesn’t really talk about it in those terms anymore. "
            "He talks about good neighborly relations,” Kuhrt said. Xi, 70, has led his country since 2012."),
        bad("Prime Minister Giorgia Meloni arrived late for her meeting. Meloni was angry. [[It said]] the text was unfair, "
            "and she left.", fixed="Prime Minister Giorgia Meloni arrived late for her meeting. Meloni was angry. She said "
            "the text was unfair, and she left."),
        bad("said Victor Gao of the center. Gao is optimistic. [[It believes]] trade will grow."),
        bad("“We are seriously concerned,” Ambassador James Kariuki told reporters. “Iran has produced far more "
            "than any civilian use needs,” [[it said]]. Kariuki said he would keep pressing.", fixed="“We are seriously "
            "concerned,” Ambassador James Kariuki told reporters. “Iran has produced far more than any civilian use "
            "needs,” he said. Kariuki said he would keep pressing."),
        bad("The law will add support for the claims, said Andrew Yang, secretary-general of the think tank. "
            "Any effort to stop boats will increase friction, [[it said]]. Yang, 60, said he was worried."),
        good("Putin’s visit is his first trip abroad. It comes as Russia has taken the initiative."),
        good("Although China has sought to look neutral, it has helped Russia. It is also a partner for Russia."),
        good("President Xi Jinping met Putin. Xi and Putin signed a deal. It says they will cooperate."),
        good("President Xi Jinping spoke. Xi published a report on Monday. It says growth will slow."),
        good("The ministry issued a statement. It said the talks were useful."),
        good("Xi met Putin. It talks about peace."),
        good("“The talks were useful,” the ministry said. “We will meet again,” it said."),
        good("The law will help, said Andrew Yang, citing a ministry report. Exports will rise, it said."),
        good("The law will help, said Andrew Yang, 60. The Foreign Ministry disagreed, it said."),
        good("Ambassador James Kariuki met them. “Iran has produced far more than it needs,” it said."),
    ],
)
def check(doc, options):
    text = doc.text
    if "It " not in text and " it " not in text:
        return
    # Who the people are is worked out only once a sentence opens with "It <verb>".
    people = pronouns = None
    sentences = doc.sentences
    for i in range(1, len(sentences)):
        cur = sentences[i]
        if " it " in text[cur.start : cur.end]:
            hit = _it_said(doc, sentences[i - 1], cur)
            if hit is not None:
                yield hit
                continue
        start = cur.start
        while start < cur.end and text[start] in "“\"‘'":
            start += 1
        m = IT_RE.match(text, start, cur.end)
        if not m:
            continue
        if people is None:
            people, pronouns = _people(text)
        if not people:
            return
        prev = sentences[i - 1]
        if doc.paragraph_at(prev.start) != doc.paragraph_at(cur.start):
            continue
        prev_text = text[prev.start : prev.end]
        name = _subject(prev_text)
        if name is None or name not in people or THING_RE.search(prev_text):
            continue
        pron = pronouns.get(name)
        fixed = text[m.start() : m.end()].replace("It", pron, 1) if pron else None
        yield Hit(
            m.start(),
            m.end(),
            f"“It” seems to stand for {name}, a person (French “il”/“elle” translated as “it”)",
            replacement=fixed,
            help=f"use “{pron}”" if pron else f"use “he” or “she” for {name}",
            language="fr",
        )


def _it_said(doc, prev, cur) -> Hit | None:
    """“…,” it said. / …, it said. when the previous sentence's speaker is a person."""
    text = doc.text
    sent = text[cur.start : cur.end].rstrip()
    if len(sent) > 1500:
        return None
    m = IT_SAID_RE.search(sent)
    if not m:
        return None
    before = sent[: m.start()]
    quoted = m.group("lead")[:1] in "”\"" or m.group("lead").endswith(("”", '"'))
    if quoted:
        # The whole sentence up to "it" is the quotation: its contents never give "it" a meaning.
        if not before.startswith(("“", '"')) or any(q in before[1:] for q in '“"”'):
            return None
    else:
        # Reported speech: nothing in it that "it" could be (a document, an organisation, a name).
        if any(q in before for q in '“"”') and not _short_quotes(before):
            return None
        if THING_RE.search(before) or CAPITAL_RE.search(before, 1):
            return None
    if doc.paragraph_at(prev.start) != doc.paragraph_at(cur.start):
        return None
    prev_text = text[prev.start : prev.end].rstrip()
    if len(prev_text) > 1500:
        return None
    a = ATTRIBUTION_RE.search(prev_text)
    if not a:
        return None
    name = (a.group("a") or a.group("b") or a.group("c")).split()[-1]
    people, pronouns = _people(text)
    if name not in people or name in NOT_PEOPLE:
        return None
    # The attribution itself names no document or organisation that "it" could be
    # (a role such as "secretary-general of the think tank" describes the speaker).
    attribution = prev_text[a.start() :]
    role = attribution.find(", ", 2)
    if THING_RE.search(attribution if role < 0 else attribution[:role]):
        return None
    start = cur.start + m.start("it")
    end = cur.start + m.end("verb")
    pron = pronouns.get(name)
    fixed = text[start:end].replace("it", pron.lower(), 1) if pron else None
    return Hit(
        start,
        end,
        f"“it” seems to stand for {name}, the person quoted just before (French “il”/“elle” translated as “it”)",
        replacement=fixed,
        help=f"use “{pron.lower()}”" if pron else f"use “he” or “she” for {name}",
        language="fr",
    )


def _short_quotes(text: str) -> bool:
    """Quoted phrases of at most four words each ("to “support legitimacy” by …")."""
    parts = re.findall(r"[“\"]([^”\"]{0,80})[”\"]", text)
    return bool(parts) and all(len(p.split()) <= 4 for p in parts) and text.count("“") + text.count('"') <= 4
