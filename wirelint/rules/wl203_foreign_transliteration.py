"""A name spelled by another language's conventions: "Choïgu" for Shoigu, "Poutine",
"Navalnaïa", "Selenskyj", "Kiew", "Ławrow", "Netanyahou", "Sergueï"; and a Ukrainian person under
the Russian form of the first name ("Vladimir Zelensky").

Each language transliterates Cyrillic its own way (French writes ш as "ch" and й after a vowel as
"ï"; German writes в as "w" and ж as "sch"; Spanish writes х as "j"; Polish ш as "sz" and л as
"ł"; Czech ш as "š"), and French writes Arabic and Hebrew names its own way too (u as "ou", w as
"ou", sh as "ch": "Netanyahou", "Sinouar", "Raïssi", "Bachar"). Copy that went through one of
those languages and back keeps the foreign spelling, which English news (AP, Reuters, BBC) never
uses. The variants are generated from tables of newsmakers and places (newsmakers.tsv,
arabic_hebrew_names.tsv) and given names (given_names.tsv) by each language's conventions and
iuliia's French scheme (transliteration_variants.tsv, given_name_variants.tsv, built by
scripts/build_names_data.py), leaving out every spelling that English outlets print
("Zelensky", "Zelenskiy", "Dmitri", "Rublyov" are English, never foreign); the fix is the English
spelling, safe when the variant belongs to one name only. A given name by foreign conventions is
reported only before a known surname ("Andrej Rublyov"), or alone when it carries a diaeresis
("Sergueï"), or before a surname that looks Russian ("Dmitrij Sokolov", with an unsafe fix):
"Andrej", "Sergej" and "Jurij" are Czech, Slovak, Slovene and Serbian names in their own right
("Andrej Babiš"). A Ukrainian person named with the Russian form of the first name
("Vladimir Zelensky", "Dmitry Kuleba") is reported with the Ukrainian form the table gives for
that person; the spellings English news prints for each person are kept ("Vitali" and "Wladimir
Klitschko"). The option ``house_spellings``
maps an English spelling to the house's own (``{"Zelenskyy": "Zelensky"}``); the house
vocabulary's ``prefer`` table (``[tool.wirelint.vocabulary]``) feeds it too.

Two further signals: an English spelling with a Spanish or Italian stress accent ("Medvédev"), and
a diaeresis (ï, ë, ÿ) inside a capitalised Slavic-looking name that the table does not know
("Andreïev"); names that really carry one (Zoë, Brontë, Citroën, Noël, Anaïs, Saïd…) are left alone,
and the fix is offered only when the English spelling is known: dropping the dots gives
"Tchaikovski" or "Serguei", which English copy does not write either.

Legacy English spellings of Ukrainian places ("Kiev", "Kharkov", "Lvov") are not foreign: they
are old English usage, legitimate in "Chicken Kiev", "Kievan Rus", "Dynamo Kiev", historical
references and quotations. By default (``legacy = "mixed"``) they are reported only when the same
article also uses a current spelling — inconsistent copy, so certainly an error — and never
inside quotations or fixed phrases; the current spelling of another place counts too ("Kiev"
in an article that writes "Kharkiv" and "Zaporizhzhia"). ``legacy = "always"`` reports them
wherever they stand outside those phrases; ``legacy = "never"`` turns the check off.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from wirelint.rule import Hit, bad, good, rule
from wirelint.rules import _names

LANGUAGE_NAMES = {"fr": "French", "de": "German", "es": "Spanish", "it": "Italian", "pl": "Polish", "cs": "Czech",
                  "misspelling": "misspelt"}
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
    summary="A name spelled by French, German, Spanish, Italian, Polish or Czech conventions",
    fix="safe",
    options={"house_spellings": {}, "legacy": "mixed"},
    vocabulary="house_spellings",  # [vocabulary] prefer feeds it too (wirelint/vocabulary.py)
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
        bad("Power cuts hit Kharkiv, and in [[Kiev]] the metro stopped.", fixed="Power cuts hit Kharkiv, and in Kyiv the metro stopped."),
        bad("Foreign Minister [[Sergueï]] Lavrov met Pyotr [[Tchaïkovski]]'s heirs.",
            fixed="Foreign Minister Sergei Lavrov met Pyotr Tchaikovsky's heirs."),
        bad("[[Andrej]] Rublyov lost in three sets.", fixed="Andrei Rublyov lost in three sets."),
        bad("President [[Vladimir]] Zelensky thanked the allies.", fixed="President Volodymyr Zelensky thanked the allies."),
        bad("Prime Minister [[Netanyahou]] met [[Bachar]] al-Assad's envoy in [[Damas]].",
            fixed="Prime Minister Netanyahu met Bashar al-Assad's envoy in Damascus."),
        bad("Minister [[Ławrow]] and [[Šojgu]] spoke.", fixed="Minister Lavrov and Shoigu spoke."),
        good("Andrej Babiš met Sergej Milinković-Savić; Vitali and Wladimir Klitschko watched."),
        bad("The study was led by professor [[Dmitrij]] Sokolov in Novosibirsk.",
            fixed="The study was led by professor Dmitry Sokolov in Novosibirsk."),
        good("Vladimir Putin called Volodymyr Zelenskyy; Dmitri Peskov and Dmytro Kuleba spoke."),
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
                mixed = current if present[current] else _current_elsewhere(tokens, present)
                if legacy_mode != "always" and not mixed:
                    continue
                fix = house.get(current, current)
                skip_until = end
                if mixed == current:
                    message = f"Legacy spelling '{phrase}'; the article also writes '{current}'"
                elif mixed:
                    message = f"Legacy spelling '{phrase}'; the article writes current spellings such as '{mixed}'"
                else:
                    message = f"Legacy spelling '{phrase}' (current English: '{current}')"
                yield Hit(start, end, message, replacement=fix, help=f"write '{fix}'")
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
        # A given name by foreign conventions with a diaeresis: "Sergueï" (unmistakable alone).
        given_variants = _names.given_names()[0]
        if word in given_variants and any(c in DIAERESIS for c in word):
            fix = given_variants[word]
            yield Hit(start, start + len(word), f"French transliteration '{word}'; English news writes '{fix}'",
                      replacement=fix, help=f"write '{fix}'", language="fr")
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


    yield from _given_names(doc, text, tokens)


@lru_cache(maxsize=None)
def _current_places() -> tuple[str, ...]:
    """The current English spellings of the places whose old spelling is still seen (Kyiv,
    Kharkiv, Lviv...)."""
    return tuple(r["english"] for r in _names.newsmakers() if r.get("kind") == "place" and r.get("legacy"))


def _current_elsewhere(tokens, present: dict) -> str | None:
    """A current spelling of any such place in the article ("Kharkiv" beside "Kiev"): the copy
    follows the current convention, so an old spelling is a slip."""
    for name in _current_places():
        if name not in present:
            present[name] = tokens.occurs(name)
        if present[name]:
            return name
    return None


# --- given names --------------------------------------------------------------------------------
# Surnames that look Russian or Ukrainian: "Sokolov", "Ivanova", "Kowalenko", "Sokolow".
RUSSIAN_SURNAME_RE = re.compile(r"(?:[oe][vw]a?|in[a]?|sk(?:y|iy|ij|i|aya|aja)|enko|chuk|yuk|vich|vych|itsch)$")
GIVEN_RE = re.compile(r"[A-Z][^\W\d_]{2,20}(?= [A-Z])")


@lru_cache(maxsize=None)
def _people() -> tuple[dict[str, str], dict[str, frozenset[str]]]:
    """Surnames of the newsmakers (every English spelling and every variant -> the house
    spelling), and the given names English news prints for each Ukrainian person."""
    surnames: dict[str, str] = {}
    given: dict[str, frozenset[str]] = {}
    for row in _names.newsmakers():
        if row.get("kind") != "person":
            continue
        for sp in [row["english"], *_names.split_list(row.get("alternatives", ""))]:
            surnames.setdefault(sp, row["english"])
        if row.get("given"):
            given[row["english"]] = frozenset(_names.split_list(row["given"]))
    persons = set(surnames.values())
    for variant, entries in _names.variants().items():
        for english, _ in entries:
            if english in persons:
                surnames.setdefault(variant, english)
    return surnames, given


def _given_names(doc, text, tokens):
    """A given name before a known surname: by foreign conventions ("Andrej Rublyov"), or the
    Russian form for a Ukrainian person ("Vladimir Zelensky")."""
    variants, english_given, russian_of = _names.given_names()
    surnames, person_given = _people()
    words = set(GIVEN_RE.findall(text))
    wanted = words & (variants.keys() | english_given.keys())
    if not wanted:
        return
    for word in sorted(wanted):
        for p in _names.find_all(text, word):
            m = tokens.at(p)
            if m is None or m.group() != word:
                continue
            nxt = tokens.next_after(m, " ")
            if nxt is None:
                continue
            surname = nxt.group()
            if surname.endswith(("'s", "’s")):
                surname = surname[:-2]
            person = surnames.get(surname)
            if person is None:
                # Not a newsmaker: a foreign-convention given name before a Russian-looking
                # surname ("Dmitrij Sokolov") is reported, with an unsafe fix.
                if word in variants and RUSSIAN_SURNAME_RE.search(surname) and not any(c in DIAERESIS for c in word):
                    fix = variants[word]
                    yield Hit(p, p + len(word), f"Foreign transliteration of the given name '{word}'; English news "
                              f"writes '{fix}'", replacement=fix, help=f"write '{fix}'", safe=False)
                continue
            if word in person_given.get(person, ()):
                continue  # "Wladimir Klitschko": the spelling English news prints for him
            if word in variants and not any(c in DIAERESIS for c in word):
                fix = variants[word]
                accepted = person_given.get(person)
                if accepted and fix not in accepted:
                    ukrainian = [g for g in accepted if russian_of.get(g) == fix]
                    fix = ukrainian[0] if ukrainian else fix
                yield Hit(p, p + len(word), f"Foreign transliteration of the given name '{word}' before '{surname}'; "
                          f"English news writes '{fix}'", replacement=fix, help=f"write '{fix} {person}'")
                continue
            accepted = person_given.get(person)
            if not accepted or word in accepted:
                continue
            house = english_given.get(word, word)
            ukrainian = [g for g in sorted(accepted) if russian_of.get(g) == house]
            if not ukrainian:
                continue
            fix = ukrainian[0]
            yield Hit(p, p + len(word), f"Russian form of the given name '{word}' for a Ukrainian person; "
                      f"English news writes '{fix} {person}'", replacement=fix, help=f"write '{fix}'")


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
