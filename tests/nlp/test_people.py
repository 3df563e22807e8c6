"""The person layer (kg/nlp/people.py through the mentions layer): honorifics stay out of names."""

from __future__ import annotations

import pytest

from kg.models import EntityType
from kg.nlp.extractor import Extractor
from kg.nlp.found import Found
from kg.nlp.people import People
from tests.support.article_state import state_for, state_with_roles


@pytest.fixture(scope="module")
def layers():
    return Extractor().layers("fr")


@pytest.mark.parametrize(("text", "person"), [
    ("L'accord a été signé par MM. Kofi Mensah, ministre du Numérique, et Lars Berg.", "Kofi Mensah"),
    ("Le représentant de la Banque, Monsieur Idrissa Kanté, a pris la parole.", "Idrissa Kanté"),
    ("La cérémonie s'est tenue en présence de SEMme Clara Vogt, ambassadrice.", "Clara Vogt"),
    ("Le Premier ministre a reçu son homologue Samdech Thipadei Kem Sokha à Hanoï.", "Kem Sokha"),
])
def test_people_a_french_honorific_is_no_part_of_the_name(layers, text: str, person: str) -> None:
    state = state_for(text, "fr")
    layers.mentions(state)
    people = {f.term.name for f in state.found if f.term.type is EntityType.PERSON}
    assert person in people
    assert not [p for p in people if p != person and person in p]


def test_people_a_surname_in_capitals_belongs_to_the_name(layers) -> None:
    state = state_for("Le projet est suivi par le représentant de l'Agence, Monsieur Idrissa KANTÉ, depuis mars.", "fr")
    layers.mentions(state)
    people = {f.term.name for f in state.found if f.term.type is EntityType.PERSON}
    assert people == {"Idrissa Kanté"}
    assert not [f for f in state.found if "Monsieur" in f.text]


def test_people_a_portfolio_after_a_title_is_no_policy(layers) -> None:
    text = "Le plan a été présenté par Lars Berg, vice-Premier ministre, ministre de la Stratégie et des Finances."
    state = state_with_roles(layers, text, "fr")
    assert not [f for f in state.found if f.term.type is EntityType.POLICY]


def test_people_sheikh_and_his_highness_are_honorifics() -> None:
    layers = Extractor().layers("en")
    state = state_for("The talks followed a meeting between His Highness Sheikh Khalid bin Rashid and Lars Berg.", "en")
    layers.mentions(state)
    people = {f.term.name for f in state.found if f.term.type is EntityType.PERSON}
    assert "Khalid bin Rashid" in people
    assert not [p for p in people if "Sheikh" in p or "Highness" in p]


@pytest.mark.parametrize(("language", "text", "person"), [
    ("en", "The deal matters, French Finance Minister Pascal Le Maire told reporters on Friday.", "Pascal Le Maire"),
    ("fr", "Le ministre de l'Économie, Pascal Le Maire, a salué l'accord mardi.", "Pascal Le Maire"),
    ("en", "The agency's director Pascal Al Kuwaiti told reporters on Friday.", "Pascal Al Kuwaiti"),
    ("en", "The agency's director Pascal El Maghribi told reporters on Friday.", "Pascal El Maghribi"),
])
def test_people_a_capitalised_particle_keeps_the_surname_after_it(language: str, text: str, person: str) -> None:
    state = state_for(text, language)
    Extractor().layers(language).mentions(state)
    people = {f.term.name for f in state.found if f.term.type is EntityType.PERSON}
    assert person in people
    assert not {"Pascal Le", "Pascal Al", "Pascal El"} & people  # even a demonym after the particle


def test_people_a_name_with_an_organisation_s_head_word_is_no_person(layers) -> None:
    state = state_for("La ministre a reçu Lars Berg, directeur général Export du Groupe Vasta Nord.", "fr")
    layers.mentions(state)
    people = {f.term.name for f in state.found if f.term.type is EntityType.PERSON}
    assert "Lars Berg" in people
    assert not [p for p in people if "Groupe" in p]


@pytest.mark.parametrize(("text", "person"), [
    ("The accord was signed by the Minister for Trade, Tourism, and Investment Kwame Boateng on Monday.",
     "Kwame Boateng"),
    ("Lina Haddad, Minister of State for Health, Education, and Remote Work Services, opened the forum.", None),
])
def test_people_a_titled_run_goes_on_over_a_serial_comma(text: str, person: str | None) -> None:
    """"Minister for Trade, Tourism, and Investment X": the portfolio list goes on over ", and", and the
    words right after that "and" are its last portfolio, never a name (the tagger's names are set aside
    so that the title rule alone is read)."""
    state = state_for(text, "en")
    state.doc.ents = []
    people = People(Extractor().pipeline("en"), state.lexicon, "en")
    found = {f.term.name for f in people.find(state.doc, set(), people.roles(state.doc)) if f.source == "title"}
    assert found == ({person} if person else set())


