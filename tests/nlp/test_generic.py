"""Unknown names (kg/nlp/generic.py through the mentions layer): where a capitalised name stops."""

from __future__ import annotations

import pytest

from kg.nlp.extractor import Extractor
from tests.support.article_state import state_for


@pytest.fixture(scope="module")
def layers():
    extractor = Extractor()
    return {language: extractor.layers(language) for language in ("en", "fr")}


def names_in(text: str, language: str, layers) -> set[str]:
    state = state_for(text, language)
    layers[language].mentions(state)
    return {f.term.name for f in state.found}


def test_generic_a_name_stops_before_a_title(layers) -> None:
    text = "The Quantum Computing Agency Executive Vice President Mara Lindqvist opened the forum."
    names = names_in(text, "en", layers)
    assert "Quantum Computing Agency" in names
    assert not any("Vice" in name or "Executive" in name for name in names)


def test_generic_a_name_stops_before_a_french_title(layers) -> None:
    text = "Le Conseil National du Logiciel Directeur Général Paul Ndiaye a pris la parole."
    names = names_in(text, "fr", layers)
    assert "Conseil National du Logiciel" in names
    assert not any("Directeur" in name for name in names)


def test_generic_a_title_is_no_body(layers) -> None:
    text = "On Monday the Minister of Quantum Society and Administration Lars Berg opened the forum."
    names = names_in(text, "en", layers)
    assert not any("Administration" in name for name in names)


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "The plan was set out by the Ministry of Trade and Industry, Ministry of Health and Culture, and the "
           "Quantum Computing Agency.", {"Ministry of Trade and Industry", "Ministry of Health and Culture"}),
    ("fr", "Le plan a été présenté par le ministère de la Santé et de la Culture, ministère du Commerce et de "
           "l'Industrie, et l'Agence quantique.", {"Ministry of Health and Culture", "Ministry of Trade and Industry"}),
])
def test_generic_a_list_of_ministries_gives_one_body_each(layers, language: str, text: str,
                                                          expected: set[str]) -> None:
    names = names_in(text, language, layers)
    assert expected <= names
    assert not [n for n in names if n.count("Ministry") + n.count("ministère") > 1 or n.startswith("Industry")]


def test_generic_a_name_keeps_its_one_letter_hyphenated_prefix(layers) -> None:
    text = "In Riga, the e-Services Academy trained officials from the m-Health Development Centre."
    names = names_in(text, "en", layers)
    assert {"e-Services Academy", "m-Health Development Centre"} <= names
    assert not {"Services Academy", "Health Development Centre"} & names


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Officials of the Ministry of Health and the Ministry of Culture met on Monday."),
    ("fr", "Des représentants du ministère de la Santé et du ministère de la Culture se sont réunis lundi."),
])
def test_generic_two_ministries_joined_by_and_stay_two(layers, language: str, text: str) -> None:
    names = names_in(text, language, layers)
    assert {"Ministry of Health", "Ministry of Culture"} <= names
    assert "Ministry of Health and Culture" not in names


def test_generic_a_policy_word_inside_a_body_s_name_makes_no_policy(layers) -> None:
    names = names_in("The talks were prepared by the Quantum Policy Bureau of the ministry.", "en", layers)
    assert "Quantum Policy Bureau" in names
    state = state_for("The talks were prepared by the Quantum Policy Bureau of the ministry.", "en")
    layers["en"].mentions(state)
    assert not [f for f in state.found if f.term.type.value == "Policy"]


@pytest.mark.parametrize(("language", "text", "name"), [
    ("en", "According to an announcement by the Quantum Computing Commission on June 12, the plan goes ahead.",
     "Quantum Computing Commission"),
    ("fr", "Selon une annonce du Conseil National du Logiciel du Lundi 12 mai, le plan avance.",
     "Conseil National du Logiciel"),
])
def test_generic_a_name_stops_before_a_date(layers, language: str, text: str, name: str) -> None:
    names = names_in(text, language, layers)
    assert name in names
    assert not any("June" in n or "Lundi" in n for n in names)


def test_generic_an_english_name_ends_at_its_head_before_a_title(layers) -> None:
    text = "Asked about the loan, the Quantum Savings Bank Country Director Lars Berg said the talks went well."
    names = names_in(text, "en", layers)
    assert "Quantum Savings Bank" in names
    assert not any("Country" in name for name in names)


