"""Names built from patterns through the whole extractor: bodies, ministries, companies, policies, acronyms.

One rule each, found wanting on held-out articles, on sentences written for the purpose."""

from __future__ import annotations

import pytest

from kg.nlp import Extractor
from tests.support.nlp_support import ids, relations, run


@pytest.mark.parametrize(("text", "expected", "absent_word"), [
    ("Le gouvernement de la République démocratique du Congo et la Banque mondiale ont signé un accord.",
     {"country/cd", "org/world-bank"}, " et "),
    ("Le projet associe l'Université de Lomé et l'Université de Kara à la formation des ingénieurs.",
     {"org/universite-de-lome", "org/universite-de-kara"}, " et "),
])
def test_nlp_two_names_joined_by_a_coordinator_stay_two(extractor: Extractor, text: str, expected: set[str],
                                                       absent_word: str) -> None:
    extraction = run(extractor, text, "fr")
    assert expected <= ids(extraction)
    assert not [e.name for e in extraction.entities if absent_word in e.name]


def test_nlp_acronym_inside_a_hyphenated_name_is_not_an_entity(extractor: Extractor) -> None:
    found = ids(run(extractor, "A joint exercise will involve CERT Polska and Ukraine's CERT-UA next year.", "en"))
    assert "org/african-union" not in found


@pytest.mark.parametrize(("language", "text", "company", "absent"), [
    ("fr", "Le directeur général de Huawei Togo, Zhang Wei, a signé le texte.", "org/huawei-togo", "org/huawei"),
    ("fr", "Les opérateurs Vodacom Congo et Orange RDC partageront leurs pylônes.", "org/vodacom-congo",
     "org/vodacom"),
    ("en", "The new cable will be run by Djibouti Telecom and Ethio Telecom.", "org/djibouti-telecom",
     "country/dj"),
])
def test_nlp_local_companies_keep_their_country_in_the_name(extractor: Extractor, language: str, text: str,
                                                            company: str, absent: str) -> None:
    found = ids(run(extractor, text, language))
    assert company in found
    assert absent not in found


def test_nlp_an_organisation_then_a_country_demonym_stays_apart(extractor: Extractor) -> None:
    found = ids(run(extractor, "Huawei signed a deal with the Togolese government.", "en"))
    assert {"org/huawei", "country/tg"} <= found


@pytest.mark.parametrize(("text", "body"), [
    ("Le projet sera exécuté par le ministère des Postes, Télécommunications et Numérique à Kinshasa.",
     "body/ministry-of-posts-telecommunications-and-digital-affairs"),
    ("Il a été reçu par le ministre de l'Économie nationale, Patrice Nsimba Lukusa.",
     "body/ministry-of-national-economy"),
])
def test_nlp_ministries_keep_every_portfolio(extractor: Extractor, text: str, body: str) -> None:
    assert body in ids(run(extractor, text, "fr"))


def test_nlp_a_name_stops_before_and_plus_a_known_organisation(extractor: Extractor) -> None:
    found = ids(run(extractor, "The network is shared by Ethio Telecom and Safaricom Ethiopia since May.", "en"))
    assert {"org/ethio-telecom", "org/safaricom-ethiopia"} <= found
    assert not [i for i in found if "-and-" in i]


@pytest.mark.parametrize(("language", "text", "policy"), [
    ("en", "The memorandum will help deliver the Digitalisation Strategy of Poland until 2035, adopted last year.",
     "policy/digitalisation-strategy-of-poland-until-2035"),
    ("fr", "L'accord s'inscrit dans le Plan national du numérique Horizon 2025 du gouvernement congolais.",
     "policy/plan-national-du-numerique-horizon-2025"),
])
def test_nlp_policy_names_go_on_after_of_and_until(extractor: Extractor, language: str, text: str,
                                                   policy: str) -> None:
    assert policy in ids(run(extractor, text, language))


@pytest.mark.parametrize(("text", "ministry"), [
    ("Tamm held talks with Minister of Transportation and Telecommunications Khalid Al Musallam on Monday.",
     "body/ministry-of-transportation-and-telecommunications"),
    ("The declaration was signed by Chile's Minister of Science, Technology, Knowledge and Innovation, "
     "Camila Fuentes, on Tuesday.", "body/ministry-of-science-technology-knowledge-and-innovation-of-chile"),
])
def test_nlp_english_ministry_is_named_as_the_title_writes_it(extractor: Extractor, text: str,
                                                              ministry: str) -> None:
    assert ministry in ids(run(extractor, text, "en"))


@pytest.mark.parametrize(("language", "text", "absent"), [
    ("fr", "L'accord a été présenté par Khalid Al Mansoori, directeur adjoint du Conseil de cybersécurité.",
     "Khalid"),
    ("fr", "Une coentreprise entre Algérie Télécom et l'italien Sparkle est à l'étude.", " et "),
])
def test_nlp_names_stop_at_a_comma_or_coordinator_before_lower_case(extractor: Extractor, language: str,
                                                                    text: str, absent: str) -> None:
    extraction = run(extractor, text, language)
    assert not [e.name for e in extraction.entities if e.type.value != "Person" and absent in e.name]


