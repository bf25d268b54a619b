"""Page furniture scraped along with the article: navigation, buttons, teasers, widgets, footers.

Content farms and careless republishers copy articles off web pages and keep whatever text the
page put around them: "Skip to main content", "Home › World › Europe", "Read also: …", "Share
this article", "Facebook Twitter WhatsApp", "Leave a Reply", "Loading…", "Show original", a
newsletter or paywall prompt, "0:00" from an audio player, "DAX 18,472.05 -0.02%" from a ticker,
"2024-03-01 0 By" from a template, a row of dashes, 'title =" … "/> </div>' from the HTML, an
image hash, "© 2024 X. All rights reserved.", "The post … appeared first on …", a station's
"FCC Public File", a press-release distributor's "View original content". After machine
translation these arrive in the target language's words ("To read also", "Know more", "Fountain:
EFE", "Publication: 01/03/2024 10:32"). None of it is article text, and it marks copy as scraped.

Each line is judged by its shape, its words and its neighbours:

* Its words: a phrase vocabulary kept as data (``data/page_chrome.tsv``: whole-line labels and
  buttons, "Label:" lines, short calls to action, notices no article sentence holds, share-button
  runs) in English and in the forms that French, Spanish, Portuguese, German, Italian, Dutch,
  Turkish and Indonesian CMSes print after machine translation; a call to action built from an
  imperative and a word of the page's own furniture, in any sentence of a short line ("Download
  the … app", "Let's join our … channel", "Please log in to comment"); a teaser that sends the
  reader "here:".
* Its shape: separator rows, hashtag runs, raw HTML, hexadecimal ids, player running times and
  media links with a running time ("▶ VIDEO | … 01:42"), comment, view and gallery counters
  ("Comments (38)", "Photo 3 of 12"), a date with a counter or an empty "By", breadcrumbs,
  comma-joined keywords, a copyright line, an image's alt text ending in "photo 1", links joined
  by bars where one is chrome ("$1 for 6 months | Subscribe now"), a wire story's "(End)" and
  desk initials ("/jkr/he"), a distributor's tag in a dateline ("/PRNewswire/ --").
* Its place: the body runs from the first to the last long prose line that carries no such
  evidence (a list item is no body line); above and below it lie the page's head and foot. There
  (and only there) a ticker row, a bare domain or agency name, a lowercase site slug, a section
  path ("Africa | World"), a tag list without its label, a distributor's "SOURCE …" line and a
  copy of the headline or of a paragraph printed twice count as chrome (the copy that shows it
  was copied: a site suffix, an id, a paragraph cut off mid-word); so does a page's time stamp
  ("23.05.2024 14:03", "Culture | Published on 18/04/2024 at 11h32", "Updated 2 hours ago"),
  also among the first four and last three lines. Chrome carries its neighbours: above the body
  a label of two words or a date, below it a short line without a sentence end (a related
  story's headline), a date, a line speaking to the reader ("sent to your inbox"), an address or
  a telephone number, and the list under a chrome header ("Related news"); anywhere, a short
  label between two pieces of chrome ("-----" / "SHARES" / "-----").

Left alone: headlines, subheads and kickers ("World News"), datelines ("CAIRO (AP) —"), bylines,
list items, tables and sports results, a publisher's own captions, transcripts' speaker labels
and time lines ("8:59 A.M. EDT"), a headline its first paragraph repeats (wire style), a short
sentence said twice, date lines under a headline ("Saturday, February 2, 2019"), a bracketed
source under a table ("[Source: CMS, …]"), "***" and "###" section and end marks, and any
phrase of the vocabulary inside a prose sentence ("read more about it in our report", "the
source said").

Scrapers also keep the page title, which ends with the site's name: "U.S. escalates chip war -
CNN.com", "… - Rolling News - Hunan Daily - HuaSong Online", "… | Bayern". In the head of the
document a suffix after a spaced hyphen, dash or vertical bar at the very END of the line is
reported when every segment of it is a site name: a domain ("CNN.com"; after a domain the hyphen
may be unspaced), a name from ``data/site_names.tsv`` ("ECNS"), or a Title Case name ending in a
site word from that list ("Hunan Daily"); after a vertical bar, any short Title Case name. A
hyphenated word ("U.S.-China"), a dash followed by ordinary words ("Ukraine - the long war") and
a quoted name are left alone. A line that is only a separator and a site name ("-CNN") under the
headline is reported too, and so is a metadata line of bracketed labels ("2023-02-11 13:09:10
[Source: Xinhua] [Editor: Li Kao Feng] Font: [Large and Small]").

Lines next to each other are reported as one finding. The fix deletes the lines with their line
endings and the blank lines after them (so no run of blank lines is left), and is unsafe: check
that nothing of the article goes with it. (In Markdown or HTML a line that holds markup gets no
fix: deleting its words would leave the markup behind.)
"""

from __future__ import annotations

import re
from functools import lru_cache

