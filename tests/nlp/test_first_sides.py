""""The two sides" after a first cooperation between a state body and an organisation stands for those two, not
for the two countries the article names most (`SentenceRules.first_sides`); on sentences written for the
purpose."""

from __future__ import annotations

import pytest

from kg.nlp import Extractor
from tests.support.nlp_support import relations, run

MINISTRY = "body/ministry-of-information-communications-and-the-digital-economy"
OPENING = {
    "en": "Kenya's Ministry of ICT and Huawei agreed on Monday to work together on connectivity. A consultant from "
          "Ghana attended the meeting in Nairobi. Kenya is a regional hub. ",
    "fr": "Le ministère kényan des TIC et Huawei ont convenu lundi de coopérer dans la connectivité. Un consultant du "
          "Ghana assistait à la réunion à Nairobi. Le Kenya est un pôle régional. ",
}


@pytest.mark.parametrize(("language", "closing"), [
    ("en", "The two sides will also cooperate on cybersecurity."),
    ("fr", "Les deux parties vont aussi coopérer dans la cybersécurité."),
])
def test_first_sides_take_the_fields_of_the_two_sides(extractor: Extractor, language: str, closing: str) -> None:
    found = relations(run(extractor, OPENING[language] + closing, language))
    assert ("cooperatesOn", MINISTRY, "domain/cybersecurity") in found
    assert ("cooperatesOn", "org/huawei", "domain/cybersecurity") in found
    assert ("cooperatesOn", "country/gh", "domain/cybersecurity") not in found
    assert ("cooperatesWith", "country/gh", "country/ke") not in found


def test_first_sides_sign_for_the_two_sides(extractor: Extractor) -> None:
    text = OPENING["en"] + "The two sides signed a memorandum of understanding on cybersecurity."
    signers = {subject for kind, subject, _ in relations(run(extractor, text, "en")) if kind == "signs"}
    assert {MINISTRY, "org/huawei"} <= signers
    assert not signers & {"country/gh", "country/ke"}


def test_first_sides_two_countries_named_before_stay_the_two_countries(extractor: Extractor) -> None:
    text = ("Kenya and Ghana agreed on Monday to work together on connectivity. "
            "The two sides will also cooperate on cybersecurity.")
    found = relations(run(extractor, text, "en"))
    assert ("cooperatesOn", "country/gh", "domain/cybersecurity") in found
    assert ("cooperatesOn", "country/ke", "domain/cybersecurity") in found
