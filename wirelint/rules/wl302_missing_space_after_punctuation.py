"""No space after a full stop, comma, semicolon, question or exclamation mark between two words.

Text generators and scrapers that join sentences or lines lose the space between them:
"graduated top of his class.After interning", "earned him acclaim.Though writing". English copy
always spaces a sentence-ending mark from the next sentence.

Many dotted tokens are legitimate and are left alone: abbreviations ("U.S.", "e.g.", "Ph.D"),
decimals ("3.5"), software and domain names ("Node.js", "Amazon.com", "nbcnews.com"), file
names ("report.pdf"), URLs and e-mail addresses, initials ("J.R.R. Tolkien"), and brand names
with an exclamation mark ("Yahoo!News"). So the rule only fires when a real word of two or more
letters (not an all-capital acronym, not a title such as "Mr" or "St") is glued to a capitalised
word of two or more letters, the pair is not part of a longer dotted, slashed or @ chain, and the
word after is not a known top-level domain or file extension.

The same loss leaves three more shapes: a hyphenated word or the article "A" and pronoun "I" on
either side of the full stop ("yes-men.A leader", "in the year.I think"), a comma glued to a
lowercase function word ("Bắc Ninh,while"), initials glued to the
surname ("R.T.Erdogan", "J.R.R.Tolkien"), and a closing bracket glued to the next word ("said
(AFP)that", "(in French)said"). Short lowercase brackets ("(s)he", "(re)elected") and code
("f(x)dx", links in brackets) are left alone.
"""

from __future__ import annotations

import re

from wirelint.rule import Hit, bad, good, rule

# word before: 2-30 letters, lower case after its first letter; mark; capitalised word after.
PATTERN = re.compile(
    r"(?<![\w.@/\\:&=?#%+-])([^\W\d_][^\W\d_A-Z]{1,29})([.,;!?])([A-Z][a-z]{1,29}|[A-Z]{2,6})(?![\w@/\\])"
)
# Every match has a mark followed by a capital; the pattern is tried only before such a mark.
MARK_CAPITAL_RE = re.compile(r"[.,;!?](?=[A-Z])")
# A hyphenated lowercase word before the mark ("yes-men.A"), or "A"/"I" after it ("group.A
# leader"): shapes PATTERN leaves out. Tried where a full stop has a capital after it.
HYPHENATED_RE = re.compile(
    r"(?<![\w.@/\\:&=?#%+-])((?:[^\W\d_]+-)+[^\W\d_A-Z]{2,30})([.,;!?])([A-Z][a-z]{1,29})(?![\w@/\\])"
)
SINGLE_RE = re.compile(r"(?<![\w.@/\\:&=?#%+-])((?:[^\W\d_]+-)*[^\W\d_A-Z]{2,30})([.!?])([AI])(?= [a-z]{2,})")
# A comma between two words with no space: "Bắc Ninh,while". The word after must be a common
# English word (lists of codes and tags, "a,b", "red,green", are left alone by that).
COMMA_LOWER_RE = re.compile(r",(?<=[^\W\d_]{2},)([a-z]{2,20})(?![\w@/.-]|[.:]\w)")
COMMA_WORDS = frozenset(
    "while which who whom whose when where and but or so yet as because although though after before since "
    "until unless if the a an this that these those it he she they we his her their its our there then "
    "including including according said says with without from for to in on at by of not also however".split()
)
# Two or three initials glued to a surname: "R.T.Erdogan".
INITIALS_RE = re.compile(r"(?<![\w.])((?:[A-Z]\.){2,3})([A-Z][a-z]{2,29})(?![\w@/.]|\.\w)")
# A closing bracket glued to a word: "(AFP)that" (not "(s)he": see _more_hits).
BRACKET_RE = re.compile(r"\(([^()\n]{1,80})\)([A-Za-z][a-z]{1,29})(?![\w(])")
LONGEST_WORD = 30  # what the first group of PATTERN can span
NAMES = {".": "full stop", ",": "comma", ";": "semicolon", "!": "exclamation mark", "?": "question mark"}
# Titles and abbreviations that take a full stop and may be written tight against a name.
TITLES = frozenset(
    "mr mrs ms dr st mt ft jr sr vs no gen col lt sgt capt rev prof sen rep gov pres inc ltd co corp "
    "jan feb mar apr jun jul aug sep sept oct nov dec dept est approx".split()
)
# Capitalised words after a dot that make a domain or a file name ("Amazon.Com", "Report.Pdf").
TLDS = frozenset(
    "com org net gov edu mil int info biz io co uk us eu fr de ru cn jp in ca au tv me ly ai app "
    "dev news pdf doc docx xls xlsx ppt pptx txt csv htm html php asp aspx jpg jpeg png gif svg mp3 "
    "mp4 mov avi zip js ts py exe".split()
)


