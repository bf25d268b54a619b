"""Document.sentences reads each boundary through one pattern with look-ahead groups; it must cut
exactly where the plain algorithm (boundary, skip white space, test the next character, test the
word before a full stop) cuts."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from wirelint.document import Document, Span

# The plain form of a boundary (what Document.sentences' pattern must find, and only that).
BOUNDARY_RE = re.compile(r"(?=[.!?…])(?:[.!?]+|…|\.\.\.)[\"”’)\]]*(?=\s)")


def reference(doc: Document) -> list[Span]:
    out, t = [], doc.text
    for pstart, pend in doc.paragraphs:
        start = pstart
        for m in BOUNDARY_RE.finditer(t, pstart, pend):
            end = nxt = m.end()
            while nxt < pend and t[nxt].isspace():
                nxt += 1
            if nxt >= pend or not Document._starts_sentence(t, nxt, pend):
                continue
            dot = m.start()
            if t[dot] == "." and not t.startswith("...", dot) and not Document._period_ends_sentence(t, dot, nxt, pstart):
                continue
            out.append(Span(start, end))
            start = nxt
        if start < pend:
            out.append(Span(start, pend))
    return out


PIECES = ["Mr.", "U.S.", "Army", "Feb.", "2", "the", "talks", "He", "said", "ended", "George", "W.", "Bush",
          ".", "!", "?", "…", "...", "”", "’", ")", "“", "(", "«", " ", " ", "  ", "\n", "\n\n", "\u00a0", "\u2003",
          "É", "é", "3.5", "x", "Washington", "Inc.", "No.", "a.m."]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40))
def test_sentences_match_the_reference(parts):
    doc = Document("".join(parts))
    assert doc.sentences == reference(Document(doc.text))


def test_real_copy():
    text = ("Xi met Putin on Monday. Mr. Smith of the U.S. Army said the talks were “productive.” "
            "Officials said… “We will continue,” he said. 3 people died. The deal (worth $2.5 billion) "
            "was signed in Feb. 2 at 10 a.m. by George W. Bush’s aide!\n\nA new paragraph? Yes.")
    doc = Document(text)
    assert doc.sentences == reference(Document(text))
    assert len(doc.sentences) >= 6


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet=st.sampled_from(list(".!?…”’)]\" \n\u00a0Abx")), max_size=20))
def test_boundary_pattern_finds_the_plain_boundaries(text):
    from wirelint.document import BOUNDARY_NEXT_RE

    assert [m.span() for m in BOUNDARY_NEXT_RE.finditer(text)] == [m.span() for m in BOUNDARY_RE.finditer(text)]
