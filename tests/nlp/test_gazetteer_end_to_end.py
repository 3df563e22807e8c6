"""Known names through the whole extractor: organisations and places the lexicon knows, and domain words.

One rule each, found wanting on held-out articles, on sentences written for the purpose."""

from __future__ import annotations

import pytest

from kg.nlp import Extractor
from tests.support.nlp_support import ids, relations, run


@pytest.mark.parametrize(("text", "expected"), [
    ("The EU-Japan Digital Partnership Council met in Tokyo.", {"org/european-union", "country/jp"}),
    ("The US-Morocco dialogue on cybersecurity resumed on Monday.", {"country/us", "country/ma"}),
])
def test_nlp_acronym_joined_to_a_known_name_is_kept(extractor: Extractor, text: str, expected: set[str]) -> None:
    assert expected <= ids(run(extractor, text, "en"))


@pytest.mark.parametrize(("language", "text", "org", "absent"), [
    ("fr", "La coopération s'appuie sur la Commission de l'océan Indien (COI), basée à Ebène.",
     "org/indian-ocean-commission", "country/in"),
    ("en", "The Intergovernmental Authority on Development (IGAD) backed the cable.",
     "org/intergovernmental-authority-on-development", "body/intergovernmental-authority-on-development"),
])
def test_nlp_regional_organisations_are_organisations(extractor: Extractor, language: str, text: str,
                                                     org: str, absent: str) -> None:
    found = ids(run(extractor, text, language))
    assert org in found
    assert absent not in found


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Les câbles sous-marins de l'océan Indien relient les îles."),
    ("en", "Submarine cables across the Indian Ocean link the islands to Southeast Asia."),
])
def test_nlp_country_word_inside_a_region_is_not_the_country(extractor: Extractor, language: str,
                                                             text: str) -> None:
    found = ids(run(extractor, text, language))
    assert "country/in" not in found
    assert not [i for i in found if i.startswith("place/")]


def test_nlp_known_organisation_then_where_it_acts_is_that_organisation(extractor: Extractor) -> None:
    text = "La vice-présidente de la Banque mondiale pour la RDC, Amina Diallo-Keita, est arrivée mardi."
    extraction = run(extractor, text, "fr")
    assert "org/world-bank" in ids(extraction)
    assert ("memberOf", "person/amina-diallo-keita", "org/world-bank") in relations(extraction)


@pytest.mark.parametrize(("language", "text", "domain"), [
    ("en", "The fund backs start-up founders and moves government data to cloud servers abroad.",
     "domain/startups-and-entrepreneurship"),
    ("en", "The fund backs start-up founders and moves government data to cloud servers abroad.",
     "domain/cloud-and-data-infrastructure"),
    ("fr", "Le pays attire les fournisseurs de cloud et les fondateurs de startups.",
     "domain/cloud-and-data-infrastructure"),
])
def test_nlp_domain_word_describing_people_or_things_is_no_field(extractor: Extractor, language: str,
                                                                 text: str, domain: str) -> None:
    assert domain not in ids(run(extractor, text, language))


def test_nlp_domain_word_as_a_field_is_kept(extractor: Extractor) -> None:
    text = "Both countries will cooperate on cloud computing and support start-ups."
    assert {"domain/cloud-and-data-infrastructure", "domain/startups-and-entrepreneurship"} <= \
        ids(run(extractor, text, "en"))


@pytest.mark.parametrize(("language", "text", "body"), [
    ("fr", "La Banque centrale de Madagascar et la Banque de Maurice ont signé une lettre d'intention.",
     "body/banque-de-maurice"),
    ("en", "The Bank of Ghana will supervise the new payment switch.", "body/bank-of-ghana"),
    ("en", "She visited the Economic Development Board in Port Louis.", "body/economic-development-board"),
    ("en", "The State Bank of Pakistan will supervise the new payment switch.", "body/state-bank-of-pakistan"),
    ("en", "The new payment switch will be supervised by Bank Negara Malaysia.", "body/bank-negara-malaysia"),
])
def test_nlp_national_banks_and_boards_are_state_bodies(extractor: Extractor, language: str, text: str,
                                                        body: str) -> None:
    assert body in ids(run(extractor, text, language))