def test_generic_a_known_group_stays_apart_from_its_namesake(layers) -> None:
    text = "The World Bank approved the loan on Monday, and the World Bank Group said more would follow."
    names = names_in(text, "en", layers)
    assert {"World Bank", "World Bank Group"} <= names


@pytest.mark.parametrize(("text", "name"), [
    ("Le Réseau africain des régulateurs en charge de la protection des données a tenu sa réunion à Dakar.",
     "Réseau africain des régulateurs en charge de la protection des données"),
    ("L'Association sénégalaise des ingénieurs dans le domaine du calcul quantique a signé la charte.",
     "Association sénégalaise des ingénieurs dans le domaine du calcul quantique"),
    ("Le Centre ivoiro-coréen pour la formation a ouvert ses portes lundi.",
     "Centre ivoiro-coréen pour la formation"),
    ("L'Agence nationale de sécurité des cyber-réseaux a publié son rapport.",
     "Agence nationale de sécurité des cyber-réseaux"),
])
def test_generic_a_french_name_goes_on_through_its_lower_case_links(layers, text: str, name: str) -> None:
    assert name in names_in(text, "fr", layers)


def test_generic_a_french_link_never_runs_into_a_place(layers) -> None:
    names = names_in("L'Agence nationale des fréquences en Tunisie a publié son rapport.", "fr", layers)
    assert "Agence nationale des fréquences" in names
    assert not any("Tunisie" in name for name in names)


def test_generic_an_apposition_after_a_comma_starts_a_new_name(layers) -> None:
    names = names_in("Le prêt vient du Japon, la Banque japonaise de coopération internationale en tête.", "fr",
                     layers)
    assert not any(name.startswith("Japon") for name in names)


def test_generic_a_name_opening_with_an_agreement_word_is_no_organisation(layers) -> None:
    state = state_for("Ils ont rappelé l'Accord de Partenariat Stratégique signé en 2018 avec la Chine.", "fr")
    layers["fr"].mentions(state)
    assert not [f for f in state.found if f.text.startswith("Accord") and f.term.type.value == "Organization"]


@pytest.mark.parametrize(("text", "name"), [
    ("Le ministère des Relations extérieures a reçu la délégation.", "Ministry of External Relations"),
    ("Le ministère de l'Économie, de la Planification et de l'Aménagement du territoire a publié le plan.",
     "Ministry of Economy, Planning and Regional Development"),
    ("Le ministère des Technologies de la communication a lancé l'appel.", "Ministry of Communication Technologies"),
])
def test_generic_a_french_ministry_keeps_each_portfolio_of_its_name(layers, text: str, name: str) -> None:
    assert name in names_in(text, "fr", layers)


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The ministry added it will also work with the regulator on cybersecurity and data protection."),
    ("fr", "Le ministère a présenté les priorités pour renforcer la transformation numérique du pays."),
])
def test_generic_a_bare_ministry_before_a_verb_names_no_portfolio(layers, language: str, text: str) -> None:
    assert not [name for name in names_in(text, language, layers) if name.startswith("Ministry")]


def test_generic_a_list_splits_between_names_not_inside_a_ministry_s_portfolios(layers) -> None:
    text = "The hub was built through the Ministry of Science and Innovation, and Nordic Development Agency staff."
    names = names_in(text, "en", layers)
    assert "Ministry of Science and Innovation" in names
    assert not any(name.startswith("Innovation") for name in names)


def test_generic_a_descriptor_before_of_the_is_no_part_of_the_name(layers) -> None:
    text = ("The deal was signed by the Public Legal Entity of the State Agency for Digital Public Services and "
            "Social Innovations.")
    names = names_in(text, "en", layers)
    assert "State Agency for Digital Public Services and Social Innovations" in names
    assert not any(name.startswith("Public Legal Entity") for name in names)


def test_generic_budget_is_a_portfolio(layers) -> None:
    names = names_in("The Ministry of Finance and Budget approved the loan on Monday.", "en", layers)
    assert "Ministry of Finance and Budget" in names


def test_generic_a_french_name_starts_at_its_head_after_a_descriptor(layers) -> None:
    names = names_in("Le contrat a été signé avec la direction Europe du Groupe Vasta Nord, lundi.", "fr", layers)
    assert "Groupe Vasta Nord" in names
    assert not any(name.startswith("Europe") for name in names)