@pytest.mark.parametrize(("language", "text", "policy"), [
    ("en", "The project is part of the Government Action Plan 2023-2026 adopted by the cabinet.",
     "policy/government-action-plan-2023-2026"),
    ("fr", "Le texte s'inscrit dans l'Agenda national de transformation numérique 2022-2025 du gouvernement.",
     "policy/agenda-national-de-transformation-numerique-2022-2025"),
])
def test_nlp_policy_names_keep_a_range_of_years(extractor: Extractor, language: str, text: str,
                                                policy: str) -> None:
    assert policy in ids(run(extractor, text, language))


def test_nlp_development_cooperation_is_one_portfolio(extractor: Extractor) -> None:
    text = "Le texte a été signé par la ministre de la Coopération au développement, Véronique Dewandre."
    assert "body/ministry-of-development-cooperation" in ids(run(extractor, text, "fr"))


def test_nlp_camel_case_words_inside_a_name(extractor: Extractor) -> None:
    text = "The MoU was signed by Fatema Al Jowder, chief executive of Bahrain's Information & eGovernment Authority."
    extraction = run(extractor, text, "en")
    assert ("partOf", "body/information-egovernment-authority", "country/bh") in relations(extraction)


def test_nlp_long_french_body_names(extractor: Extractor) -> None:
    text = "L'Autorité de régulation de la poste et des télécommunications du Congo sera associée au projet."
    names = {e.name for e in run(extractor, text, "fr").entities if e.type.value == "GovernmentBody"}
    assert "Autorité de régulation de la poste et des télécommunications du Congo" in names


def test_nlp_long_french_policy_names_do_not_end_on_et(extractor: Extractor) -> None:
    text = ("Elle a présenté la Stratégie nationale de l'intelligence artificielle et de la gouvernance des données "
            "adoptée en 2024.")
    policies = {e.name for e in run(extractor, text, "fr").entities if e.type.value == "Policy"}
    assert policies and not [p for p in policies if p.endswith(" et")]


@pytest.mark.parametrize(("language", "text", "bodies"), [
    ("en", "The memorandum was signed by Poland's Minister of Digital Affairs, Tomasz Wróbel, and Ukraine's "
           "Minister of Digital Transformation, Andriy Kovalchuk. The two ministries agreed to cooperate on "
           "cybersecurity.",
     ("body/ministry-of-digital-affairs-of-poland", "body/ministry-of-digital-transformation-of-ukraine")),
    ("fr", "La délégation a visité l'Infocomm Media Development Authority (IMDA) et la Rwanda Information Society "
           "Authority (RISA). Les deux agences ont convenu de coopérer en matière de cybersécurité.",
     ("body/infocomm-media-development-authority", "body/rwanda-information-society-authority")),
])
def test_nlp_the_two_ministries_are_the_two_bodies_last_named(extractor: Extractor, language: str, text: str,
                                                              bodies: tuple[str, str]) -> None:
    found = relations(run(extractor, text, language))
    assert ("cooperatesWith", *sorted(bodies)) in found
    assert {("cooperatesOn", body, "domain/cybersecurity") for body in bodies} <= found


def test_nlp_an_acronym_the_article_defines_wins_over_a_known_body_of_an_unnamed_country(extractor: Extractor) -> None:
    text = ("À Lomé, le ministre a reçu l'Autorité de régulation des communications électroniques et des postes "
            "(ARCEP) du Togo. L'ARCEP publiera son rapport en mai.")
    found = ids(run(extractor, text, "fr"))
    assert "body/arcep" not in found
    assert "country/fr" not in found


def test_nlp_a_known_body_keeps_its_acronym_when_its_country_is_named(extractor: Extractor) -> None:
    text = "La France a présenté l'Autorité de régulation (ARCEP) aux opérateurs. L'ARCEP publiera son rapport en mai."
    assert "body/arcep" in ids(run(extractor, text, "fr"))


@pytest.mark.parametrize(("language", "text", "body"), [
    ("fr", "La délégation de l'Autorité de Régulation des Télécommunications/TIC de Côte d'Ivoire est arrivée lundi.",
     "body/telecommunications-ict-regulatory-authority-of-cote-d-ivoire"),
    ("en", "Engineers of the e-Government Development Centre will run the new portal in Baku.",
     "body/e-government-development-centre"),
])
def test_nlp_a_known_body_is_found_whole(extractor: Extractor, language: str, text: str, body: str) -> None:
    found = ids(run(extractor, text, language))
    assert body in found


@pytest.mark.parametrize(("text", "absent"), [
    ("Her team showed its tools at Expo 2031 on Friday.", "place/expo"),
    ("According to Tidings.NET, the ministry approved the plan.", "place/tidings"),
    ("He was named deputy minister in Science and praised the grant.", "place/science"),
])
def test_nlp_event_web_address_and_portfolio_are_no_places(extractor: Extractor, text: str, absent: str) -> None:
    """A name after "at / to / in" is no place when a year follows it (an event), when a dot and
    letters are glued to it (a web address), or when it is made of portfolio words only."""
    assert absent not in ids(run(extractor, text, "en"))


def test_nlp_a_place_after_in_is_still_a_place(extractor: Extractor) -> None:
    assert "place/tamale" in ids(run(extractor, "The two ministers met in Tamale on Friday.", "en"))