@rule(
    code="WL302",
    name="missing-space-after-punctuation",
    category="typography",
    severity="warning",
    summary="No space after a full stop or other mark between two words",
    fix="safe",
    examples=[
        bad("He graduated top of his [[class.After]] interning, he joined.", fixed="He graduated top of his class. After interning, he joined."),
        bad("It has earned him [[acclaim.Though]] writing is his passion.", fixed="It has earned him acclaim. Though writing is his passion."),
        bad("She worked at the [[Times.She]] left in 2020.", fixed="She worked at the Times. She left in 2020."),
        bad("Prices rose [[sharply,Officials]] said.", fixed="Prices rose sharply, Officials said."),
        bad("Why did he [[go?Nobody]] knows.", fixed="Why did he go? Nobody knows."),
        bad("They murder for [[sport.TDA]] is responsible.", fixed="They murder for sport. TDA is responsible."),
        bad("It removed key members of the [[group.In]] addition, it made arrests.", fixed="It removed key members of the group. In addition, it made arrests."),
        good("The U.S. Army and the U.K. Foreign Office, e.g. Mr. Smith, met in Washington, D.C. on Monday."),
        good("Growth was 3.5 percent; see nbcnews.com, Amazon.com, Node.js and report.pdf."),
        good("Read it at https://www.example.org/News.Today or write to press.Office@example.com."),
        good("J.R.R. Tolkien, Yahoo!News and Mr.Smith of St.Louis, Ph.D."),
        good("The ASP.NET framework and the System.Collections.Generic namespace, Booking.Com and Report.Pdf."),
        good("She said: 'Fine.' Then she left."),
        good("Open budget.PDF or notes.TXT, Inc.NYSE and dept.HQ files."),
        bad("He surrounded himself with yes-[[men.A]] leader needs critics.", fixed="He surrounded himself with yes-men. A leader needs critics."),
        bad("Talks resume next [[week.I]] expect progress.", fixed="Talks resume next week. I expect progress."),
        bad("President [[R.T.Erdogan]] and [[J.R.R.Tolkien]] fans.", fixed="President R.T. Erdogan and J.R.R. Tolkien fans."),
        bad("The agency (AFP[[)reported]] that the mayor (in French[[)said]] no.", fixed="The agency (AFP) reported that the mayor (in French) said no."),
        good("A well-known anti-war group.A. Smith and U.S.A. Today; the e-mail.I.e. fine."),
        good("Every student (s)he met, the (re)elected mayor, f(x)dx and [the link](http://x.org)here."),
        bad("Cases rose in Bắc [[Ninh,while]] Hanoi held steady.", fixed="Cases rose in Bắc Ninh, while Hanoi held steady."),
        good("Tags: red,green,blue; the file a,b.csv; coordinates 10,20."),
        good("The U.S. Army, Washington, D.C. and the U.K. Treasury; www.A.B.com."),
    ],
)
def check(doc, options):
    text = doc.text
    yield from _pattern_hits(text)
    yield from _more_hits(text)


