"""The roles layer (kg/nlp/roles.py) fed people and role cues by hand."""

from __future__ import annotations

import pytest

from kg.ids import entity_id
from kg.models import EntityType
from kg.nlp import roles
from kg.nlp.extractor import Extractor
from kg.nlp.lexicon import Term
from tests.support.article_state import drafts, mention, state_for, term

E = EntityType


@pytest.fixture(scope="module")
def people_layer():
    return {language: Extractor().layers(language).people for language in ("fr", "en")}


def with_roles(text: str, language: str, name: str, people_layer) -> tuple:
    state = state_for(text, language)
    person = mention(state, name, term(E.PERSON, name), source="ner")
    cues = people_layer[language].roles(state.doc)
    roles.find_roles(state, [person], cues)
    roles.memberships(state, people_layer[language].role_body)
    return state, person


@pytest.mark.parametrize(("language", "text", "name", "role", "ministry"), [
    ("fr", "Amal El Fallah Seghrouchni, ministre déléguée chargée de la Transition numérique, est arrivée.",
     "Amal El Fallah Seghrouchni", "ministre déléguée chargée de la Transition numérique",
     "body/ministry-of-digital-transition"),
    ("en", "Tunde Adeyemi, Minister of Communications and Digital Economy, arrived.", "Tunde Adeyemi",
     "Minister of Communications and Digital Economy", "body/ministry-of-communications-and-digital-economy"),
])
def test_roles_a_minister_s_title_implies_the_ministry(people_layer, language: str, text: str, name: str,
                                                       role: str, ministry: str) -> None:
    state, person = with_roles(text, language, name, people_layer)
    assert state.roles[person.id].text == role
    assert drafts(state) == {("member-of", "memberOf", person.id, ministry, 0.85)}
    assert ministry in state.extra


def test_roles_a_country_s_minister_belongs_to_that_country(people_layer) -> None:
    text = "Tunde Adeyemi, Nigeria's Minister of Communications, arrived."
    state = state_for(text, "en")
    mention(state, "Nigeria", term(E.COUNTRY, "Nigeria", "ng"))
    person = mention(state, "Tunde Adeyemi", term(E.PERSON, "Tunde Adeyemi"), source="ner")
    roles.find_roles(state, [person], people_layer["en"].roles(state.doc))
    roles.memberships(state, people_layer["en"].role_body)
    assert state.person_country[person.id] == "ng"
    roles.part_of(state)
    assert ("part-of", "partOf", "body/ministry-of-communications-of-nigeria", "country/ng", 0.85) in drafts(state)


def test_roles_an_ambassador_belongs_to_the_embassy_of_the_sending_country(people_layer) -> None:
    text = "Christine Fages, ambassadrice de France au Maroc, a pris la parole."
    state = state_for(text, "fr")
    mention(state, "France", term(E.COUNTRY, "France", "fr"))
    mention(state, "Maroc", term(E.COUNTRY, "Maroc", "ma"))
    person = mention(state, "Christine Fages", term(E.PERSON, "Christine Fages"), source="ner")
    roles.find_roles(state, [person], people_layer["fr"].roles(state.doc))
    roles.memberships(state, people_layer["fr"].role_body)
    assert ("member-of", "memberOf", person.id, "body/embassy-of-france-in-morocco", 0.85) in drafts(state)
    assert state.person_country[person.id] == "fr"


@pytest.mark.parametrize(("text", "sending", "hosting", "body"), [
    ("Paul Girard, ambassadeur des États-Unis au Sénégal, a pris la parole.", ("États-Unis", "us"),
     ("Sénégal", "sn"), "body/embassy-of-the-united-states-in-senegal"),
    ("Paul Girard, ambassadeur de la République fédérale d'Allemagne en Gambie, a pris la parole.",
     ("République fédérale d'Allemagne", "de"), ("Gambie", "gm"), "body/embassy-of-germany-in-the-gambia"),
])
def test_roles_an_embassy_names_its_countries_as_english_does(people_layer, text: str, sending: tuple[str, str],
                                                              hosting: tuple[str, str], body: str) -> None:
    state = state_for(text, "fr")
    for surface, code in (sending, hosting):
        mention(state, surface, term(E.COUNTRY, surface, code))
    person = mention(state, "Paul Girard", term(E.PERSON, "Paul Girard"), source="ner")
    roles.find_roles(state, [person], people_layer["fr"].roles(state.doc))
    roles.memberships(state, people_layer["fr"].role_body)
    assert ("member-of", "memberOf", person.id, body, 0.85) in drafts(state)
    assert state.person_country[person.id] == sending[1]