from wirelint.rule import Hit, bad, good, rule
from wirelint.rules import _chrome as C
from wirelint.rules._chrome import chrome_run, is_run, label_re, normalize, table
from wirelint.rules._data import tsv_records
from wirelint.zones import is_prose, looks_like_byline

SITES = "site_names.tsv"
SENTENCE_END_RE = re.compile(r"[.!?…][\"”’)]{0,3}[ \t\u00a0]+")
MAX_LABEL_VALUE_WORDS = 15  # a teaser label's value is a headline ("Read also: …")
MAX_LEAD_WORDS = 15
MAX_VALUE_LINE_WORDS = 4
MAX_NOTICE_WORDS = 40  # a "contains" notice, raw HTML or a copyright line: a line no longer than this
MAX_ID_LINE_WORDS = 20
ANCHOR_WORDS = 12  # a prose line at least this long, with no evidence, is article body
SHORT_WORDS = 14  # a line this short without a sentence end may be a label or a link in a run of chrome
LONG_LINE = 2000  # characters: a longer line is article text (only raw HTML and ids are sought)
HEAD_LINES = 3  # the first non-blank lines looked at for a site-name suffix
STAMP_HEAD, STAMP_FOOT = 4, 3  # a page's time stamp among the first and last lines
MAX_HEAD_WORDS = 60  # a longer line is article text: the headline zone ends there
SUFFIX_SEP_RE = re.compile(r"[ \t\u00a0]{1,3}[-–—][ \t\u00a0]{1,3}|[ \t\u00a0]{0,3}\|[ \t\u00a0]{0,3}")
DOMAIN_RE = re.compile(
    r"(?:www\.)?[A-Za-z0-9][A-Za-z0-9-]{0,40}(?:\.[A-Za-z0-9][A-Za-z0-9-]{0,40}){0,3}"
    r"\.(?:com|cn|net|org|info|news|tv|hk|tw|mo|sg|jp|kr|in|au|ca|uk|de|fr|ru|io|us|eu|id|vn|tr|it|es|nl|br|az)",
    re.IGNORECASE,
)
UNSPACED_DOMAIN_RE = re.compile(r"(?<=[^\W\d_])[-–](?P<site>[A-Za-z][A-Za-z0-9.-]{0,80})\.?$")
SEGMENT_WORD_RE = re.compile(r"[A-Z][\w'’&.]{0,30}|of|and|the|&")
PIPE_SUFFIX_RE = re.compile(r"[ \t\u00a0]\|[ \t\u00a0]{1,3}(?P<site>[A-Z][\w'’&.-]{0,30}(?:[ ][A-Z][\w'’&.-]{0,30}){0,2})$")
LONE_SITE_RE = re.compile(r"^[-–—|][ \t\u00a0]{0,3}(?P<site>[^\n]{1,60}?)\.?$")
WORD_COUNT_RE = re.compile(r"\S+")
SENTENCE_MARKS = tuple(".!?…")
QUOTE_CHARS = "\"“”„«»"
LIST_ITEM_RE = re.compile(r"(?:[-*–—·▪][ \t]|[•・][ \t]?|\d{1,3}[.)][ \t]|[a-z][.)][ \t])")
BLANK = " \t\u00a0\f\v\u3000"


# --- site names on the headline -----------------------------------------------------------------
BRACKET_ITEM_RE = re.compile(
    r"\[[ \t]{0,3}(?P<inside>[^\[\]:：\n]{1,30}?)[ \t]{0,3}[:：][^\[\]\n]{0,60}\]"
    r"|(?P<outside>[^\[\]:：\n]{1,30}?)[ \t]{0,3}[:：][ \t]{0,3}\[[^\[\]\n]{0,60}\]"
)
BRACKET_DATE_RE = re.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?[ \t]{1,3}")
BRACKET_GAP_RE = re.compile(r"[ \t]{0,3}")


@lru_cache(maxsize=1)
def _labels() -> frozenset[str]:
    return frozenset(table()["label"])


def is_bracket_line(line: str) -> bool:
    """A metadata line of bracketed labels, after an optional date and time:
    "2023-02-11 13:09:10 [Source: Xinhua News Agency] [Editor: Li Kao Feng] Font: [Large and Small]"
    (two labels of the table at least, or a date and one; nothing else on the line)."""
    pos = 0
    m = BRACKET_DATE_RE.match(line)
    dated = m is not None
    if m:
        pos = m.end()
    items = 0
    labels = _labels()
    while pos < len(line) and items < 8:
        m = BRACKET_ITEM_RE.match(line, pos)
        if m is None:
            break
        label = m.group("inside") if m.group("inside") is not None else m.group("outside")
        if normalize(label) not in labels:
            return False
        items += 1
        pos = BRACKET_GAP_RE.match(line, m.end()).end()
    return pos == len(line.rstrip()) and (items >= 2 or (dated and items >= 1))


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
    if not any(c in core for c in "-–—|"):
        return None  # no separator: no suffix
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
    if begin is None and "|" in line:
        m = PIPE_SUFFIX_RE.search(line)
        if m:
            begin = m.start()
    if begin is None:
        return None
    head = line[:begin]
    if len(WORD_COUNT_RE.findall(head)) < 2:
        return None  # the "headline" would be the site name alone
    return begin


