"""WL102 leftover-fragment on the seed article, on the clean corpus and on realistic copy."""

from __future__ import annotations

import pytest

from corpora import clean_corpus, load_seed
from wirelint.document import Document
from wirelint.linter import apply_fixes, stamp
from wirelint.registry import rule_by_key

RULE = rule_by_key("WL102")


def hits(text: str):
    return RULE.run(Document(text, "<test>"))


def flagged(text: str) -> list[str]:
    return [text[h.start : h.end] for h in hits(text)]


def overlaps(h, e) -> bool:
    return h.start < e["end"] and e["start"] < h.end


def test_seed_finds_the_three_fragments_and_nothing_else():
    text, expected = load_seed()
    found = hits(text)
    by_id = {e["id"]: e for e in expected}
    matched = {e["id"] for h in found for e in expected if overlaps(h, e)}
    assert matched == {"S04", "S05", "S10"}
    assert all(any(overlaps(h, e) for e in expected) for h in found), "a finding overlaps no expected defect"
    assert len(found) == 3
    alt = [h for h in found if overlaps(h, by_id["S10"])][0]
    assert text[alt.start : alt.end] == "talks. interviews."
    assert "alternative" in alt.message and "“talks”" in alt.message
    broken = [h for h in found if overlaps(h, by_id["S04"]) or overlaps(h, by_id["S05"])]
    assert all("broken" in h.message and h.replacement is None for h in broken)


def test_seed_bio_is_left_alone():
    text, _ = load_seed()
    bio_start = text.index("With a penchant")
    assert [h for h in hits(text) if h.start >= bio_start] == []


def test_unsafe_fix_deletes_the_leftover():
    text = "Putin shook hands with Xi before heading inside for talks. interviews.\n\nBesides Beijing, he will visit Harbin."
    doc = Document(text, "<test>")
    findings = [stamp(doc, RULE, h, RULE.severity) for h in RULE.run(doc)]
    fixed, applied = apply_fixes(text, findings, unsafe=True)
    assert fixed == "Putin shook hands with Xi before heading inside for talks.\n\nBesides Beijing, he will visit Harbin."
    assert apply_fixes(text, findings, unsafe=False)[0] == text  # never applied by plain --fix


