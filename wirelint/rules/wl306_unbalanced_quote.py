"""A double quotation mark that is opened and never closed, or closed and never opened.

Machine translation reorders and re-punctuates sentences, and the closing mark of a quotation is
often lost on the way ("Xi said China “hopes for Europe’s early return to peace … in this
regard." with no closing mark), or a closing mark survives whose opener went missing. Readers
cannot tell where the quoted words end, which matters in news copy: it is the difference between
what a source said and what the reporter wrote.

Quotations are checked paragraph by paragraph (``Document.quotes``), honouring the English
convention that a quotation running on into the next paragraph has no closing mark when that
paragraph opens with a quotation mark. Straight quotes are ambiguous (inches, ditto marks), so an
unclosed straight mark is only reported when it clearly opens a quotation: after a space or the
start of the paragraph, before a letter, and not after a digit. Mixed straight and curly marks
("like this” or “like this") pair up. Published statements sometimes run one quotation over
several paragraphs without reopening each one; an unclosed opener followed, in a later
paragraph, by a closer with no opener is taken as such a quotation and not reported. Guillemets and German marks are left to WL303.
"""

from __future__ import annotations

import re

from wirelint.rule import Hit, bad, good, rule

WORD_AFTER_RE = re.compile(r"[\w’'-]{1,40}")
WORD_BEFORE_RE = re.compile(r"[\w’'.,!?;:-]{1,40}$")
ENGLISH = "“\""
STRAY_CLOSER_RE = re.compile("”(?<!â€”)")
# An attribution inside a quotation: ", explained Mr. Macron", ", he said," (verb first: incise).
SPEECH = (r"said|says|explained|explains|added|adds|stressed|stresses|insisted|insists|continued|"
          r"noted|declared|warned|argued|recalled|acknowledged|admitted|assured|confided|observed|"
          r"underlined|emphasised|emphasized|repeated|concluded|estimated|judged|believes|believed")
INCISE_RE = re.compile(
    rf",\s(?:(?:{SPEECH})\s(?:(?:Mr|Mrs|Ms|Dr)\.\s|the\s|President\s|Minister\s|Prime\sMinister\s)?[A-Z][\w’'-]+"
    rf"|(?:he|she|they)\s(?:{SPEECH})[,.;])"
)
# Words after a closing mark that attribute the quotation: the quotation ended where it should.
ATTRIBUTION = frozenset(
    "said says told asked added wrote replied explained insisted continued noted stressed warned "
    "argued recalled according he she they the as".split()
)
CONTINUES_RE = re.compile(r" (?:[a-z][\w’'-]*)")
OPEN_SINGLE_RE = re.compile(r"‘(?=[^\W\d_])")  # "â€”" is a mangled dash (WL501), not a quote (mark first: a fast scan)