# --- one line ----------------------------------------------------------------------------------
class _Line:
    """A non-blank line and what is known about it."""

    __slots__ = ("raw_start", "start", "end", "text", "words", "norm", "prose", "kind", "zoned", "support",
                 "soft", "value_next", "mark", "seed", "norm_words", "label", "listed")

    def __init__(self, raw_start: int, start: int, end: int, text: str) -> None:
        self.raw_start = raw_start
        self.start = start
        self.end = end
        self.text = text
        self.words = 0
        self.norm: str | None = None  # lower case words (lines of 40 words or fewer)
        self.norm_words: list[str] = []
        self.prose = False
        self.kind: str | None = None  # chrome wherever it stands
        self.zoned: str | None = None  # chrome outside the body
        self.support = False  # chrome when it touches chrome outside the body
        self.soft = False  # support from its words (a prose line addressing the reader)
        self.value_next = False  # a bare label whose value is the next line
        self.mark = False  # a sign of a copied title: a site suffix, an id, an image label
        self.seed = True  # a reported line that may carry its neighbours into the report
        self.label = False  # support short enough to stand above a headline (two words, a date)
        self.listed = False  # a list item

    def take(self, other: "_Line") -> None:
        """What _classify found for a line of the same text."""
        for name in CLASSIFIED:
            setattr(self, name, getattr(other, name))


CLASSIFIED = ("words", "norm", "norm_words", "prose", "kind", "zoned", "support", "soft", "value_next", "mark",
              "label", "listed")


