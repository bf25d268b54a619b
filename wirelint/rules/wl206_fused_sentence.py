"""Two sentences run together without a full stop: "the ship docked at the port The ministry said".

Machine translation and careless scraping drop a full stop between two sentences (the engine
splits its input at sentence ends and a lost mark glues the outputs back together; link texts and
footnote markers that ended a sentence are stripped). What is left is a lowercase word that could
end a sentence, one space, and a capitalised word that opens one ("The", "He", "However",
"According") followed by a lowercase word: mid-line, with no punctuation at all.

Left alone: a capitalised opener after a function word ("rose by A third": WL205's capitalised
function word), before a capitalised word ("in The Hague", "read The Times"), after an acronym or
a name, in headlines, subheads and other title-case lines, at line starts and in list items, in
the head, byline, bio and page chrome, and inside quotations (transcribed speech keeps its own
run-ons). The unsafe fix inserts a full stop.

With a part-of-speech tagger, the tag of the word before (a noun or verb that can end a clause,
not a preposition or determiner) would replace the function-word list.
"""

from __future__ import annotations

from wirelint.rule import Hit, bad, good, rule
from wirelint.rules import _capitals

# Words that open an English sentence and never stand capitalised inside one.
OPENERS = frozenset(
    "The He She It They We This These Those There But However In On At After Before According "
    "Meanwhile His Her Their Its Our When While If Also Although Since Despite Earlier Later "
    "Last Now Then Still Yet".split()
)
# Words after which no sentence can end: a capital after them is not a sentence start.
NO_END = frozenset(
    "a an the of in on at to for with by from as into onto over under about than and or but nor "
    "is are was were be been being has have had do does did will would can could should may might "
    "must not his her their its our my your this that these those very more most so such".split()
)


@rule(
    code="WL206",
    name="fused-sentence",
    category="translation",
    severity="warning",
    summary="Two sentences run together without a full stop",
    fix="unsafe",
    examples=[
        bad("The cargo ship finally docked at the [[port The]] ministry said it carried grain.",
            fixed="The cargo ship finally docked at the port. The ministry said it carried grain."),
        bad("Officials counted the votes through the [[night However]] the result was delayed.",
            fixed="Officials counted the votes through the night. However the result was delayed."),
        bad("Prices rose sharply in the spring and [[summer According]] to the bank, they will fall."),
        bad("The coach praised his [[players He]] said the title was deserved."),
        bad("The team spoke with local [[farmers The]] Research group also visited a school."),
        good("He told reporters in The Hague that he reads The Times and The Economist every day."),
        good("Sales rose by A third, and the museum said so."),
        good("What The Data Says About Voters\n\nThe data says voters are tired."),
        good("“We went to the port the ministry said it was closed,” she recalled."),
        good("The NATO The alliance is not a typo we report, nor is UN They."),
    ],
)
def check(doc, options):
    scan = _capitals.mid_sentence_capitals(doc)
    text = doc.text
    for c in scan.found:
        if c.sep or c.word not in OPENERS or c.quote:
            continue
        if not c.before.islower() or c.before in NO_END or len(c.before) < 2:
            continue
        if not c.after or not (c.after[0].islower() or c.after.lower() in _capitals.lowercase_words()):
            continue  # ("The Research group also": the noun after it capitalised too)
        start = c.start - 1 - len(c.before)
        if start < 0 or text[start : c.start - 1] != c.before:
            continue
        yield Hit(start, c.end, f"Two sentences run together: '{c.before} {c.word}' has no full stop between them",
                  replacement=f"{c.before}. {c.word}", help="end the first sentence with a full stop")
