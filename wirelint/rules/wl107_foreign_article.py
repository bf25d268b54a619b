"""A foreign definite article left in front of an English word or name: "“O Hamas does not
want…", "O Government does not have a plan", "Die Opposition", "Het Cabinet".

Portuguese ("o", "os"), German ("der", "die", "das") and Dutch ("het") articles are sometimes
left untranslated when the engine keeps the source's capitalised article at the start of a
sentence or a quotation; the English sentence then opens with a foreign word before its subject.
English has no such article: "O" survives only in a vocative ("O Canada", "O Lord").

Reported: one of those articles, capitalised, followed by a capitalised word that is English
(an ordinary word, or a name of the name data: a place, a newsmaker, a brand), or by a lowercase
English word where a sentence or a quotation opens ("“O team played"). Left alone:
names that carry the article (newspapers and parties: "O Globo", "Der Spiegel", "Die Welt",
"Die Linke", "Der Standard", "Das Boot"; any title after a cue such as "the daily" or "the
film"), vocatives ("O Canada", "O Holy Night"), "type O blood" and "O'Brien". The fix deletes
the article; it is unsafe.
"""

from __future__ import annotations

import re

from wirelint.rule import Hit, bad, good, rule
from wirelint.rules import _capitals, _names

ARTICLE_RE = re.compile(r"(?<![\w'’-])(O|Os|Der|Die|Das|Het) ([A-Za-z][a-z]+)(?![\w'’-])")
# Names that carry a foreign article, and vocatives.
NAMES = frozenset({
    "O Globo", "O Estado", "O Jogo", "O Dia", "O Tempo", "O Povo", "O Público", "Der Spiegel",
    "Der Standard", "Die Welt", "Die Zeit", "Die Presse", "Die Linke", "Die Grünen", "Das Erste",
    "Das Boot", "Das Kapital", "Die Hard", "Der Tagesspiegel", "Het Parool", "Het Nieuwsblad",
    "Het Laatste", "Die Antwoord", "Die Mannschaft",
})
VOCATIVE_AFTER = frozenset("Canada Lord God Holy Captain Come Little Christmas Tannenbaum Romeo Sole Death".split())


def _english(word: str) -> bool:
    low = word.lower()
    return (low in _capitals.lowercase_words() or _names.is_common(low) or low in _names.known_names_lower()
            or word in _names.english_names())


@rule(
    code="WL107",
    name="foreign-article",
    category="translation",
    severity="warning",
    summary="A Portuguese, German or Dutch article left before an English word",
    fix="unsafe",
    examples=[
        bad("“[[O ]]Government does not have a plan for housing,” the mayor said.",
            fixed="“Government does not have a plan for housing,” the mayor said."),
        bad("[[O ]]Hamas rejected the offer, the report said."),
        bad("In Berlin, [[Die ]]Opposition called for a vote."),
        bad("“[[O ]]team played with courage,” the coach said."),
        good("The newspaper O Globo and the weekly Der Spiegel reported it, as did Die Welt."),
        good("The crowd sang O Canada, and the choir sang O Holy Night."),
        good("He has type O blood, said Mr. O'Brien. Die Linke won seats; Der Standard said so."),
    ],
)
def check(doc, options):
    text = doc.text
    for m in ARTICLE_RE.finditer(text):
        article, word = m.group(1), m.group(2)
        if word[0].islower():
            # "“O team played": a lowercase word only where a sentence or quotation opens.
            k = m.start()
            while k > 0 and text[k - 1] == " ":
                k -= 1
            if not (k == 0 or text[k - 1] in "“\"‘\n" or (text[k - 1] == "." and k < m.start())):
                continue
        if f"{article} {word}" in NAMES or (article == "O" and word in VOCATIVE_AFTER):
            continue
        before = _names.word_before(text, m.start())
        if before in _capitals.TITLE_CUES:
            continue
        j = m.start()
        while j > 0 and text[j - 1] == " ":
            j -= 1
        if j > 0 and text[j - 1].isupper() and before and before[:1].isalpha():
            continue  # inside a capitalised name
        if not _english(word):
            continue
        yield Hit(m.start(1), m.start(2), f"Foreign article '{article}' left before '{word}'",
                  replacement="", help=f"delete '{article}'" if article != "O" else "delete the Portuguese article 'O'")
