"""A common word capitalised in mid-sentence: "for the eighth Time in a row", "the Locals
cheered", "sales rose by A third", "visitors, The museum said".

German capitalises every noun and Dutch capitalises more than English does; a machine translation
from either, or copy pasted out of an engine's interface, keeps capitals that English never writes
("can Risk of", "Suggestions of realistic"), and broken sentences leave a capitalised function
word mid-sentence ('"a safe route" And the'). English capitalises names, not nouns, so a word
that is mostly lowercase in running text, capitalised inside a sentence, is the signal.

"Mostly lowercase" comes from data: ``lowercase_words.txt`` (built by
scripts/build_names_data.py) holds the frequent words that SCOWL lists in lowercase only, never as
a name, brand or title. A capitalised word is judged only where it stands inside a sentence: after
a lowercase word, a number, a comma or semicolon, or a closing quotation mark that ended no
sentence.

Left alone: line starts, list items, headlines, subheads and other title-case lines; the head,
byline, bio and page chrome; runs of capitalised words and the words joined to them ("Supreme
Court", "Ministry of the Interior", "Minister for Foreign Affairs", "War and Peace"); titles of
works after a cue ("the film Gone Girl", "a song called Home"); a capitalised word right after an
opening quotation mark (a quoted title); acronyms; letters as labels ("vitamin A", "Plan A",
"grade A"); "The", "A" and the like before a capitalised word ("in The Hague", "A Quiet Place").
Institutions, titles, publications, brands, style words and sports nicknames that house styles
capitalise ("the Government", "the Court", "the Pope", "the Reds", "the Guardian", "Target",
"Web"; ``capitalised_words.tsv``) are never reported, even when the article also writes them in
lowercase ("every Service" beside "military service"), and a word the article capitalises mid-sentence twice or more and never writes in lowercase is its
name for something ("the Quad"), not an accident; style words ("Web", "Internet", "Black") are
never reported. Places, brands and newsmakers of the name data ("Cork") and words after a number
("the Ineos 1:59 Challenge") are names. A function word after a lowercase content word
with no punctuation between ("at the port The ministry said") is two sentences run together:
WL206 reports those.

The fix lowercases the word; it is unsafe (the editor checks that no name was meant).

With a part-of-speech tagger, the tag of the lowercase form in its context (a noun or adjective
where a name would be a proper noun) would confirm the finding for words the list does not know.
"""

from __future__ import annotations

from collections import Counter

from wirelint.rule import Hit, bad, good, rule
from wirelint.rules import _capitals, _names

# Function words that English never capitalises mid-sentence.
FUNCTION_WORDS = frozenset(
    "the a an and but or nor of in on at to for with by from as is was are were it its this that "
    "these those he she they we his her their our there when while if because although however "
    "after before also then so yet than into onto over under".split()
)
# Sentence openers: after a lowercase content word with no punctuation, WL206's fused sentences.
OPENERS = frozenset(
    "the a an he she it they we this these those there but however in on at after before "
    "according meanwhile his her their its our when while if as also".split()
)
# Nouns after which a capital letter is a label: "vitamin A", "plan B", "grade A", "type O".
LABEL_NOUNS = frozenset(
    "vitamin vitamins plan grade type class group category section part level tier division "
    "league series block gate terminal exhibit appendix item schedule option route pool hepatitis "
    "phase stage round zone sector unit ward wing row column figure table chapter article annex "
    "model version size blood".split()
)


DETERMINERS = frozenset("the a an this that these those his her their its our my your".split())
SPEECH_VERBS = frozenset("said says told added wrote noted asked replied argued explained stressed warned".split())


def _counts(caps) -> Counter:
    return Counter(c.word for c in caps)