@pytest.mark.parametrize(("language", "text", "name", "body"), [
    ("fr", "Lucien Moreau, secrétaire d'État chargé du Numérique, a ouvert la séance.", "Lucien Moreau",
     "body/secretariat-of-state-for-digital-affairs"),
    ("en", "Harriet Cole, Secretary of State for Digital Affairs, opened the session.", "Harriet Cole",
     "body/secretariat-of-state-for-digital-affairs"),
])
def test_roles_a_secretary_of_state_belongs_to_a_secretariat_of_state(people_layer, language: str, text: str,
                                                                      name: str, body: str) -> None:
    state, person = with_roles(text, language, name, people_layer)
    assert drafts(state) == {("member-of", "memberOf", person.id, body, 0.85)}


@pytest.mark.parametrize(("text", "actor"), [
    ("Vantora Systems President Ilse Marten spoke first.", "Vantora Systems"),
    ("Vantora Systems's Vice President Ilse Marten spoke first.", "Vantora Systems"),
])
def test_roles_the_actor_right_before_a_title_is_the_person_s_employer(people_layer, text: str, actor: str) -> None:
    state = state_for(text, "en")
    company = mention(state, actor, term(E.ORGANIZATION, actor))
    person = mention(state, "Ilse Marten", term(E.PERSON, "Ilse Marten"), source="ner")
    roles.find_roles(state, [person], people_layer["en"].roles(state.doc))
    roles.memberships(state, people_layer["en"].role_body)
    assert ("member-of", "memberOf", person.id, company.id, 0.85) in drafts(state)


@pytest.mark.parametrize(("text", "body"), [
    ("The Ministry of Digital Affairs (Minister Ilse Marten, hereinafter the ministry) announced the deal.",
     "Ministry of Digital Affairs"),
    ("The Ministry of Digital Affairs (MDA, Minister: Ilse Marten) and the Ministry of Finance signed the deal.",
     "Ministry of Digital Affairs"),
    ("The Office of Space Affairs (Minister Ilse Marten, below OSA) opened the call.", "Office of Space Affairs"),
    ("The Office of Space Affairs (OSA, Minister Ilse Marten) opened the call.", "Office of Space Affairs"),
])
def test_roles_a_post_in_brackets_after_a_body_is_held_there(people_layer, text: str, body: str) -> None:
    state = state_for(text, "en")
    held = mention(state, body, term(E.GOVERNMENT_BODY, body))
    person = mention(state, "Ilse Marten", term(E.PERSON, "Ilse Marten"), source="ner")
    roles.find_roles(state, [person], people_layer["en"].roles(state.doc))
    roles.memberships(state, people_layer["en"].role_body)
    assert {d for d in drafts(state) if d[1] == "memberOf"} == {
        ("member-of", "memberOf", person.id, held.id, 0.85)}


def test_roles_an_actor_far_before_the_title_is_not_the_employer(people_layer) -> None:
    state = state_for("Vantora Systems hosted the talks where President Ilse Marten spoke.", "en")
    mention(state, "Vantora Systems", term(E.ORGANIZATION, "Vantora Systems"))
    person = mention(state, "Ilse Marten", term(E.PERSON, "Ilse Marten"), source="ner")
    roles.find_roles(state, [person], people_layer["en"].roles(state.doc))
    roles.memberships(state, people_layer["en"].role_body)
    assert not [d for d in drafts(state) if d[1] == "memberOf"]


def test_roles_brackets_far_after_a_body_name_no_post_in_it(people_layer) -> None:
    state = state_for("The Office of Space Affairs met the press (Minister Ilse Marten spoke first).", "en")
    office = mention(state, "Office of Space Affairs", term(E.GOVERNMENT_BODY, "Office of Space Affairs"))
    person = mention(state, "Ilse Marten", term(E.PERSON, "Ilse Marten"), source="ner")
    roles.find_roles(state, [person], people_layer["en"].roles(state.doc))
    roles.memberships(state, people_layer["en"].role_body)
    assert office.id not in {d[3] for d in drafts(state) if d[1] == "memberOf"}