@pytest.mark.parametrize(("text", "person"), [
    ("Le forum s'est ouvert après le discours de monsieur WANG Lifeng, ministre chinois de l'Industrie.",
     "Wang Lifeng"),
    ("La délégation était conduite par M. PARK Minsoo, vice-ministre coréen.", "Park Minsoo"),
])
def test_people_a_surname_in_capitals_before_the_given_name(layers, text: str, person: str) -> None:
    """"monsieur WANG Lifeng": after an honorific, a surname in capitals may come first."""
    state = state_for(text, "fr")
    layers.mentions(state)
    people = {f.term.name for f in state.found if f.term.type is EntityType.PERSON}
    assert person in people


@pytest.mark.parametrize(("language", "text", "person"), [
    ("en", "The dialogue was led by Marta Kowalczyk from the European Commission and an envoy of Chile.",
     "Marta Kowalczyk"),
    ("fr", "La délégation conduite par Ingrid Sørensen est arrivée lundi à Dakar.", "Ingrid Sørensen"),
])
def test_people_a_name_right_after_led_by(language: str, text: str, person: str) -> None:
    """"led by Marta Kowalczyk": a name of two words after "led by" / "conduite par" is a person's, even
    one the tagger does not know (its names are set aside here)."""
    state = state_for(text, language)
    state.doc.ents = []
    people = People(Extractor().pipeline(language), state.lexicon, language)
    found = {f.term.name for f in people.find(state.doc, set(), people.roles(state.doc)) if f.source == "leader"}
    assert found == {person}


@pytest.mark.parametrize(("text", "person"), [
    ("Le vice-Premier ministre Trần Văn Son a présenté le projet à ses hôtes.", "Trần Văn Son"),
    ("La vice-ministre Nguyễn Thị Mai a signé la feuille de route.", "Nguyễn Thị Mai"),
])
def test_people_a_small_word_with_a_capital_ends_a_name_before_the_prose(layers, text: str, person: str) -> None:
    state = state_for(text, "fr")
    layers.mentions(state)
    assert person in {f.term.name for f in state.found if f.term.type is EntityType.PERSON}


def test_people_a_month_before_a_date_opens_no_name(layers) -> None:
    state = state_for("Le 12 Mai Lars Berg a présenté le projet à Oslo.", "fr")
    layers.mentions(state)
    people = {f.term.name for f in state.found if f.term.type is EntityType.PERSON}
    assert not [p for p in people if p.startswith("Mai")]


def test_people_a_month_opening_a_person_without_a_date_is_the_name_s_first_word(layers) -> None:
    state = state_for("Après la séance, Mai Van Long, chef de la délégation, a présenté le projet.", "fr")
    layers.mentions(state)
    assert "Mai Van Long" in {f.term.name for f in state.found if f.term.type is EntityType.PERSON}


@pytest.mark.parametrize(("language", "text", "person", "part"), [
    ("en", "The council was chaired by His Royal Highness Prince Mohammed bin Salman bin Abdulaziz Al Saud on Monday.",
     "Mohammed bin Salman", "Abdulaziz Al Saud"),
    ("fr", "Le conseil s'est réuni sous la présidence du Prince Mohammed Ben Salmane Ben Abdelaziz Al Saoud mardi.",
     "Mohammed bin Salman", "Abdelaziz Al Saoud"),
    ("en", "The memorandum was signed for Bahrain by Shaikh Salman bin Mohammed Al Khalifa on Tuesday.",
     "Salman bin Mohamed bin Abdulla Al Khalifa", "Shaikh Salman"),
    ("en", "Saif Bin Zayed Heads The Delegation To Manama", "Saif bin Zayed Al Nahyan", "Saif"),
])
def test_people_a_full_chain_of_bin_names_is_one_known_person(language: str, text: str, person: str, part: str) -> None:
    people = _people(text, language)
    assert person in people
    assert not [p for p in people if part in p and p != person]


@pytest.mark.parametrize(("text", "person"), [
    ("The talks were opened by Vice President of Acme Middle East Region Lars Berg on Monday.", "Lars Berg"),
    ("The visit was led by Acme Chairman of the board of Directors Lars Berg on Monday.", "Lars Berg"),
])
def test_people_a_heading_word_or_plural_title_is_no_part_of_the_name(text: str, person: str) -> None:
    people = _people(text, "en")
    assert not [p for p in people if p != person and person in p]
    assert not [p for p in people if "Region" in p or "Directors" in p]


def test_people_a_name_after_a_policy_portfolio_is_a_person_not_a_policy() -> None:
    state = state_for("Last week, Under Secretary for Policy Laura Bennett visited Lisbon to give a talk.", "en")
    Extractor().layers("en").mentions(state)
    assert "Laura Bennett" in {f.term.name for f in state.found if f.term.type is EntityType.PERSON}
    assert not [f for f in state.found if f.term.type is EntityType.POLICY and "Bennett" in f.text]


