"""An adverb between a verb and its object: “The club formulated already the next goals.”

German, Dutch, French and the Scandinavian languages put a short adverb right after the finite
verb (“Der Verein formulierte schon die nächsten Ziele”, “Il a rencontré aussi le ministre”). English
never separates a verb from its direct object that way: the adverb goes before the verb (“has
already set out the next goals”, “also met the minister”) or at the end.

Where a cheap screen finds “also”, “already”, “still”, “always”, “never”, “often” or “again”
followed by a determiner or possessive, the sentence is tagged (``wirelint.pos``) and the rule
flags the verb and the adverb when:

- the word before the adverb is a verb the tagger reads as finite or a participle;
- that verb is not a copula or a verb of saying or thinking, which English may follow with an
  adverb and a clause or a complement (“is also the captain”, “said again the plan was sound”,
  “remains still the favourite”, “found also that…”);
- the noun phrase after the adverb is not a time expression (“met again the next day”, “trains
  also this morning”).
"""

from __future__ import annotations

from wirelint.rule import Hit, bad, good, rule
from wirelint.rules._lazy import lazy_compile

ADVERBS = frozenset("also already still always never often again".split())
SCREEN_RE = lazy_compile(
    r"[ \t](?:also|already|still|always|never|often|again)[ \t]+"
    r"(?:the|a|an|this|these|those|his|her|its|their|our|my|your)\b"
)
VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "VBN"})
# Copulas and verbs that take a clause or a complement: English may put an adverb after them.
EXCLUDED = frozenset(
    """is are was were be been being am 's 're become becomes became remain remains remained seem seems
    seemed appear appears appeared look looks looked sound sounds sounded feel feels felt stay stays
    stayed prove proves proved proven get gets got gotten has have had do does did say says said tell
    tells told think thinks thought believe believes believed know knows knew known find finds found
    show shows showed shown suggest suggests suggested argue argues argued claim claims claimed note
    notes noted warn warns warned add adds added insist insists insisted expect expects expected fear
    fears feared hope hopes hoped mean means meant realise realised realize realized admit admits
    admitted agree agrees agreed explain explains explained confirm confirms confirmed report reports
    reported announce announces announced stress stresses stressed recall recalls recalled see sees
    saw seen hear hears heard""".split()
)
TIME_NOUNS = frozenset(
    """day days week weeks month months year years morning afternoon evening night weekend time times
    season seasons summer winter spring autumn fall decade century moment hour hours minute minutes
    monday tuesday wednesday thursday friday saturday sunday""".split()
)
MAX_CANDIDATES = 200


@rule(
    code="WL111",
    name="adverb-before-object",
    category="translation",
    severity="warning",
    # Off by default: silent on the clean corpus and the MQM human references, but it costs about
    # 1 ms an article (tagging or candidate antecedents), more than the throughput budget allows.
    default=False,
    summary="Adverb between a verb and its object (German, Dutch or French adverb placement)",
    examples=[
        bad("The club [[formulated already]] the next goals for the season."),
        bad("The minister [[visited also]] the flooded villages on Sunday."),
        bad("Ajax [[won again]] the title after a year without a trophy."),
        bad("The company has [[increased already]] its prices twice."),
        good("The club has already set out the next goals."),
        good("The minister also visited the flooded villages."),
        good("The teams met again the following week."),
        good("He is also the captain of the national team."),
        good("She said again the plan was sound."),
        good("The report found also that prices rose."),
        good("They trained again this morning."),
        good("Smith remains still the favourite for the post."),
    ],
)
def check(doc, options):
    text = doc.text
    found = 0
    for m in SCREEN_RE.finditer(text):
        if found >= MAX_CANDIDATES:
            return
        found += 1
        from wirelint.pos import tags_around

        toks = tags_around(doc, m.start() + 1)
        k = next((i for i, t in enumerate(toks) if t.start == m.start() + 1), None)
        if k is None or k == 0 or toks[k].word not in ADVERBS:
            continue
        verb = toks[k - 1]
        if verb.tag not in VERB_TAGS or verb.word.lower() in EXCLUDED or not verb.word.islower():
            continue
        head = None
        for t in toks[k + 2 : k + 6]:
            if t.tag.startswith("NN") or t.word.lower() in TIME_NOUNS:
                head = t
                break
            if t.tag not in ("JJ", "JJR", "JJS", "CD", "RB", "HYPH"):
                break
        if head is None or head.word.lower() in TIME_NOUNS or toks[k + 1].word.lower() in TIME_NOUNS:
            continue
        yield Hit(
            verb.start,
            toks[k].end,
            f"“{toks[k].word}” stands between the verb “{verb.word}” and its object (continental adverb placement)",
            help=f"put “{toks[k].word}” before the verb, or after the object",
        )