def _classify(ln: _Line) -> None:
    """What the line's words and shape say, alone. Each test is tried only where a cheap look at
    the line (its length, its first or last character, a substring) says it can hold; a prose
    line of twelve words or more that ends like a sentence is asked only what such a line can be
    (a notice, a call to action, a teaser, a label, a copyright line, raw HTML, an id)."""
    line = ln.text
    if len(line) > LONG_LINE:
        ln.words = LONG_LINE // 8
        ln.prose = True
        return
    nw = ln.words = len(line.split(None, MAX_NOTICE_WORDS))  # up to 41: "more than 40"
    if nw > MAX_NOTICE_WORDS:
        ln.prose = True  # a paragraph: raw HTML and ids in it are looked for in _partial_hits
        return
    first, last_char = line[0], line[-1]
    ends_sentence = last_char in "….!?" or (last_char in "\"”’)]" and line.rstrip("\"”’)]").endswith(SENTENCE_MARKS))
    low = line.lower()
    tokens = set(TOKEN_RE.findall(low))  # one scan answers "could this line hold …?" for words
    ln.prose = prose = nw >= ANCHOR_WORDS and is_prose(line)
    ordinary = prose and ends_sentence
    fw = FIRST_WORD_RE.match(line)
    first_word = fw.group(1).lower() if fw is not None else ""
    # The words in normal form, only for a line whose first word can open a phrase of the table.
    if nw <= 20 and first_word in C.opening_words():
        norm = ln.norm = normalize(line)
        words = ln.norm_words = norm.split()
    else:
        norm, words = "", []
    kind = None
    if "[" in line and is_bracket_line(line):
        kind = "page label"
    elif first in C.SEPARATOR_CHARS and C.is_separator(line):
        kind = "separator row"
    elif words and len(words) <= 20 and is_run(norm, words):
        kind = "button or navigation label"
    else:
        # (A label in brackets, "[Source: CMS, …]", is a note the article puts under a table.)
        bracketed = first in "[(" and last_char in "])"
        m = (label_re().match(line) if first_word in C.label_first_words() and (":" in line[:60] or "：" in line[:60] or "|" in line)
             and not bracketed else None)
        if m and not (prose or (nw >= 4 and is_prose(line))) and len(m.group("value").split()) <= MAX_LABEL_VALUE_WORDS:
            kind = "page label"
            ln.value_next = not m.group("value").strip()
        elif (words and len(words) <= 15 and ((len(words) <= MAX_LEAD_WORDS and C.lead_phrase(norm)) or C.call_to_action(words))
              and not SENTENCE_END_RE.search(line)):
            kind = "call to action"
        elif not C.contains_keys().isdisjoint(tokens) and C.contains_re().search(low):
            kind = "page notice"
        elif nw <= 25 and first_word in C.TEASER_WORDS and C.TEASER_RE.match(line):
            kind = "teaser"
        elif first in "©(Cc" and C.is_copyright_line(line, nw):
            kind = "copyright line"
        elif ("<" in line or "=" in line or "/>" in line) and C.debris(line):
            kind = "raw HTML"
        elif (nw <= 3 or HEX_START_RE.match(line)) and DIGIT_RE.search(line) and _leading_or_short_id(line, nw):
            kind = "image id"
            ln.mark = True
        elif (nw <= 30 and not C.verb_set().isdisjoint(tokens) and not C.ui_set().isdisjoint(tokens)
              and SENTENCE_END_RE.search(line) and _sentence_calls_to_action(line)):
            kind = "call to action"
        elif ordinary:
            pass  # none of the shapes below ends like a sentence at this length
        elif first == "#" and C.is_hashtag_run(line):
            kind = "hashtag run"
        elif first.isdigit() and C.running_times(line) == "player":
            kind = "audio or video player"
        elif last_char.isdigit() and nw <= 25 and C.MEDIA_TEASER_RE.match(line):
            kind = "audio or video link"
        elif len(line) <= 40 and DIGIT_RE.search(line) and C.is_counter(line):
            kind = "comment or view counter"
        elif len(line) <= 5 and C.END_MARK_RE.fullmatch(line):
            kind = "end mark"
        elif nw == 1 and "/" in line and C.INITIALS_RE.fullmatch(line):
            kind = "desk initials"
        elif nw <= 20 and ("|" in line or "·" in line or "•" in line) and C.link_row(line):
            kind = "link row"
        elif len(line) <= 160 and not ends_sentence and any(c in line for c in "›»→>/|") and C.is_breadcrumb(line):
            kind = "breadcrumb"
        elif " " not in line and "," in line and C.is_keyword_list(line):
            kind = "keyword list"
        elif last_char.isdigit() and nw <= 30 and C.image_label(line) and not SENTENCE_END_RE.search(line):
            kind = "image label"
            ln.mark = True
    if kind is not None:
        ln.kind = kind
        return

    if ordinary:
        # A prose line: only a line speaking to the reader about the page supports chrome.
        if nw <= 30 and _speaks_to_reader(line, tokens):
            ln.support = ln.soft = True
        return
    digits = DIGIT_RE.search(line) is not None
    date = C.date_row(line) if digits and nw <= 14 else None
    if date == "counter":
        ln.kind = "date and counter row"
        return
    if digits and C.is_ticker(line):
        ln.zoned = "ticker row"
    elif date == "stamp":
        ln.zoned = "time stamp"
    elif nw == 1 and DOMAIN_RE.fullmatch(line.rstrip(".")):
        ln.zoned = "site name"
    elif nw <= 4 and C.is_source_name(line):
        ln.zoned = "source name"
    elif nw <= 8 and first == "S" and C.DISTRIBUTOR_SOURCE_RE.fullmatch(line):
        ln.zoned = "press-release distributor"
    elif nw == 1 and C.is_slug(line):
        ln.zoned = "site label"
    elif nw <= 30 and not ends_sentence and "," in line and C.is_tag_list(line):
        ln.zoned = "tag list"
    elif nw <= 12 and any(c in line for c in "|›»/") and C.SECTION_PATH_RE.fullmatch(line):
        ln.zoned = "section path"

    if LIST_ITEM_RE.match(line):
        ln.listed = True  # a list under a chrome header ("Related:") is links; see _promote
        return
    if first in QUOTE_CHARS or last_char in ":：" or (nw <= 5 and looks_like_byline(line)):
        return  # a quotation, a line introducing what follows, a name: the article's
    if not ends_sentence and nw <= SHORT_WORDS and not digits and not SENTENCE_END_RE.search(line):
        ln.support = True
        ln.label = nw <= 2
    elif date is not None or line.isdigit() or (digits and C.running_times(line)):
        ln.support = ln.label = True
    elif first == "(" and last_char == ")" and nw <= 8:
        ln.support = ln.label = True
    elif nw <= 30 and _speaks_to_reader(line, tokens):
        ln.support = ln.soft = True
    elif nw == 1 and C.is_camel_label(line):
        ln.support = ln.label = True
    elif nw <= 30 and "@" in line and C.EMAIL_RE.search(line):
        ln.support = True
    elif digits and nw <= 15 and PHONE_RE.search(line):
        ln.support = True


def _sentence_calls_to_action(line: str) -> bool:
    """Does a sentence of the line call to action ("… every day. Let's join our Telegram channel")?
    (Only a sentence that opens with a verb of the table is put in normal form.)"""
    verbs, _ = C.verbs_and_ui()
    start = 0
    for m in list(SENTENCE_END_RE.finditer(line)) + [None]:
        end = m.start() if m is not None else len(line)
        fw = FIRST_WORD_RE.match(line, start, end)
        if fw is not None and fw.group(1).lower() in verbs:
            words = normalize(line[start:end]).split()
            if 0 < len(words) <= 15 and C.call_to_action(words):
                return True
        if m is not None:
            start = m.end()
    return False


END_MARK_ENDINGS = (")", "）", "]")
END_MARK_TAIL_RE = re.compile(r"(?<=[.!?”\"’])[ \t]{1,3}[(（\[][ ]?(?:End|END|完)[ ]?[)）\]]$")
PHONE_RE = re.compile(r"\(\d{3}\)[ ]?\d{3}-\d{4}|\+\d{1,3}(?:[ ]\d{2,4}){2,4}")