def test_nlp_continental_adjectives_are_not_places(extractor: Extractor) -> None:
    text = "The plant will sell chips to European carmakers from Penang."
    assert not [i for i in ids(run(extractor, text, "en")) if i == "place/european"]


@pytest.mark.parametrize(("language", "text", "country", "city"), [
    ("fr", "L'Agence française de développement a signé un nouvel engagement avec Kigali pour le numérique.",
     "country/rw", "place/kigali"),
    ("en", "The minister said talks with Nairobi on data centres would go on.", "country/ke", "place/nairobi"),
])
def test_nlp_a_capital_after_with_is_its_state(extractor: Extractor, language: str, text: str, country: str,
                                               city: str) -> None:
    found = ids(run(extractor, text, language))
    assert country in found
    assert city not in found



@pytest.mark.parametrize(("text", "place", "country"), [
    ("NAIROBI: Kenya's ICT Authority and Microsoft signed a deal on Monday.", "place/nairobi", None),
    ("ABU DHABI: France and Senegal on Tuesday signed a partnership on AI, the minister told AFP.",
     "place/abu-dhabi", "country/ae"),
])
def test_nlp_a_dateline_city_is_a_place_not_its_government(extractor: Extractor, text: str, place: str,
                                                            country: str | None) -> None:
    """The city a report is filed from, in capitals before a colon, is a place: it does not act for
    its government."""
    found = ids(run(extractor, text, "en"))
    assert place in found
    if country:
        assert country not in found


def test_nlp_a_head_of_government_known_by_surname(extractor: Extractor) -> None:
    """"PM Modi": a leader the reference data knows by surname is that person, who can meet others."""
    text = "The deal emerged from the bilateral meeting between PM Modi and his Ghanaian counterpart Kwame Asante."
    extraction = run(extractor, text, "en")
    assert ("meets", "person/kwame-asante", "person/narendra-modi") in relations(extraction)


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Chile signed an energy memorandum with Washington State, after talks in California."),
    ("fr", "Le Chili a signé un mémorandum avec l'État de Washington, après des entretiens en Californie."),
])
def test_nlp_states_of_the_united_states_are_places(extractor: Extractor, language: str, text: str) -> None:
    found = ids(run(extractor, text, language))
    assert {"place/washington-state", "place/california"} <= found
    assert "place/washington" not in found


def test_nlp_payment_connectivity_is_a_payments_field(extractor: Extractor) -> None:
    text = "The two central banks will cooperate on cross-border payment connectivity and their payment systems."
    found = ids(run(extractor, text, "en"))
    assert "domain/fintech-and-digital-payments" in found
    assert "domain/telecommunications-and-connectivity" not in found


def test_nlp_a_bank_named_after_its_country_is_a_company(extractor: Extractor) -> None:
    text = "The Mauritius Commercial Bank will finance the new payment switch."
    assert "org/mauritius-commercial-bank" in ids(run(extractor, text, "en"))


@pytest.mark.parametrize(("text", "org", "absent"), [
    ("Le Ghana a signé lundi un accord avec l'Organisation internationale pour les migrations (OIM) à Accra.",
     "org/international-organization-for-migration", "org/organisation-internationale-pour-les-migrations"),
    ("Le directeur de l'Agence internationale de l'énergie (AIE) a reçu le ministre ghanéen à Paris.",
     "org/international-energy-agency", "body/agence-internationale-de-l-energie"),
    ("Le conseil d'administration de l'Union panafricaine des postes (UPAP) se réunira à Accra.",
     "org/pan-african-postal-union", "org/universal-postal-union"),
])
def test_nlp_international_organisations_written_in_french(extractor: Extractor, text: str, org: str,
                                                          absent: str) -> None:
    found = ids(run(extractor, text, "fr"))
    assert org in found
    assert absent not in found
