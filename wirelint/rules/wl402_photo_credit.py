"""A photo caption's credit pasted into the body text.

When a page is scraped, the caption under a picture comes along with the prose: "Putin and Xi in
Beijing on Thursday. Sergey Guneyev / AP". The credit is not part of the article and shows that
the copy was lifted from a web page. It comes in many forms:

* a photographer and an agency: "Sergey Guneyev / AP", "Jane Doe/Sputnik/AFP", "Rosa Ko /
  Unsplash", "Jane Doe - staff, AP", "picture alliance/dpa | Jane Doe";
* a label: "Photo: Reuters", "Photo: © AFP/Jane Doe", "Image: Jane Doe / Agency", "Photograph:
  Jane Doe", "Credit: NASA", "Photo by Jane Doe/Reuters", "Photo courtesy of the family", a
  trailing "| Photo: Agency", and after machine translation "Photo: Reproduction/Instagram"
  (Portuguese "Reprodução") or "Photo: Disclosure" ("Divulgação");
* brackets: "(Getty Images)", "(AP Photo/Jane Doe)", "(Photo: VNA)", "(photo by Jane Doe)",
  "(Xinhua/Li Ming)";
* a picture agency through "via" or a spun "via": "AFP via Getty Images", "AFP by way of Getty
  Images";
* a copyright sign: "© 2024 Maxar Technologies" after a caption, "© instagram/handle";
* a Creative Commons credit: "Jane Doe, CC BY-SA 4.0, via Wikimedia Commons", "(CC BY 2.0)" (the
  licence's short name, as credits print it).

Agencies, stock libraries and social platforms live in ``data/photo_agencies.tsv``. Only the credit
shapes are reported, and only in a short line or paragraph, at the end of a line (where captions
sit) or, for a credit that cannot be prose (a bracketed "Photo:", a name and an agency after a
sentence end, a copyright sign), inside the paragraph the caption was pasted into. Agencies that
also write the news and social platforms are never reported on their own, so prose such as
"told the AP", "an AP reporter", "(Reuters) —" in a dateline or "the AP/NORC poll" is left alone;
so are a copyright line of the page's footer ("© 2024 Harbour Media Group", WL401's) and AP's own
"FILE - …" captions, which the publisher prints. There is no automatic fix: the caption before
the credit usually has to go too.
"""

from __future__ import annotations

import re
from functools import lru_cache

from wirelint.rule import Hit, bad, good, rule
from wirelint.rules._data import tsv_records

DATA = "photo_agencies.tsv"
OFFICES = "photo_offices.tsv"
MAX_LINE_WORDS = 40
MAX_FREE_WORDS = 6  # "Photo: Police spokeswoman", "Photo: courtesy of the family"
PARTICLE = r"(?:de|da|do|dos|del|della|di|van|von|der|den|ter|al|el|bin|ibn|le|la|du|y)"
NAME = rf"[A-Z][\w'’.-]{{0,30}}(?:[ ](?:{PARTICLE}[ ])?[A-Z][\w'’.-]{{0,30}}){{0,4}}"
HANDLE = r"(?:[Ii]nstagram|IG|[Tt]witter|X|[Ff]acebook|[Tt]ik[Tt]ok|[Yy]ou[Tt]ube|[Ww]eibo|[Tt]hreads)[ ]?/[ ]?@?[\w.]{2,40}(?<!\.)|@[\w.]{2,40}(?<!\.)"
SLASH = r"[ \u00a0]{0,2}/[ \u00a0]{0,2}"
SEP = rf"(?:{SLASH}|[ \u00a0]\|[ \u00a0])"
END = r"\.?[ \t\u00a0]*$"  # at the end of the line; credits take no final full stop (one is tolerated)
# or inside a paragraph, before the next sentence: a capitalised word and a lower-case one (so a
# credit never ends inside a name: "EFE/Juan" of "EFE/Juan Perez)")
INLINE = r"(?=[ ]{1,2}[“\"‘]?[A-Z][\w'’-]*[ ][a-z])"
START = r"(?:^|(?<=[.!?”\"’)][ ])|(?<=[.!?”\"’)][ ][ ])|(?<=[ ]\|[ ]))"
VIA = r"(?:via|through|thru|by[ ]way[ ]of|by[ ]means[ ]of|courtesy[ ]of)"
ROLE = r"(?:staff|freelance|freelancer|contributor|stringer|pool|file|handout|special[ ]to[ ][\w ]{1,30})"
LABEL = (
    r"(?:Photo|Photos|Photograph|Photography|Picture|Pictures|Image|Images|Illustration|Foto|Fotos|Photo/Video"
    r"|Photo[ ]credit|Photo[ ]credits|Image[ ]credit|Image[ ]source|Photo[ ]source|Source[ ]photo|Picture[ ]source"
    r"|Credit|Credits|Cover[ ]photo|Main[ ]photo|Top[ ]photo|Archive[ ]photo|File[ ]photo|Illustrative[ ]photo"
    r"|PHOTO|PHOTOS|IMAGE|CREDIT|FOTO)"
)
BY_LABEL = r"(?:Photos?|Photograph|Photography|Pictures?|Images?|Video)[ ](?:by|courtesy[ ]of|via)"
CC = r"(?<![\w-])(?:CC[ -]BY(?:-(?:SA|NC|ND)){0,3}(?:[ ]\d\.\d)?(?:[ ](?:International|Generic|Unported))?|CC0(?:[ ]1\.0)?)(?![\w])"


