"""Page furniture scraped along with the article: buttons, navigation, share bars, source labels.

Content farms copy articles off web pages and keep whatever text the page put around them:
"Back to top button", "Read more", "Share this article", "Advertisement", "Font: Large Medium
Small", "Follow us on Twitter", "Related articles", and aggregator labels such as "News Source :"
followed by the feed's name on the next line. None of it is article text, and it marks copy as
scraped.

The phrases live in ``data/page_chrome.tsv``. Only whole lines are reported (or a run of labels
at the very end of a line, after the last sentence): a line that is exactly a button or
navigation label, or a run of them ("Share Facebook Twitter WhatsApp"); a short label line with
a colon ("Source: Reuters", "Tags: Russia, China"), together with its value on the next short
line when the label stands alone; or a short line that opens like a call to action ("Follow us
on Twitter", "Click here to read the full report."). A phrase inside a prose sentence ("read
more about it in our report", "the source said") is never reported. The fix deletes the text
and is unsafe: check that nothing of the article goes with it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from wirelint.rule import Hit, bad, good, rule
from wirelint.rules._data import tsv_records
from wirelint.zones import is_prose

DATA = "page_chrome.tsv"
NORMALIZE_RE = re.compile(r"[^\w\s:]+")
SENTENCE_END_RE = re.compile(r"[.!?…][\"”’)]{0,3}[ \t\u00a0]+")
MAX_LABEL_VALUE_WORDS = 8
MAX_LEAD_WORDS = 12
MAX_VALUE_LINE_WORDS = 4


def normalize(text: str, keep_colon: bool = False) -> str:
    s = NORMALIZE_RE.sub(" ", text.lower())
    if not keep_colon:
        s = s.replace(":", " ")
    # str.split() splits at the same (Unicode) white space as \s: runs collapsed, ends trimmed.
    return " ".join(s.split())


@lru_cache(maxsize=1)
def table() -> dict[str, dict[str, tuple[str, ...]]]:
    kinds: dict[str, list[str]] = {"line": [], "label": [], "lead": [], "token": []}
    for r in tsv_records(DATA):
        kinds[r["match"]].append(r["phrase"])
    return {k: tuple(sorted(v, key=lambda p: -len(p.split()))) for k, v in kinds.items()}  # type: ignore[return-value]


@lru_cache(maxsize=1)
def label_re() -> re.Pattern[str]:
    alternation = "|".join(r"\s{1,3}".join(map(re.escape, p.split())) for p in table()["label"])
    return re.compile(rf"^[^\w\n]{{0,3}}(?:{alternation})[ \t\u00a0]{{0,3}}:(?P<value>[^\n]*)$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _by_first_word() -> dict[str, dict[str, tuple[list[str], ...]]]:
    """The "line" and "token" phrases as word lists, by first word, in ``table()`` order."""
    index: dict[str, dict[str, list[list[str]]]] = {}
    for kind in ("line", "token"):
        index[kind] = {}
        for p in table()[kind]:
            words = p.split()
            if words:
                index[kind].setdefault(words[0], []).append(words)
    return {k: {w: tuple(ps) for w, ps in v.items()} for k, v in index.items()}


def chrome_run(norm: str) -> tuple[int, int] | None:
    """(line phrases, token phrases) when ``norm`` is made up entirely of chrome phrases."""
    words = norm.split()
    if not words or len(words) > 20:
        return None
    index = _by_first_word()
    n_line = n_token = 0
    i = 0
    while i < len(words):
        for kind in ("line", "token"):
            hit = next((p for p in index[kind].get(words[i], ()) if words[i : i + len(p)] == p), None)
            if hit:
                i += len(hit)
                if kind == "line":
                    n_line += 1
                else:
                    n_token += 1
                break
        else:
            return None
    return n_line, n_token


def _is_run(norm: str) -> bool:
    run = chrome_run(norm)
    return run is not None and (run[0] >= 1 or run[1] >= 2)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


@rule(
    code="WL401",
    name="page-chrome",
    category="boilerplate",
    severity="warning",
    summary="Scraped page furniture: buttons, navigation, share bars, source labels",
    fix="unsafe",
    examples=[
        bad("He has covered elections and disasters.\n[[Back to top button]]", fixed="He has covered elections and disasters.\n"),
        bad("Putin was last in Beijing in October.\n\n[[News Source :\nGn world]]\n\njack colman", fixed="Putin was last in Beijing in October.\n\n\n\njack colman"),
        bad("[[Font: Large Medium Small]]\n\nThe talks ended on Thursday.\n\n[[Share Facebook Twitter WhatsApp]]"),
        bad("The talks ended on Thursday.\n\n[[Advertisement]]\n\nThe leaders met again on Friday."),
        bad("The talks ended on Thursday. [[Read more »]]\n\n[[Follow us on Twitter]]\n[[Source: Reuters]]"),
        bad("Officials declined to comment.\n\n[[Click here to read the full report.]]\n\n[[Sign up for our newsletter]]"),
        good("You can read more about it in our report, the source said.\n\nShare this article with care, he joked."),
        good("Source: the defense ministry said on Thursday that the troops had returned to their bases."),
        good("Follow us on the trail, the guide said, and we followed him up the mountain for hours and hours."),
        good("The share of exports fell.\n\nComments were closed after the vote, officials said."),
        good("Related: the talks, officials said, were productive and would continue next week in Geneva."),
    ],
)
def check(doc, options):
    text = doc.text
    lines = [s for s in doc.lines if not doc.is_blank(s)]
    t = table()
    skip_next = False
    for idx, span in enumerate(lines):
        if skip_next:
            skip_next = False
            continue
        start, end = _trimmed(text, span.start, span.end)
        line = text[start:end]
        if not line:
            continue
        # Steps 1 and 3 need at most 20 words; normalising a prefix never yields more words than
        # normalising the whole line, so a long line is told apart from its first 200 characters.
        norm = normalize(line) if len(line) <= 200 or len(normalize(line[:200]).split()) <= 20 else None
        # 1. The whole line is a button or navigation label, or a run of them.
        if norm is not None and _is_run(norm):
            yield _hit(start, end, line, "button or navigation label")
            continue
        # 2. A label with a colon: "Source: Reuters"; a bare label takes the next short line.
        m = label_re().match(line)
        if m and not is_prose(line) and len(m.group("value").split()) <= MAX_LABEL_VALUE_WORDS:
            hit_end = end
            if not m.group("value").strip() and idx + 1 < len(lines):
                nxt = lines[idx + 1]
                between = text[end : nxt.start]
                value = text[nxt.start : nxt.end].strip()
                if between.count("\n") == 1 and _value_line(value):
                    hit_end = _trimmed(text, nxt.start, nxt.end)[1]
                    skip_next = True
            yield _hit(start, hit_end, line, "page label")
            continue
        # 3. A short call to action: "Follow us on Twitter", "Click here to …".
        words = norm.split() if norm is not None else None
        if words is not None and len(words) <= MAX_LEAD_WORDS and len(SENTENCE_END_RE.findall(line)) == 0:
            if any(norm == p or norm.startswith(p + " ") for p in t["lead"]):
                yield _hit(start, end, line, "call to action")
                continue
        # 4. A label run after the last sentence of a prose line: "… on Thursday. Read more »".
        tail = None
        for tail in SENTENCE_END_RE.finditer(line):
            pass
        if tail is not None:
            rest_raw = line[tail.end() :]
            if len(rest_raw) > 200 and len(normalize(rest_raw[:200]).split()) > 20:
                run = None  # over 20 words: never a run (see step 1)
            else:
                rest = normalize(rest_raw)
                run = chrome_run(rest) if rest else None
            if run is not None and run[0] >= 1:
                yield _hit(start + tail.end(), end, line[tail.end() :], "button or navigation label")


def _value_line(value: str) -> bool:
    """A short line that is a label's value ("Gn world"), not a sentence."""
    return 0 < len(value) <= 40 and 0 < len(value.split()) <= MAX_VALUE_LINE_WORDS and not value.endswith((".", "!", "?", ":"))


def _hit(start: int, end: int, label: str, kind: str) -> Hit:
    shown = label.strip()
    if len(shown) > 40:
        shown = shown[:39] + "…"
    return Hit(
        start,
        end,
        f"Scraped page chrome ({kind}): {shown!r}",
        replacement="",
        help="delete it: it is page furniture, not article text",
    )
