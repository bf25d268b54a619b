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
* a Creative Commons credit: "Jane Doe, CC BY-SA 4.0, via Wikimedia Commons", "(CC BY 2.0)".

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
MAX_LINE_WORDS = 40
MAX_FREE_WORDS = 6  # "Photo: Police spokeswoman", "Photo: courtesy of the family"
PARTICLE = r"(?:de|da|do|dos|del|della|di|van|von|der|den|ter|al|el|bin|ibn|le|la|du|y)"
# A name is taken whole (an atomic group): a credit never ends inside a name ("EFE/Juan" of
# "EFE/Juan Perez"), and the engine never tries the shorter names.
NAME = rf"(?>[A-Z][\w'’.-]{{0,30}}(?:[ ](?:{PARTICLE}[ ])?[A-Z][\w'’.-]{{0,30}}){{0,4}})"
HANDLE = r"(?:[Ii]nstagram|IG|[Tt]witter|X|[Ff]acebook|[Tt]ik[Tt]ok|[Yy]ou[Tt]ube|[Ww]eibo|[Tt]hreads)[ ]?/[ ]?@?[\w.]{2,40}(?<!\.)|@[\w.]{2,40}(?<!\.)"
SLASH = r"[ \u00a0]{0,2}/[ \u00a0]{0,2}"
SEP = rf"(?:{SLASH}|[ \u00a0]\|[ \u00a0])"
END = r"\.?[ \t\u00a0]*$"  # at the end of the line; credits take no final full stop (one is tolerated)
INLINE = r"(?=[ ]{1,2}[A-Z“\"‘])"  # or inside a paragraph, before the next sentence
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
CC = (
    r"(?<![\w-])(?:CC[ -]BY(?:-(?:SA|NC|ND)){0,3}(?:[ ]\d\.\d)?(?:[ ](?:International|Generic|Unported))?"
    r"|CC0(?:[ ]1\.0)?|Creative[ ]Commons[ ](?:Attribution|Zero|license|licence|BY)[\w -]{0,60}?\d\.\d)(?![\w])"
)


@lru_cache(maxsize=1)
def agencies() -> dict[str, str]:
    return {r["name"]: r["kind"] for r in tsv_records(DATA)}


def _alt(names) -> str:
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


@lru_cache(maxsize=1)
def _sources() -> dict[str, str]:
    every = _alt(agencies())
    photo = _alt(n for n, k in agencies().items() if k == "photo")
    agency = rf"(?:{every})(?![\w-])"
    item = rf"(?:{agency}|{HANDLE}|{NAME})"
    # A chain with an agency in it: "AFP", "Jane Doe / AFP", "picture alliance/dpa | Jane Doe".
    chain = rf"(?:{NAME}{SEP})?{agency}(?:{SEP}{item}){{0,3}}(?:[ ]{VIA}[ ]{agency})?"
    # Any credit after a label: an agency chain, names and handles, or a short description.
    credit = rf"(?:©[ ]?)?(?:\d{{4}}[ ])?(?:{chain}|{item}(?:{SEP}{item}){{0,3}})"
    free = r"[A-Za-z][A-Za-z' ’-]{0,60}"
    return {
        # "Photo: Reuters", "Photo: © AFP/Jane Doe", "Photo by Jane Doe/Reuters", "Credit: NASA",
        # "Photo: Police spokeswoman", "... | Photo: Agency"
        "label":
            rf"(?<![\w/-])(?:{LABEL}[ ]?[:：][ ]{{0,2}}(?:{credit}(?:{END}|{INLINE})|(?P<free>{free}){END})"
            rf"|{BY_LABEL}[ ]{credit}(?:{END}|{INLINE}))",
        # "Sergey Guneyev / AP", "Jane Doe/Sputnik/AFP", "Rosa Ko / Unsplash", "Jane Doe - staff, AP"
        "name-slash":
            rf"{START}(?:{NAME}{SEP}{chain}|{NAME}[ ][-–][ ]{ROLE}[ ]?[,/][ ]?{chain})(?:{END}|{INLINE})",
        # "AFP via Getty Images", "AFP by way of Getty Images", "Jane Doe via Reuters"
        "via": rf"{START}(?:{agency}|{NAME})[ ]{VIA}[ ]{agency}(?:{END}|{INLINE})",
        # "(Getty Images)", "(AP Photo/Jane Doe)", "(Photo: VNA)", "(photo by Jane Doe)", "(Xinhua/Li Ming)"
        "bracket":
            rf"\((?:[Pp]hotos?|PHOTO|[Ff]oto|[Ii]mages?|[Pp]icture|[Pp]hotograph)(?:[ ]?[:：][ ]?|[ ](?:by|credit|courtesy(?:[ ]of)?)[ ])[^()\n]{{1,60}}\)"
            rf"|\((?:(?:{photo})(?![\w-])(?:{SLASH}{NAME})?|(?:{every})(?![\w-]){SLASH}{NAME}|{NAME}{SLASH}{chain})\)(?:{END}|{INLINE})",
        # "© 2024 Maxar Technologies", "©Reuters", "© instagram/handle", "… in Bandung © Jane Doe"
        "copyright": rf"©[ ]?(?:\d{{4}}[ ])?(?:{chain}|{HANDLE}(?:{SEP}{item})?){END}|(?<=[\w,][ ])©[ ]?(?:\d{{4}}[ ])?{NAME}{END}",
        # "Jane Doe, CC BY-SA 4.0, via Wikimedia Commons", "(CC BY 2.0)"
        "cc": CC,
    }


