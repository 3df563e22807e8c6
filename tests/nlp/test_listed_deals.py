"""Deals listed one to a bullet under a sentence that tells of signing ("la signature de plusieurs accords :
• Santé : mémorandum d'entente sur …"): each bullet's deal is one of its own, with no article before it, even
two of the same kind, and the parties it is named after sign it (sentences written for the purpose)."""

from __future__ import annotations

import pytest

from kg.nlp import Extractor
from tests.support.nlp_support import relations, run

TEXTS = {
    "fr": "Le Premier ministre du Togo a été reçu lundi à Accra par le président du Ghana.\n"
          "La visite a donné lieu à la signature de plusieurs accords :\n"
          "• Santé : mémorandum d'entente sur la formation des infirmiers.\n"
          "• Énergie : mémorandum d'entente sur les réseaux électriques.\n"
          "• Commerce : convention de coopération pour les échanges agricoles.\n",
    "en": "The Prime Minister of Togo was received in Accra on Monday by the President of Ghana.\n"
          "The visit saw the signing of several agreements:\n"
          "• Health: memorandum of understanding on the training of nurses.\n"
          "• Energy: memorandum of understanding on power grids.\n"
          "• Trade: cooperation agreement for farm exports.\n",
}


@pytest.mark.parametrize("language", ["fr", "en"])
def test_listed_deals_one_agreement_per_bullet_signed_by_its_parties(extractor: Extractor, language: str) -> None:
    extraction = run(extractor, TEXTS[language], language)
    deals = {e.id for e in extraction.entities if e.type.value == "Agreement"}
    assert len(deals) == 3
    signed = relations(extraction)
    for deal in deals:
        assert {("signs", "country/gh", deal), ("signs", "country/tg", deal)} <= signed


def test_listed_deals_not_under_a_sentence_of_signing(extractor: Extractor) -> None:
    text = TEXTS["en"].replace("saw the signing of several agreements", "covered several fields")
    extraction = run(extractor, text, "en")
    assert not any(kind == "signs" for kind, _, _ in relations(extraction))


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Le ministre du Numérique du Togo et son homologue du Ghana ont signé lundi à Accra un protocole "
           "d'accord sur les données.\nLe protocole signé couvre plusieurs domaines :\n"
           "- Formation : l'accord prévoit des bourses pour les ingénieurs.\n"
           "- Sécurité : la protection des réseaux est un pilier de cet accord.\n"),
    ("en", "The digital ministers of Togo and Ghana signed a memorandum of understanding on data in Accra on "
           "Monday.\nThe signed memorandum covers several fields:\n"
           "- Training: the agreement provides grants for engineers.\n"
           "- Security: network protection is a pillar of this agreement.\n"),
])
def test_listed_deals_an_agreement_word_after_an_article_refers_back(extractor: Extractor, language: str,
                                                                     text: str) -> None:
    extraction = run(extractor, text, language)
    assert len([e for e in extraction.entities if e.type.value == "Agreement"]) == 1