def _speaks_to_reader(line: str, tokens: set[str]) -> bool:
    """A line (not a quotation) that speaks to the reader about the page ("sent to your inbox")."""
    return (not C.READER_WORDS.isdisjoint(tokens) and not C.ui_set().isdisjoint(tokens)
            and not any(q in line for q in QUOTE_CHARS))


TOKEN_RE = re.compile(r"\w+")
HEX_START_RE = re.compile(r"[0-9a-fA-F]{16}")
FIRST_WORD_RE = re.compile(r"[\W_]{0,8}(\w+)")
LAST_WORD_REVERSED_RE = re.compile(r"\W{0,8}(\w+)")  # the last word of a line, matched on the line reversed
DIGIT_RE = re.compile(r"\d")


def _leading_or_short_id(line: str, nw: int) -> bool:
    ids = C.hex_ids(line if nw <= MAX_ID_LINE_WORDS else line[:80])
    return bool(ids) and (nw <= MAX_ID_LINE_WORDS or ids[0][0] == 0)


# --- copies: a title or a paragraph printed twice ----------------------------------------------
DUP_PREFIX = 6  # words that index a line
DUP_MIN_PREFIX = 8  # a truncated copy shares at least this many words with the full one
DUP_MIN_WORDS = 4
CUT_WORDS = 15  # a line this long without a sentence end is a paragraph cut off (headlines are shorter)


def _dup_words(ln: _Line) -> list[str]:
    """The line's first 40 words in normal form, without a site suffix or a leading image id."""
    line = ln.text
    m = PIPE_SUFFIX_RE.search(line[-80:]) if "|" in line[-80:] else None
    if m:
        line = line[: len(line) - 80 + m.start()] if len(line) > 80 else line[: m.start()]
        ln.mark = True
    if HEX_START_RE.match(line):
        ids = C.hex_ids(line[:80])
        if ids and ids[0][0] == 0:
            line = line[ids[0][1] :]
    return normalize(line[:240]).split()[:40]


def _dup_key(line: str) -> str:
    """A cheap index of a line: its first 32 characters in lower case, without a site suffix, a
    leading id or leading punctuation. Two copies of a line share it (a truncated copy has eight
    words or more); _dup_words then compares their words."""
    m = PIPE_SUFFIX_RE.search(line[-80:]) if "|" in line[-80:] else None
    if m:
        line = line[: len(line) - 80 + m.start()] if len(line) > 80 else line[: m.start()]
    if HEX_START_RE.match(line):
        ids = C.hex_ids(line[:80])
        if ids and ids[0][0] == 0:
            line = line[ids[0][1] :]
    return line[:40].lstrip(PUNCTUATION + " \t").lower()[:DUP_KEY_CHARS].rstrip(PUNCTUATION + " \t")


DUP_KEY_CHARS = 32
PUNCTUATION = "\"'“”‘’«»„()[]{}.,;:!?…-–—|/*#"


def _copies(lines: list[_Line]) -> list[tuple[int, int]]:
    """(earlier, later) pairs of lines printed twice: the same words, or a truncated copy that
    shares its first eight words or more with the full line."""
    index: dict[str, list[int]] = {}
    words_of: dict[int, list[str]] = {}
    pairs = []
    for j, ln in enumerate(lines):
        if ln.words < DUP_MIN_WORDS:
            continue
        key = _dup_key(ln.text)
        bucket = index.setdefault(key, [])
        if bucket:
            words = words_of[j] = _dup_words(ln)
            if len(words) < DUP_MIN_WORDS or (len(words) < DUP_MIN_PREFIX and DIGIT_RE.search(ln.text)):
                continue  # too short to tell, or a short line of figures (a score, a result) a report repeats
            if ln.words < ANCHOR_WORDS and ln.text.rstrip(")]\"”’").endswith(SENTENCE_MARKS):
                continue  # a short sentence said twice (a transcript's "I think so.", a caption): not a copied title
            for i in bucket:
                other = words_of.get(i)
                if other is None:
                    other = words_of[i] = _dup_words(lines[i])
                if other == words:
                    pairs.append((i, j))
                    break
                short, long_ = (words, other) if len(words) < len(other) else (other, words)
                k = len(short) - 1  # the last word of a truncated copy may be cut ("formulat")
                if k >= DUP_MIN_PREFIX and short[:k] == long_[:k] and long_[k].startswith(short[k]):
                    pairs.append((i, j))
                    break
        if len(bucket) < 4:
            bucket.append(j)
    return pairs


