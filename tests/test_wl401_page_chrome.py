"""WL401: seed defects found with no false positive, silent on the clean corpus,
robust on adversarial input, and behaviour beyond the rule's examples."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from corpora import assert_seed, seed, spans
from wirelint.document import Document
from wirelint.rules.wl401_page_chrome import check


def test_seed():
    assert_seed(check, ['S13', 'S22'])


def test_source_label_takes_its_value_line():
    text, _ = seed()
    hits = spans(check, text)
    assert (5985, 6009) in hits  # "News Source :\nGn world\n\n": the label, its value, the blank line after
    assert (6777, 6795) in hits  # "Back to top button"


@pytest.mark.parametrize("text", [
    "Read more about it in our report, officials said.",
    "The source: a ministry official who spoke on condition of anonymity, said the troops left.",
    "Subscribe",
])
def test_prose_left_alone_and_bare_label_found(text):
    hits = check.run(Document(text))
    assert (text == "Subscribe") == bool(hits)


def test_zone_of_seed_chrome_agrees():
    text, _ = seed()
    doc = Document(text)
    chrome = doc.zones.chrome
    for h in check.run(doc):
        assert any(c.start <= h.start < c.end for c in chrome), text[h.start : h.end]


def _found(name: str) -> str:
    from pathlib import Path

    return (Path(__file__).parent / "corpus" / "defective" / f"{name}.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("name, suffix", [
    ("found-01-chinanews-280762", " - CNN.com"),
    ("found-02-chinanews-280781", "-Chinanews.com"),
    ("found-05-chinanews-280864", " - China News Network."),
    ("found-13-hunan-ribao-11306", " - Rolling News - Hunan Daily - HuaSong Online"),
    ("found-16-jingji-guancha-bao-22022", " - Economic Observer Network - Professional Financial News Website"),
])
def test_site_name_suffix_on_real_headlines(name, suffix):
    text = _found(name)
    headline = text.split("\n", 1)[0]
    hits = [text[h.start : h.end] for h in check.run(Document(text)) if h.start < len(headline)]
    assert hits == [suffix]
    assert headline.endswith(suffix)


def test_lone_site_line_and_bracketed_metadata_on_real_text():
    text = _found("found-08-chinanews-280875")
    assert [text[h.start : h.end] for h in check.run(Document(text))] == ["-CNN"]
    text = _found("found-13-hunan-ribao-11306")
    hits = [text[h.start : h.end].strip() for h in check.run(Document(text))]
    assert "2023-02-11 13:09:10 [Source: Xinhua News Agency] [Editor: Li Kao Feng] Font: [Large and Small]" in hits


@pytest.mark.parametrize("headline", [
    "U.S.-China talks resume in Geneva",
    "Ukraine - the long war",
    "Ukraine - The Long War",
    'Murdoch and his empire - "Fox News"',
    "CNN.com",
    "- CNN",
    "Talks with Beijing-China",
    "Rescue teams reach the quake zone | the team said",
    "Headline - Some words here News",
])
def test_headline_without_site_suffix_left_alone(headline):
    text = headline + "\n\nThe talks ended on Thursday, officials said."
    assert check.run(Document(text)) == []


def test_site_suffix_only_in_the_headline_zone():
    body = "The talks ended on Thursday, officials said in a statement to reporters in the capital. " * 8
    text = f"Talks end\n\n{body}\n\nMore talks are planned - Xinhua"
    assert check.run(Document(text)) == []


def test_bracketed_line_needs_two_labels_or_a_date():
    for line in ("[Source: Xinhua] [Editor: Li Kao Feng]", "2023-02-11 [Source: Xinhua]"):
        text = f"The talks ended on Thursday, officials said.\n\n{line}\n\nThey met again."
        assert [text[h.start : h.end].strip() for h in check.run(Document(text))] == [line]
    for line in ("[Note: the figures are provisional]", "The figures [source: ministry] are provisional"):
        text = f"The talks ended on Thursday, officials said.\n\n{line}\n\nThey met again."
        assert check.run(Document(text)) == []


@pytest.mark.parametrize("text", ["", "-", " - ", "a - b", "x" * 5000 + " - CNN.com", "- " * 3000, "\x00 - CNN\n-CNN\n-CNN"])
def test_odd_input_never_raises(text):
    check.run(Document(text))


@given(st.text(alphabet=st.sampled_from(list("ab .!?…”’) \t\u00a0x")), max_size=60))
def test_last_sentence_end_is_the_last_match(line):
    from wirelint.rules.wl401_page_chrome import SENTENCE_END_RE, _last_sentence_end

    last = None
    for last in SENTENCE_END_RE.finditer(line):
        pass
    got = _last_sentence_end(line)
    assert (got.span() if got else None) == (last.span() if last else None)
