"""Names written right after a title with its nationality and portfolio (kg/nlp/people.py), and the
country's known ministry a shortened title stands for (kg/nlp/qualify.py), through the extractor."""

from __future__ import annotations

import pytest

from kg.nlp import Extractor
from tests.support.nlp_support import named_facts


def members(extractor: Extractor, text: str, language: str) -> set[tuple[str, str]]:
    return {(s, o) for _, s, o in named_facts(extractor, text, language, "memberOf")}


def test_titled_a_name_after_nationality_and_portfolio(extractor) -> None:
    text = "Le ministre gabonais de l'Économie numérique Jean Le Gall a annoncé mardi un accord avec le Japon."
    assert ("Jean Le Gall", "Ministry of Digital Economy of Gabon") in members(extractor, text, "fr")


def test_titled_a_lower_case_portfolio_then_nationality(extractor) -> None:
    text = ("Reçu lundi par le ministre du numérique rd-congolais Paul Mba, le délégué général a présenté "
            "le projet de centre de données.")
    assert ("Paul Mba", "Ministry of Digital Affairs of the Democratic Republic of the Congo") \
        in members(extractor, text, "fr")


@pytest.mark.parametrize(("text", "language"), [
    ("Le ministre français de l'Économie Jean Le Gall a signé mardi un accord avec le Japon.", "fr"),
    ("French Finance Minister Jean Le Gall signed an agreement with Japan on Tuesday.", "en"),
])
def test_titled_one_portfolio_of_a_known_ministry_is_that_ministry(extractor, text: str, language: str) -> None:
    assert ("Jean Le Gall", "Ministry of the Economy and Finance") in members(extractor, text, language)


def test_titled_a_person_from_a_known_organisation(extractor) -> None:
    text = ("The talks were led by Ingrid Halvorsen from the European Commission and by the Kenyan delegation. "
            "Ingrid Halvorsen said the partnership covers data centres.")
    assert ("Ingrid Halvorsen", "European Commission") in members(extractor, text, "en")


def test_titled_a_minister_of_a_ministry_named_in_its_former_words(extractor) -> None:
    text = ("Le ministre de la transition numérique, de l'innovation et de la modernisation de l'administration, "
            "Ahmed Salem, a reçu lundi l'ambassadrice d'Allemagne en Mauritanie, Anna Weber. Le ministère de la "
            "transition numérique, de l'innovation et de la modernisation de l'administration a publié un communiqué.")
    name = "Ministry of Digital Transformation, Innovation and Modernisation of the Administration"
    assert ("Ahmed Salem", name) in members(extractor, text, "fr")


def test_titled_a_korean_minister_of_strategy_and_finance(extractor) -> None:
    text = ("Kim Min-su, ministre sud-coréen de la Stratégie et des Finances, a signé mardi un accord avec "
            "la Banque africaine de développement.")
    assert ("Kim Min-su", "Ministry of Economy and Finance of South Korea") in members(extractor, text, "fr")


def test_titled_an_ambassador_to_a_country_then_the_name(extractor) -> None:
    text = ("Minister of Information Technology Peter Otieno met on Thursday with Italian Ambassador to Kenya "
            "Marco Rossi and discussed cyber security.")
    assert ("Marco Rossi", "Embassy of Italy in Kenya") in members(extractor, text, "en")


def test_titled_an_unnamed_ambassador_still_implies_the_embassy(extractor) -> None:
    text = ("La signature de l'accord a eu lieu mardi à Cotonou en présence de l'ambassadeur du Japon près "
            "le Bénin. Le Japon financera un centre de données.")
    found = named_facts(extractor, text, "fr", "partOf")
    assert ("partOf", "Embassy of Japan in Benin", "Japan") in found


def test_titled_a_company_s_vp_before_the_name(extractor) -> None:
    text = "The cable will reach Fiji in 2026, Google Cloud's VP for network infrastructure Jane Roe said on Monday."
    assert ("Jane Roe", "Google Cloud") in members(extractor, text, "en")