def test_roles_the_nation_s_minister_is_of_the_country_named_last(people_layer) -> None:
    """"Peru's minister of health, X, and the nation's minister of energy, Y": Y's country is Peru's,
    however often the article names another."""
    text = ("Chile and Peru met. Chile hosted. Peru's minister of health, Ana Soto, and the nation's "
            "minister of energy, Luis Vera, met Chile's delegation.")
    state = state_for(text, "en")
    for name, code, times in (("Chile", "cl", 3), ("Peru", "pe", 2)):
        for occurrence in range(times):
            mention(state, name, term(E.COUNTRY, name, code), occurrence)
    person = mention(state, "Luis Vera", term(E.PERSON, "Luis Vera"), source="ner")
    roles.find_roles(state, [person], people_layer["en"].roles(state.doc))
    roles.memberships(state, people_layer["en"].role_body)
    assert state.person_country.get(person.id) == "pe"


def test_roles_a_body_takes_the_one_country_its_sentence_names() -> None:
    state = state_for("The Office for Quantum Standards announced on Monday a research programme for Norway.", "en")
    body = mention(state, "Office for Quantum Standards", term(E.GOVERNMENT_BODY, "Office for Quantum Standards"))
    mention(state, "Norway", term(E.COUNTRY, "Norway", "no"))
    roles.part_of(state)
    assert ("part-of-sentence", "partOf", body.id, "country/no", 0.7) in drafts(state)


@pytest.mark.parametrize("text", [
    "The Office for Quantum Standards announced on Monday a research programme for Norway and Chile.",
    "The Office for Quantum Standards announced on Monday a research programme for the Chilean press.",
])
def test_roles_no_country_for_a_body_when_the_sentence_is_ambiguous(text: str) -> None:
    state = state_for(text, "en")
    mention(state, "Office for Quantum Standards", term(E.GOVERNMENT_BODY, "Office for Quantum Standards"))
    if "Norway" in text:
        mention(state, "Norway", term(E.COUNTRY, "Norway", "no"))
        mention(state, "Chile", term(E.COUNTRY, "Chile", "cl"))
    else:
        mention(state, "Chilean", term(E.COUNTRY, "Chile", "cl", demonym=True))
    roles.part_of(state)
    assert not drafts(state)


@pytest.mark.parametrize(("language", "text", "name", "body"), [
    ("fr", "Kofi Mensah, ministre des Chemins de fer, est arrivé.", "Kofi Mensah", "body/ministry-of-railways"),
])
def test_roles_sports_and_railways_are_portfolios(people_layer, language: str, text: str, name: str,
                                                  body: str) -> None:
    state, person = with_roles(text, language, name, people_layer)
    assert drafts(state) == {("member-of", "memberOf", person.id, body, 0.85)}


def body(name: str, country: str | None = None) -> Term:
    return Term(entity_id(E.GOVERNMENT_BODY, name), E.GOVERNMENT_BODY, name, country=country)


@pytest.mark.parametrize(("language", "text", "first", "second"), [
    ("en", "The Ministry of Trade, the Ministry of Transport and the Data Protection Agency said so.",
     "Ministry of Trade", "Ministry of Transport"),
    ("fr", "Le ministère du Commerce, le ministère des Transports et l'Agence de protection des données l'ont dit.",
     "ministère du Commerce", "ministère des Transports"),
])
def test_roles_bodies_listed_together_share_the_country_of_one_of_them(language: str, text: str, first: str,
                                                                       second: str) -> None:
    state = state_for(text, language)
    mention(state, first, body("Ministry of Trade"))
    mention(state, second, body("Ministry of Transport"))
    agency = "Data Protection Agency" if language == "en" else "Agence de protection des données"
    mention(state, agency, body("Data Protection Agency", "sg"))
    roles.part_of(state)
    assert {d[2:4] for d in drafts(state) if d[1] == "partOf"} == {
        ("body/ministry-of-trade", "country/sg"), ("body/ministry-of-transport", "country/sg"),
        ("body/data-protection-agency", "country/sg")}


