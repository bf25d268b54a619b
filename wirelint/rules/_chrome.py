"""The shapes of page-chrome lines, for WL401: what a single line looks like, without its context.

Each function answers one question about one line (already trimmed of surrounding white space)
and runs in time linear in the line; none of them knows where the line stands in the article.
``wl401_page_chrome`` combines them with the line's neighbours and its place in the article.
"""

from __future__ import annotations

import re
from functools import lru_cache

from wirelint.rules._data import tsv_records

DATA = "page_chrome.tsv"
AGENCIES = "photo_agencies.tsv"
NORMALIZE_RE = re.compile(r"[^\w\s:]+")

KINDS = ("line", "label", "lead", "token", "contains", "ui", "verb")


def normalize(text: str, keep_colon: bool = False) -> str:
    s = NORMALIZE_RE.sub(" ", text.lower())
    if not keep_colon:
        s = s.replace(":", " ")
    # str.split() splits at the same (Unicode) white space as \s: runs collapsed, ends trimmed.
    return " ".join(s.split())


@lru_cache(maxsize=1)
def table() -> dict[str, tuple[str, ...]]:
    """Phrases by match kind, longest first (a longer phrase wins where two start alike)."""
    kinds: dict[str, list[str]] = {k: [] for k in KINDS}
    for r in tsv_records(DATA):
        kinds[r["match"]].append(r["phrase"])
    return {k: tuple(sorted(v, key=lambda p: -len(p.split()))) for k, v in kinds.items()}


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


def chrome_run(norm: str, words: list[str] | None = None) -> tuple[int, int] | None:
    """(line phrases, token phrases) when ``norm`` (split into ``words``) is made up entirely
    of chrome phrases."""
    if words is None:
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


def is_run(norm: str, words: list[str] | None = None) -> bool:
    run = chrome_run(norm, words)
    return run is not None and (run[0] >= 1 or run[1] >= 2)


@lru_cache(maxsize=1)
def label_re() -> re.Pattern[str]:
    return re.compile(
        rf"^[^\w\n]{{0,3}}(?:{label_alternation()})[ \t\u00a0]{{0,3}}(?:[:：]|\|(?=[ ]))(?P<value>[^\n]*)$", re.IGNORECASE
    )


def label_alternation() -> str:
    return "|".join(r"\s{1,3}".join(map(re.escape, p.split())) for p in table()["label"])


@lru_cache(maxsize=1)
def contains_re() -> re.Pattern[str]:
    """The "contains" notices, as whole words of a lower-cased line, with anything but letters
    and figures between them (what normalize() reads as a space): "Ctrl+Enter", "all rights
    reserved"."""
    alt = "|".join(r"\W+".join(map(re.escape, p.split())) for p in table()["contains"])
    return re.compile(rf"(?<!\w)(?:{alt})(?!\w)")  # searched in the lower-cased line


@lru_cache(maxsize=1)
def contains_keys() -> frozenset[str]:
    """The longest word of every "contains" notice: a line holding none of them holds no notice."""
    return frozenset(max(p.split(), key=len) for p in table()["contains"])


@lru_cache(maxsize=1)
def verb_set() -> frozenset[str]:
    return verbs_and_ui()[0]


@lru_cache(maxsize=1)
def ui_set() -> frozenset[str]:
    return verbs_and_ui()[1]


@lru_cache(maxsize=1)
def closing_words() -> frozenset[str]:
    """The last word of every "line" and "token" phrase (a run of them ends with one)."""
    t = table()
    return frozenset(p.split()[-1] for k in ("line", "token") for p in t[k])


@lru_cache(maxsize=1)
def label_first_words() -> frozenset[str]:
    """The first word of every label (a line whose first word is none of them is no label line)."""
    return frozenset(p.split()[0] for p in table()["label"])


@lru_cache(maxsize=1)
def opening_words() -> frozenset[str]:
    """Every word that can open a "line", "token" or "lead" phrase or a call to action."""
    t = table()
    return frozenset(p.split()[0] for k in ("line", "token", "lead", "verb") for p in t[k])


