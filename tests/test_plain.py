"""``is_plain``: one cached scan that several checks share (they all take the set of clean
characters from ``wirelint.plain``)."""

from hypothesis import given
from hypothesis import strategies as st

from wirelint.plain import CLEAN_NON_ASCII, is_plain


@given(st.text(alphabet=st.sampled_from(list("ab1 .\n" + CLEAN_NON_ASCII + "éЖ٣\u0301\u0080\ufffd€")), max_size=30))
def test_plain_means_ascii_and_clean_punctuation_only(text):
    assert is_plain(text) == all(c.isascii() or c in CLEAN_NON_ASCII for c in text)
    if is_plain(text):  # then no letter, digit or mark outside ASCII
        assert not any(not c.isascii() and (c.isalnum() or c == "\u0301") for c in text)


@given(st.lists(st.sampled_from(list("aZbKx .’'-_9s\n€" + CLEAN_NON_ASCII) + ["Russia", "Kyiv", "Zelensky", "ab"]), max_size=25))
def test_wl204_plain_word_pattern_equals_the_general_one_on_plain_text(parts):
    from wirelint.rules.wl204_inconsistent_spelling import PLAIN_WORD_RE, WORD_RE

    text = "".join(parts)
    if is_plain(text):
        assert [m.span(1) for m in PLAIN_WORD_RE.finditer(text)] == [m.span(1) for m in WORD_RE.finditer(text)]


def test_the_shared_scans_keep_no_earlier_document_alive():
    """A batch of big files must not pile up in a cache: only the last text is remembered."""
    import gc
    import weakref

    from wirelint.rules._names import non_ascii_letter_starts

    class Text(str):  # a str that can be weakly referenced
        pass

    first = Text("Zürich " * 1000)
    ref = weakref.ref(first)
    assert not is_plain(first) and non_ascii_letter_starts(first)
    second = Text("Kyiv " * 1000)
    assert is_plain(second) and non_ascii_letter_starts(second) == ()
    del first
    gc.collect()
    assert ref() is None