def test_roles_bodies_of_two_countries_listed_together_lend_none() -> None:
    state = state_for("The Ministry of Trade, the Data Protection Agency and the Cyber Agency met.", "en")
    mention(state, "Ministry of Trade", body("Ministry of Trade"))
    mention(state, "Data Protection Agency", body("Data Protection Agency", "sg"))
    mention(state, "Cyber Agency", body("Cyber Agency", "gb"))
    roles.part_of(state)
    assert "body/ministry-of-trade" not in {d[2] for d in drafts(state) if d[1] == "partOf"}


def test_roles_an_embassy_written_without_its_host_is_the_ambassador_s(people_layer) -> None:
    text = ("Paul Girard, Chile's Ambassador to the United States, spoke. "
            "The Embassy of Chile in the United States helped.")
    state = state_for(text, "en")
    mention(state, "Chile", term(E.COUNTRY, "Chile", "cl"))
    mention(state, "United States", term(E.COUNTRY, "United States", "us"))
    mention(state, "Embassy of Chile", body("Embassy of Chile"))
    person = mention(state, "Paul Girard", term(E.PERSON, "Paul Girard"), source="ner")
    roles.find_roles(state, [person], people_layer["en"].roles(state.doc))
    roles.memberships(state, people_layer["en"].role_body)
    embassy = "body/embassy-of-chile-in-the-united-states"
    assert ("member-of", "memberOf", person.id, embassy, 0.85) in drafts(state)
    assert {f.id for f in state.found if f.text == "Embassy of Chile"} == {embassy}


@pytest.mark.parametrize(("text", "title"), [
    ("Velmora Institute and Dravik Labs signed the plan. Later Ilse Marten, Executive Director of the Velmora "
     "Institute, spoke.", "Executive Director of the Velmora Institute"),
    ("Velmora Institute and Dravik Labs signed the plan. Professor Ilse Marten, Rector of the Velmora Institute, "
     "spoke.", "Rector of the Velmora Institute"),
])
def test_roles_a_body_named_earlier_and_again_in_the_title_is_the_employer(people_layer, text: str,
                                                                          title: str) -> None:
    state = state_for(text, "en")
    institute = mention(state, "Velmora Institute", term(E.ORGANIZATION, "Velmora Institute"))
    mention(state, "Dravik Labs", term(E.ORGANIZATION, "Dravik Labs"))
    person = mention(state, "Ilse Marten", term(E.PERSON, "Ilse Marten"), source="ner")
    roles.find_roles(state, [person], people_layer["en"].roles(state.doc))
    roles.memberships(state, people_layer["en"].role_body)
    assert state.roles[person.id].text == title
    assert {d for d in drafts(state) if d[1] == "memberOf"} == {
        ("member-of", "memberOf", person.id, institute.id, 0.85)}


def test_roles_a_body_named_earlier_but_not_in_the_title_is_not_the_employer(people_layer) -> None:
    text = "Velmora Institute signed the plan. Later Ilse Marten, Executive Director of Dravik Labs, spoke."
    state = state_for(text, "en")
    mention(state, "Velmora Institute", term(E.ORGANIZATION, "Velmora Institute"))
    person = mention(state, "Ilse Marten", term(E.PERSON, "Ilse Marten"), source="ner")
    roles.find_roles(state, [person], people_layer["en"].roles(state.doc))
    roles.memberships(state, people_layer["en"].role_body)
    assert not {d for d in drafts(state) if d[1] == "memberOf"}