@lru_cache(maxsize=1)
def verbs_and_ui() -> tuple[frozenset[str], frozenset[str]]:
    t = table()
    return frozenset(t["verb"]), frozenset(t["ui"])


@lru_cache(maxsize=1)
def _leads_by_first_word() -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for p in table()["lead"]:
        index.setdefault(p.split()[0], []).append(p)
    return {w: tuple(ps) for w, ps in index.items()}


def lead_phrase(norm: str) -> str | None:
    first = norm.split(" ", 1)[0]
    for p in _leads_by_first_word().get(first, ()):
        if norm == p or norm.startswith(p + " "):
            return p
    return None


READER_WORDS = frozenset("you your yours our us we please".split())


def call_to_action(words: list[str]) -> bool:
    """A line that opens with an imperative and names the page's own furniture: "Download the
    Harbour News app", "Please log in to comment", "Join our Telegram channel"."""
    if not words or len(words) > 15:
        return False
    verbs, ui = verbs_and_ui()
    if words[0] not in verbs:
        return False
    return any(w in ui for w in words[1:])


# --- structural shapes ------------------------------------------------------------------------
SEPARATOR_CHARS = "-=_*•·.~#+—–―─━═│|/\\<>:▪■□◆◇●○★☆ \t\u00a0"


def is_separator(line: str) -> bool:
    """A row of dashes, dots, bullets or rules: at least eight marks and nothing else. (Three
    asterisks or "###" are an editor's section break or end mark: left alone.)"""
    if len(line) < 8 or line.strip(SEPARATOR_CHARS):
        return False
    return sum(1 for c in line[:64] if not c.isspace()) >= 8


HASHTAG_RE = re.compile(r"#[^\W\d_][\w]{0,60}")


def is_hashtag_run(line: str) -> bool:
    """Two or more hashtags and nothing else: "#Ukraine #Kyiv #war"."""
    tokens = line.split()
    return 2 <= len(tokens) <= 40 and all(HASHTAG_RE.fullmatch(t) for t in tokens)


# Raw HTML left in the text: a tag, an attribute opening its value, an empty-element close.
DEBRIS_RE = re.compile(
    r"</?(?:a|b|i|p|br|hr|em|strong|span|div|img|figure|figcaption|iframe|script|style|section|article|"
    r"header|footer|nav|aside|ul|ol|li|table|thead|tbody|tr|td|th|noscript|picture|source|meta|link|input|"
    r"button|form|label|svg|path|h[1-6]|blockquote|small|sup|sub|time|video|audio)(?=[\s/>])[^<>\n]{0,300}>"
    r"|(?:title|alt|class|href|src|srcset|style|data-[a-z-]{1,30}|width|height|rel|target|"
    r"aria-[a-z]{1,20}|onclick|loading)[ ]{0,2}=[ ]{0,2}[\"']"
    r"|[\"'][ ]{0,2}/>",
    re.IGNORECASE,
)


def debris(line: str) -> list[tuple[int, int]]:
    """Raw HTML in the line. (An attribute's name must start a word: checked here, not by a
    look-behind that the engine would try at every character.)"""
    if "<" not in line and "=" not in line and "/>" not in line:
        return []
    out = []
    for m in DEBRIS_RE.finditer(line):
        i = m.start()
        if line[i].isalpha() and i > 0 and (line[i - 1].isalnum() or line[i - 1] in "_-"):
            continue
        out.append(m.span())
    return out


HEX_RE = re.compile(
    r"(?<![0-9A-Za-z])(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{16,}|[0-9A-F]{16,})"
    r"(?![0-9A-Za-z])"
)


def hex_ids(line: str) -> list[tuple[int, int]]:
    """Image hashes and ids: 16 or more hexadecimal digits holding both figures and letters, or
    a UUID."""
    out = []
    for m in HEX_RE.finditer(line):
        s = m.group()
        digits = sum(c.isdigit() for c in s)
        if digits >= 2 and len(s) - digits - s.count("-") >= 2:
            out.append(m.span())
    return out


TIME_RE = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")