@rule(
    code="WL205",
    name="capitalised-common-word",
    category="names",
    severity="warning",
    summary="A common word or function word capitalised in mid-sentence (German or Dutch noun capitals)",
    fix="unsafe",
    examples=[
        bad("The club won the league for the eighth [[Time]] in a row on Saturday.",
            fixed="The club won the league for the eighth time in a row on Saturday."),
        bad("After the match the [[Locals]] celebrated in the old town until dawn."),
        bad("Eating oranges every day can [[Risk]] of dementia be cut, the study found."),
        bad("Sales of electric cars rose by [[A]] third in the first quarter.",
            fixed="Sales of electric cars rose by a third in the first quarter."),
        bad("The gallery was packed with visitors, [[The]] museum said on Sunday."),
        bad("The minister called it “a safe route” [[And]] the national police agreed."),
        bad("“You do not need a gym [[And]] no expensive shoes,” the coach said."),
        bad("The coach was sacked in March, and the [[Ex-coach]] said little about it."),
        good("The Supreme Court ruled, and the Ministry of the Interior and the Minister for Foreign Affairs agreed."),
        good("The ruling party lost; the Government said the Court would rule within a week."),
        good("The cabinet met, but the Government will not pass the bill, the Israeli government said."),
        good("He starred in the film Gone Girl and read the novel War and Peace to fans in The Hague."),
        good("Children need vitamin A, and Plan B is a grade A option, officials told Time magazine."),
        good("The risk rating is Level 2 and the grain left the Port of odesa today."),
        good("Our Time Is Now: Voters Head To The Polls\n\nVoters went to the polls on Sunday."),
        good("The Reds beat the Blues, and the Reds now lead the table. The Reds have won five in a row."),
        good("She said “Time is short” and left.\n\nShopping at Target, he paid with Visa."),
        good("Ingredients:\nFlour and water\nSalt to taste\n\nThe bread, A Love Story, opens tonight."),
    ],
)
def check(doc, options):
    scan = _capitals.mid_sentence_capitals(doc)
    caps = scan.found
    if not caps:
        return
    text = doc.text
    lowercase = _capitals.lowercase_words()
    exceptions = _capitals.capital_exceptions()
    runs = None
    counts = None
    for c in caps:
        low = c.word.lower()
        before_low = c.before.lower()
        if low in FUNCTION_WORDS:
            if c.quote and c.sep:
                continue  # a quoted letter or post: "Stardom fans, We are sorry"
            if not c.after or not c.after[0].islower():
                continue  # "The Hague", "A Quiet Place", or punctuation follows
            if low == "a" and before_low in LABEL_NOUNS:
                continue
            if not c.sep and low in OPENERS and before_low not in FUNCTION_WORDS and c.before.islower():
                continue  # "at the port The ministry said": WL206
            yield Hit(c.start, c.end, f"Capitalised '{c.word}' in mid-sentence",
                      replacement=low, help=f"write '{low}', or end the sentence before it")
            continue
        if len(low) <= 3 and text[c.end : c.end + 1] == ".":
            continue  # an abbreviation: "the No. 8 shirt"
        base = low.split("-", 1)[0]
        if len(base) < 2 or base not in lowercase or low.replace("-", "") not in lowercase and "-" not in low:
            continue
        if before_low in _capitals.TITLE_CUES or c.after.lower() in _capitals.NAME_AFTER:
            continue
        if not c.after and text[c.end : c.end + 2][1:].isdigit():
            continue  # a label before a number: "Level 2", "Phase 3", "Room 101"
        if c.before[:1].isdigit():
            continue  # after a number: "the Ineos 1:59 Challenge", "2024 Olympics"
        if low in _names.known_names_lower():
            continue  # a place, brand or newsmaker: "Cork, Ireland"
        if c.quote:
            continue  # quoted speech and posts keep their speaker's capitals ("all Tariffs")
        if c.word in scan.in_names or (c.after.lower() in SPEECH_VERBS and before_low not in DETERMINERS):
            continue  # a name: "Jason Crow … Crow told VOA"
        if runs is None:
            runs = _names.ascii_lower_runs(text)
        written_lower = low in runs if low.isalpha() else False
        if base in exceptions:
            continue  # "the Government", "every Service", "Web": house styles capitalise these
        if counts is None:
            counts = _counts(caps)
        if counts[c.word] >= 2 and not written_lower:
            continue  # the article's own name for something ("the Quad")
        why = "; the article also writes it in lowercase" if written_lower else ""
        yield Hit(c.start, c.end, f"Common word capitalised in mid-sentence: '{c.word}'{why}",
                  replacement=low, help=f"write '{low}' unless a name is meant (German and Dutch capitalise nouns)",
                  language=None)