@lru_cache(maxsize=1)
def agencies() -> dict[str, str]:
    return {r["name"]: r["kind"] for r in tsv_records(DATA)}


@lru_cache(maxsize=1)
def _item() -> str:
    """One credited name: a handle, a name in capitals, or one of the few agencies a name in
    capitals does not cover ("dpa", "picture alliance", "123RF"). The patterns hold no list of
    every agency (each copy of one costs milliseconds to compile, at every start): which
    segments must be agencies is checked on the matches (see _credited)."""
    odd = sorted((n for n in agencies() if "/" not in n and " via " not in n and not re.fullmatch(NAME, n)),
                 key=len, reverse=True)
    lower = "|".join(re.escape(n) for n in odd)
    return rf"(?:(?:{lower})(?![\w-])|{HANDLE}|{NAME})"


@lru_cache(maxsize=1)
def _sources() -> dict[str, str]:
    item = _item()
    joint = rf"(?:{SEP}|[ ]{VIA}[ ]|[ ]-[ ]{ROLE}[ ]?[,/][ ]?)"
    # Credited names joined by slashes, bars, "via" or a role: "Jane Doe / AFP via Getty Images",
    # "Jane Doe - staff, AP" (each copy of ``item`` costs a millisecond to compile: two per pattern).
    chain = rf"{item}(?:{joint}{item}){{0,4}}"
    free = r"[A-Za-z][A-Za-z' ’-]{0,60}"
    return {
        # "Photo: Reuters", "Photo: © AFP/Jane Doe", "Photo by Jane Doe/Reuters", "Credit: NASA",
        # "Photo: Police spokeswoman", "... | Photo: Agency"
        "label":
            rf"(?<![\w/-])(?:{LABEL}[ ]?[:：][ ]{{0,2}}|{BY_LABEL}[ ]|Image[ ]source,[ ]|(?:(?<![^\n])|(?<=[.!?][ ]))Courtesy[ ]of[ ])"
            rf"(?:(?P<labelled>(?:©[ ]?)?(?:\d{{4}}[ ])?{chain})(?:{END}|{INLINE})|(?P<free>{free}){END})",
        # "Sergey Guneyev / AP", "Jane Doe/Sputnik/AFP", "Rosa Ko / Unsplash", "Jane Doe - staff, AP"
        "name-slash": rf"{START}(?P<slash>{item}(?:{joint}{item}){{1,4}})(?:{END}|{INLINE})",
        # "AFP via Getty Images", "AFP by way of Getty Images", "Jane Doe via Reuters"
        "via": rf"{START}(?P<via>{item}[ ]{VIA}[ ]{item})(?:{END}|{INLINE})",
        # "(Getty Images)", "(AP Photo/Jane Doe)", "(Photo: VNA)", "(photo by Jane Doe)", "(Jane Doe photo)",
        # "(Xinhua/Li Ming)"
        "bracket":
            rf"\((?:[Pp]hotos?|PHOTO|[Ff]oto|[Ii]mages?|[Pp]icture|[Pp]hotograph)"
            rf"(?:(?:[ ]?[:：][ ]?|[ ](?:by|credit|courtesy(?:[ ]of)?)[ ])(?P<blabel>[^()\n]{{1,60}})|[ ](?P<bname>{NAME}))\)"
            rf"|\((?P<bnamefirst>{NAME})[ ](?:photo|Photo|photos|foto)\)"
            rf"|\((?P<bracket>{item}(?:{SEP}{item}){{0,2}})(?:,[ ]?[Ff]ile)?\)(?:{END}|{INLINE})",
        # "© 2024 Maxar Technologies", "©Reuters", "© instagram/handle", "… in Bandung © Jane Doe"
        "copyright": rf"©[ ]?(?:\d{{4}}[ ])?(?P<sign>{item}(?:{SEP}{item}){{0,3}}){END}",
        # "Jane Doe, CC BY-SA 4.0, via Wikimedia Commons", "(CC BY 2.0)"
        "cc": CC,
    }