def running_times(line: str) -> str | None:
    """A line of player running times: "0:00", "0:00 / 3:12" -> "player"; other times alone ->
    "times" (weaker: a transcript may print a time stamp)."""
    tokens = line.split()
    if not tokens or len(tokens) > 8:
        return None
    times = [t for t in tokens if TIME_RE.fullmatch(t)]
    if not times or any(t not in "/|·-" and not TIME_RE.fullmatch(t) for t in tokens):
        return None
    return "player" if any(t.strip("0:") == "" for t in times) else "times"


COUNTER_WORDS = r"(?:comments?|replies|reply|responses|shares|views|likes|reactions|reads|talkbacks?)"
COUNTER_RE = re.compile(
    rf"\(?\d{{1,7}}\)?[ \t]{{0,3}}{COUNTER_WORDS}|{COUNTER_WORDS}[ \t]{{0,3}}(?:\(\d{{1,7}}\)|\d{{1,7}})"
    r"|(?:(?:image|photo|picture|slide|foto)[ \t]{1,3})?\d{1,3}[ \t]{1,3}(?:of|/)[ \t]{1,3}\d{1,3}"
    r"|\d{1,3}[ \t]?(?:min|mins|minutes?)\.?[ \t]{1,3}(?:read|reading|listen)",
    re.IGNORECASE,
)


def is_counter(line: str) -> bool:
    """"(0) comments", "Comments (38)", "Talkbacks 23", "4 min read", a gallery's "Photo 3 of 12"."""
    return len(line) <= 40 and COUNTER_RE.fullmatch(line) is not None


MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thurs fri sat sun".split())
ZONES = frozenset("am pm a.m. p.m. utc gmt est edt cet cest bst ist msk wib wita pt et pst pdt cst cdt mst mdt hrs h uhr".split())
META = frozenset("by date updated published posted modified on at comments comment views min read today yesterday "
                 "ago".split())
RELATIVE = frozenset("hour hours minute minutes min mins day days week weeks second seconds".split())
STAMP_VERBS = frozenset("updated published posted modified".split())
ISO_DATE_RE = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
DMY_RE = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{2,4})")
TIME_TOKEN_RE = re.compile(r"\d{1,2}[:.h]\d{2}(?::\d{2})?(?:am|pm)?", re.IGNORECASE)
SMALL_NUMBER_RE = re.compile(r"\(?\d{1,6}\)?,?")
# A section or site name before the stamp: "Culture | …", "Volleyball, …", "harbour.com - …".
STAMP_LEAD_RE = re.compile(r"([^\d|,\n]{1,40}?)(?:[ ]\|[ ]|[ ][-–][ ]|,[ ])")


