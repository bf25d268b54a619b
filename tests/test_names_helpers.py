"""Shared look-ups of the names rules give what the patterns they stand for give."""

from hypothesis import given
from hypothesis import strategies as st

from wirelint.rules._names import NON_ASCII_LETTERS_RE, non_ascii_letter_starts


@given(st.text(alphabet=st.sampled_from(list("ab Z9’“”—–…\u00a0éßЖ\u0301_-")), max_size=40))
def test_non_ascii_letter_starts_are_the_pattern_s(text):
    assert non_ascii_letter_starts(text) == tuple(m.start() for m in NON_ASCII_LETTERS_RE.finditer(text))


def test_plain_news_punctuation_has_no_letter_outside_ascii():
    assert non_ascii_letter_starts("Kyiv’s “envoy” — said… on\u00a0Monday – yes") == ()
    assert non_ascii_letter_starts("Zürich and São Paulo") == (1, 12)