VIA_RE = re.compile(rf"[ ]{VIA}[ ]")
SEGMENT_SPLIT_RE = re.compile(rf"{SLASH}|[ \u00a0]\|[ \u00a0]|[ ]{VIA}[ ]|[ ]-[ ]{ROLE}[ ]?[,/][ ]?")
HANDLE_RE = re.compile(HANDLE)


def _segments(s: str) -> list[str]:
    return [x.strip() for x in SEGMENT_SPLIT_RE.split(s)]


def _credited(m, text: str) -> bool:
    """Does a match name a credit, not just names? After a photographer's name, an agency must
    follow; through "via", an agency; in brackets alone, a picture agency, and with a name, any
    agency; after a copyright sign, an agency or a handle, or a caption before it. After a label
    ("Image: …"), anything but a person's name alone: an agency, an office, a handle, a copyright
    sign or a description; a name alone only when the line names an agency too ("Published by
    Xinhua News Agency (photo by Jane Doe)"). A publisher prints "Image: Jane Doe" under its
    own pictures (Wikinews does)."""
    known = agencies()
    group = m.lastgroup
    if group == "slash":
        return any(_agency(x, known) for x in _segments(m.group("slash"))[1:])
    if group == "via":
        return _agency(_segments(m.group("via"))[-1], known)
    if group == "bracket":
        segs = _segments(m.group("bracket"))
        if len(segs) == 1:
            return known.get(segs[0]) == "photo" or segs[0].endswith(" Photo")
        return any(_agency(x, known) for x in segs)
    if group == "sign":
        segs = _segments(m.group("sign"))
        if any(_agency(x, known) or HANDLE_RE.fullmatch(x) for x in segs):
            return True
        i = m.start()
        return i >= 2 and text[i - 1] == " " and (text[i - 2].isalnum() or text[i - 2] == ",")
    groups = m.groupdict()
    value = (groups.get("labelled") or groups.get("blabel") or groups.get("bname") or groups.get("bnamefirst")
             or groups.get("free"))
    if value is None:
        return True
    if "©" in value or "@" in value or " via " in value or any(_agency(x, known) or HANDLE_RE.fullmatch(x) for x in _segments(value)):
        return True
    offices = institution_words()
    if any(w in offices or w.capitalize() in offices for w in WORD_RE.findall(value)):
        return True  # "Photo: Police spokeswoman", "(Photo: courtesy of the family)"
    return _line_names_agency(text, m.start(), known)