def date_row(line: str) -> str | None:
    """A line of nothing but a date, times, counters and page words, after at most two short
    section or site names.

    "counter": a date with a comment or view counter or an empty "By" ("2024-03-01 0 By"), or a
    date no calendar has ("2012-23-31"); "stamp": a page's time stamp ("23.05.2024 14:03",
    "Posted on March 5, 2024 by admin", "Culture | Published on 18/04/2024 at 11h32"): figures
    only, a time, or a verb of the page; "date": a date alone ("Monday, 4 March 2024"), which an
    article may print under its headline."""
    body = line
    labelled = 0
    while labelled < 2:
        m = STAMP_LEAD_RE.match(body)
        lead = m.group(1).strip().lower().rstrip(".") if m else ""
        if m is None or len(lead.split()) > 3 or lead in META or lead in WEEKDAYS or lead in MONTHS:
            break
        body = body[m.end() :]
        labelled += 1
    tokens = body.replace("|", " ").replace("·", " ").split()
    if not tokens or len(tokens) > 14:
        return None
    # A section name right before a date in figures: "Economy News 23.05.2024 14:03".
    k = 0
    while k < min(3, len(tokens) - 1) and tokens[k][:1].isupper() and tokens[k].isalpha() and tokens[k].lower() not in META:
        k += 1
    if 0 < k and (ISO_DATE_RE.fullmatch(tokens[k]) or DMY_RE.fullmatch(tokens[k].rstrip(","))):
        tokens = tokens[k:]
        labelled += 1
    dated = odd = counter = timed = numeric = verb = False
    by_last = tokens[-1].lower() == "by"
    named = 0  # words of a name after "by"
    for i, raw in enumerate(tokens):
        t = raw.strip(",;()[]").lower()
        if named:
            named -= 1
            continue
        if not t or t in ("-", "/", "–", "—"):
            continue
        m = ISO_DATE_RE.fullmatch(t)
        if m:
            dated = numeric = True
            odd = odd or not (1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(3)) <= 31)
            continue
        m = DMY_RE.fullmatch(t)
        if m:
            dated = numeric = True
            continue
        if t.rstrip(".") in MONTHS or t in WEEKDAYS or t.rstrip(".") in WEEKDAYS:
            dated = dated or t.rstrip(".") in MONTHS
            continue
        if TIME_TOKEN_RE.fullmatch(t):
            timed = True
            continue
        if t in ZONES:
            continue
        if t.isdigit():
            if len(t) == 4 and t[:2] in ("19", "20"):
                dated = True
            elif i > 0 and dated and len(t) <= 6 and not raw.endswith(","):
                counter = counter or i == len(tokens) - 1 or tokens[i + 1].lower() in ("by", "comments", "views")
            continue
        if SMALL_NUMBER_RE.fullmatch(raw):
            continue
        if t in RELATIVE and i > 0 and tokens[i - 1].isdigit():
            timed = True  # "5 hours ago"
            continue
        if t in META:
            counter = counter or t in ("comments", "comment", "views")
            verb = verb or t in STAMP_VERBS
            if t == "by" and i + 1 < len(tokens):
                named = 2 if i + 2 < len(tokens) and tokens[i + 2].lower() not in META else 1
            continue
        return None
    if not dated and not (timed and verb):
        return None
    if odd or counter or by_last:
        return "counter"
    if numeric or timed or verb or labelled:
        return "stamp"
    return "date"


NUMBERISH_RE = re.compile(r"[-+−▲▼%$€£]?\d")


def is_ticker(line: str) -> bool:
    """Index, currency and commodity names with a level and a change: "DAX 18,472.05 -0.02%",
    "BIST 100 9.712,35 %1,24 ▲ | DOLLAR 32,4518 %0,08 ▼", "OIL $72.70 -0.08%". Every word
    capitalised or a short unit (no sentence holds these alone)."""
    if len(line) > 300 or line.endswith((".", "!", "?", ":")):
        return False
    tokens = line.replace("( ", "(").split()
    if not 2 <= len(tokens) <= 40:
        return False
    changes = numbers = 0
    for t in tokens:
        t = t.strip("()")
        if not t or t in ("|", "·", "•", "/"):
            continue
        if t in ("▲", "▼", "△", "▽", "↑", "↓"):
            changes += 1
            continue
        if NUMBERISH_RE.match(t):
            numbers += 1
            if t[0] in "-+−▲▼" or "%" in t:
                changes += 1
            continue
        if t[0].isupper() or t[0] == "&" or (len(t) <= 3 and t.isalpha()):
            continue
        return False
    return changes >= 1 and numbers >= 2


BREADCRUMB_SPLIT_RE = re.compile(r"[ \t]*[›»→][ \t]*|[ \t]+[>/|][ \t]+")
HOME_WORDS = frozenset(
    "home homepage start welcome news index inicio início accueil startseite anasayfa beranda".split()
) | {"home page", "main page", "front page", "ana sayfa", "trang chủ"}


def is_breadcrumb(line: str) -> bool:
    """"Home › News › Europe", "Start > World > Asia": three or more short segments after a home
    word, or joined by a guillemet or arrow (marks no headline chains)."""
    if len(line) > 160 or line.endswith((".", "!", "?")):
        return False
    parts = BREADCRUMB_SPLIT_RE.split(line)
    if len(parts) < 3:
        return False
    for p in parts:
        words = p.split()
        if not 1 <= len(words) <= 4 or not any(c.isalpha() for c in p):
            return False
    if any(c in line for c in "›»→"):
        return True
    return normalize(parts[0]) in HOME_WORDS