@pytest.mark.parametrize(("text", "actor", "held"), [
    ("Ilse Marten, Director, Vantora Systems, spoke first.", "Vantora Systems", True),
    ("Ilse Marten, Director, Public Affairs, Vantora Systems India, spoke first.", "Vantora Systems India", True),
    ("Ilse Marten, Administrator, Westland Space Agency (WSA); Tom Keller, Chairman, attended.",
     "Westland Space Agency", True),
    ("Ilse Marten, Director of Policy, said that Vantora Systems would join.", "Vantora Systems", False),
    ("Ilse Marten, Director, Vantora Systems and Orbis Labs signed.", "Vantora Systems", False),
])
def test_roles_an_actor_closing_the_apposition_after_a_title_is_the_employer(people_layer, text: str, actor: str,
                                                                              held: bool) -> None:
    state = state_for(text, "en")
    company = mention(state, actor, term(E.ORGANIZATION, actor))
    person = mention(state, "Ilse Marten", term(E.PERSON, "Ilse Marten"), source="ner")
    roles.find_roles(state, [person], people_layer["en"].roles(state.doc))
    roles.memberships(state, people_layer["en"].role_body)
    assert (("member-of", "memberOf", person.id, company.id, 0.85) in drafts(state)) is held


@pytest.mark.parametrize(("language", "text", "body", "name"), [
    ("en", "The Coastal Data Authority opened a lab. Jane Roe, Chairman of the Authority, spoke.",
     "Coastal Data Authority", "Jane Roe"),
    ("fr", "L'Agence nordique du cadastre a ouvert un bureau. La présidente de l’Agence, Lina Berg, a parlé.",
     "Agence nordique du cadastre", "Lina Berg"),
])
def test_roles_a_body_s_head_word_in_a_title_is_the_body_named_before(people_layer, language: str, text: str,
                                                                      body: str, name: str) -> None:
    state = state_for(text, language)
    found = mention(state, body, term(E.GOVERNMENT_BODY, body))
    person = mention(state, name, term(E.PERSON, name), source="ner")
    roles.find_roles(state, [person], people_layer[language].roles(state.doc))
    roles.memberships(state, people_layer[language].role_body)
    assert ("member-of", "memberOf", person.id, found.id, 0.85) in drafts(state)


def test_roles_a_head_word_that_two_bodies_share_names_neither(people_layer) -> None:
    text = ("The Coastal Data Authority and the Harbour Safety Authority met. Jane Roe, Chairman of the "
            "Authority, spoke.")
    state = state_for(text, "en")
    for body in ("Coastal Data Authority", "Harbour Safety Authority"):
        mention(state, body, term(E.GOVERNMENT_BODY, body))
    person = mention(state, "Jane Roe", term(E.PERSON, "Jane Roe"), source="ner")
    roles.find_roles(state, [person], people_layer["en"].roles(state.doc))
    roles.memberships(state, people_layer["en"].role_body)
    assert not any(d[1] == "memberOf" for d in drafts(state))


def test_roles_a_body_named_later_and_written_in_the_title_is_the_person_s(people_layer) -> None:
    text = "Said John Roe, Minister for the Coastal Office, on Monday. Later the Coastal Office confirmed it."
    state = state_for(text, "en")
    found = mention(state, "Coastal Office", term(E.GOVERNMENT_BODY, "Coastal Office"), occurrence=1)
    person = mention(state, "John Roe", term(E.PERSON, "John Roe"), source="ner")
    roles.find_roles(state, [person], people_layer["en"].roles(state.doc))
    roles.memberships(state, people_layer["en"].role_body)
    assert ("member-of", "memberOf", person.id, found.id, 0.85) in drafts(state)


def test_roles_a_name_listed_after_a_plural_title_takes_its_rank_s_country(people_layer) -> None:
    text = ("La réunion a eu lieu en présence des ministres de la Pêche danois et portugais, Erik Holm et "
            "Rui Sousa.")
    state = state_for(text, "fr")
    mention(state, "danois", term(E.COUNTRY, "Danemark", "dk", demonym=True))
    mention(state, "portugais", term(E.COUNTRY, "Portugal", "pt", demonym=True))
    people = [mention(state, n, term(E.PERSON, n), source="ner") for n in ("Erik Holm", "Rui Sousa")]
    roles.find_roles(state, people, people_layer["fr"].roles(state.doc))
    roles.memberships(state, people_layer["fr"].role_body)
    assert state.person_country[people[0].id] == "dk"
    assert state.person_country[people[1].id] == "pt"


