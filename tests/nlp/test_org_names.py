"""Organisation names: which capitalised names are organisations and how far they reach.

Sentences written for the purpose, one rule each."""

from __future__ import annotations

import pytest

from kg.nlp import Extractor
from tests.support.nlp_support import run


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Kenya and Ghana launched the Savanna Digital Partnership last week to train coders."),
    ("fr", "Le Kenya et le Ghana ont lancé le Partenariat Savane Numérique pour former des codeurs."),
])
def test_nlp_a_named_partnership_is_no_organisation(extractor: Extractor, language: str, text: str) -> None:
    extraction = run(extractor, text, language)
    assert not [e.name for e in extraction.entities
                if e.type.value == "Organization" and ("Partner" in e.name or "Partenariat" in e.name)]


@pytest.mark.parametrize(("text", "expected", "absent"), [
    ("The grant was signed with the University of Lagos, Ericsson and Nokia Foundation last spring.",
     {"org/ericsson", "org/university-of-lagos"}, ","),
    ("Training is run by Ericsson and Lagos Coding Academy for two hundred students.",
     {"org/ericsson", "org/lagos-coding-academy"}, " and "),
])
def test_nlp_a_known_organisation_in_a_list_is_a_name_of_its_own(extractor: Extractor, text: str,
                                                                 expected: set[str], absent: str) -> None:
    extraction = run(extractor, text, "en")
    assert expected <= {e.id for e in extraction.entities}
    assert not [e.name for e in extraction.entities if e.type.value == "Organization" and absent in e.name]


@pytest.mark.parametrize(("text", "expected"), [
    ("وقعت الإيسيسكو ومنظمة الأمم المتحدة للطفولة مذكرة تفاهم في مجال التعليم الرقمي.",
     {"Islamic World Educational, Scientific and Cultural Organization", "UNICEF"}),
    ("وأعلنت شركة أوجيرو عن شراكة مع جوجل كلاود لتطوير الحوسبة السحابية.", {"Ogero", "Google Cloud"}),
])
def test_nlp_known_organisations_are_found_by_their_arabic_names(extractor: Extractor, text: str,
                                                                 expected: set[str]) -> None:
    extraction = run(extractor, text, "ar")
    assert expected <= {e.name for e in extraction.entities if e.type.value == "Organization"}


def test_nlp_a_chamber_of_commerce_is_an_organisation(extractor: Extractor) -> None:
    extraction = run(extractor, "La Chambre de commerce et d'industrie de Toamasina a signé un protocole avec "
                                "le ministère du Numérique.", "fr")
    assert "Chambre de commerce et d'industrie de Toamasina" in {
        e.name for e in extraction.entities if e.type.value == "Organization"}


def test_nlp_a_joint_organisation_keeps_the_acronym_hyphened_to_its_name(extractor: Extractor) -> None:
    extraction = run(extractor, "Officials of the ASEAN-Korea Academy met in Seoul to plan new courses.", "en")
    names = {e.name for e in extraction.entities if e.type.value == "Organization"}
    assert "ASEAN-Korea Academy" in names
    assert "Korea Academy" not in names
