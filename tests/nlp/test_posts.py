"""Posts written next to a name (kg/nlp/roles.py through the whole extractor): each title goes to
its own person, the body a person speaks for is the one they belong to, a name is no part of a body."""

from __future__ import annotations

import pytest

from tests.support.article_state import state_with_roles
from tests.support.nlp_support import named_facts, run


def posts(extractor, text: str, language: str) -> set[tuple[str, str]]:
    """(person, body) of every memberOf the extractor finds in the text."""
    return {(person, body) for _, person, body in named_facts(extractor, text, language, "memberOf")}


def bodies_of(found: set[tuple[str, str]], person: str) -> set[str]:
    return {body for who, body in found if who == person}


def test_posts_a_list_of_titles_and_names_gives_each_name_the_title_before_it(extractor) -> None:
    text = ("La cérémonie a réuni le ministre de la Communication, Awa Traoré, le ministre des Transports, "
            "Jean Kouassi, et le ministre du Commerce, Paul Yao.")
    found = posts(extractor, text, "fr")
    assert bodies_of(found, "Awa Traoré") == {"Ministry of Communication"}
    assert bodies_of(found, "Jean Kouassi") == {"Ministry of Transport"}


def test_posts_a_verb_between_a_name_and_a_title_makes_the_title_someone_else_s(extractor) -> None:
    text = ("L'ambassadrice du Japon en Côte d'Ivoire, Keiko Sato, a réuni le ministre de la Communication "
            "et des Médias.")
    assert not [body for body in bodies_of(posts(extractor, text, "fr"), "Keiko Sato") if "Ministry" in body]


def test_posts_a_title_stops_at_the_next_name(extractor) -> None:
    text = ("L'accord a été signé entre MM. Karim Haddad, secrétaire d'Etat chargé de la Technologie et "
            "Luc Martin, ministre français chargé de l'Industrie.")
    state = state_with_roles(extractor.layers("fr"), text, "fr")
    assert state.roles["person/karim-haddad"].text == "secrétaire d'Etat chargé de la Technologie"
    assert bodies_of(posts(extractor, text, "fr"), "Karim Haddad") == {"Secretariat of State for Technology of France"}


def test_posts_an_honorific_between_title_and_name_keeps_the_title(extractor) -> None:
    text = "Le secrétaire général du ministère de la Transition numérique, M. Sidi Ould Cheikh, a ouvert la séance."
    assert bodies_of(posts(extractor, text, "fr"), "Sidi Ould Cheikh") == {"Ministry of Digital Transition"}


def test_posts_a_title_before_another_person_is_not_the_later_name_s(extractor) -> None:
    text = ("Le ministre de l'Économie numérique et des Télécommunications Abdou Ndiaye a reçu son collègue "
            "malien , M. Ousmane Keita à Dakar.")
    assert bodies_of(posts(extractor, text, "fr"), "Ousmane Keita") == set()


def test_posts_an_undersecretary_is_a_person_with_a_post_not_part_of_a_body(extractor) -> None:
    text = ("Salim Al Harthy, Undersecretary of the Ministry of Transport, Communications and Information "
            "Technology, signed the memorandum for Oman.")
    found = posts(extractor, text, "en")
    assert {body for _, body in found if "Harthy" in body} == set()
    assert [body for body in bodies_of(found, "Salim Al Harthy") if body.startswith("Ministry of Transport")]


@pytest.mark.parametrize(("language", "text", "person", "body"), [
    ("en", "The agreement was signed by the Ministry of Digital Economy of Ghana, represented by the Chief "
           "Director Mr. Kofi Mensah, and a telecom operator.", "Kofi Mensah", "Ministry of Digital Economy of Ghana"),
    ("fr", "La revue s'est tenue en présence du Représentant Résident de la Banque mondiale, Monsieur Atou Diallo.",
     "Atou Diallo", "World Bank"),
])
def test_posts_the_body_a_person_speaks_for(extractor, language: str, text: str, person: str, body: str) -> None:
    assert body in bodies_of(posts(extractor, text, language), person)


def test_posts_a_ministry_the_reference_data_knows_under_its_own_name(extractor) -> None:
    text = "The United States Secretary of Commerce, Laura Finch, met Kenyan officials on Tuesday."
    assert bodies_of(posts(extractor, text, "en"), "Laura Finch") == {"United States Department of Commerce"}


def test_posts_a_country_after_a_comma_is_not_the_body_s(extractor) -> None:
    text = "The delegation from Ghana met the Ministry of Digital Affairs, while Kenya sent two observers."
    extraction = run(extractor, text, "en", published="2025-03-04")
    part_of = {(r.subject, r.object) for r in extraction.relations if r.type.value == "partOf"}
    assert not [pair for pair in part_of if pair[1] == "country/ke"]


