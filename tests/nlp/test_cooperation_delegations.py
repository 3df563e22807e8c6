"""A delegation received (kg/nlp/cooperation.py, received_delegation): the guest's country partners the host's,
on sentences written for the purpose."""

from __future__ import annotations

import pytest

from kg.nlp import Extractor
from tests.support.nlp_support import partner_pairs, relations, run


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Le ministre ghanéen du Numérique a reçu lundi à Accra une délégation togolaise venue étudier "
           "l'expérience du Ghana en matière de cybersécurité."),
    ("fr", "Le Ghana accueille cette semaine une délégation de cinq experts du Togo pour s'inspirer de son "
           "expérience dans la cybersécurité."),
    ("en", "Ghana's digital minister received a delegation from Togo in Accra on Monday to learn from Ghana's "
           "experience in cybersecurity."),
])
def test_cooperation_the_delegation_s_country_partners_the_host_s(extractor: Extractor, language: str,
                                                                   text: str) -> None:
    found = relations(run(extractor, text, language))
    assert ("cooperatesWith", "country/gh", "country/tg") in found or \
        ("cooperatesWith", "country/tg", "country/gh") in found
    assert ("cooperatesOn", "country/tg", "domain/cybersecurity") in found


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Le ministre ghanéen du Numérique a reçu lundi une délégation du groupe américain Microsoft."),
    ("fr", "Le ministre ghanéen du Numérique a reçu lundi une délégation de la société indienne Infosys."),
])
def test_cooperation_a_company_s_delegation_does_not_make_its_home_a_partner(extractor: Extractor, language: str,
                                                                            text: str) -> None:
    pairs = partner_pairs(extractor, text, language)
    assert frozenset(("country/gh", "country/us")) not in pairs
    assert frozenset(("country/gh", "country/in")) not in pairs


def test_cooperation_two_delegations_received_each_partner_the_host(extractor: Extractor) -> None:
    text = ("Le ministre ghanéen du Numérique a reçu mardi deux délégations : celle du Togo, conduite par son "
            "ministre, et celle d'une banque.")
    assert frozenset(("country/gh", "country/tg")) in partner_pairs(extractor, text, "fr")


def test_cooperation_closer_coordination_of_our_two_countries_is_a_cooperation(extractor: Extractor) -> None:
    text = ("Le Pérou et le Chili se sont réunis lundi à Lima. Une coordination accrue des actions de "
            "nos deux pays sera assurée en matière de cybersécurité.")
    found = relations(run(extractor, text, "fr"))
    assert ("cooperatesOn", "country/pe", "domain/cybersecurity") in found
    assert ("cooperatesOn", "country/cl", "domain/cybersecurity") in found


@pytest.mark.parametrize("text", [
    "La rencontre visait à partager l'expérience du Ghana en matière de cybersécurité avec le Togo.",
    "Le Ghana a accepté de partager son expertise en cybersécurité avec le Togo.",
])
def test_cooperation_sharing_one_side_s_experience_is_a_cooperation(extractor: Extractor, text: str) -> None:
    assert frozenset(("country/gh", "country/tg")) in partner_pairs(extractor, text, "fr")