def _straight_opens(text: str, i: int, floor: int) -> bool:
    before = text[i - 1] if i > floor else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([—–-" or i == floor) and after.isalpha()


@rule(
    code="WL306",
    name="unbalanced-quote",
    category="punctuation",
    severity="warning",
    summary="Quotation mark opened and never closed, or closed and never opened",
    examples=[
        bad("Xi said China [[“hopes]] for Europe’s early return to peace and stability.\n\nAlthough he is ready to help, Xi must also weigh the cost."),
        bad("He said the talks were [[“productive]] and would continue."),
        bad('She called it [["a]] disaster for the region, officials said.'),
        bad("The minister [[resigned.”]] Nobody expected it."),
        bad("“First part” and [[“second]] “third” in one paragraph."),
        good("“We will continue,” he said.\n\n“We will not stop until the job is done.”"),
        good("“This quotation runs on,\n\n“into a second paragraph,\n\n“and closes here.”"),
        good('"A straight quote,” she said, and “a mixed one." He is 6\'2" tall and the screen is 12".'),
        good("He spoke of a “dear friend” and the “no limits” partnership; it’s the ‘end’."),
        good("They declared « no limits » in French."),
        good('The center is 7\'1" tall, and the 27" monitor costs $300.'),
        good("Officials said the deal was done â€” they left, and “talks” resumed."),
        good("“The statement opens here.\n\nIts middle paragraph has no mark.\n\nAnd it closes here.”"),
        bad("[[‘Ajax]] has more quality than PSV\n\nThe coach said his side deserved the title after the final match."),
        bad('The mayor said: "We have few nets and many mosquitoes.[[" we]] already have dengue in every district."'),
        bad("“We must tame the virus and learn to live with it, [[explained Mr. Macron]], but we will not give up.”"),
        good("‘Ajax’ has more quality than PSV, fans say\n\nThe coach said his side deserved the title on the day."),
        good("“We will win,” he said, “and we will keep the cup.” The crowd's ‘roar’ was loud."),
        good('She said the plan was "a mistake." we have been told nothing more since Monday, officials said.'),
    ],
)
def check(doc, options):
    text = doc.text
    covered: set[int] = set()
    events: list[tuple[int, str]] = []  # (offset, "open" | "close" | "straight-close")
    for q in doc.quotes:
        covered.add(q.start)
        if q.closed:
            covered.add(q.end - 1)
            continue
        if q.continued or q.opener not in ENGLISH:
            continue
        if q.opener == '"':
            para = doc.paragraph_at(q.start)
            if para is None or not _straight_opens(text, q.start, para.start):
                events.append((q.start, "straight-close"))  # 'destroyed."': a closer, or inches
                continue
        events.append((q.start, "open"))
    for m in STRAY_CLOSER_RE.finditer(text):
        i = m.start()
        if i in covered or (i > 0 and text[i - 1].isdigit()):
            continue  # 12” is inches
        events.append((i, "close"))
    events.sort()
    # A quotation closed mid-statement: a closer followed by a lowercase continuation, then a
    # later closer in the same paragraph with no opener. Report the early closer instead.
    early: dict[int, int] = {}
    closed_by_para: dict[int, list] = {}
    for q in doc.quotes:
        if q.closed and q.opener in ENGLISH:
            para = doc.paragraph_at(q.start)
            if para is not None:
                closed_by_para.setdefault(para.start, []).append(q)
    if closed_by_para:
        for i, kind in events:
            if kind not in ("close", "straight-close"):
                continue
            para = doc.paragraph_at(i)
            if para is None:
                continue
            before = [q for q in closed_by_para.get(para.start, ()) if q.end <= i]
            if not before:
                continue
            q = before[-1]
            m = CONTINUES_RE.match(text, q.end)
            if m is not None and m.group().strip() not in ATTRIBUTION:
                early[i] = q.end - 1
    # A quotation opened in one paragraph and closed in a later one, without the marks that open
    # each continuing paragraph: published statements do this, so neither end is reported.
    paired: set[int] = set()
    for (a, kind_a), (b, kind_b) in zip(events, events[1:]):
        if kind_a == "open" and kind_b != "open" and a not in paired and doc.paragraph_at(a) != doc.paragraph_at(b):
            paired.update((a, b))
    for i, kind in events:
        if i in early:
            c = early[i]
            word = WORD_AFTER_RE.match(text, c + 2)
            yield Hit(
                c,
                word.end() if word else c + 1,
                "Quotation closed mid-statement: the words after the mark continue it in lower case, "
                "and a later closing mark has no opener",
                help="move the closing quotation mark to where the quoted words end",
            )
            continue
        if i in paired or kind == "straight-close":
            continue
        if kind == "open":
            word = WORD_AFTER_RE.match(text, i + 1)
            yield Hit(
                i,
                word.end() if word else i + 1,
                "Quotation opened and never closed in this paragraph",
                help="add the closing quotation mark where the quoted words end, or remove the opening one",
            )
        else:
            para = doc.paragraph_at(i)
            floor = para.start if para else 0
            word = WORD_BEFORE_RE.search(text, max(floor, i - 40), i)
            yield Hit(
                word.start() if word else i,
                i + 1,
                "Closing quotation mark with no opening mark in this paragraph",
                help="add the opening quotation mark where the quoted words begin, or remove the closing one",
            )

    yield from _incises(doc, text)
    yield from _headline_singles(doc, text)


def _incises(doc, text):
    """A closed quotation that holds its own attribution (a French or Spanish incise)."""
    for q in doc.quotes:
        if not q.closed or q.opener not in ENGLISH:
            continue
        s, e = q.inner
        if e - s < 20 or "‘" in text[s:e]:
            continue
        m = INCISE_RE.search(text, s, e)
        if m is None:
            continue
        yield Hit(
            m.start() + 2,
            m.end(),
            "Quotation left open across its attribution (a French or Spanish incise): close the quotation "
            "before the attribution and reopen it after",
            help="close the quotation before the attribution and reopen it after",
        )


def _headline_singles(doc, text):
    """‘A headline that opens a single quotation mark and never closes it."""
    zones = doc.zones
    spans = list(zones.head)
    if zones.headline is not None and zones.headline not in spans:
        spans.append(zones.headline)
    for span in spans:
        for m in OPEN_SINGLE_RE.finditer(text, span.start, span.end):
            if m.start() > span.start and not (text[m.start() - 1].isspace() or text[m.start() - 1] in "([—–-:"):
                continue
            rest = text[m.end() : span.end]
            # A closer is a ’ that no letter follows (else it is an apostrophe).
            closed = any(rest[k] == "’" and (k + 1 >= len(rest) or not rest[k + 1].isalpha()) for k in range(len(rest)))
            if closed:
                continue
            word = WORD_AFTER_RE.match(text, m.end())
            yield Hit(m.start(), word.end() if word else m.end(), "Headline opens a single quotation mark and never closes it",
                      help="close the quotation where the quoted words end")
