"""Organs of unions of states named after the union ("Commission de l'UA", "Secretariat of the OECD"):
organisations, not state bodies; the known ones under their canonical names. Sentences written for
the purpose."""

from __future__ import annotations

import pytest

from kg.nlp import Extractor
from tests.support.nlp_support import run


def _typed(extractor: Extractor, text: str, language: str) -> set[tuple[str, str]]:
    return {(e.type.value, e.name) for e in run(extractor, text, language).entities}


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("fr", "La Commission de l'UA organisera le forum à Addis-Abeba en mai.",
     ("Organization", "African Union Commission")),
    ("fr", "La Commission de l’Uemoa a présenté son programme numérique aux États membres.",
     ("Organization", "Commission of the West African Economic and Monetary Union")),
    ("en", "The Secretariat of the OECD met the Polish delegation in Paris on Monday.",
     ("Organization", "Secretariat of the OECD")),
    ("fr", "Le Conseil des ministres de la SADC se réunira en août à Luanda.",
     ("Organization", "Conseil des ministres de la SADC")),
])
def test_an_organ_of_a_union_of_states_is_an_organisation(extractor, language, text, expected) -> None:
    found = _typed(extractor, text, language)
    assert expected in found
    assert not any(kind == "GovernmentBody" for kind, _ in found)


def test_a_state_body_named_after_its_country_stays_a_state_body(extractor) -> None:
    found = _typed(extractor, "La Commission de la Communication du Sénégal a publié son rapport.", "fr")
    assert not any(kind == "Organization" for kind, _ in found)


@pytest.mark.parametrize(("language", "text", "name"), [
    ("en", "The Northern News Agency reported the visit of the delegation on Monday.", "Northern News Agency"),
    ("fr", "Selon l'Agence de presse du Sahel, la délégation est arrivée lundi.", "Agence de presse du Sahel"),
])
def test_a_news_agency_is_an_organisation(extractor, language, text, name) -> None:
    assert ("Organization", name) in _typed(extractor, text, language)


@pytest.mark.parametrize(("text", "expected"), [
    ("The European Union Agency for Deep Sea Mapping signed a memorandum with Kenya on Monday.",
     ("Organization", "European Union Agency for Deep Sea Mapping")),
    ("The United Nations Office of Digital Records opened a centre in Nairobi.",
     ("Organization", "United Nations Office of Digital Records")),
])
def test_a_body_named_after_an_organisation_it_opens_with_is_an_organisation(extractor, text, expected) -> None:
    found = _typed(extractor, text, "en")
    assert expected in found
    assert not any(kind == "GovernmentBody" for kind, _ in found)


def test_an_organ_whose_complement_opens_with_an_organisation_is_an_organisation(extractor) -> None:
    text = "La Commission des Nations Unies pour la Science et la Technologie se réunit à Genève."
    found = _typed(extractor, text, "fr")
    assert ("Organization", "Commission des Nations Unies pour la Science et la Technologie") in found
    assert not any(kind == "GovernmentBody" for kind, _ in found)
