"""A full stop followed by a lower-case word: a leftover alternative or a sentence broken in two.

Translation engines offer several renderings of an ambiguous word, and copy pasted out of their
interface sometimes keeps two of them side by side ("before heading inside for talks. interviews."
for French *entretiens*). Round trips also drop a stray full stop into the middle of a phrase and
leave the rest of the sentence in lower case ("peace and politics. security at King's College",
"she said. at NBC News."). English copy never starts a sentence in lower case, so a lower-case
word after a sentence-ending full stop is the signal:

* one to three words that end the sentence or the paragraph, and do not start with a function
  word, are a leftover alternative — certain when the data table knows them as alternatives of
  the word before the full stop (``data/leftover_alternatives.tsv``), and then an unsafe fix
  deletes them;
* any other lower-case continuation is a sentence broken by a stray full stop (no fix: the editor
  must rebuild the phrase).

Left alone: abbreviations ("U.S. officials", "Feb. 2022", "3 p.m. local time", "No. 2", "vs. the",
"Inc. and", "Corp. said", "etc. and", "approx."), initials, decimals, list numbers, ellipses,
URLs, e-mail addresses, handles and domain names, lower-case brand names (iPhone, eBay, iOS),
surname particles ("de Klerk"), a quoted fragment opening after the stop, question and exclamation
marks (headlines and lists legitimately continue in lower case after them), stops inside a closed
quotation (posts and transcripts quoted verbatim), and the head, byline and page chrome of a
scraped article.
"""

from __future__ import annotations

import re
from functools import lru_cache

from wirelint.rule import Hit, bad, good, rule
from wirelint.rules._data import tsv_records

# A full stop (not part of an ellipsis) then horizontal or line-break white space, then a
# letter that is not an ASCII capital (check() keeps the lower-case ones). The token before the
# stop is examined separately. The dot comes first so the scan jumps from full stop to full stop.
STOP_RE = re.compile(r"\.(?<![.…]\.)(?![.…])[ \t\u00a0\r\n]{1,8}(?=[^\W\d_A-Z])")
WORD_BEFORE_RE = re.compile(r"[\w@/:#.’'&-]{1,60}$")
TOKEN_RE = re.compile(r"[^\s]{1,200}")
WORD_RE = re.compile(r"[^\W\d_][\w’'-]*")
PREV_RE = re.compile(r"\w[\w’'-]*")
# The end of the fragment: the next sentence-ending mark, or the end of the paragraph.
END_RE = re.compile(r"[.!?…]")

# Abbreviations that end with a full stop, compared case-insensitively ("etc.", "vs.").
ABBREV_ANY_CASE = frozenset(
    "etc vs v cf approx ca al e.g i.e viz incl excl esp fig figs vol vols pp p no nos op ed eds "
    "trans est dept min max misc tel ext ref refs sq ft yd mi km kg lb lbs oz pt pts hr hrs sec "
    "mo yr yrs jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri "
    "sat sun".split()
)
# Abbreviations compared as written: titles, company forms and U.S. state abbreviations
# ("Corp. said", "Gen. mark", "Boston, Mass. officials").
ABBREV_EXACT = frozenset(
    "Mr Mrs Ms Messrs Dr Prof Gen Lt Col Sgt Cpl Pvt Capt Cmdr Cdr Adm Maj Brig Sen Rep Reps Gov "
    "Rev Fr Sr Jr Hon Pres Supt Insp Det Amb Atty St Ste Mt Ft Inc Corp Co Cos Ltd Bros Assn Univ "
    "Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo Mont "
    "Neb Nev Okla Ore Pa Penn Tenn Tex Vt Va Wash Wis Wyo Ave Blvd Rd Hwy Apt Bldg Esq Mme Mlle Msgr "
    "Spc Pfc Gens Sens Govs Dist Twp Intl Natl Assoc Mfg Ret".split()
)
# Units abbreviated after a number ("6 in. long", "5 ft. tall").
UNITS = frozenset("in ft yd mi oz lb lbs pt qt gal sq cu hr hrs min sec".split())
# Words that open a continuation, not an alternative rendering of the word before the stop.
FUNCTION_WORDS = frozenset(
    "a an the this that these those at in on of to for from with by about as into onto over under "
    "after before during between among against without within through across toward towards "
    "and or but nor so yet if because while although though when where which who whom whose what "
    "he she it they we i you him her them us his its their our my your is are was were be been "
    "has have had do does did will would can could should may might must not than then also "
    "according said says told".split()
)
# Surname particles that stay lower case at the start of a sentence ("de Klerk said").
PARTICLES = frozenset("de del della di da dos das du van von der den ter la le bin ibn al el".split())
SKIP_ZONES = frozenset({"head", "headline", "dateline", "byline", "chrome"})