def _agency(segment: str, known: dict[str, str]) -> bool:
    """An agency of the table, a name of the form "X Photo" ("AP Photo", "AFN Photo"), or a name
    that ends in an office word ("Northgate Press", "Harbour Images")."""
    if segment in known or (segment.endswith(" Photo") and len(segment) > 6):
        return True
    last = segment.rsplit(" ", 1)
    return len(last) == 2 and last[1] in institution_words() and last[0][:1].isupper()


WORD_RE = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def institution_words() -> frozenset[str]:
    return frozenset(r["name"] for r in tsv_records(OFFICES))


def _line_names_agency(text: str, at: int, known: dict[str, str]) -> bool:
    lo = text.rfind("\n", 0, at) + 1
    hi = text.find("\n", at)
    words = text[lo : at].split() if hi < 0 else text[lo:hi].split()
    words = [w.strip(".,;:()[]\"'“”") for w in words]
    for i in range(len(words)):
        for k in (1, 2, 3, 4):
            if " ".join(words[i : i + k]) in known:
                return True
    return False


KINDS = ("bracket", "label", "copyright", "cc", "name-slash", "via")


@lru_cache(maxsize=None)
def _pattern(kind: str) -> re.Pattern[str]:
    """One pattern, compiled on first need: the agency alternations make each cost 1-2 ms, and
    most articles hold no line any of them could match (see SCREEN_WORDS)."""
    return re.compile(_sources()[kind], re.MULTILINE)


def patterns() -> list[tuple[str, re.Pattern[str]]]:
    return [(kind, _pattern(kind)) for kind in KINDS]


# What every match of a pattern must contain: the others are tried only on lines holding it.
# No match crosses a line break, and ``^``/``$`` behave at a line's edges as in the whole text.
SCREEN_WORDS = {
    "label": (":", "：", " by ", " via ", "ourtesy", "source,"),
    "name-slash": ("/", "|", " - "),
    "via": (" via ", " through ", " thru ", " by ", "ourtesy"),
    "bracket": ("(",),
    "copyright": ("©",),
    "cc": ("CC",),
}
ALL_SCREEN_WORDS = tuple(dict.fromkeys(w for words in SCREEN_WORDS.values() for w in words))
# Where a match can start, found by scanning for a literal: the pattern is then tried only there
# (trying it at every character costs a look-behind or an alternation at each). For "name-slash"
# and "via" the start is the line's start or a capital after a sentence end or a " | ".
AFTER_BREAK = r"(?:[.!?”\"’)][ ]{1,2}|[ ]\|[ ])(?=[A-Z])"
STARTS = {
    "bracket": re.compile(r"\("),
    "copyright": re.compile("©"),
    "cc": re.compile(r"CC|Creative"),
    "label": re.compile(r"(?:Photo|Picture|Image|Illustration|Foto|Credit|Cover|Main|Top|Archive|File|Source|PHOTO|IMAGE"
                        r"|CREDIT|FOTO|Video|Courtesy)"),
    "name-slash": re.compile(AFTER_BREAK),
    "via": re.compile(AFTER_BREAK),
}
AT_END = {"name-slash", "via"}  # the candidate start is where the screen's match ends
SENTENCE_END_RE = re.compile(r"[.!?][\"”’)]{0,2}[ ]+")


def _finditer(kind: str, pattern: re.Pattern[str], text: str, max_words: int | None = None, first=None):
    """The pattern's matches, tried only on the lines a screen finds; with ``max_words``, not on
    a line of more words (where check() would drop every match: a paragraph, not a caption).
    ``first`` may give each screen word's first place in the text (check() finds them once)."""
    words = SCREEN_WORDS.get(kind)
    if words is None:
        yield from pattern.finditer(text)
        return
    # The next place of each screen word (str.find: far faster than one pattern of them all,
    # whose first characters include the space); each word's search only ever moves forward.
    nxt = {w: (first[w] if first is not None else text.find(w)) for w in words}
    pos, n = 0, len(text)
    while pos <= n:
        at, word = n + 1, ""
        for w, i in nxt.items():
            if 0 <= i < pos:
                i = nxt[w] = text.find(w, pos)
            if 0 <= i < at:
                at, word = i, w
        if at > n:
            return
        lo = text.rfind("\n", pos, at) + 1 or pos
        hi = text.find("\n", at + len(word))
        hi = n if hi < 0 else hi
        yield from _matches_in_line(kind, pattern, text, lo, hi, max_words)
        pos = hi + 1