KINDS = ("bracket", "label", "copyright", "cc", "name-slash", "via")


@lru_cache(maxsize=None)
def _pattern(kind: str) -> re.Pattern[str]:
    """One pattern, compiled on first need: the agency alternations make each cost 1-2 ms, and
    most articles hold no line any of them could match (see SCREENS)."""
    return re.compile(_sources()[kind], re.MULTILINE)


def patterns() -> list[tuple[str, re.Pattern[str]]]:
    return [(kind, _pattern(kind)) for kind in KINDS]


# What every match of a pattern must contain: the others are tried only on lines holding it.
# No match crosses a line break, and ``^``/``$`` behave at a line's edges as in the whole text.
SCREEN_WORDS = {
    "label": ("Photo", "Picture", "Image", "Credit", "Illustration", "Foto", "PHOTO", "IMAGE", "CREDIT", "FOTO", "photo", "Video"),
    "name-slash": ("/", "|", " - ", " – "),
    "via": (" via ", " through ", " thru ", " by way of ", " by means of ", " courtesy of "),
    "bracket": ("(",),
    "copyright": ("©",),
    "cc": ("CC", "Creative Commons"),
}
# The same screens as patterns, to find the lines holding one (check() asks the cheaper
# substring question first: most articles hold none of them for most kinds).
SCREENS = {kind: re.compile("|".join(map(re.escape, words))) for kind, words in SCREEN_WORDS.items()}
SENTENCE_END_RE = re.compile(r"[.!?][\"”’)]{0,2}[ ]+")


def _finditer(kind: str, pattern: re.Pattern[str], text: str):
    screen = SCREENS.get(kind)
    if screen is None:
        yield from pattern.finditer(text)
        return
    pos, n = 0, len(text)
    while pos <= n:
        hit = screen.search(text, pos)
        if hit is None:
            return
        lo = text.rfind("\n", pos, hit.start()) + 1 or pos
        hi = text.find("\n", hit.end())
        hi = n if hi < 0 else hi
        yield from pattern.finditer(text, lo, hi)
        pos = hi + 1


def _line_of(doc, offset: int) -> tuple[int, int]:
    line = doc.lines[doc.position(offset)[0] - 1]
    return line.start, line.end


def _short_line(doc, offset: int) -> bool:
    start, end = _line_of(doc, offset)
    return len(doc.text[start:end].split()) <= MAX_LINE_WORDS


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
        bad("The bridge was built in 1345. [[(photo by Marta Rossi)]] It reopened on Monday."),
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
    ],
)
def check(doc, options):
    text = doc.text
    seen: list[tuple[int, int]] = []
    for kind in KINDS:
        if not any(word in text for word in SCREEN_WORDS[kind]):
            continue  # no line can match: the pattern is not even compiled
        for m in _finditer(kind, _pattern(kind), text):
            start, end = m.start(), m.end()
            if kind == "label" and m.group("free") is not None and not _free_credit(m.group("free")):
                continue
            if kind == "cc":
                start, end = _cc_span(doc, text, m)
            while end > start and text[end - 1] in " \t\u00a0":
                end -= 1
            if end <= start or any(s < end and start < e for s, e in seen):
                continue
            if not _short_line(doc, start):
                continue
            seen.append((start, end))
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
