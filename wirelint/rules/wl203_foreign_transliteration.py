"""A Russian or Ukrainian name spelled by French, German, Spanish or Italian conventions:
"Choïgu" for Shoigu, "Poutine", "Navalnaïa", "Selenskyj", "Kiew".

Each language transliterates Cyrillic its own way (French writes ш as "ch" and й after a vowel as
"ï"; German writes в as "w" and ж as "sch"; Spanish writes х as "j"). Copy that went through one of
those languages and back keeps the foreign spelling, which English news (AP, Reuters, BBC) never
uses. The variants are generated from a table of newsmakers and places (newsmakers.tsv) by each
language's conventions and iuliia's French scheme (transliteration_variants.tsv); the fix is the
English spelling, safe when the variant belongs to one name only. The option ``house_spellings``
maps an English spelling to the house's own (``{"Zelenskyy": "Zelensky"}``).

Two further signals: an English spelling with a Spanish or Italian stress accent ("Medvédev"), and
a diaeresis (ï, ë, ÿ) inside a capitalised Slavic-looking name that the table does not know
("Andreïev"); names that really carry one (Zoë, Brontë, Citroën, Noël, Anaïs, Saïd…) are left alone.

Legacy English spellings of Ukrainian places ("Kiev", "Kharkov", "Lvov") are not foreign: they
are old English usage, legitimate in "Chicken Kiev", "Kievan Rus", "Dynamo Kiev", historical
references and quotations. By default (``legacy = "mixed"``) they are reported only when the same
article also uses the current spelling — inconsistent copy, so certainly an error — and never
inside quotations or fixed phrases. ``legacy = "always"`` reports them wherever they stand outside
those phrases; ``legacy = "never"`` turns the check off.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from wirelint.rule import Hit, bad, good, rule
from wirelint.rules import _names

LANGUAGE_NAMES = {"fr": "French", "de": "German", "es": "Spanish", "it": "Italian", "misspelling": "misspelt"}
# Capitalised words with a diaeresis that are real names or loanwords, not transliterations.
DIAERESIS_NAMES = frozenset(
    "zoë brontë citroën noël chloë moët boëthius naïve naïf anaïs loïc héloïse eloïse raphaël "
    "israël joël gaël maël ismaël michaël laëtitia staël jouët saïd aïcha aït naïma ismaïl "
    "haïti haïdar thaïs adélaïde gaëlle maëlle noëlle joëlle citroëns zaïre caïn abigaël "
    "mohammed-saïd coëtquidam plouër ploërmel".split()
)
SLAVIC_RE = re.compile(
    r"(?:ov|ev|ova|eva|ine|ina|ski|sky|skaïa|aïa|ïa|ïe|eï|oï|aï|enko|uk|ouk|itch|vitch|ïev|ïov|"
    r"ïenko|iï|yï)$|tch|ou|kh|zh|dj"
)
DIAERESIS = "ïëÿÏËŸ"
# Fixed phrases in which a legacy spelling is correct.
LEGACY_BEFORE = _names.LEGACY_BEFORE
LEGACY_AFTER = _names.LEGACY_AFTER


def _strip_stress(s: str) -> str:
    decomposed = unicodedata.normalize("NFD", s)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in "\u0301\u0300\u0302"))


def _word_at(text: str, i: int, step: int) -> str:
    """The word just before (step=-1) or after (step=1) position i, lowercase."""
    j = i
    if step < 0:
        j -= 1
        while j >= 0 and text[j] == " ":
            j -= 1
        k = j
        while k >= 0 and (text[k].isalpha() or text[k] in "'’"):
            k -= 1
        return text[k + 1 : j + 1].lower()
    while j < len(text) and text[j] == " ":
        j += 1
    k = j
    while k < len(text) and (text[k].isalpha() or text[k] in "'’"):
        k += 1
    return text[j:k].lower()


@rule(
    code="WL203",
    name="foreign-transliteration",
    category="names",
    severity="warning",
    summary="A Russian or Ukrainian name spelled by French, German, Spanish or Italian conventions",
    fix="safe",
    options={"house_spellings": {}, "legacy": "mixed"},
    examples=[
        bad("His predecessor, Sergei [[Choïgu]], is also on the trip.", fixed="His predecessor, Sergei Shoigu, is also on the trip."),
        bad("[[Poutine]] met [[Selenskyj]]'s envoys in [[Moscou]].", fixed="Putin met Zelenskyy's envoys in Moscow."),
        bad("Yulia [[Navalnaïa]] spoke in [[Kiew]] on Monday.", fixed="Yulia Navalnaya spoke in Kyiv on Monday."),
        bad("Yevgeny [[Prigojine]] and Sergei [[Lawrow]] were named.", fixed="Yevgeny Prigozhin and Sergei Lavrov were named."),
        bad("Dmitry [[Medvédev]] wrote on Telegram.", fixed="Dmitry Medvedev wrote on Telegram."),
        bad("President [[Zelenski]] thanked allies.", fixed="President Zelensky thanked allies.", house_spellings={"Zelenskyy": "Zelensky"}),
        bad("The mayor of Kyiv spoke after strikes on [[Kiev]] overnight.", fixed="The mayor of Kyiv spoke after strikes on Kyiv overnight."),
        bad("The general, Viktor [[Andreïev]], declined to comment."),
        good("Russian President Vladimir Putin and Ukraine's President Volodymyr Zelenskyy spoke in Kyiv."),
        good("Sergei Lavrov met Dmitry Peskov; Alexei Navalny's widow, Yulia Navalnaya, attended."),
        good("The menu offered Chicken Kiev, and the museum covers Kiev Rus; the 1990 summit in Kiev was short."),
        good("Zoë Brontë drove a Citroën to the Noël party with Chloë and Anaïs."),
        good("Odessa, Texas, is not Odesa; Chernobyl and Chornobyl are both English."),
        good("Strikes hit Kiev overnight, officials said.", legacy="never"),
    ],
)
def check(doc, options):
    text = doc.text
    if not text:
        return
    table = _names.variants()
    english = _names.english_names()
    house = dict(options.get("house_spellings") or {})
    legacy_mode = str(options.get("legacy", "mixed")).lower()
    tokens = _names.Tokens(text)
    present: dict[str, bool] = {}
    skip_until = -1
    for m in _candidates(text, tokens, table):
        start, word = m.start(), m.group()
        if start < skip_until or not word[0].isupper():
            continue
        found = None
        chain = tokens.chain(m, " ")
        for n in (3, 2, 1):
            if n > len(chain):
                continue
            phrase = text[start : chain[n - 1].end()]
            if phrase.endswith(("'s", "’s")):
                phrase = phrase[:-2]  # the possessive: "Selenskyj's"
            if phrase in table:
                found = (phrase, start + len(phrase), table[phrase])
                break
        if found is not None:
            phrase, end, entries = found
            targets = sorted({e for e, _ in entries})
            langs = sorted({l for _, ls in entries for l in ls})
            if langs == ["legacy"]:
                current = targets[0]
                if legacy_mode == "never" or doc.in_quote(start):
                    continue
                if _word_at(text, start, -1) in LEGACY_BEFORE or _word_at(text, end, 1) in LEGACY_AFTER:
                    continue
                if current not in present:
                    present[current] = tokens.occurs(current)
                if legacy_mode != "always" and not present[current]:
                    continue
                fix = house.get(current, current)
                skip_until = end
                yield Hit(start, end, f"Legacy spelling '{phrase}'; the article also writes '{current}'"
                          if present[current] else f"Legacy spelling '{phrase}' (current English: '{current}')",
                          replacement=fix, help=f"write '{fix}'")
                continue
            fixes = [house.get(t, t) for t in targets]
            lang = "/".join(LANGUAGE_NAMES.get(l, l) for l in langs if l != "legacy")
            skip_until = end
            yield Hit(
                start,
                end,
                f"{lang} transliteration '{phrase}'; English news writes '{' or '.join(fixes)}'",
                replacement=fixes[0],
                help=f"write '{fixes[0]}'",
                safe=None if len(fixes) == 1 else False,
                language=next((l for l in langs if l in ("fr", "de", "es", "it")), None),
            )
            continue
        # An English spelling with a Spanish or Italian stress accent: "Medvédev".
        if word.endswith(("'s", "’s")):
            word = word[:-2]
        plain = _strip_stress(word)
        if plain != word and plain in english:
            fix = house.get(english[plain], english[plain])
            yield Hit(start, start + len(word), f"Accented spelling '{word}'; English news writes '{fix}'",
                      replacement=fix, help=f"write '{fix}'")
            continue
        # A diaeresis inside a Slavic-looking name the table does not know.
        if any(c in DIAERESIS for c in word) and len(word) >= 4 and word.lower() not in DIAERESIS_NAMES:
            low = word.lower()
            if word.isupper() or not SLAVIC_RE.search(low):
                continue
            # A fix only when the English spelling is known: dropping the dots gives "Tchaikovski"
            # or "Serguei", which English copy does not write either (issue 17 item 3).
            plain = word.replace("ï", "i").replace("ë", "e").replace("ÿ", "y")
            fix = english.get(plain)
            fix = house.get(fix, fix) if fix else None
            yield Hit(start, start + len(word), f"Diaeresis in '{word}': French transliteration of a Slavic name?",
                      replacement=fix, help=f"write '{fix}'" if fix else "English copy writes such names without ï/ë "
                      "(e.g. Andreyev, not Andreïev); check the English spelling", safe=False, language="fr")


# --- finding the candidates ---------------------------------------------------------------------
# A finding starts at a capitalised token that begins a spelling of the table or holds a letter
# outside ASCII (an accent, a diaeresis). Both are found with C-level passes; every other token
# is skipped, and each candidate is then judged exactly as a pass over every token would.
CAP_RUN_RE = re.compile(r"[A-Z][a-z]*")
MAX_KEYS = 200


@lru_cache(maxsize=None)
def _variant_index():
    """The table's spellings that start with A-Z, by their first capitalised run of a-z."""
    index: dict[str, list[str]] = {}
    for key in _names.variants():
        m = CAP_RUN_RE.match(key)
        if m is not None:
            index.setdefault(m.group(), []).append(key)
    return {k: tuple(v) for k, v in index.items()}, frozenset(index)


def _candidates(text, tokens, table):
    """The tokens (matches, in order) where a finding may start."""
    index, runs = _variant_index()
    keys = [key for run in runs.intersection(CAP_RUN_RE.findall(text)) for key in index[run]]
    if len(keys) > MAX_KEYS:  # a text made of the table: read every token
        return [m for m in _names.TOKEN_RE.finditer(text) if m.group()[0].isupper()]
    offsets = set()
    for key in keys:
        offsets.update(_names.find_all(text, key))
    for x in _names.non_ascii_letter_starts(text):
        m = tokens.containing(x)
        if m is not None:
            offsets.add(m.start())
    out = []
    for p in sorted(offsets):
        m = tokens.at(p)
        if m is not None:
            out.append(m)
    return out
