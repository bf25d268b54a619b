"""A verb left at the end of its clause: “Fruit can the risk of dementia significantly reduce.”

German and Dutch put the infinitive and the past participle at the end of the clause (“Obst kann
das Risiko deutlich senken”, “Ajax heeft het kampioenschap verloren”); Persian, Turkish, Korean
and Japanese put every verb last. A machine translation that keeps that order leaves an English
auxiliary cut off from its verb by the whole object: “can the risk of dementia significantly
reduce”, “Ajax has the championship lost against PSV”, “I want the team also congratulate”.

In English an auxiliary after its subject is followed by its verb (or an adverb, “not”, a
quantifier such as “all”), never by a noun phrase and then the verb. The rule tags the sentence
(``wirelint.pos``) where a cheap screen finds a modal, “has”/“have” or “want” followed by a
determiner, a possessive or a capitalised word, and reports the stretch from the auxiliary to the
stranded verb when:

- the auxiliary follows a noun or pronoun (its subject), so inversions are left alone: questions
  (“Can the drug reduce the risk?”), “nor can the ministry…”, “Only then will the team…”,
  “Had the talks failed…”, “so has the minister”;
- a noun phrase (at least one noun, no other verb) stands between the auxiliary and the verb;
- that verb is a bare infinitive after a modal or “want”, a past participle after “has”/“have”,
  and it ends its clause: punctuation, a conjunction, a preposition or a particle follows, not an
  object (a noun phrase after the verb means the tagger read the sentence in some other way);
- the sentence is not a question and the auxiliary does not open the sentence or a quotation.

Left alone: “have the car repaired by” (a causative with its agent), “had the roof repaired”
(only “has”/“have”: the causative is common in the past tense), “want them dead” (no verb),
“we can all agree” (a quantifier, not a noun phrase), and any sentence over-long or in capitals.
"""

from __future__ import annotations

from wirelint.rule import Hit, bad, good, rule
from wirelint.rules._lazy import lazy_compile

MODALS = frozenset("can could will would shall should may might must".split())
PERFECT = frozenset("has have".split())
WANT = frozenset("want wants wanted wish wishes wished intend intends intended try tries tried".split())
# The screen: an auxiliary, then a word that can open a noun phrase.
SCREEN_RE = lazy_compile(
    r"\b(?:can|could|will|would|shall|should|may|might|must|has|have|wants?|wanted|wish(?:es|ed)?|"
    r"intend(?:s|ed)?|tr(?:y|ies|ied))[ \t]+(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|"
    r"[A-Z][\w’'-]*)\b"
)
# Before the auxiliary: its subject (a plural noun the tagger read as a verb, "walks", included).
SUBJECT_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "PRP", "VBZ"})
NP_START = frozenset({"DT", "PRP$", "NNP", "NNPS", "NN", "NNS", "CD", "JJ"})
NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "PRP", "CD"})
# Inside the stranded noun phrase: determiners, adjectives, nouns, numbers, prepositions (“of
# dementia”), adverbs (“significantly”), possessive marks, hyphens, particles of names.
NP_INNER = frozenset({"DT", "PDT", "PRP$", "PRP", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "IN",
                      "RB", "RBR", "RBS", "POS", "HYPH", "FW", "VBG"})
QUANTIFIERS = frozenset("all both each either half".split())
# What may follow the stranded verb: end of clause, a preposition, a particle, a conjunction.
AFTER_OK = frozenset({".", ",", ":", "IN", "RP", "CC", "''", "-RRB-", "HYPH", "WDT", "WP"})
CLAUSE_END = frozenset({".", ",", ":", "``", "''", "-LRB-", "-RRB-", "CC", "WDT", "WP", "WRB"})
MAX_CANDIDATES = 200


# Past participles that often follow a noun as a reduced relative clause ("has the money needed
# to", "has a team based in Leeds"): never taken for a stranded verb after "has"/"have".
REDUCED_RELATIVE = frozenset(
    """needed required involved used left made based given concerned affected mentioned listed planned
    proposed attached included expected known called named born set put spent owned held run built
    taken seen found shown done provided offered available related linked aimed designed""".split()
)
VERBISH = frozenset({"VB", "VBP", "VBN", "VBD", "VBZ", "JJR", "JJ"})