# --- the rule ----------------------------------------------------------------------------------
@rule(
    code="WL401",
    name="page-chrome",
    category="boilerplate",
    severity="warning",
    summary="Scraped page furniture: navigation, buttons, teasers, widgets, labels and footers",
    fix="unsafe",
    examples=[
        bad("He has covered elections and disasters.\n[[Back to top button]]", fixed="He has covered elections and disasters.\n"),
        bad("Putin was last in Beijing in October.\n\n[[News Source :\nGn world\n\n]]jack colman",
            fixed="Putin was last in Beijing in October.\n\njack colman"),
        bad("[[Font: Large Medium Small\n\n]]The talks ended on Thursday.\n\n[[Share Facebook Twitter WhatsApp]]"),
        bad("The talks ended on Thursday.\n\n[[Advertisement\n\n]]The leaders met again on Friday.",
            fixed="The talks ended on Thursday.\n\nThe leaders met again on Friday."),
        bad("The talks ended on Thursday.[[ Read more »]]\n\n[[Follow us on Twitter\nSource: Reuters]]"),
        bad("Officials declined to comment.\n\n[[Click here to read the full report.\n\nSign up for our newsletter]]"),
        bad("Taiwan's economy started the year poorly[[ - ECNS]]\n\nExports fell for a fifth month.",
            fixed="Taiwan's economy started the year poorly\n\nExports fell for a fifth month."),
        bad("U.S. escalates chip war, hitting chipmakers[[ - CNN.com]]\n\nThe measures took effect on Friday."),
        bad("Pension products can be held for 360 days[[-Chinanews.com]]\n\nThe first products went on sale."),
        bad("Doctors praised for their work in Africa[[ - Rolling News - Hunan Daily - HuaSong Online]]\n\n"
            "The letter was sent on Friday."),
        bad("The talks ended on Thursday, officials said.\n\n[[Leave a Reply Cancel reply]]"),
        bad("[[Skip to main content\nHome › World › Europe\n\n]]Talks end in Geneva\n\nThe talks ended on Thursday."),
        bad("The harbour reopened on Monday.\n\n[[To read also: The strike at the port\n\n]]Dockers voted on Sunday."),
        bad("The harbour reopened on Monday.\n\n[[Fountain: EFE\nThemes: Ports, Strikes]]"),
        bad("The harbour reopened on Monday.\n\n[[Download the Harbour Post app\n#ports #strike #Valencia]]"),
        bad("The harbour reopened on Monday.\n\n[[-----------------------------------\n\n]]Dockers voted on Sunday."),
        bad("[[5f3a9c0e17b24d6a8e0b9c4d2f1a7e36 - 'Dockers vote to end the strike\n\n]]The harbour reopened on Monday."),
        bad("The harbour reopened on Monday.\n\n[[Email this page \"title =\" Email this page \"/> </div>]]"),
        bad("The harbour reopened on Monday.\n\n[[2024-03-01 0 By\nPlay\n0:00 / 2:41]]"),
        bad("The harbour reopened on Monday.\n\n[[© 2024 Harbour Media Group. All rights reserved.]]"),
        bad("The harbour reopened on Monday.\n\n[[The post Dockers end strike appeared first on Port Daily.]]"),
        bad("The harbour reopened on Monday.\n\n[[If you spot a typo, select it and press Ctrl+Enter.]]"),
        bad("Dockers end strike in Valencia\n\n[[portsdaily\nDockers end strike in Valencia\n\n]]"
            "The dockers of Valencia voted on Sunday to end a strike that had closed the port for nine days, the union said."),
        bad("The dockers of Valencia voted on Sunday to end a strike that had closed the port for nine days.\n\n"
            "[[Sign up for the Harbour Post newsletter\n\nGet the morning's port news sent straight to your inbox.\n(Optional)]]"),
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
        good("World News\n\nDockers end strike in Valencia\n\nVALENCIA, Spain (AP) — The dockers voted on Sunday to end a strike."),
        good("The dockers voted on Sunday to end the strike.\n\n***\n\nThe port reopened on Monday morning."),
        good("Results:\nValencia 2 Sevilla 1\nBetis 0 Girona 3\n\nThe league resumes next week."),
        good("MARTIN: What happened at the port?\n\nGARCIA: The dockers went back to work on Monday."),
        good("The union listed its demands:\n- higher pay\n- shorter shifts\n- a new contract"),
        good("March 4, 2024\n\nThe dockers of Valencia voted on Sunday to end a strike that had closed the port for nine days."),
        good("The union said members could download the agreement from its website and read it in full."),
    ],
)
def check(doc, options):
    text = doc.text
    spans = doc.nonblank_lines
    if not spans:
        return
    lines = []
    for span in spans:
        start, end = _trimmed(text, span.start, span.end)
        if end > start:
            lines.append(_Line(span.start, start, end, text[start:end]))
    if not lines:
        return
    seen: dict[str, _Line] = {}  # a line printed again is judged once (footers, lists of buttons)
    for ln in lines:
        same = seen.get(ln.text)
        if same is None:
            _classify(ln)
            if len(ln.text) <= 200:
                seen[ln.text] = ln
        else:
            ln.take(same)
    # Bare labels take their value from the next short line ("News Source :" / "Gn world").
    for i, ln in enumerate(lines[:-1]):
        if ln.value_next and lines[i + 1].kind is None:
            nxt = lines[i + 1]
            between = text[ln.end : nxt.start]
            if between.count("\n") + between.count("\r") - between.count("\r\n") == 1 and _value_line(nxt.text):
                nxt.kind = "page label"

    first, last = _body(lines)
    copies = _copies(lines)
    if copies:
        victims = _victims(lines, copies, first, last)
        for v in victims:
            lines[v].zoned = lines[v].zoned or "text printed twice"
        first, last = _body(lines, exclude=victims)
    if first is not None:
        for i, ln in enumerate(lines):
            if ln.kind is None and ln.zoned is not None and (i < first or i > last):
                if ln.zoned == "ticker row" and _introduced(lines, i):
                    continue  # a table the article introduces
                if ln.zoned == "site label" and not (i < first and any(x.words >= 3 for x in lines[i + 1 : first])):
                    continue  # a slug sits above a headline
                ln.kind = ln.zoned
                ln.seed = ln.zoned in ("site label", "time stamp")
        # A page's time stamp sits under the headline, its standfirst or its byline (often after
        # the first long line) or at the foot: the first four lines and the last three.
        for i, ln in enumerate(lines):
            if ln.kind is None and ln.zoned == "time stamp" and (i < STAMP_HEAD or i >= len(lines) - STAMP_FOOT):
                ln.kind = ln.zoned
        _promote(lines, first, last)

    reported = [i for i, ln in enumerate(lines) if ln.kind is not None]
    yield from _line_hits(doc, text, lines, reported)
    yield from _partial_hits(text, lines)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _body(lines: list[_Line], exclude=()) -> tuple[int | None, int | None]:
    """The first and last body lines: long prose lines with no evidence of chrome."""
    first = last = None
    for i, ln in enumerate(lines):
        if (ln.prose and ln.words >= ANCHOR_WORDS and ln.kind is None and ln.zoned is None and not ln.soft
                and not ln.listed and i not in exclude):
            if first is None:
                first = i
            last = i
    return first, last


