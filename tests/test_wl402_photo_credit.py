"""WL402: seed defects found with no false positive, silent on the clean corpus,
robust on adversarial input, and behaviour beyond the rule's examples."""

from __future__ import annotations

import pytest
from corpora import assert_seed, seed, spans

from wirelint.document import Document
from wirelint.rules.wl402_photo_credit import check


def test_seed():
    assert_seed(check, ['S09'])


def test_seed_credit_span_exact():
    text, _ = seed()
    assert spans(check, text) == [(4711, 4730)]


def test_credit_inside_long_paragraph_left_alone():
    long = "The minister spoke for an hour about the war and the economy and the elections " * 3
    text = long + "and thanked the crowd. Jane Doe / AP"
    assert check.run(Document(text)) == []


@pytest.mark.parametrize("text", [
    "He told the AP. She told AFP.",
    "Data: Reuters/Ipsos poll shows support rising, the poll said.",
    "The AP / NORC survey found rising concern.",
])
def test_prose_left_alone(text):
    assert check.run(Document(text)) == []



@pytest.mark.parametrize("text, credit", [
    ("The singer on stage in Bandung last year © instagram/rina.sings", "© instagram/rina.sings"),
    ("Officers at the scene on Sunday.\nPhoto: Police press office", "Photo: Police press office"),
    ("Demonstrators outside the parliament in Madrid. (Photo: Ana Ruiz via .)", "(Photo: Ana Ruiz via .)"),
    ("Workers assemble batteries in Ningde. Released by Xinhua News Agency (photo by Wang Li)", "(photo by Wang Li)"),
    ("The prime minister chairs the meeting in Hanoi. (Photo: VNA)", "(Photo: VNA)"),
    ("The defendant will appear at the county court next month. Photograph: Street View | Google", "Photograph: Street View | Google"),
    ("The old town of Frigiliana\nRosa Ko / Unsplash", "Rosa Ko / Unsplash"),
    ("A trader watches prices in Istanbul.\nAhmet Kaya - staff, AP", "Ahmet Kaya - staff, AP"),
    ("Rescuers search the rubble. Jane Doe / Reuters Officials said 40 people died.", "Jane Doe / Reuters"),
    ("Flames over the refinery. AFP through Getty Images", "AFP through Getty Images"),
    ("Ships at anchor off Gibraltar | Photo: EFE", "Photo: EFE"),
    ("The bridge at dusk. Image: Marco Bianchi / ANSA", "Image: Marco Bianchi / ANSA"),
    ("Coffee beans on a farm in Minas Gerais. Photo: Reproduction/Instagram", "Photo: Reproduction/Instagram"),
    ("The lighthouse at Cabo de Gata. Jane Doe, CC BY-SA 4.0, via Wikimedia Commons", "Jane Doe, CC BY-SA 4.0, via Wikimedia Commons"),
    ("A heron in the delta (CC BY 2.0)", "(CC BY 2.0)"),
    ("Traders in Frankfurt. Image: picture alliance/dpa | Jane Doe", "Image: picture alliance/dpa | Jane Doe"),
])
def test_each_form_of_credit(text, credit):
    hits = [text[h.start : h.end] for h in check.run(Document(text))]
    assert any(credit in h or h in credit for h in hits), hits


@pytest.mark.parametrize("text", [
    "FILE - A seller serves a customer at a gold shop in Istanbul, Turkey, on Feb. 3, 2022.",
    "© 2025 Harbour Media Group",
    "The AP / NORC poll and the Reuters/Ipsos survey both found rising concern.",
    "Follow the coverage through Facebook, Instagram and X, the ministry said.",
    "The photo was posted on Instagram by Jane Doe / the family, who asked for privacy.",
    "CAIRO (AP) — Egypt's pound fell again on Monday.",
    "Picture this: a port without dockers.",
    "Credit: the ministry said it would extend loans to farmers through the end of the year.",
    "The procession passes the cathedral. Image: Jane Doe.",
    "The home side led at the break, 12 points to 10. (Image: Jane Doe)",
    "The winners on the podium in Oslo. Photo by Jane Doe",
])
def test_near_credits_left_alone(text):
    assert [text[h.start : h.end] for h in check.run(Document(text))] == []
