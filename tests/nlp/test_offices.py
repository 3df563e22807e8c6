"""Offices a title implies (kg/nlp/offices.py through the whole extractor): a head of state belongs to
the country's presidency; other presidents do not."""

from __future__ import annotations

import pytest

from kg.nlp import Extractor
from tests.support.nlp_support import named_facts


@pytest.fixture(scope="module")
def extractor():
    return Extractor()


def facts(extractor, text: str) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    """(person, body) of every memberOf and (body, country) of every partOf found in a French text."""
    found = named_facts(extractor, text, "fr", "memberOf", "partOf")
    return ({(s, o) for kind, s, o in found if kind == "memberOf"},
            {(s, o) for kind, s, o in found if kind == "partOf"})


@pytest.mark.parametrize(("text", "person", "body", "country"), [
    ("Le président de la République du Cameroun, Jean-Marc Ekambi, a reçu la délégation vendredi.",
     "Jean-Marc Ekambi", "Presidency of the Republic of Cameroon", "Cameroon"),
    ("Le président de la République française, Lucien Marchetti, a salué l'accord mardi.",
     "Lucien Marchetti", "Presidency of the French Republic", "France"),
])
def test_offices_a_head_of_state_belongs_to_the_presidency(extractor, text: str, person: str, body: str,
                                                           country: str) -> None:
    members, parts = facts(extractor, text)
    assert (person, body) in members
    assert (body, country) in parts


def test_offices_a_known_head_of_state_needs_no_country_in_the_title(extractor) -> None:
    members, _ = facts(extractor, "Le président Paul Kagame a ouvert le sommet numérique lundi.")
    assert ("Paul Kagame", "Presidency of the Republic of Rwanda") in members


@pytest.mark.parametrize("text", [
    "Le président de la Fédération camerounaise des start-up, Jean-Marc Ekambi, a reçu la délégation.",
    "Le vice-président camerounais, Jean-Marc Ekambi, a reçu la délégation vendredi.",
])
def test_offices_other_presidents_belong_to_no_presidency(extractor, text: str) -> None:
    members, _ = facts(extractor, text)
    assert not [body for _, body in members if body.startswith("Presidency")]


def test_offices_an_ambassador_without_a_host_serves_in_the_country_the_article_names(extractor) -> None:
    text = ("Le Bénin a reçu un don de matériel informatique. L'ambassadeur du Japon, Kenji Sato, a salué "
            "les progrès du Bénin dans le numérique.")
    members, parts = facts(extractor, text)
    assert ("Kenji Sato", "Embassy of Japan in Benin") in members
    assert ("Embassy of Japan in Benin", "Japan") in parts
