"""Centres and institutes of a state, and bodies of several states: the head word alone does not tell."""

from __future__ import annotations

from kg.nlp import Extractor
from tests.support.nlp_support import run


def typed(extractor: Extractor, text: str, language: str) -> dict[str, str]:
    return {e.name: e.type.value for e in run(extractor, text, language).entities
            if e.type.value in ("GovernmentBody", "Organization")}


def test_a_centre_named_by_a_demonym_is_a_state_body(extractor) -> None:
    found = typed(extractor, "The Latvian Data Exchange Centre opened a new office in Riga on Monday.", "en")
    assert found.get("Latvian Data Exchange Centre") == "GovernmentBody"


def test_a_national_institute_is_a_state_body_but_a_research_one_is_not(extractor) -> None:
    text = ("Kenya's National Cyber Defence Institute and the Nairobi Research Institute for Robotics "
            "held a workshop on Tuesday.")
    found = typed(extractor, text, "en")
    assert found.get("National Cyber Defence Institute") == "GovernmentBody"
    assert found.get("Nairobi Research Institute for Robotics") != "GovernmentBody"


def test_a_french_institute_named_by_a_demonym_is_a_state_body(extractor) -> None:
    text = "L'Institut gabonais des données publiques a signé mardi une convention avec une entreprise locale."
    found = typed(extractor, text, "fr")
    assert found.get("Institut gabonais des données publiques") == "GovernmentBody"


def test_a_council_of_two_countries_is_an_organisation(extractor) -> None:
    text = "The Omani-Kuwaiti Coordination Council met in Muscat on Sunday to review joint projects."
    found = typed(extractor, text, "en")
    assert found.get("Omani-Kuwaiti Coordination Council") == "Organization"
    assert "GovernmentBody" not in found.values()


def test_a_council_named_by_a_continent_is_an_organisation(extractor) -> None:
    text = "Le Conseil africain des régulateurs numériques a tenu sa session lundi à Dakar."
    found = typed(extractor, text, "fr")
    assert any(name.startswith("Conseil africain") and kind == "Organization" for name, kind in found.items())
    assert "GovernmentBody" not in found.values()


def test_a_council_named_by_an_organisation_acronym_is_the_organisation_s(extractor) -> None:
    text = "The ITU Council approved the new budget of the union in Geneva on Friday."
    found = typed(extractor, text, "en")
    assert found.get("ITU Council") == "Organization"
    assert "GovernmentBody" not in found.values()