@pytest.mark.parametrize("text", [
    "Ambassador of Kenya to Norway Lars Berg called on the Minister of Trade on Monday.",
    "The Ambassador of Japan in Benin Lars Berg opened the session.",
])
def test_people_a_name_closes_an_ambassador_title_with_two_countries(text: str) -> None:
    people = _people(text, "en")
    assert "Lars Berg" in people
    assert not [p for p in people if p != "Lars Berg" and "Berg" in p]


@pytest.mark.parametrize(("text", "person"), [
    ("The talks were opened by Brigadier General Omar Haddad on Monday.", "Omar Haddad"),
    ("The delegation was led by Colonel Lars Berg, the statement said.", "Lars Berg"),
])
def test_people_a_military_rank_is_an_honorific(text: str, person: str) -> None:
    people = _people(text, "en")
    assert person in people
    assert not [p for p in people if "General" in p or "Brigadier" in p or "Colonel" in p]


@pytest.mark.parametrize(("language", "text", "person"), [
    ("fr", "Le chef de l'Etat, le Capitaine Ousmane KEITA, a reçu les membres du comité.", "Ousmane Keita"),
    ("fr", "La délégation était conduite par le Commandant Lars Berg, a indiqué le communiqué.", "Lars Berg"),
    ("en", "Captain Ousmane Traoré, the head of the transition, received the delegation.", "Ousmane Traoré"),
])
def test_people_a_captain_or_commander_is_an_honorific(language: str, text: str, person: str) -> None:
    found = _mentions(text, language)
    assert person in {f.term.name for f in found if f.term.type is EntityType.PERSON}
    assert not [f for f in found if f.term.type is not EntityType.PERSON]


@pytest.mark.parametrize(("text", "person"), [
    ("Minister of Trade, David Jordan, opened the session.", "David Jordan"),
    ("Finance Minister Peter Chad said the budget was ready.", "Peter Chad"),
])
def test_people_a_surname_that_names_a_country_stays_in_the_name(text: str, person: str) -> None:
    found = _mentions(text, "en")
    assert person in {f.term.name for f in found if f.term.type is EntityType.PERSON}
    assert not [f for f in found if f.term.type is EntityType.COUNTRY]


def test_people_a_country_after_of_is_no_surname() -> None:
    found = _mentions("The ministers of Morocco and Jordan met in Amman on Monday.", "en")
    assert {f.text for f in found if f.term.type is EntityType.COUNTRY} == {"Morocco", "Jordan"}


@pytest.mark.parametrize("person", ["Park Min-Seok", "Park Min-seok"])
def test_people_a_hyphenated_given_name_closes_a_portfolio(person: str) -> None:
    people = _people(f"Le ministre sud-coréen de l'Intérieur et de la Sécurité {person} visite le Sénégal.", "fr")
    assert person in people
    assert "Park Min" not in people


def test_people_a_hyphenated_place_goes_on_in_a_titled_run() -> None:
    text = ("Talks were held between the Minister of Digital Affairs Lars Berg and the Governor of Khanty-Mansi "
            "Autonomous Okrug, Pieter Smet, on Monday.")
    assert {"Lars Berg", "Pieter Smet"} <= _people(text, "en")


def test_people_a_capitalised_particle_is_no_head_word() -> None:
    people = _people("La réunion était présidée par les Premiers ministres Lars Berg et Pieter De Smet, jeudi.", "fr")
    assert {"Lars Berg", "Pieter De Smet"} <= people


def test_people_the_state_after_a_title_is_no_name(layers) -> None:
    text = ("L'accord a été signé par Lars Berg, Premier Ministre du Grand-Duché et Pierre Dumont, "
            "Ministre d’État de la Principauté. Un accord salué.")
    doc = state_for(text, "fr").doc
    people = layers.people
    assert {f.text for f in people.find(doc, set(), people.roles(doc))} == {"Lars Berg", "Pierre Dumont"}


def test_people_a_name_in_apposition_after_a_long_portfolio(layers) -> None:
    text = ("Le ministre de la Culture, des Sports et de la Jeunesse et des Loisirs de la République du Bénin, "
            "Amadou Moussa KAKORO, a pour sa part salué le projet.")
    doc = state_for(text, "fr").doc
    people = layers.people
    names = {doc[s:e].text for s, e, _ in people._appositions(doc, set(), people.roles(doc))}
    assert "Amadou Moussa KAKORO" in names


