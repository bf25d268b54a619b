"""A photo caption's credit pasted into the body text.

When a page is scraped, the caption under a picture comes along with the prose: "Putin and Xi in
Beijing on Thursday. Sergey Guneyev / AP". The credit ("Photographer / AGENCY", "Photo:
Reuters", "(Getty Images)", "AFP via Getty Images", "Photo by Jane Doe/Reuters", "Credit:
NASA") is not part of the article and shows that the copy was lifted from a web page.

Agency names live in ``data/photo_agencies.tsv``. Only the credit shapes are reported, and only at
the end of a short line or paragraph, where captions sit: a photographer's name and a slash
before an agency, a "Photo:"/"Credit:"/"Photo by" label, "… via Getty Images", a copyright
sign, or a picture agency in brackets. Agencies that also write the news are never reported on
their own, so prose such as "told the AP", "an AP reporter" or "(Reuters) —" in a dateline is
left alone. There is no automatic fix: the caption before the credit usually has to go too.
"""

from __future__ import annotations

import re
from functools import lru_cache

from wirelint.rule import Hit, bad, good, rule
from wirelint.rules._data import tsv_records

DATA = "photo_agencies.tsv"
MAX_LINE_WORDS = 40
NAME = r"[A-Z][\w'’.-]{0,30}(?:[ ](?:(?:de|da|del|van|von|der|al|el|bin|le|la)[ ])?[A-Z][\w'’.-]{0,30}){0,4}"
SLASH = r"[ \u00a0]{0,2}/[ \u00a0]{0,2}"
END = r"[ \t\u00a0]*$"  # at the end of the line; credits take no final full stop


@lru_cache(maxsize=1)
def agencies() -> dict[str, str]:
    return {r["name"]: r["kind"] for r in tsv_records(DATA)}


def _alt(names) -> str:
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


@lru_cache(maxsize=1)
def _sources() -> dict[str, str]:
    every = _alt(agencies())
    photo = _alt(n for n, k in agencies().items() if k == "photo")
    chain = rf"(?:{every})(?![\w-])(?:{SLASH}(?:{every})(?![\w-])){{0,3}}(?:[ ]via[ ](?:{every})(?![\w-]))?"
    start = r"(?:^|(?<=[.!?”\"’)][ ])|(?<=[.!?”\"’)][ ][ ]))"
    return {
        # "Photo: Reuters", "Photo by Jane Doe/Reuters", "Credit: NASA", "Photograph: Jane Doe"
        "label":
            rf"{start}(?:(?:Photo|Photograph|Picture|Image|Photo credit|Image credit|Credit)s?[ ]?:[ ]{{0,2}}"
            rf"|Photos?[ ]by[ ])(?:{NAME}(?:{SLASH}|[ ]for[ ]))?(?:{chain}|{NAME}){END}",
        # "Sergey Guneyev / AP", "Jane Doe/Sputnik/AFP", "Jane Doe / AFP via Getty Images"
        "name-slash": rf"{start}{NAME}{SLASH}{chain}{END}",
        # "AFP via Getty Images", "Bloomberg via Getty Images" on their own
        "via": rf"{start}(?:{every})(?![\w-])[ ]via[ ](?:{every})(?![\w-]){END}",
        # "(Getty Images)", "(AP Photo/Jane Doe)", "(Photo: Reuters)", "(Jane Doe / AFP)"
        "bracket":
            rf"\((?:(?:{photo})(?![\w-])(?:{SLASH}{NAME})?|(?:Photo|Credit|Image)[ ]?:[ ]?[^()\n]{{1,60}}|{NAME}{SLASH}{chain})\){END}",
        # "© 2024 Maxar Technologies", "©Reuters"
        "copyright": rf"©[ ]?(?:\d{{4}}[ ])?(?:{chain}|{NAME}){END}",
    }


KINDS = ("label", "name-slash", "via", "bracket", "copyright")


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
    "label": ("Photo", "Picture", "Image", "Credit"),
    "name-slash": ("/",),
    "via": (" via ",),
    "bracket": ("(",),
    "copyright": ("©",),
}
# The same screens as patterns, to find the lines holding one (check() asks the cheaper
# substring question first: most articles hold none of them for most kinds).
SCREENS = {kind: re.compile("|".join(map(re.escape, words))) for kind, words in SCREEN_WORDS.items()}


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


def _short_line(doc, offset: int) -> bool:
    line = doc.lines[doc.position(offset)[0] - 1]
    return len(doc.text[line.start : line.end].split()) <= MAX_LINE_WORDS


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
        good("The minister told the AP that talks would continue, and an AP reporter saw the convoy."),
        good("MOSCOW (Reuters) — Russia said on Thursday it had taken two villages."),
        good("HONG KONG (AP) — Officials said the ferry sank.\n\nThe story was reported by Reuters and AFP."),
        good("Sales rose, according to data from Getty Images and Shutterstock, the report said."),
        good("He used the AP/NORC poll.\n\nThe and/or question, she wrote on the AP Stylebook blog."),
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