def test_generic_a_cabinet_is_a_state_body(layers) -> None:
    state = state_for("On Friday the Federal Cabinet approved two memoranda on digital trade.", "en")
    layers["en"].mentions(state)
    assert ("Federal Cabinet", "GovernmentBody") in {(f.term.name, f.term.type.value) for f in state.found}


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("The agency signed a memorandum with the State Service of Special Signals of Estonia on Monday.",
     "State Service of Special Signals of Estonia", "GovernmentBody"),
    ("Graduates of the Northland Youth Service Corps will teach coding.", "Northland Youth Service Corps",
     "GovernmentBody"),
    ("The report was carried by the Valley Tribune News Service on Friday.", "Valley Tribune News Service",
     "Organization"),
])
def test_generic_a_service_and_a_corps_are_state_bodies_a_news_service_is_not(layers, text: str, name: str,
                                                                               kind: str) -> None:
    state = state_for(text, "en")
    layers["en"].mentions(state)
    assert (name, kind) in {(f.term.name, f.term.type.value) for f in state.found}


@pytest.mark.parametrize("text", [
    "Le forum a réuni des experts venus de toute l’Afrique de l’ Ouest à Dakar.",
    "Les investisseurs regardent vers L'Afrique, a-t-il dit à Dakar.",
])
def test_generic_a_region_written_loosely_is_no_place(layers, text: str) -> None:
    state = state_for(text, "fr")
    layers["fr"].mentions(state)
    places = {f.text for f in state.found if f.term.type.value == "Place"}
    assert not [p for p in places if "Afrique" in p]


@pytest.mark.parametrize(("text", "name"), [
    ("The bill was backed by the Green Future Party in parliament.", "Green Future Party"),
    ("Members of the Nordic Timber Houses Cluster joined the trade mission.", "Nordic Timber Houses Cluster"),
])
def test_generic_parties_and_clusters_are_organisations(layers, text: str, name: str) -> None:
    state = state_for(text, "en")
    layers["en"].mentions(state)
    assert (name, "Organization") in {(f.term.name, f.term.type.value) for f in state.found}


@pytest.mark.parametrize(("language", "text", "event", "company"), [
    ("en", "The deal was signed at the Global Quantum Leadership Forum by Vasta Nord Limited.",
     "Global Quantum Leadership Forum", None),
    ("fr", "Le contrat a été signé au Forum mondial du numérique par Vasta Nord Limited.",
     "Forum mondial du numérique", "Vasta Nord Limited"),
])
def test_generic_a_forum_is_an_event_and_limited_heads_a_company(layers, language: str, text: str, event: str,
                                                                  company: str | None) -> None:
    state = state_for(text, language)
    layers[language].mentions(state)
    found = {(f.term.name, f.term.type.value) for f in state.found}
    assert not [name for name, _ in found if name.startswith(event.split()[0]) and "Forum" in name]
    if company:
        assert (company, "Organization") in found


def test_generic_a_french_ner_location_after_a_place_opener_is_a_place(layers) -> None:
    state = state_for("Le salon du numérique a ouvert ce jeudi 4 juin 2026 à Cotonou en présence des exposants.", "fr")
    layers["fr"].mentions(state)
    assert ("Cotonou", "Place") in {(f.text, f.term.type.value) for f in state.found}


def test_generic_a_name_stops_before_and_a_country(layers) -> None:
    text = "Peru's Ministry of Trade and Industry and Chile's Ministry of Fisheries met in Lima on Monday."
    names = names_in(text, "en", layers)
    assert "Ministry of Trade and Industry" in names
    assert not any(name.endswith("and Chile") for name in names)


@pytest.mark.parametrize(("language", "text", "name", "kind"), [
    ("en", "The Pacific Centre for Public Sector Administration opened a course in Suva.",
     "Pacific Centre for Public Sector Administration", "Organization"),
    ("en", "The Northern Quantum Agency for Research Institutes opened a call on Monday.",
     "Northern Quantum Agency for Research Institutes", "GovernmentBody"),
    ("fr", "Le Centre régional de formation pour l'Administration publique a ouvert ses portes.",
     "Centre régional de formation pour l'Administration publique", "Organization"),
])
def test_generic_the_head_word_before_the_first_of_gives_the_kind(layers, language: str, text: str, name: str,
                                                                  kind: str) -> None:
    state = state_for(text, language)
    layers[language].mentions(state)
    assert {f.term.type.value for f in state.found if f.term.name == name} == {kind}