def _introduced(lines: list[_Line], i: int) -> bool:
    """Is the ticker-like row ``i`` part of a table that a line ending with a colon introduces?"""
    while i > 0 and lines[i - 1].zoned == "ticker row":
        i -= 1
    return i > 0 and lines[i - 1].text.endswith((":", "："))


def _victims(lines: list[_Line], copies, first, last) -> set[int]:
    """Which copy of each pair to report. A copy with a sign of copying (a site suffix, an id, an
    image label, or a paragraph cut off before its end) when the other has none; of two body
    paragraphs, the earlier of two that follow each other, or a late copy of an early one at the
    very end; of two short lines (a title printed twice), the later one above the body, or one
    further down of eight words or more. A headline that its first paragraph repeats, with no
    sign of copying, is wire style: neither is reported."""
    anchor = {i for i, ln in enumerate(lines)
              if ln.prose and ln.words >= ANCHOR_WORDS and ln.kind is None and not ln.soft and not ln.listed}
    out = set()
    ordered = sorted(anchor)
    pos = {a: k for k, a in enumerate(ordered)}
    for i, j in copies:
        si, sj = _copied(lines[i]), _copied(lines[j])
        if si != sj:
            out.add(i if si else j)
        elif i in anchor and j in anchor:
            if pos[j] == pos[i] + 1:
                out.add(i)
            elif j == last:
                out.add(j)
        elif i not in anchor and j not in anchor:
            if first is None or j < first or len(lines[j].norm_words or lines[j].text.split()) >= DUP_MIN_PREFIX:
                # (A short line printed twice further down is a caption or a label a page repeats.)
                out.add(j)
    return out


def _copied(ln: _Line) -> bool:
    """A sign that a line is a copy: a site suffix, an id or an image label on it, or a paragraph
    cut off before its end (a page's meta description: "… The researchers recomm")."""
    if ln.mark:
        return True
    t = ln.text
    return ln.words >= CUT_WORDS and not t.rstrip("\"”’)]").endswith(SENTENCE_MARKS + (":", ";", ","))


def _promote(lines: list[_Line], first: int, last: int) -> None:
    """Outside the body, a supporting line next to reported chrome is chrome too (both ways):
    above the body only a label of two words or a date (never the headline), below it a short
    line without a sentence end (a related story's headline), a line speaking to the reader, a
    date; and a list item under chrome above it ("Related:" and its links)."""
    protected = None  # the headline: the last line above the body that is neither chrome, a byline nor a date
    for i in range(first - 1, -1, -1):
        ln = lines[i]
        if ln.kind is None and ln.words >= 2 and not DIGIT_RE.search(ln.text) and not looks_like_byline(ln.text):
            protected = i
            break
    outside = [i for i in range(len(lines)) if i < first or i > last]
    for order, down in ((outside, True), (outside[::-1], False)):
        prev = None
        for i in order:
            ln = lines[i]
            if (ln.kind is None and i != protected and prev is not None and abs(prev - i) == 1
                    and lines[prev].kind and lines[prev].seed):
                if i < first:
                    ok = ln.support and ln.label
                else:
                    ok = ln.support or (ln.listed and down and ln.words <= 20)
                if ok:
                    ln.kind = "next to other chrome"
            prev = i
    # Anywhere, a short label between two pieces of chrome ("-----" / "SHARES" / "-----").
    for i in range(1, len(lines) - 1):
        ln, a, b = lines[i], lines[i - 1], lines[i + 1]
        if ln.kind is None and ln.support and ln.label and a.kind and b.kind and a.seed and b.seed:
            ln.kind = "between chrome"