@pytest.mark.parametrize(("language", "text", "person", "body"), [
    ("fr", "Le ministre sénégalais de la Communication, Moussa Diop, a reçu son homologue de la Fonction "
           "publique, Awa Koné, à Dakar.", "Awa Koné", "Ministry of Civil Service"),
    ("fr", "Le ministre de la Sécurité et de l'Administration publique, Park Min-jun, a signé l'accord.",
     "Park Min-jun", "Ministry of Security and Public Administration"),
])
def test_posts_a_counterpart_s_portfolio_names_a_ministry(extractor, language: str, text: str, person: str,
                                                          body: str) -> None:
    assert body in bodies_of(posts(extractor, text, language), person)


def test_posts_a_lower_case_portfolio_between_title_and_name(extractor) -> None:
    text = ("Le ministre de l'économie numérique et des Télécommunications Abdou Ndiaye a reçu une "
            "délégation du Mali à Dakar.")
    found = bodies_of(posts(extractor, text, "fr"), "Abdou Ndiaye")
    assert [body for body in found if body.startswith("Ministry of Digital Economy and Telecommunications")]


def test_posts_a_person_s_name_does_not_open_an_organisation_s_name(extractor) -> None:
    text = ("“This programme will train ten thousand civil servants,” Priya Raman, Group Head and Director, "
            "Government Affairs, Contoso India")
    extraction = run(extractor, text, "en", published="2025-03-04")
    assert "Priya Raman" in {e.name for e in extraction.entities if e.type.value == "Person"}
    assert not [e.name for e in extraction.entities if e.type.value == "Organization" and "Raman" in e.name]


def test_posts_an_article_and_an_honorific_after_the_title_s_comma_keep_the_title(extractor) -> None:
    text = ("Le ministre Paul Kaba a reçu l'ambassadeur du Pérou au Togo, le Dr Carlos Ruiz, "
            "mardi à Lomé.")
    assert bodies_of(posts(extractor, text, "fr"), "Carlos Ruiz") == {"Embassy of Peru in Togo"}



def test_posts_the_people_who_lead_a_body_s_delegation_are_its_members(extractor) -> None:
    text = ("The KOICA delegation, led by Carla Monti, Peter Lund and Dr Omar Haddad, arrived in Nairobi "
            "on Monday to discuss satellite data with Kenyan officials.")
    found = posts(extractor, text, "en")
    assert {person for person, body in found if body == "Korea International Cooperation Agency"} \
        == {"Carla Monti", "Peter Lund", "Omar Haddad"}


def test_posts_a_title_without_portfolio_belongs_to_the_body_written_after_it(extractor) -> None:
    text = "The agreement was signed by Grace Mwangi, Permanent Secretary, Ministry of Health, on Monday."
    assert bodies_of(posts(extractor, text, "en"), "Grace Mwangi") == {"Ministry of Health"}


def test_posts_a_minister_s_portfolio_keeps_the_body_after_the_title_out(extractor) -> None:
    text = ("The memorandum was signed by Peter Otieno, Minister of Finance, Kenya Revenue Authority, "
            "in Nairobi.")
    assert "Kenya Revenue Authority" not in bodies_of(posts(extractor, text, "en"), "Peter Otieno")


def test_posts_a_comma_inside_the_portfolios_of_a_title_before_the_name_keeps_the_title(extractor) -> None:
    text = "Kenyan Minister of Health, Education and Innovation Mary Wanjiru opened the forum in Nairobi."
    found = bodies_of(posts(extractor, text, "en"), "Mary Wanjiru")
    assert [body for body in found if body.startswith("Ministry of Health")]


def test_posts_a_title_run_into_the_next_name_is_that_name_s(extractor) -> None:
    text = ("The talks brought together Lina Haddad, Jordanian Minister of Transport, Tourism, and Communications "
            "Omar Saleh, and the Kenyan delegation.")
    found = posts(extractor, text, "en")
    assert bodies_of(found, "Lina Haddad") == set()
    assert [body for body in bodies_of(found, "Omar Saleh") if body.startswith("Ministry of Transport")]


def test_posts_a_title_ending_in_de_before_the_next_name_stays_with_the_first(extractor) -> None:
    text = ("Le Premier ministre a lancé le projet aux côtés de M. Paul Mbemba, ministre de la Santé et de la "
            "Population, de S.E.M. Hans Keller, ambassadeur de Suisse, et de Mme Rose Ngoma.")
    found = posts(extractor, text, "fr")
    assert bodies_of(found, "Paul Mbemba") == {"Ministry of Health"}
    assert not [body for body in bodies_of(found, "Hans Keller") if body.startswith("Ministry")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Ghanaian Minister of Health Ama Mensah and Permanent Secretary Kofi Boateng attended the signing in Accra.",
     {"Ministry of Health of Ghana"}),
    ("Ghanaian Minister of Health Ama Mensah attended the signing in Accra, while Permanent Secretary Kofi "
     "Boateng stayed home.", set()),
])
def test_posts_a_bare_post_listed_after_an_official_is_in_that_official_s_body(extractor, text, expected) -> None:
    assert bodies_of(posts(extractor, text, "en"), "Kofi Boateng") == expected