def _more_hits(text: str):
    """The hyphenated and one-letter shapes, initials and brackets."""
    seen = set()
    for c in MARK_CAPITAL_RE.finditer(text):
        k = c.start()
        after = text[k + 1 : k + 3]
        single = after[:1] in ("A", "I") and after[1:] == " " and text[k] in ".!?"
        # The word before, letters and hyphens: where HYPHENATED_RE and SINGLE_RE can start.
        s = k
        while s > 0 and k - s < 90 and (text[s - 1].isalpha() or text[s - 1] == "-"):
            s -= 1
        if s == k or ("-" not in text[s:k] and not single):
            continue
        while s < k and text[s] == "-":
            s += 1
        for pattern in (HYPHENATED_RE, SINGLE_RE):
            m = pattern.match(text, s)
            if m is None or m.start(2) != k or m.start() in seen:
                continue
            before = m.group(1)
            if before.lower() in TITLES:
                continue
            seen.add(m.start())
            start = m.start() + before.rfind("-") + 1 if "-" in before else m.start()
            yield Hit(start, m.end(), f"No space after {NAMES[m.group(2)]}: {text[start:m.end()]!r}",
                      replacement=f"{text[start:m.start(2)]}{m.group(2)} {m.group(3)}", help="insert a space after the mark")
    if "." in text:
        for m in _initials(text):
            if m.group(2).lower() in TLDS:
                continue
            yield Hit(m.start(), m.end(), f"No space after the initials: {m.group(0)!r}",
                      replacement=f"{m.group(1)} {m.group(2)}", help="insert a space after the initials")
    if "," in text:
        for m in COMMA_LOWER_RE.finditer(text):
            if m.group(1) not in COMMA_WORDS:
                continue
            k = m.start()
            lo = k
            while lo > 0 and text[lo - 1].isalpha() and k - lo < 30:
                lo -= 1
            if lo and text[lo - 1] in "@/.:_#=":
                continue  # a path, handle or code
            yield Hit(lo, m.end(), f"No space after comma: {text[lo:m.end()]!r}",
                      replacement=f"{text[lo:k]}, {m.group(1)}", help="insert a space after the mark")
    if ")" in text:
        for m in BRACKET_RE.finditer(text):
            inside = m.group(1)
            if len(inside) == 1 or (len(inside) <= 3 and inside.islower()) or any(c in inside for c in "/=:@<>{}[]\\|_"):
                continue  # "(s)he", "(re)elected", a link or code
            if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_]"):
                continue  # "f(x)dx", "call(arg)then", "[text](link)"
            k = m.start(2)
            yield Hit(k - 1, m.end(), f"No space after the closing bracket: {text[k - 1:m.end()]!r}",
                      replacement=f") {m.group(2)}", help="insert a space after the bracket")


# Where initials can end: a capital and a full stop before a capitalised word ("T.Erdogan").
INITIALS_END_RE = re.compile(r"\.(?<=[A-Z]\.)(?=[A-Z][a-z])")


def _initials(text: str):
    """``INITIALS_RE.finditer(text)``, tried only at the start of the initials before a full
    stop that a capitalised word follows."""
    done = -1
    for c in INITIALS_END_RE.finditer(text):
        k = c.start() - 1  # the last initial
        s = k
        while s >= 2 and text[s - 1] == "." and text[s - 2].isupper() and k - s < 6:
            s -= 2
        if s < done:
            continue
        m = INITIALS_RE.match(text, s)
        if m:
            done = m.end()
            yield m


def _pattern_hits(text: str):
    for m in _matches(text):
        before, mark, after = m.group(1), m.group(2), m.group(3)
        if before.lower() in TITLES:
            continue
        if after.lower() in TLDS and not (after.istitle() and before.islower() and len(before) >= 3):
            continue  # "nbcnews.com", "Amazon.Com"; but "the group.In addition" is a sentence
        if after.isupper() and (mark != "." or not before.islower() or len(before) < 3):
            continue  # an acronym after the dot: only "for sport.TDA is", never "Ph.D" or "Inc.NYSE"
        if mark in "!?" and before[0].isupper():
            continue  # "Yahoo!News", "Jeopardy!Champion": brand names
        nxt = text[m.end() : m.end() + 2]
        if len(nxt) == 2 and nxt[0] in ".," and nxt[1].isalnum():
            continue  # a longer chain: "System.Collections.Generic", "a.B.c"
        if mark == "." and before[0].isupper() and nxt[:1] == "(":
            continue  # code: "Console.WriteLine("
        yield Hit(
            m.start(),
            m.end(),
            f"No space after {NAMES[mark]}: {m.group(0)!r}",
            replacement=f"{before}{mark} {after}",
            help="insert a space after the mark",
        )


def _matches(text: str):
    """``PATTERN.finditer(text)``, trying the pattern only where it can start: 2 to 30
    characters before a mark that a capital follows."""
    match = PATTERN.match
    tried = 0  # every start below this was tried or lies inside a match
    for c in MARK_CAPITAL_RE.finditer(text):
        k = c.start()
        # The word before the mark is letters and the look-behind wants no letter before it:
        # only the start of the run of letters ending here can match. Found directly unless a
        # character beyond ASCII borders the run (then every start is tried, as before).
        s = k
        while s > 0 and k - s <= LONGEST_WORD and text[s - 1].isalpha():
            s -= 1
        if (s == 0 or text[s - 1].isascii()) and text[s:k].isascii():
            if k - s < 2 or k - s > LONGEST_WORD or s < tried or (s > 0 and text[s - 1].isalpha()):
                tried = max(tried, k - 1)
                continue
            starts = (s,)
        else:
            starts = range(max(tried, k - LONGEST_WORD), k - 1)
        for s in starts:
            m = match(text, s)
            if m:
                yield m
                tried = m.end()
                break
        else:
            tried = max(tried, k - 1)