@pytest.mark.parametrize("path", clean_corpus(), ids=lambda p: p.stem)
def test_silent_on_clean_news(path):
    assert flagged(path.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize(
    "text, expected, kind",
    [
        ("The two sides held talks. discussions. Officials declined to comment.", ["talks. discussions."], "alternative"),
        ("Voters head to the polls on Sunday in a tight election. vote.", ["election. vote."], "alternative"),
        ("Fighting raged near the border.\n\nThe army said it had repelled the attack. assault\n\nNo casualties were reported.", ["attack. assault"], "alternative"),
        ("Prices rose 3% in the year, the statistics office said. rose sharply.", ["said. rose sharply."], "alternative"),
        ("The minister resigned after the vote. he had been in office for two years.", ["vote. he"], "broken"),
        ("Exports fell for the first time since 2022. the ministry blamed sanctions.", ["2022. the"], "broken"),
        ("The fire spread to the northern. districts of the city overnight, officials said.", ["northern. districts"], "broken"),
        ("Aid groups warned that food was running out, the U.N. said. according to a statement.", ["said. according"], "broken"),
    ],
)
def test_flags_fragments(text, expected, kind):
    found = hits(text)
    assert [text[h.start : h.end] for h in found] == expected
    assert all(kind in h.message for h in found)


def test_certain_only_with_table_pair():
    certain = hits("The delegations began their talks. interviews.")[0]
    loose = hits("The delegations began their talks. tomorrow.")[0]
    assert "alternative rendering of “talks”" in certain.message
    assert "alternative rendering" not in loose.message
    assert certain.replacement == "talks." and loose.replacement is None


@pytest.mark.parametrize(
    "text",
    [
        "U.S. officials said the strike hit at 3 p.m. local time on Jan. 6, a.m. reports said.",
        "The invasion began in Feb. 2022. Forces of the No. 2 army fought vs. the rebels.",
        "Acme Inc. and Widget Corp. said approx. 200 jobs, tools etc. and vehicles were lost.",
        "The senator, a Republican from Boston, Mass. officials said, voted no.",
        "Former President George W. bush-era policies were cited by J. smith and T. o'Brien.",
        "Growth slowed to 2.5 percent. Inflation eased to 3.1 percent.",
        "He said ... and then paused. She replied… and left. Wait. . . and see.",
        "Read it at https://example.com/report. Write to desk@example.org. @newsdesk replied.",
        "The report is on example.com. www.example.org has the rest. news.example.net too.",
        "Apple unveiled the phone. iPhone sales rose. eBay and iOS were mentioned. mRNA vaccines too.",
        "The ceremony honored F. W. de Klerk. de Klerk shared the prize. al-Assad fled. van Gogh sold.",
        "He used one word. “never,” he said, and left. She added: ‘not now.’",
        "Why now? because the vote is near! and then: a draw.",
        "1. the first item\n2. the second item",
        "Steps:\n  12. open the valve\n  13. close it",
        "Chapter IV. the return of the king was delayed, said the author, Vol. ii of the set.",
        "The hearing was set for 9:30 a.m. the next day, the court said.",
        "See Fig. a and Dept. records, plus Ave. lighting on Hwy. repairs.",
        "The storm dropped 6 in. of snow and the pipe was 5 ft. long, the Mass. agency said.",
        "The ministry posted “thanks all. see you monday. lol.” on its account after the vote.",
    ],
)
def test_leaves_alone(text):
    assert flagged(text) == []


def test_headline_and_chrome_zones_skipped():
    text = (
        "World News\n\nTalks stall. again\n\nHONG KONG — The two leaders met on Thursday in Beijing for "
        "a second day of meetings about trade and security, officials said.\n\nRead more. share"
    )
    assert flagged(text) == []


@pytest.mark.parametrize(
    "text",
    ["", ".", ". a", "a. ", "x. y" * 5000, ". " * 10000 + "a", "\x00. b\x0c. c\u2028. d", "word. " * 20000],
)
def test_never_raises_on_odd_text(text):
    hits(text)


from hypothesis import given, settings, strategies as st  # noqa: E402

ALPHABET = st.sampled_from(list("aT. \n\t…“”U.S.talks interviews said at p.m.@/"))


@settings(max_examples=200, deadline=None)
@given(st.lists(ALPHABET, max_size=300).map("".join))
def test_every_finding_spans_a_full_stop_then_lower_case(text):
    for h in hits(text):
        span = text[h.start : h.end]
        assert "." in span and any(c.islower() for c in span.split(".", 1)[1])


def _unsafe_fixed(text: str) -> str:
    doc = Document(text, "<test>")
    findings = [stamp(doc, RULE, h, RULE.severity) for h in RULE.run(doc)]
    return apply_fixes(text, findings, unsafe=True)[0]


# Issue 17 item 3: the alternative goes with both its stops when the sentence continues.
@pytest.mark.parametrize(
    "text, want",
    [
        ("He said the talks. interviews. went well.\n", "He said the talks went well.\n"),
        ("They held talks. discussions. on Monday in Rome.", "They held talks on Monday in Rome."),
        ("They held talks. interviews.\n\nNext paragraph.", "They held talks.\n\nNext paragraph."),
    ],
)
def test_alternative_inside_a_sentence_leaves_no_stray_stop(text, want):
    assert _unsafe_fixed(text) == want
    assert len(hits(text)) == 1


# Issue 17 item 5: one defect, one finding.
@pytest.mark.parametrize(
    "text",
    [
        "The drones struck Iran. the strikes. attacks. have stopped since then.",
        "Crews reached the port. the ships. vessels. boats. were waiting there.",
    ],
)
def test_a_chain_of_stray_stops_is_one_finding(text):
    found = hits(text)
    assert len(found) == 1
    assert found[0].replacement is None