@lru_cache(maxsize=1)
def _alternatives() -> frozenset[tuple[str, str]]:
    pairs = set()
    for rec in tsv_records("leftover_alternatives.tsv"):
        a, b = rec["word"].lower(), rec["alternative"].lower()
        pairs.add((a, b))
        pairs.add((b, a))
    return frozenset(pairs)


def _is_abbreviation(token: str) -> bool:
    """``token`` is the text just before the full stop, without it."""
    core = token.lstrip("([{\"“‘'")
    if not core:
        return True
    if "." in core or "@" in core or "/" in core or ":" in core:
        return True  # U.S., a.m., e.g., Ph.D, example.com, an address or URL before the stop
    if len(core) == 1:
        return True  # an initial: "J. smith" is a name, not a fragment
    if re.fullmatch(r"[ivxlcdm]{1,6}|[IVXLCDM]{1,6}", core):
        return True  # "Chapter IV.", "(ii."
    if core in ABBREV_EXACT or core.lower() in ABBREV_ANY_CASE:
        return True
    return False


def _is_unit(text: str, token_start: int, token: str) -> bool:
    if token.lower() not in UNITS:
        return False
    before = text[max(0, token_start - 12) : token_start].rstrip()
    return bool(before) and before[-1].isdigit()


def _next_is_exempt(text: str, i: int, end: int) -> bool:
    """Is the lower-case token at ``i`` something English legitimately writes that way?"""
    m = TOKEN_RE.match(text, i, end)
    token = m.group() if m else ""
    bare = token.rstrip(".,;:!?)”’\"'")
    if any(c in bare for c in "@/#.") or bare.startswith("www"):
        return True  # example.com, user@example.org, a path or URL
    if any(c.isupper() for c in bare[1:]):
        return True  # iPhone, eBay, iOS, mRNA
    if len(bare) >= 4 and not bare.isalpha() and text.count(bare) >= 3:
        return True  # a name written in lowercase on purpose, all through the text: "youtube-dl"
    word = WORD_RE.match(bare)
    if word and word.group().lower() in PARTICLES:
        after = text[i + len(token) : i + len(token) + 2].lstrip()
        if after[:1].isupper() or "-" in bare:
            return True  # "de Klerk", "al-Assad"
    return False


def _paragraph_spans(doc):
    for para in doc.paragraphs:
        yield para.start, para.end


@rule(
    code="WL102",
    name="leftover-fragment",
    category="translation",
    severity="warning",
    summary="Lower-case fragment after a full stop (leftover alternative or broken sentence)",
    fix="unsafe",
    examples=[
        bad(
            "He shook hands with Xi before heading inside for [[talks. interviews.]]",
            fixed="He shook hands with Xi before heading inside for talks.",
        ),
        bad(
            "said Natasha Kuhrt, lecturer in international peace and [[politics. security]] at King’s College London."
        ),
        bad("“That in itself is a kind of deterrent,” she [[said. at NBC News.]]"),
        bad(
            "The ministers signed the [[agreement. accord.]] Talks resume on Monday.",
            fixed="The ministers signed the agreement. Talks resume on Monday.",
        ),
        bad("Rescue teams reached the village on [[Sunday. the]] road had been cut by floods for a week."),
        bad("He said the [[talks. interviews.]] went well.", fixed="He said the talks went well."),
        bad("The drones struck [[Iran. the strikes. attacks.]] have stopped since then."),
        good("U.S. officials said the talks would resume. Interviews with both delegations followed."),
        good("The invasion began in Feb. 2022 and the strike came at 3 p.m. local time on Jan. 6."),
        good("The No. 2 official, who spoke vs. the odds, joined Acme Inc. and Widget Corp. said nothing."),
        good("They brought tents, food, blankets etc. and returned approx. two hours later."),
        good("She posted on example.com. iPhone sales fell. eBay listings rose. iOS 18 shipped."),
        good("He said ... and then left. George W. bush-era rules were cited, as was J. doe."),
        good("Contact press@example.org. @newsdesk replied. www.example.com has the report."),
        good("Why now? because the vote is near. Result: a draw. F. W. de Klerk. de Klerk spoke."),
        good("The forecast is 2.5 percent. She quoted him: “no deal.” “never,” he replied."),
        good("The board posted “thanks all. see you monday.” on its account, 6 in. of snow fell."),
    ],
)
def check(doc, options):
    text = doc.text
    for para_start, para_end in _paragraph_spans(doc):
        # One defect, one finding: a chain of stray stops ("Iran. the strikes. attacks. have")
        # gives overlapping spans, merged here into one finding with no fix.
        pending: Hit | None = None
        for hit in _paragraph_hits(doc, text, para_start, para_end):
            if pending is not None and (hit.start < pending.end or not text[pending.end : hit.start].strip()):
                pending = Hit(
                    pending.start,
                    max(pending.end, hit.end),
                    "Sentence broken by stray full stops: several lower-case fragments in a row",
                    help="remove the stray full stops and rebuild the phrase",
                )
                continue
            if pending is not None:
                yield pending
            pending = hit
        if pending is not None:
            yield pending


