"""WL401: seed defects found with no false positive, silent on the clean corpus,
robust on adversarial input, and behaviour beyond the rule's examples."""

from __future__ import annotations

import pytest
from corpora import assert_seed, seed, spans
from hypothesis import given
from hypothesis import strategies as st

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


BODY = ("The port of Valencia reopened on Monday after a nine-day strike by dockers over pay and shifts, "
        "the port authority said in a statement.\n\n"
        "Unions said the agreement would raise wages by four percent this year and cut night shifts.\n\n")


@pytest.mark.parametrize("top, bottom, found", [
    # a page title with the site after a bar, printed above the article's own headline
    ("Dockers end strike in Valencia | Harbour\n\nDockers end strike in Valencia", "", ["Dockers end strike in Valencia | Harbour"]),
    # a truncated teaser (the last word cut) above the article
    ("The port of Valencia reopened on Monday after a nine-day strike by dockers over p", "", ["The port of Valencia reopened"]),
    # the first paragraph copied into a metadata block under the article
    ("", "Ports\nThe port of Valencia reopened on Monday after a nine-day strike by dockers over pay and shifts, "
         "the port authority said in a statement.", ["The port of Valencia reopened"]),
    ("", "Read every story about the strike here: DOSSIER - The port in crisis", ["Read every story"]),
    ("", "For a smoother experience, switch to portrait mode.", ["portrait mode"]),
    ("", "Author photo\nPublication date:\nAuthor: Marta Ruiz", ["Author photo"]),
    ("", 'Print this page "title =" Print this page "/> </span>', ["title ="]),
    ("", "Printer-friendly version\nSource link", ["Printer-friendly version"]),
    ("", "==============================\nMARKETS\n==============================", ["======"]),
    ("", "IBEX 35 11,204.6 +0.41%", ["IBEX 35"]),
    ("", "Back\nClose gallery\nAll news\nMost read", ["All news"]),
    ("", "Spotted a mistake? Highlight it and press Ctrl+Enter.", ["Ctrl+Enter"]),
    ("", "2024-04-02 3 By", ["2024-04-02 3 By"]),
    ("", "source: Between", ["source: Between"]),
    ("", "Dockers end strike in Valencia photo 2", ["photo 2"]),
    ("Tag: Spain", "", ["Tag: Spain"]),
    ("04 02, 2024\nLoading", "", ["Loading"]),
    ("", "Top Stories", ["Top Stories"]),
    ("", "Please wait: you will be redirected to the story in a few seconds", ["redirected"]),
    ("", "Category Archives: Shipping", ["Category Archives"]),
    ("", "Read the rest of this story on the Port Daily website.", ["Read the rest"]),
    ("", "Continue reading Why the dockers won", ["Continue reading"]),
    ("", "Get the newsletter Sign up Thanks for signing up! Something went wrong. Please try again later.", ["Thanks for signing up"]),
    ("", "SPRING SALE: Ferries to Ibiza from $49! Few seats left. Book Now.", ["Book Now."]),
    ("", "Tags: spain | ports | strike", ["Tags:"]),
    ("", "© 2025 Harbour Media Group. All rights reserved.", ["© 2025"]),
    ("", "spain,ports,strike,valencia\n431\n2024-14-02", ["spain,ports"]),
    ("", "Get the Harbour Post daily newsletter\n\nThe day's port news, delivered to your inbox.\n\n"
         "Privacy: we never share your email address.\nRead and post comments", ["delivered to your inbox"]),
    ("", "Harbour Post and Port Daily are registered trademarks of Harbour Media, LLC.", ["registered trademarks"]),
    ("", "HARBOURPOST.COM\nThe port's own paper\n© Harbour Media, LLC\nDownload the Harbour Post App", ["HARBOURPOST.COM"]),
    ("", "The post Dockers end strike in Valencia appeared first on Port Daily.", ["appeared first on"]),
    ("", "© 2025 Coastal Public Radio\n\n12 Quay Street, Valencia\n+34 960 000 000\n\nFCC Public File", ["© 2025 Coastal"]),
    ("", "Play Live Radio\nNext Up:\n0:00\n0:00 0:00", ["Play Live Radio"]),
    ("", "Marta Ruiz\n4 min read", ["4 min read"]),
    ("", "Get Unlimited Access\n$2 for 2 Months\nSubscribe Now", ["Get Unlimited Access"]),
    ("", "(3) comments\n\nWelcome to the discussion.\n\nPLEASE TURN OFF YOUR CAPS LOCK.", ["(3) comments"]),
    ("Harbour | Published 2 hours ago", "", ["Published 2 hours ago"]),
    ("", "Photo 3 of 12\ntoggle caption", ["Photo 3 of 12"]),
    ("", "View original content: https://wire.example.com/release\n\nSOURCE Harbour Port Authority", ["SOURCE Harbour"]),
    ("", "Story continues below advertisement", ["continues below"]),
    ("", "Click to share on WhatsApp (Opens in new window)\nClick to share on X (Opens in new window)", ["WhatsApp"]),
    ("Listen Live\nNow Playing: Morning Edition\nOpen player in a new window", "", ["Listen Live"]),
    ("", "Comments (12)\nTalkbacks 4", ["Comments (12)"]),
    ("", "▶ VIDEO | The dockers' vote 02:14", ["VIDEO"]),
    ("", "Read also | The port in numbers", ["Read also"]),
    ("", "Reporters: Ana Gil\nEditor in charge: Luis Mora\n【Print】【Close window】", ["Editor in charge"]),
    ("", "The vote was held on Sunday. (End)", ["(End)"]),
    ("", "/ab/cd", ["/ab/cd"]),
    ("", "Related news\n• Port traffic falls for a third month\n• Ferries return to Ibiza", ["Port traffic"]),
    ("", "Spain, Ports, Strikes, Valencia, Labour", ["Spain, Ports"]),
    ("Europe | Spain", "", ["Europe | Spain"]),
    ("", "-------------------------\nSHIPPING\n-------------------------", ["SHIPPING"]),
    ("", "Harbour Wire", []),
])
def test_each_class_of_page_chrome(top, bottom, found):
    text = (top + "\n\n" if top else "") + BODY + bottom
    hits = [text[h.start : h.end] for h in check.run(Document(text))]
    for piece in found:
        assert any(piece in h for h in hits), (piece, hits)
    assert not any("dockers over pay and shifts, the port authority" in h for h in hits[:1] if not top and not bottom)
    body_start = text.index("The port of Valencia reopened on Monday after a nine-day strike by dockers over pay and")
    # the article's own paragraphs are never reported (a copy of one above or below may be)
    for h in check.run(Document(text)):
        assert not (h.start <= body_start < h.end) or top.startswith("The port"), text[h.start : h.end]
        assert "Unions said the agreement" not in text[h.start : h.end]