def _extended_end(text: str, end: int) -> int:
    """Past the line's ending and any blank lines after it: where the next non-blank line starts
    (or the end of the text), so that deleting up to there leaves no run of blank lines."""
    n = len(text)
    j = end
    stop = end
    while j < n:
        while j < n and text[j] in BLANK:
            j += 1
        if j >= n:
            return n
        if text[j] == "\r":
            j += 2 if text.startswith("\r\n", j) else 1
        elif text[j] == "\n":
            j += 1
        else:
            return stop
        stop = j
    return stop if stop > end else n


def _line_hits(doc, text: str, lines: list[_Line], reported: list[int]):
    markup = doc.source is not text  # Markdown or HTML: the text is a copy with the markup blanked
    k = 0
    while k < len(reported):
        i = reported[k]
        j = i
        while k + 1 < len(reported) and reported[k + 1] == j + 1:
            k += 1
            j += 1
        k += 1
        first, last = lines[i], lines[j]
        shown = first.text if len(first.text) <= 40 else first.text[:39] + "…"
        more = f" and {j - i} more line{'s' if j - i > 1 else ''}" if j > i else ""
        start, end = first.raw_start, _extended_end(text, last.end)
        # Deleting the prose of a line that holds markup would leave the markup ("****"): no fix.
        fixable = not markup or doc.source[start:end] == text[start:end]
        yield Hit(
            start,
            end,
            f"Scraped page chrome ({first.kind}): {shown!r}{more}",
            replacement="" if fixable else None,
            help="delete it: it is page furniture, not article text",
        )


def _partial_hits(text: str, lines: list[_Line]):
    """Chrome in part of a line: a site name pasted onto the headline, a button run after a
    paragraph's last sentence, raw HTML or an id inside a long line."""
    head = True  # the first lines, up to the first long one
    for idx, ln in enumerate(lines):
        line = ln.text
        head = head and idx < HEAD_LINES and len(line) <= 600 and ln.words <= MAX_HEAD_WORDS
        if ln.kind is not None:
            continue
        if head:
            if idx > 0:
                lone = LONE_SITE_RE.match(line)
                if lone and is_site_name(lone.group("site")):
                    yield _hit(ln.start, ln.end, line, "site name")
                    continue
            begin = site_suffix(line)
            if begin is not None:
                yield _hit(ln.start + begin, ln.end, line[begin:], "site name on the headline")
                continue
        # A label run after the last sentence of a prose line: "… on Thursday. Read more »". (Only
        # where the line's last word can end a phrase of the table.)
        lw = LAST_WORD_REVERSED_RE.match(line[: -61 : -1])  # read from the end
        if len(line) <= LONG_LINE and lw is not None and lw.group(1)[::-1].lower() in C.closing_words():
            tail = _last_sentence_end(line)
            if tail is not None:
                rest_raw = line[tail.end() :]
                if len(rest_raw) > 200 and len(normalize(rest_raw[:200]).split()) > 20:
                    run = None  # over 20 words: never a run
                else:
                    rest = normalize(rest_raw)
                    run = chrome_run(rest) if rest else None
                if run is not None and run[0] >= 1:
                    cut = tail.start() + 1
                    while line[cut] in "\"”’)":
                        cut += 1
                    yield _hit(ln.start + cut, ln.end, line[tail.end() :], "button or navigation label")
                    continue
        if line.endswith(END_MARK_ENDINGS):
            m = END_MARK_TAIL_RE.search(line)
            if m is not None:
                yield _hit(ln.start + m.start(), ln.end, m.group().strip(), "end mark")
                continue
        tag = C.distributor_tag(line)
        if tag is not None:
            s, e = tag
            yield _hit(ln.start + s, ln.start + e, line[s:e], "press-release distributor", " — " if 0 < s and e < len(line) else "")
            continue
        if ln.words > MAX_NOTICE_WORDS:
            found = C.debris(line)
            if len(found) >= 2:
                yield _hit(ln.start + found[0][0], ln.start + found[-1][1], line[found[0][0] : found[-1][1]], "raw HTML")
                continue
            ids = C.hex_ids(line[:80]) if HEX_START_RE.match(line) else None
            if ids and ids[0][0] == 0:
                s, e = ids[0]
                while e < len(line) and line[e] in " -–—|:":
                    e += 1
                yield _hit(ln.start, ln.start + e, line[:e], "image id")


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


def _hit(start: int, end: int, label: str, kind: str, replacement: str = "") -> Hit:
    shown = label.strip()
    if len(shown) > 40:
        shown = shown[:39] + "…"
    return Hit(
        start,
        end,
        f"Scraped page chrome ({kind}): {shown!r}",
        replacement=replacement,
        help="delete it: it is page furniture, not article text",
    )
