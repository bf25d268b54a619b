"""Document.quotes: pairing of double quotation marks paragraph by paragraph."""

from __future__ import annotations

from wirelint.document import Document


def _quotes(text):
    return [(text[q.start : q.end], q.closed, q.continued) for q in Document(text).quotes]


def test_curly_and_straight_pairs():
    assert _quotes('He said “yes” and "no".') == [("“yes”", True, False), ('"no"', True, False)]


def test_mixed_straight_opener_curly_closer_pairs():
    # Edited copy after a partial smart-quote conversion: both shapes must pair up.
    text = '"We were grateful,” he said. “It is over," she said.'
    assert _quotes(text) == [('"We were grateful,”', True, False), ("“It is over,\"", True, False)]


def test_unclosed_and_continued():
    text = "“First paragraph runs on,\n\n“and ends here.”\n\nShe said “hopes for peace.\n\nNext paragraph."
    got = _quotes(text)
    assert got[0] == ("“First paragraph runs on,", False, True)
    assert got[1] == ("“and ends here.”", True, False)
    assert got[2] == ("“hopes for peace.", False, False)


def test_second_opener_before_closer_leaves_first_unclosed():
    text = "“one “two” three"
    assert _quotes(text)[:2] == [("“one ", False, False), ("“two”", True, False)]


def test_guillemets_still_pair():
    assert _quotes("Il a dit « non » hier.") == [("« non »", True, False)]
    assert _quotes("Er sagte „nein“ gestern.") == [("„nein“", True, False)]