@pytest.mark.parametrize(("language", "text", "person"), [
    ("en", "Prime Minister Sheikh Hasina opened the new data centre on Monday.", "Sheikh Hasina"),
    ("en", "The talks were chaired by Sultan Ahmad Al-Jaber in Abu Dhabi.", "Sultan Ahmad Al Jaber"),
    ("fr", "Le chef de l'État, le capitaine Ibrahim TRAORE, a présidé le conseil.", "Ibrahim Traoré"),
])
def test_people_a_known_head_of_state_or_minister_keeps_a_title_word_of_the_name(
        language: str, text: str, person: str) -> None:
    people = _people(text, language)
    assert person in people
    assert not [p for p in people if p != person]


def _mentions(text: str, language: str) -> list[Found]:
    """The mentions layer's findings in one text."""
    state = state_for(text, language)
    Extractor().layers(language).mentions(state)
    return state.found


def _people(text: str, language: str) -> set[str]:
    """The names of the people the mentions layer finds in one text."""
    state = state_for(text, language)
    Extractor().layers(language).mentions(state)
    return {f.term.name for f in state.found if f.term.type is EntityType.PERSON}


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "The mission, led by Kato Hiroshi, Mori Naho, Ueda Kenta and Priya Lobo, reached the port on Friday.",
     {"Kato Hiroshi", "Mori Naho", "Ueda Kenta", "Priya Lobo"}),
    ("fr", "Le ministre a reçu les patrons des deux sociétés, respectivement Amadou Sarr et Jean Paul Kouma.",
     {"Amadou Sarr", "Jean Paul Kouma"}),
])
def test_people_the_other_names_of_a_list_of_people(language: str, text: str, expected: set[str]) -> None:
    assert expected <= _people(text, language)


def test_people_a_title_before_a_listed_name_is_no_name() -> None:
    people = _people("Present were the Chief of Presidential Staff, Ruwan Perera, and the adviser, Lena Holm.", "en")
    assert "Presidential Staff" not in people


@pytest.mark.parametrize(("language", "text", "person"), [
    ("fr", "Le ministre a reçu Son Excellence M. Emre İnal, ambassadeur, à Libreville.", "Emre İnal"),
    ("fr", "Le chef de l'État, Son Excellence Amadou Kouma Sarr, a ouvert la séance.", "Amadou Kouma Sarr"),
    ("en", "The minister met Tariq bin Saleh Al-Harbi in Riyadh on Monday.", "Tariq bin Saleh Al-Harbi"),
])
def test_people_a_name_is_found_whole(language: str, text: str, person: str) -> None:
    people = _people(text, language)
    assert person in people
    assert not [p for p in people if p != person and (person in p or p in person)]


@pytest.mark.parametrize(("text", "person"), [
    ("Malaysian Minister of Digital Economy and Society Anwar Lim on Monday said the plan was ready.", "Anwar Lim"),
    ("The Minister of Interior and Safety Park Minho met the delegation.", "Park Minho"),
])
def test_people_a_name_after_a_portfolio_of_two_fields(text: str, person: str) -> None:
    people = _people(text, "en")
    assert person in people
    assert not [p for p in people if p != person]


@pytest.mark.parametrize(("text", "person"), [
    ("Vice-president for Digital Single Market Maria Jensen said: \"We are ready.\"", "Maria Jensen"),
    ("Commissioner for the Digital Single Market Maria Jensen said the plan was ready.", "Maria Jensen"),
])
def test_people_capitalised_words_between_a_title_and_a_person_are_the_title_s(text: str, person: str) -> None:
    people = _people(text, "en")
    assert person in people
    assert not [p for p in people if p != person and person in p]


@pytest.mark.parametrize(("text", "person"), [
    ("The Secretary-General of the League H E Omar Haddad opened the meeting on Monday.", "Omar Haddad"),
    ("“The reform will pay off”, said Chancellor Lars Berg.", "Lars Berg"),
])
def test_people_an_honorific_or_chancellor_opens_no_name(text: str, person: str) -> None:
    people = _people(text, "en")
    assert person in people
    assert not [p for p in people if p != person and person in p]


@pytest.mark.parametrize(("text", "person"), [
    ("The agreement was signed by the alliance's assistant secretary general Pieter van Dam on Friday.",
     "Pieter van Dam"),
    ("Attending for Peru were Deputy Chief of Mission Ana Lucia Torres and two advisers.", "Ana Lucia Torres"),
])
def test_people_a_longer_envoy_or_secretary_general_title_ends_before_the_name(text: str, person: str) -> None:
    people = _people(text, "en")
    assert person in people
    assert not [p for p in people if p != person and person.split()[-1] in p]


@pytest.mark.parametrize("text", [
    "Minister Lars Berg Holds Talks with Trade Officials",
    "Foreign Minister Lars Berg Welcomes New Envoy",
])
def test_people_a_headline_verb_with_a_capital_ends_the_name(text: str) -> None:
    people = _people(text, "en")
    assert not [p for p in people if "Holds" in p or "Welcomes" in p]
