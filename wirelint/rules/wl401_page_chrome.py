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

Scrapers also keep the page title, which ends with the site's name: "U.S. escalates chip war -
CNN.com", "Taiwan's economy started the year poorly - ECNS", "… - Rolling News - Hunan Daily -
HuaSong Online". In the first lines of the document (the headline zone) a suffix after a spaced
hyphen, dash or vertical bar at the very END of the line is reported when every segment of it is
a site name: a domain ("CNN.com", "xinhuanet.cn"; after a domain the hyphen may be unspaced), a
name from ``data/site_names.tsv`` ("ECNS", "China News Network"), or a Title Case name ending in
a site word from that list ("Hunan Daily", "Economic Observer Network"). A hyphenated word
("U.S.-China"), a dash followed by ordinary words ("Ukraine - the long war") and a quoted name
are left alone. A line that is only a separator and a site name ("-CNN") under the headline is
reported too, and so is a metadata line of bracketed labels ("2023-02-11 13:09:10 [Source:
Xinhua] [Editor: Li Kao Feng] Font: [Large and Small]").
"""

from __future__ import annotations

import re
from functools import lru_cache

from wirelint.rule import Hit, bad, good, rule
from wirelint.rules._data import tsv_records
from wirelint.zones import is_prose

DATA = "page_chrome.tsv"
SITES = "site_names.tsv"
NORMALIZE_RE = re.compile(r"[^\w\s:]+")
SENTENCE_END_RE = re.compile(r"[.!?…][\"”’)]{0,3}[ \t\u00a0]+")
MAX_LABEL_VALUE_WORDS = 8
MAX_LEAD_WORDS = 12
MAX_VALUE_LINE_WORDS = 4
HEAD_LINES = 3  # the first non-blank lines looked at for a site-name suffix
MAX_HEAD_WORDS = 60  # a longer line is article text: the headline zone ends there
SUFFIX_SEP_RE = re.compile(r"[ \t\u00a0]{1,3}[-–—][ \t\u00a0]{1,3}|[ \t\u00a0]{0,3}\|[ \t\u00a0]{0,3}")
DOMAIN_RE = re.compile(
    r"(?:www\.)?[A-Za-z0-9][A-Za-z0-9-]{0,40}(?:\.[A-Za-z0-9][A-Za-z0-9-]{0,40}){0,3}"
    r"\.(?:com|cn|net|org|info|news|tv|hk|tw|mo|sg|jp|kr|in|au|ca|uk|de|fr|ru|io|us|eu)",
    re.IGNORECASE,
)
UNSPACED_DOMAIN_RE = re.compile(r"(?<=[^\W\d_])[-–](?P<site>[A-Za-z][A-Za-z0-9.-]{0,80})\.?$")
SEGMENT_WORD_RE = re.compile(r"[A-Z][\w'’&.]{0,30}|of|and|the|&")
LONE_SITE_RE = re.compile(r"^[-–—|][ \t\u00a0]{0,3}(?P<site>[^\n]{1,60}?)\.?$")
WORD_COUNT_RE = re.compile(r"\S+")


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
    return re.compile(rf"^[^\w\n]{{0,3}}(?:{_label_alternation()})[ \t\u00a0]{{0,3}}:(?P<value>[^\n]*)$", re.IGNORECASE)


def _label_alternation() -> str:
    return "|".join(r"\s{1,3}".join(map(re.escape, p.split())) for p in table()["label"])


@lru_cache(maxsize=1)
def bracket_line_re() -> re.Pattern[str]:
    """A metadata line of bracketed labels, after an optional date and time:
    "2023-02-11 13:09:10 [Source: Xinhua News Agency] [Editor: Li Kao Feng] Font: [Large and Small]"."""
    labels = _label_alternation()
    item = (
        rf"(?:\[[ \t]{{0,3}}(?:{labels})[ \t]{{0,3}}[:：][^\[\]\n]{{0,60}}\]"
        rf"|(?:{labels})[ \t]{{0,3}}[:：][ \t]{{0,3}}\[[^\[\]\n]{{0,60}}\])"
    )
    date = r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?"
    return re.compile(
        rf"^(?:{date}[ \t]{{1,3}}{item}|{item}[ \t]{{0,3}}{item})(?:[ \t]{{0,3}}{item}){{0,6}}[ \t]*$",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def site_table() -> tuple[frozenset[str], frozenset[str]]:
    """(site names, site words that end a Title Case site name)."""
    kinds: dict[str, set[str]] = {"site": set(), "ending": set()}
    for r in tsv_records(SITES):
        kinds[r["kind"]].add(r["name"])
    return frozenset(kinds["site"]), frozenset(kinds["ending"])


def is_site_name(segment: str) -> bool:
    """A domain ("CNN.com"), a listed outlet ("ECNS") or a Title Case name ending in a site word
    ("Hunan Daily", "Professional Financial News Website")."""
    seg = segment.strip()
    if not seg or len(seg) > 80:
        return False
    if DOMAIN_RE.fullmatch(seg):
        return True
    names, endings = site_table()
    if seg in names:
        return True
    words = seg.split()
    if not 1 < len(words) <= 6 or words[-1] not in endings:
        return False
    return all(SEGMENT_WORD_RE.fullmatch(w) for w in words) and words[0][0].isupper()


def site_suffix(line: str) -> int | None:
    """Where a site-name suffix begins in a headline line (the separator included), or None."""
    core = line[:-1] if line.endswith(".") else line
    seps = list(SUFFIX_SEP_RE.finditer(core))
    begin = None
    end = len(core)
    for sep in reversed(seps):
        if sep.end() > end or not is_site_name(core[sep.end() : end]):
            break
        begin, end = sep.start(), sep.start()
    if begin is None:
        m = UNSPACED_DOMAIN_RE.search(line)
        if m and DOMAIN_RE.fullmatch(m.group("site")):
            begin = m.start()
    if begin is None:
        return None
    head = line[:begin]
    if len(WORD_COUNT_RE.findall(head)) < 2:
        return None  # the "headline" would be the site name alone
    return begin


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
        bad("Taiwan's economy started the year poorly[[ - ECNS]]\n\nExports fell for a fifth month.",
            fixed="Taiwan's economy started the year poorly\n\nExports fell for a fifth month."),
        bad("U.S. escalates chip war, hitting chipmakers[[ - CNN.com]]\n\nThe measures took effect on Friday."),
        bad("Pension products can be held for 360 days[[-Chinanews.com]]\n\nThe first products went on sale."),
        bad("Doctors praised for their work in Africa[[ - Rolling News - Hunan Daily - HuaSong Online]]\n\n"
            "The letter was sent on Friday."),
        bad("The talks ended on Thursday, officials said.\n\n[[Leave a Reply Cancel reply]]"),
        good("U.S.-China talks resume in Geneva\n\nThe talks ended on Thursday, officials said."),
        good("Ukraine - the long war\n\nThe talks ended on Thursday, officials said."),
        good("Ukraine - The Long War\n\nThe talks ended on Thursday, officials said."),
        good("Murdoch's empire - \"Fox News\"\n\nThe talks ended on Thursday, officials said."),
        good("The talks ended on Thursday, officials said.\n\nThe deal was reported first by the BBC - CNN.com"
             " and other sites followed later that day, long after the markets had closed in New York and London."),
        good("You can read more about it in our report, the source said.\n\nShare this article with care, he joked."),
        good("Source: the defense ministry said on Thursday that the troops had returned to their bases."),
        good("Follow us on the trail, the guide said, and we followed him up the mountain for hours and hours."),
        good("The share of exports fell.\n\nComments were closed after the vote, officials said."),
        good("Related: the talks, officials said, were productive and would continue next week in Geneva."),
    ],
)
def check(doc, options):
    hits = list(_chrome_lines(doc))
    yield from hits
    yield from _headline_sites(doc, hits)


def _headline_sites(doc, hits):
    """Site names pasted onto the headline, a lone "-CNN" line under it, a bracketed label line."""
    text = doc.text
    lines = list(doc.nonblank_lines)
    for idx, span in enumerate(lines[:HEAD_LINES]):
        start, end = _trimmed(text, span.start, span.end)
        if any(h.start < end and start < h.end for h in hits):
            continue
        line = text[start:end]
        if len(line) > 600 or len(WORD_COUNT_RE.findall(line)) > MAX_HEAD_WORDS:
            return
        if idx > 0:
            lone = LONE_SITE_RE.match(line)
            if lone and is_site_name(lone.group("site")):
                yield _hit(start, end, line, "site name")
                continue
        begin = site_suffix(line)
        if begin is not None:
            yield _hit(start + begin, end, line[begin:], "site name on the headline")


def _chrome_lines(doc):
    text = doc.text
    lines = list(doc.nonblank_lines)
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
        # 0. A metadata line of bracketed labels: "[Source: Xinhua] [Editor: Li Kao Feng]".
        if "[" in line and bracket_line_re().match(line):
            yield _hit(start, end, line, "page label")
            continue
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
        tail = _last_sentence_end(line)
        if tail is not None:
            rest_raw = line[tail.end() :]
            if len(rest_raw) > 200 and len(normalize(rest_raw[:200]).split()) > 20:
                run = None  # over 20 words: never a run (see step 1)
            else:
                rest = normalize(rest_raw)
                run = chrome_run(rest) if rest else None
            if run is not None and run[0] >= 1:
                yield _hit(start + tail.end(), end, line[tail.end() :], "button or navigation label")


def _last_sentence_end(line: str):
    """The last match of SENTENCE_END_RE in ``line`` (matches start at a mark and cannot overlap,
    so it is the one at the last mark where the pattern matches), looked for from the end: a
    prose line's last sentence end is near its end. After a few misses, one scan of the line."""
    pos = len(line)
    for _ in range(4):
        p = max(line.rfind(".", 0, pos), line.rfind("!", 0, pos), line.rfind("?", 0, pos), line.rfind("…", 0, pos))
        if p < 0:
            return None
        m = SENTENCE_END_RE.match(line, p)
        if m is not None:
            return m
        pos = p
    tail = None  # every mark from ``pos`` on was tried: the last match starts before it
    for m in SENTENCE_END_RE.finditer(line):
        if m.start() >= pos:
            break
        tail = m
    return tail


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