def _too_long(text: str, lo: int, hi: int, max_words: int | None) -> bool:
    return max_words is not None and hi - lo >= max_words * 2 and len(text[lo:hi].split(None, max_words)) > max_words


def _matches_in_line(kind: str, pattern: re.Pattern[str], text: str, lo: int, hi: int, max_words: int | None = None):
    """``pattern.finditer(text, lo, hi)`` for a stretch with no line feed, trying the pattern only
    at the starts STARTS finds (every match starts at one of them); nothing on a line of more
    than ``max_words`` words (asked only once a start is found)."""
    if kind == "via" and VIA_RE.search(text, lo, hi) is None:
        return  # every match holds one of the words of VIA between spaces
    if text.find("\r", lo, hi) >= 0:
        if not _too_long(text, lo, hi, max_words):
            yield from pattern.finditer(text, lo, hi)  # "^" also holds after a carriage return
        return
    starts = STARTS[kind].finditer(text, lo, hi)
    at_end = kind in AT_END
    done = lo
    checked = False
    if at_end and lo < hi and "A" <= text[lo] <= "Z":
        checked = True
        if _too_long(text, lo, hi, max_words):
            return
        m = pattern.match(text, lo, hi)
        if m is not None:
            yield m
            done = m.end()
    for c in starts:
        p = c.end() if at_end else c.start()
        if p < done:
            continue
        if not checked:
            checked = True
            if _too_long(text, lo, hi, max_words):
                return
        m = pattern.match(text, p, hi)
        if m is not None:
            yield m
            done = m.end()


def _line_of(doc, offset: int) -> tuple[int, int]:
    line = doc.lines[doc.position(offset)[0] - 1]
    return line.start, line.end


def _short_line(doc, offset: int) -> bool:
    start, end = _line_of(doc, offset)
    return len(doc.text[start:end].split()) <= MAX_LINE_WORDS


# What follows a licence in a credit: the end of the line, a bracket, or ", via Wikimedia Commons".
CC_TAIL_RE = re.compile(r"[ \t]*(?:[.)\]]?[ \t]*(?:\n|$)|\)|,[ ]?via[ ])")


def _cc_span(doc, text: str, m) -> tuple[int, int]:
    """A Creative Commons credit from the start of its segment (the line's start, the end of the
    caption sentence before it, or an opening bracket) to the end of the line or bracket."""
    lo, hi = _line_of(doc, m.start())
    start = lo
    for s in SENTENCE_END_RE.finditer(text, lo, m.start()):
        start = s.end()
    op = text.rfind("(", start, m.start())
    if op >= 0 and text.find(")", m.end(), hi) >= 0:
        return op, text.find(")", m.end(), hi) + 1
    end = hi
    while end > m.end() and text[end - 1] in " \t\u00a0":
        end -= 1
    return start, end