def _paragraph_hits(doc, text: str, para_start: int, para_end: int):
    alternatives = _alternatives()
    skip_until = -1
    for m in STOP_RE.finditer(text, para_start, para_end):
        dot = m.start()
        nxt = m.end()
        if dot < skip_until:
            continue
        if nxt >= para_end or not text[nxt].islower():
            continue
        if doc.zone_at(dot) in SKIP_ZONES:
            continue
        before = WORD_BEFORE_RE.search(text, max(para_start, dot - 60), dot)
        if not before or _is_abbreviation(before.group()) or _is_unit(text, before.start(), before.group()):
            continue
        if before.group().isdigit() and not text[max(para_start, before.start() - 80) : before.start()].rpartition("\n")[2].strip():
            continue  # a numbered list: "1. the first item"
        quote = doc.quote_at(dot)
        if quote is not None and quote.closed:
            continue  # quoted posts and transcripts keep their own casing ("lol. no.")
        if _next_is_exempt(text, nxt, para_end):
            continue
        # The word before the stop (for the span and the alternatives table).
        prev_words = list(PREV_RE.finditer(text, before.start(), dot))
        if not prev_words:
            continue
        prev = prev_words[-1]
        # The fragment: up to the next sentence-ending mark or the paragraph's end.
        end_m = END_RE.search(text, nxt, para_end)
        frag_end = end_m.end() if end_m else para_end
        # Closing quotes or brackets after the fragment's full stop belong to it.
        while frag_end < para_end and text[frag_end] in "”’\")]":
            frag_end += 1
        fragment = text[nxt:frag_end]
        words = WORD_RE.findall(fragment)
        if not words:
            continue
        closes = end_m is None or text[end_m.start()] in ".!?…"
        first = words[0].lower()
        if 1 <= len(words) <= 3 and closes and first not in FUNCTION_WORDS:
            certain = (prev.group().lower(), first) in alternatives
            reason = (
                f"“{words[0]}” is an alternative rendering of “{prev.group()}”"
                if certain
                else "one to three lower-case words after a full stop"
            )
            replacement = text[prev.start() : dot + 1] if certain else None
            # "the talks. interviews. went well.": the sentence goes on in lower case after the
            # alternative, so both stops go ("the talks went well."), and that is one finding.
            rest = frag_end
            while rest < para_end and text[rest] in " \t":
                rest += 1
            continues = (
                end_m is not None and text[end_m.start()] == "." and frag_end == end_m.end()
                and rest > frag_end and rest < para_end and text[rest].islower()
            )
            if continues:
                replacement = text[prev.start() : dot] if certain else None
                skip_until = frag_end
            yield Hit(
                prev.start(),
                frag_end,
                f"Leftover alternative translation: {reason}",
                # Deleting is only offered when the table knows the pair.
                replacement=replacement,
                help="keep one rendering and delete the other",
            )
            continue
        if len(words) <= 3:
            span_end = frag_end
        else:
            first_m = WORD_RE.search(text, nxt, frag_end)
            span_end = first_m.end() if first_m else frag_end
        yield Hit(
            prev.start(),
            span_end,
            "Sentence broken by a stray full stop: it continues in lower case",
            help="remove the stray full stop and rebuild the phrase",
        )