def _stranded(toks, k: int):
    """(index of the stranded verb) for the auxiliary at ``k``, or None."""
    from wirelint.pos import model

    aux = toks[k]
    word = aux.word.lower()
    if word in MODALS:
        if aux.tag != "MD" or aux.word[0].isupper():
            return None
        wanted = "VB"
    elif word in PERFECT:
        if aux.tag not in ("VBZ", "VBP"):
            return None
        wanted = "VBN"
    elif word in WANT:
        if not aux.tag.startswith("VB"):
            return None
        wanted = "VB"
    else:
        return None
    if k == 0 or toks[k - 1].tag not in SUBJECT_TAGS or toks[k - 1].word in ("“", '"'):
        return None
    if k + 1 >= len(toks):
        return None
    nxt = toks[k + 1]
    if nxt.tag not in NP_START or nxt.word.lower() in QUANTIFIERS:
        return None
    m = model()
    wanted_index = m.tags.index(wanted)
    nouns = 0
    for j in range(k + 1, min(len(toks), k + 16)):
        t = toks[j]
        after = toks[j + 1] if j + 1 < len(toks) else None
        final = after is None or after.tag in (".", ",", ":")
        if nouns and t.word.islower() and (after is None or after.tag in AFTER_OK):
            cands = m.candidates(t.word.lower(), "x")
            # The tagger calls it a verb, or the word is one it has seen as the wanted form.
            verb = t.tag in ("VB", "VBP", "VBN", "VBD") and wanted_index in cands
            seen = cands is not m.open_class and wanted_index in cands
            if not (verb or (seen and (t.tag in ("JJ", "JJR") or (final and t.tag == "NN")))):
                verb = None
        else:
            verb = None
        if verb is not None:
            if after is not None and after.word.lower() in ("by", "to"):
                return None  # a causative with its agent, or a purpose: "have the car repaired by"
            if wanted == "VBN" and t.word.lower() in REDUCED_RELATIVE:
                return None
            return j
        if t.tag in CLAUSE_END or t.tag not in NP_INNER:
            return None
        if t.tag in NOUN_TAGS:
            nouns += 1
    return None


@rule(
    code="WL110",
    name="verb-final-clause",
    category="translation",
    severity="warning",
    # Off by default: silent on the clean corpus and the MQM human references, but it costs about
    # 1 ms an article (tagging or candidate antecedents), more than the throughput budget allows.
    default=False,
    summary="Auxiliary cut off from its verb by the object (German, Dutch or Persian verb-final order)",
    examples=[
        bad("Eating berries [[can the risk of heart disease significantly lower]], the study found."),
        bad("The champions [[have the title lost]] against their rivals from Rotterdam."),
        bad("The coach said that the club [[will the new contract next week sign]]."),
        bad("Regular walks [[could the chance of a second stroke reduce]]."),
        bad("We [[want the players also thank]] for their effort."),
        good("Can the drug reduce the risk of dementia?"),
        good("Only then will the government lower taxes."),
        good("Nor can the ministry explain the delay."),
        good("Had the talks failed, the strike would have continued."),
        good("The residents have the roof repaired by a builder every spring."),
        good("The players can all agree on that."),
        good("The ministry will the day after publish nothing, officials said?"),
        good("The new rules could reduce the risk of fraud significantly."),
        good("Berlin has the highest rents in Germany."),
        good("She has a plan that could work."),
        good("The club wants Smith to stay."),
        good("The committee has the power to act."),
        good("Users can build what they want the bricks to do."),
        good("The council has the money needed for the repairs."),
        good("The club has a team based in Leeds."),
    ],
)
def check(doc, options):
    text = doc.text
    found = 0
    for m in SCREEN_RE.finditer(text):
        if found >= MAX_CANDIDATES:
            return
        sent = doc.sentence_at(m.start())
        if sent is None or text[sent.start : sent.end].rstrip("”\"’') ").endswith("?"):
            continue
        found += 1
        from wirelint.pos import tags_around

        toks = tags_around(doc, m.start())
        k = next((i for i, t in enumerate(toks) if t.start == m.start()), None)
        if k is None:
            continue
        j = _stranded(toks, k)
        if j is None:
            continue
        start, end = toks[k].start, toks[j].end
        yield Hit(
            start,
            end,
            f"“{toks[k].word}” is cut off from its verb “{toks[j].word}” by the object (verb-final word order)",
            help=f"put “{toks[j].word}” right after “{toks[k].word}”, as English word order needs",
        )