COPYRIGHT_RE = re.compile(r"(?:©|\([cC]\)|[Cc]opyright\b|COPYRIGHT\b)")
COMPANY_RE = re.compile(
    r"\b(?:Inc|Ltd|LLC|GmbH|S\.A|SA|AG|Corp|Co|plc|PLC|Media|Group|Network|Press|News|Publishing|"
    r"Broadcasting|Radio|Television|TV|Newspapers?|Holdings)\b"
)
YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


@lru_cache(maxsize=1)
def photo_names() -> frozenset[str]:
    return frozenset(r["name"] for r in tsv_records(AGENCIES))


def is_copyright_line(line: str, words: int) -> bool:
    """"© 2024 Harbour Media Group. All rights reserved.", "Copyright 2023 The Daily Ledger":
    a line that opens with the sign or the word, names a year, a company or the word itself,
    and is not a photo credit ("© Jane Doe/Reuters", "© instagram/handle": WL402's)."""
    m = COPYRIGHT_RE.match(line)
    if m is None or words > 40:
        return False
    rest = line[m.end() :].strip()
    if not rest:
        return False
    if "copyright" in line.lower() or "rights" in rest.lower():
        return True
    owner = YEAR_RE.sub("", rest).strip(" ,.-")
    if not owner or "/" in owner.split(" ", 1)[0] or owner in photo_names():
        return False  # a picture credit
    return bool(YEAR_RE.search(rest) or COMPANY_RE.search(rest))


IMAGE_LABEL_RE = re.compile(
    r"(?:^|[ \t])(?:ảnh|foto|fotó|fotoğraf|fotografia|gambar|resim|bild|imagen|image|photo|picture|img|pic)[ ]?\d{1,2}$",
    re.IGNORECASE,
)


def image_label(line: str) -> bool:
    """An image's alt text left as a line: the caption or headline and "photo 1" ("ảnh 1",
    "Foto 2") after it."""
    return IMAGE_LABEL_RE.search(line) is not None and len(line.split()) >= 3


KEYWORDS_RE = re.compile(r"[^\W\d_][\w-]{0,40}(?:,[^\W\d_][\w-]{0,40}){2,30}")


def is_keyword_list(line: str) -> bool:
    """A page's keywords, comma-joined without spaces: "egypt,currency,pound"."""
    return len(line) <= 600 and line == line.lower() and KEYWORDS_RE.fullmatch(line) is not None


SLUG_RE = re.compile(r"[a-z][a-z0-9._-]{2,30}")
CAMEL_RE = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)+")


def is_slug(line: str) -> bool:
    """A lowercase site or section slug alone on a line ("harbourpost", "world-news")."""
    return SLUG_RE.fullmatch(line) is not None


def is_camel_label(line: str) -> bool:
    return CAMEL_RE.fullmatch(line) is not None


# A press-release distributor's tag in the dateline: "NEW YORK, March 4, 2024 /PRNewswire/ --",
# "OSLO, March 4, 2024 (GLOBE NEWSWIRE) --", "(BUSINESS WIRE)--".
DISTRIBUTOR_RE = re.compile(
    r"/[ ]?(?:PRNewswire(?:-[A-Z]+)?|EINPresswire\.com|Newswire)[ ]?/"
    r"|\((?:GLOBE NEWSWIRE|BUSINESS WIRE|ACCESSWIRE|ACCESS Newswire|Newsfile Corp\.[^()\n]{0,40}|EIN Presswire)\)"
)
DISTRIBUTOR_DASH_RE = re.compile(r"[ \t]{0,2}(?:--|—|–)[ \t]{0,2}")


def distributor_tag(line: str) -> tuple[int, int] | None:
    """The span of a distributor's tag (with the dash after it) near the start of a line."""
    head = line[:160]
    if "wire" not in head and "WIRE" not in head and "Newsfile" not in head:
        return None
    m = DISTRIBUTOR_RE.search(line, 0, 160)
    if m is None:
        return None
    start, end = m.span()
    d = DISTRIBUTOR_DASH_RE.match(line, end)
    if d:
        end = d.end()
    while start > 0 and line[start - 1] in " \t":
        start -= 1
    return start, end