@pytest.mark.parametrize(("language", "text", "union", "country", "name"), [
    ("fr", "Anna Lind, ambassadrice de l'Union européenne au Danemark, a parlé.", "Union européenne", "Danemark",
     "Anna Lind"),
    ("en", "Today the European Union Ambassador to Denmark Anna Lind spoke.", "European Union", "Denmark",
     "Anna Lind"),
])
def test_roles_an_ambassador_of_a_union_heads_its_delegation(people_layer, language: str, text: str, union: str,
                                                             country: str, name: str) -> None:
    state = state_for(text, language)
    mention(state, union, term(E.ORGANIZATION, "European Union"))
    mention(state, country, term(E.COUNTRY, "Denmark", "dk"))
    person = mention(state, name, term(E.PERSON, name), source="ner")
    roles.find_roles(state, [person], people_layer[language].roles(state.doc))
    roles.memberships(state, people_layer[language].role_body)
    delegation = "org/delegation-of-the-european-union-to-denmark"
    assert {d[3] for d in drafts(state) if d[2] == person.id} == {delegation}
    assert state.extra[delegation].name == "Delegation of the European Union to Denmark"
    assert person.id not in state.person_country


@pytest.mark.parametrize(("language", "text", "sending", "hosting"), [
    ("en", "Ravi Menon, High Commissioner of India to Ghana, spoke.", ("India", "in"), ("Ghana", "gh")),
    ("en", "The Kenya High Commissioner to Ghana Ravi Menon spoke.", ("Kenya", "ke"), ("Ghana", "gh")),
    ("fr", "Ravi Menon, haut-commissaire de l'Inde au Ghana, a parlé.", ("Inde", "in"), ("Ghana", "gh")),
])
def test_roles_a_high_commissioner_belongs_to_the_high_commission(people_layer, language: str, text: str,
                                                                 sending: tuple[str, str],
                                                                 hosting: tuple[str, str]) -> None:
    state = state_for(text, language)
    for written, code in (sending, hosting):
        mention(state, written, term(E.COUNTRY, written, code))
    person = mention(state, "Ravi Menon", term(E.PERSON, "Ravi Menon"), source="ner")
    roles.find_roles(state, [person], people_layer[language].roles(state.doc))
    roles.memberships(state, people_layer[language].role_body)
    sender = state.lexicon.country_in_name(state.lexicon.countries[sending[1]])
    host = state.lexicon.country_in_name(state.lexicon.countries[hosting[1]])
    body = entity_id(E.GOVERNMENT_BODY, f"High Commission of {sender} in {host}")
    assert {d[3] for d in drafts(state) if d[2] == person.id} == {body}
    assert state.extra[body].country == sending[1]


@pytest.mark.parametrize(("language", "text", "union", "written", "organ"), [
    ("en", "Jan Novak, the EU Commissioner for Fisheries, spoke.", "European Union", "EU", "org/european-commission"),
    ("fr", "L'Union africaine a reçu les offres. Jan Novak, commissaire chargé de la pêche, a parlé.", "African Union",
     "Union africaine", "org/african-union-commission"),
])
def test_roles_a_union_s_commissioner_sits_in_its_commission(people_layer, language: str, text: str, union: str,
                                                             written: str, organ: str) -> None:
    state = state_for(text, language)
    mention(state, written, term(E.ORGANIZATION, union))
    person = mention(state, "Jan Novak", term(E.PERSON, "Jan Novak"), source="ner")
    roles.find_roles(state, [person], people_layer[language].roles(state.doc))
    roles.memberships(state, people_layer[language].role_body)
    assert {d[3] for d in drafts(state) if d[2] == person.id} == {organ}
    assert organ in state.extra


def test_roles_a_country_s_commissioner_is_no_union_s(people_layer) -> None:
    text = "The European Union agreed. Jan Novak, Commissioner of the Federal Fisheries Commission, spoke."
    state = state_for(text, "en")
    mention(state, "European Union", term(E.ORGANIZATION, "European Union"))
    body = mention(state, "Federal Fisheries Commission", term(E.GOVERNMENT_BODY, "Federal Fisheries Commission", "us"))
    person = mention(state, "Jan Novak", term(E.PERSON, "Jan Novak"), source="ner")
    roles.find_roles(state, [person], people_layer["en"].roles(state.doc))
    roles.memberships(state, people_layer["en"].role_body)
    assert {d[3] for d in drafts(state) if d[2] == person.id} == {body.id}
