"""The shared Document: line index, paragraphs, sentences, quotations and zones."""

from __future__ import annotations

import pytest

from wirelint.document import Document


def sentences(text: str) -> list[str]:
    d = Document(text)
    return [text[s.start : s.end] for s in d.sentences]


def test_line_index_only_counts_cr_lf_crlf():
    text = "one\r\ntwo\rthree\nfour\u2028still four\x0cstill four\u0085too"
    d = Document(text)
    assert len(d.lines) == 4
    assert d.position(text.index("two")) == (2, 1)
    assert d.position(text.index("three")) == (3, 1)
    assert d.position(text.index("still four")) == (4, 6)
    assert d.line_text(1) == "one"


def test_paragraphs_split_on_blank_lines():
    d = Document("A one.\nA two.\n\n  \nB one.\n")
    assert [d.text[p.start : p.end] for p in d.paragraphs] == ["A one.\nA two.", "B one."]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("U.S. officials met. They left.", ["U.S. officials met.", "They left."]),
        ("He arrived Feb. 2, 2022, in Kyiv. Talks began.", ["He arrived Feb. 2, 2022, in Kyiv.", "Talks began."]),
        ("Mr. Smith and Dr. Jones spoke. Then Gen. Milley did.", ["Mr. Smith and Dr. Jones spoke.", "Then Gen. Milley did."]),
        ("It ended at 3 p.m. local time. Nobody was hurt.", ["It ended at 3 p.m. local time.", "Nobody was hurt."]),
        ("George W. Bush spoke. The U.S. Army agreed.", ["George W. Bush spoke.", "The U.S. Army agreed."]),
        ("Growth was 3.5 percent. It fell.", ["Growth was 3.5 percent.", "It fell."]),
        ("He paused... Then he left.", ["He paused...", "Then he left."]),
        ("“We will win,” he said. “No doubt.”", ["“We will win,” he said.", "“No doubt.”"]),
        ("Is it over? Yes! It is.", ["Is it over?", "Yes!", "It is."]),
        ("She ranked No. 2 in the poll. Others did not.", ["She ranked No. 2 in the poll.", "Others did not."]),
        ("she said. at NBC News.", ["she said. at NBC News."]),
    ],
)
def test_sentence_splitter(text, expected):
    assert sentences(text) == expected


def test_quotes_closed_unclosed_and_continued():
    text = (
        "He said “one thing” and “another.\n\n"
        "“This goes on,” she said, “into the next paragraph.\n\n"
        "“And ends here.”\n\n"
        "Then “nothing closes this.\n\nPlain paragraph.\n"
    )
    d = Document(text)
    qs = d.quotes
    assert [text[q.start : q.end] for q in qs if q.closed][:2] == ["“one thing”", "“This goes on,”"]
    unclosed = [q for q in qs if not q.closed]
    assert [(text[q.start : q.start + 8], q.continued) for q in unclosed] == [
        ("“another", True),
        ("“into th", True),
        ("“nothing", False),
    ]
    assert d.in_quote(text.index("one thing"))
    assert not d.in_quote(text.index("He said"))


def test_straight_quotes_pair_within_a_paragraph():
    text = 'He called it "a deal" and left. "Good," she said.'
    d = Document(text)
    assert [text[q.start : q.end] for q in d.quotes] == ['"a deal"', '"Good,"']


def test_zones_of_a_scraped_article():
    text = (
        "World News\n\nLeaders meet in Beijing\n\n"
        "BEIJING — The two leaders met on Thursday and pledged to deepen their partnership.\n\n"
        "Officials said the talks would continue next month in Moscow.\n\n"
        "News Source :\nGn world\n\njane doe\n\nWith a love of words, jane began writing early.\nBack to top button"
    )
    d = Document(text)
    z = d.zones
    part = lambda s: text[s.start : s.end]
    assert part(z.headline) == "Leaders meet in Beijing"
    assert part(z.dateline) == "BEIJING — "
    assert part(z.byline) == "jane doe"
    assert [part(s) for s in z.bio] == ["With a love of words, jane began writing early."]
    assert [part(s) for s in z.chrome] == ["News Source :", "Gn world", "Back to top button"]
    assert d.zone_at(text.index("Officials")) == "body"
    assert d.zone_at(text.index("Back to")) == "chrome"


def test_zones_of_plain_prose_have_no_byline():
    d = Document("The ministry said on Monday that it would review the case.\n\nNo decision was made.\n")
    assert d.zones.byline is None and d.zones.chrome == []