@pytest.mark.parametrize(("text", "language", "person", "expected"), [
    ("La ministre de la Solidarité et de la Famille, Awa Diallo, a signé la convention.", "fr", "Awa Diallo",
     "Ministry of Solidarity and Family"),
    ("Le ministre des Mines et des Ressources géologiques, Paul Obame, a reçu la délégation.", "fr", "Paul Obame",
     "Ministry of Mines and Geological Resources"),
    ("Greek Minister of Digital Policy, Telecommunications and Media Eleni Vlachou signed the letter.", "en",
     "Eleni Vlachou", "Ministry of Digital Policy, Telecommunications and Media of Greece"),
    ("Le ministre des Transports, des Affaires maritimes et de la Pêche, Ali Kaya, a signé l'accord.", "fr",
     "Ali Kaya", "Ministry of Transport and Maritime Affairs"),
    ("La ministre de l'Information et des Relations avec le Parlement, Rose Niyonzima, a reçu la délégation.", "fr",
     "Rose Niyonzima", "Ministry of Information and Relations with Parliament"),
])
def test_posts_portfolios_outside_the_digital_field_name_the_ministry(extractor, text, language, person,
                                                                      expected) -> None:
    assert bodies_of(posts(extractor, text, language), person) == {expected}


@pytest.mark.parametrize(("text", "person", "expected"), [
    ("Le ministre des Postes, des Télécommunications et des Nouvelles Technologies, Jean Rakoto, a reçu la "
     "délégation.", "Jean Rakoto", "Ministry of Posts, Telecommunications and New Technologies"),
    ("La ministre de la Communication et des Nouvelles Technologies de l'Information, Aïcha Moussa, a signé la "
     "convention.", "Aïcha Moussa", "Ministry of Communication and New Information Technologies"),
])
def test_posts_new_technologies_stay_new_in_the_ministry_s_name(extractor, text, person, expected) -> None:
    assert bodies_of(posts(extractor, text, "fr"), person) == {expected}


@pytest.mark.parametrize(("text", "person", "expected"), [
    ("Le ministère de l'Agriculture du Ghana a reçu une délégation du Togo à Accra. Le ministre ghanéen "
     "Kwame Asante a salué la qualité des échanges.", "Kwame Asante", {"Ministry of Agriculture of Ghana"}),
    ("Le ministère de l'Agriculture du Ghana a reçu une délégation du Togo à Accra. Le vice-Premier ministre "
     "ghanéen Kwame Asante a salué la qualité des échanges.", "Kwame Asante", set()),
    ("Une délégation du Togo a visité le ministère de l'Agriculture du Ghana lundi, puis le ministère de la "
     "Santé du Ghana mardi. Le ministre ghanéen Kwame Asante a salué la qualité des échanges.", "Kwame Asante",
     set()),
])
def test_posts_a_minister_named_by_nationality_alone_is_of_the_one_ministry_of_that_country(
        extractor, text: str, person: str, expected: set[str]) -> None:
    found = {body for body in bodies_of(posts(extractor, text, "fr"), person) if "Ministry" in body}
    assert found == expected


@pytest.mark.parametrize(("language", "text", "person", "body"), [
    ("fr", "Le ministre a reçu lundi le vice-président de \"Huawei\" Afrique du Nord, Paul Mensah, à Tunis.",
     "Paul Mensah", "Huawei"),
    ("en", "Sarah Lind, the Vice President of CISCO Middle East and Africa, and John Otieno, the Director General "
           "of KICTANet, signed it in Paris.", "Sarah Lind", "Cisco"),
])
def test_posts_a_region_after_a_company_is_no_person(extractor, language: str, text: str, person: str,
                                                     body: str) -> None:
    extraction = run(extractor, text, language, published="2025-03-04")
    people = {e.name for e in extraction.entities if e.type.value == "Person"}
    assert person in people and not people & {"Afrique du Nord", "Middle East"}
    assert body in bodies_of(posts(extractor, text, language), person)


def test_posts_an_honorific_the_tokenizer_splits_is_no_gap_between_a_title_and_a_name(extractor) -> None:
    """"Eng." is read as "Eng" and "."; the stop is the honorific's, not the end of the title."""
    text = ("Kenyan Minister of Energy Eng. Peter Kamau opened the solar plant near Garissa on Friday.")
    found = posts(extractor, text, "en")
    assert bodies_of(found, "Peter Kamau") == {"Ministry of Energy of Kenya"}


def test_posts_a_word_of_charge_stays_inside_a_title_written_before_a_name(extractor) -> None:
    """"le ministre de A chargé de B M. X": "chargé" is part of X's title, not a word that ends it."""
    text = ("Le ministre de l'Agriculture chargé de la Pêche M. Paul Kouamé a inauguré vendredi le nouveau "
            "port de San Pedro, en Côte d'Ivoire.")
    found = posts(extractor, text, "fr")
    assert bodies_of(found, "Paul Kouamé") == {"Ministry of Agriculture of Côte d'Ivoire"}