@rule(
    code="WL402",
    name="photo-credit",
    category="boilerplate",
    severity="warning",
    summary="Photo caption credit pasted into the body text",
    examples=[
        bad("Putin and Xi in Beijing on Thursday. [[Sergey Guneyev / AP]]\n\nPutin arrived in the capital."),
        bad("Rescue workers search the rubble. [[Photo: Reuters]]\n\nThe quake struck at dawn."),
        bad("Soldiers near the front line. [[(Getty Images)]]\n\nThe offensive began in May."),
        bad("[[AFP via Getty Images]]\n\nPresident Emmanuel Macron in Paris."),
        bad("Protesters in the square. [[Photo by Jane Doe/Reuters]]\n\nThe crowd grew."),
        bad("The comet seen from orbit. [[Credit: NASA]]\n\nThe probe launched in 2022."),
        bad("Xi and Putin at the Kremlin. [[Mikhail Tereshchenko/Sputnik/AFP]]"),
        bad("Dockers at the port of Valencia on Sunday. [[Photo: © AFP/Jose Jordan]]\n\nThe strike ended."),
        bad("Dockers at the port of Valencia on Sunday | [[Photo: EFE]]\n\nThe strike ended."),
        bad("The old harbour at dusk\n[[Rosa Ko / Unsplash]]\n\nThe town has 3,000 inhabitants."),
        bad("The bridge was built in 1345. [[(photo by Marta Rossi/ANSA)]] It reopened on Monday."),
        bad("Workers at the plant. Released by Xinhua News Agency [[(photo by Li Ming)]]\n\nOutput rose."),
        bad("Workers at the plant. Released by Xinhua [[(Li Ming photo)]]\n\nOutput rose."),
        bad("The mayor visits the site on Monday. [[Photo: Press office]]\n\nWork began in May."),
        bad("The singer at a concert in Jakarta [[© instagram/rina.ayu]]\n\nThe song was released on Friday."),
        bad("The harbour of Cadaqués. [[Jane Doe, CC BY-SA 4.0, via Wikimedia Commons]]\n\nThe town is small."),
        bad("Protesters in the square. [[AFP by way of Getty Images]]\n\nThe crowd grew."),
        bad("Workers at the plant in Ulsan. [[Kim Min-jun - staff, Yonhap]]\n\nOutput rose 4%."),
        bad("The minister in Hanoi on Monday. [[(Photo: VNA)]]\n\nThe meeting lasted three hours."),
        good("The minister told the AP that talks would continue, and an AP reporter saw the convoy."),
        good("MOSCOW (Reuters) — Russia said on Thursday it had taken two villages."),
        good("HONG KONG (AP) — Officials said the ferry sank.\n\nThe story was reported by Reuters and AFP."),
        good("Sales rose, according to data from Getty Images and Shutterstock, the report said."),
        good("He used the AP/NORC poll.\n\nThe and/or question, she wrote on the AP Stylebook blog."),
        good("The talks ended on Thursday.\n\n© 2024 Harbour Media Group"),
        good("FILE - Dockers walk past containers at the port of Valencia, Spain, on May 4, 2023."),
        good("The photo: a crowd in the square, the minister said, showed the scale of the protest."),
        good("She posted the picture on Instagram, where it was shared 4,000 times through Facebook and X."),
        good("The code is licensed under a Creative Commons license, the foundation said on Monday."),
        good("The procession passes the cathedral. Image: Jane Doe.\n\nThe feast ends on Sunday."),
    ],
)
def check(doc, options):
    text = doc.text
    seen: dict[int, list[tuple[int, int]]] = {}  # by line: no match crosses a line break
    first = {w: text.find(w) for w in ALL_SCREEN_WORDS}
    for kind in KINDS:
        if all(first[w] < 0 for w in SCREEN_WORDS[kind]):
            continue  # no line can match: the pattern is not even compiled
        for m in _finditer(kind, _pattern(kind), text, MAX_LINE_WORDS, first):
            start, end = m.start(), m.end()
            if kind == "label" and m.group("free") is not None and not _free_credit(m.group("free")):
                continue
            if not _credited(m, text):
                continue
            if kind == "cc":
                if not CC_TAIL_RE.match(text, m.end()):
                    continue  # the licence named in a sentence ("CC BY-SA of other assets"), not a credit
                start, end = _cc_span(doc, text, m)
            while end > start and text[end - 1] in " \t\u00a0":
                end -= 1
            if end <= start:
                continue
            taken = seen.setdefault(doc.position(start)[0], [])
            if any(s < end and start < e for s, e in taken) or not _short_line(doc, start):
                continue
            taken.append((start, end))
            yield Hit(
                start,
                end,
                f"Photo credit in the body text: {text[start:end]!r}",
                help="delete the caption and its credit: they are page furniture, not article text",
            )


def _free_credit(value: str) -> bool:
    """A label's value that is no name: a short description ("Police spokeswoman"), not a
    sentence."""
    words = value.split()
    return 0 < len(words) <= MAX_FREE_WORDS