# A teaser that sends the reader elsewhere: "Read all the news about the derby here: …", "See every
# story on the strike here:" (a "here" and a colon: a link's label, not a sentence).
TEASER_RE = re.compile(r"(?:Read|READ|See|SEE|Find|Discover|Follow|Watch|WATCH|Listen)[ ][^.!?:\n]{0,80}?\bhere[ ]?[:：]")
TEASER_WORDS = frozenset("read see find discover follow watch listen".split())


# A link to a video or a recording with its running time: "▶ VIDEO | The last stage 01:42",
# "Listen • 4:05", "Watch: the highlights 2:31".
MEDIA_TEASER_RE = re.compile(
    r"(?:[▶►▷⏵]|(?:VIDEO|Video|WATCH|Watch|LISTEN|Listen|AUDIO|Audio|PODCAST|Podcast)\b)[^\n]{0,120}?[ ]\d{1,2}:\d{2}(?::\d{2})?"
)
# The desk's initials that a wire service puts at the end of a story: "/jkr/he", "/AB/cd".
INITIALS_RE = re.compile(r"/?[A-Za-z]{2,4}(?:/[A-Za-z]{2,4}){1,3}/?")
# A wire story's end mark kept in brackets ("(End)", "[END]", Chinese "（完）"), an age rating ("18+").
END_MARK_RE = re.compile(r"[(（\[][ ]?(?:End|END|end|完)[ ]?[)）\]]|\d{1,2}\+")
# A section path above the headline: "Africa | World", "Markets › Stocks" (Title Case names only).
SECTION_PATH_RE = re.compile(
    r"[A-Z][\w&'’-]{0,25}(?:[ ][A-Z][\w&'’-]{0,25}){0,2}(?:[ ][|›»/][ ][A-Z][\w&'’-]{0,25}(?:[ ][A-Z][\w&'’-]{0,25}){0,2}){1,3}"
)
LINK_SEP_RE = re.compile(r"[ \t]+[|·•][ \t]+")
# A page's tags without their label: "Senegal, Elections, Africa, Macky Sall, General news".
TAG_ITEM_RE = re.compile(r"[^\W\d_][\w'’.&-]*(?:[ ][^\W\d_][\w'’.&-]*){0,2}")
EMAIL_RE = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}")


def link_row(line: str) -> bool:
    """Links joined by bars or dots where one of them is chrome: "$1 for 6 Months | Subscribe
    Now", "Privacy | Cookie settings"."""
    parts = LINK_SEP_RE.split(line)
    if len(parts) < 2:
        return False
    for part in parts:
        norm = normalize(part)
        if norm and (is_run(norm) or (":" in part and label_re().match(part.strip()))):
            return True
    return False


def is_tag_list(line: str) -> bool:
    """Four or more comma-separated names of one to three words, no "and", no sentence mark."""
    if line.endswith((".", "!", "?", ":")) or len(line) > 300:
        return False
    items = [x.strip() for x in line.split(",")]
    if len(items) < 4:
        return False
    for x in items:
        if not TAG_ITEM_RE.fullmatch(x):
            return False
        low = x.lower().split()
        if "and" in low or "or" in low or "et" in low or "y" in low:
            return False
    return True


@lru_cache(maxsize=1)
def source_names() -> frozenset[str]:
    """News agencies and sites whose bare name a page prints as a sign-off ("VNA", "— Reuters")."""
    names = {r["name"] for r in tsv_records(AGENCIES) if r["kind"] == "wire"}
    names |= {r["name"] for r in tsv_records("site_names.tsv") if r["kind"] == "site"}
    return frozenset(names)


def is_source_name(line: str) -> bool:
    """A line that is only an agency's or a site's name, perhaps after a dash or in brackets."""
    core = line.strip(" -–—()[]/.")
    return bool(core) and core in source_names()


# A press-release distributor's last line: "SOURCE Northwind Energy".
DISTRIBUTOR_SOURCE_RE = re.compile(r"SOURCE[ ][A-Z][\w.&'’-]*(?:[ ][A-Z&][\w.&'’-]*){0,6}")