@pytest.mark.parametrize("text", [
    BODY + "Marta Ruiz\n\nMarta Ruiz covers shipping and ports for the paper and has reported from Valencia since 2015.",
    "PORTS\n\nDockers end strike in Valencia\n\nBy Marta Ruiz\n\nVALENCIA, Spain (AP) — " + BODY,
    BODY + "Port traffic this week:\nValencia 1,204 ships\nAlgeciras 1,118 ships\nBarcelona 876 ships",
    BODY + "Closing prices:\nIBEX 35 11,204.6 +0.41%\nCAC 40 8,100.2 -0.10%",
    BODY + "What the deal says:\n- a 4% raise this year\n- fewer night shifts\n- a review in 2026",
    BODY + "GARCIA: We are back at work.\nRUIZ: For how long?\nGARCIA: Until the next contract.",
    BODY + "Valencia 2 Sevilla 1\nBetis 0 Girona 3\nFull time",
    "Dockers end strike in Valencia\n\nMarch 4, 2024\n\n" + BODY + "###",
    BODY + "The dockers' union said in a statement: \"Share this victory with your families.\"",
    BODY + "Officials said residents could download the app to follow ship arrivals.",
    "Valencia dockers end their nine-day strike over pay and night shifts at the port\n\n"
    "VALENCIA — Valencia dockers end their nine-day strike over pay and night shifts at the port, the union said "
    "on Monday, after members voted to accept the offer.\n\n" + BODY,
])
def test_article_shapes_near_chrome_are_left_alone(text):
    assert [text[h.start : h.end] for h in check.run(Document(text))] == []


def _fix(text: str) -> str:
    from wirelint.linter import apply_fixes, stamp

    doc = Document(text)
    findings = [stamp(doc, check, h, check.severity) for h in check.run(doc)]
    return apply_fixes(text, findings, unsafe=True)[0]


def test_fix_removes_the_label_and_its_value_and_no_more():
    """Issue 17: the fix on "News Source :" took the next line too and left runs of blank lines.
    It removes the label, its value and the line endings, and never the byline after them."""
    text, _ = seed()
    fixed = _fix(text)
    assert "News Source" not in fixed and "Gn world" not in fixed and "Back to top button" not in fixed
    assert "March 2023.\n\njack colman\n\nWith a penchant" in fixed
    assert "\n\n\n" not in fixed


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_fix_leaves_no_blank_line_runs(newline):
    text = newline.join([
        "Skip to main content", "", "Dockers end strike", "", BODY.strip(), "", "Share this article",
        "Facebook Twitter", "", "", "Leave a Reply", "", "The union will vote again in May, its leader said.",
    ])
    fixed = _fix(text)
    assert fixed == newline.join(["Dockers end strike", "", BODY.strip(), "",
                                  "The union will vote again in May, its leader said."])


def test_label_without_a_value_line_takes_nothing_else():
    text = BODY + "Source:\nThe union said it would vote again in May, and the port authority agreed."
    hits = [text[h.start : h.end] for h in check.run(Document(text))]
    assert hits == ["Source:\n"]


def test_no_fix_that_would_leave_markup_behind(tmp_path):
    from wirelint.api import lint_text

    md = "# Dockers end strike\n\n**Skip to main content**\n\n" + BODY + "Share this article\n"
    findings = [f for f in lint_text(md, "page.md", select=["WL401"])]
    assert len(findings) == 2
    bold, plain = findings
    assert bold.replacement is None  # "**…**" would stay
    assert plain.replacement == ""
