"""The coreference layer (kg/nlp/coref.py) fed mentions and roles by hand."""

from __future__ import annotations

import pytest

from kg.models import EntityType
from kg.nlp import coref
from kg.nlp.state import Role
from tests.support.article_state import mention, state_for, term

E = EntityType


@pytest.mark.parametrize(("language", "text", "phrase", "kind"), [
    ("fr", "Le Maroc et la France ont signé. Les deux pays coopèrent.", "Les deux pays", "pair"),
    ("en", "Morocco and France signed. Both sides will cooperate.", "Both sides", "pair"),
    ("en", "X met Y. The two ministers discussed AI.", "The two ministers", "ministers"),
    ("en", "X met Y. The two leaders discussed AI.", "The two leaders", "people"),
    ("fr", "Les deux ministères vont coopérer.", "Les deux ministères", "bodies"),
    ("fr", "Le Pérou et le Chili ont signé. Nos deux pays coopèrent sur les données.", "Nos deux pays", "pair"),
    ("en", "Peru and Chile signed. Our two nations will work together on data.", "Our two nations", "pair"),
])
def test_coref_pair_markers_mark_their_sentence(language: str, text: str, phrase: str, kind: str) -> None:
    state = state_for(text, language)
    coref.pair_markers(state)
    at = state.text.index(phrase)
    assert (at, kind) in state.sentence_at(at).pairs


@pytest.mark.parametrize(("language", "text", "word"), [
    ("fr", "Le Maroc accueille le forum. Le Royaume veut coopérer.", "Royaume"),
    ("en", "Morocco hosts the forum. The Kingdom wants to cooperate.", "Kingdom"),
])
def test_coref_the_kingdom_is_the_article_s_main_kingdom(language: str, text: str, word: str) -> None:
    state = state_for(text, language)
    mention(state, text.split()[1 if language == "fr" else 0], term(E.COUNTRY, "Morocco", "ma"))
    found = coref.kingdoms(state)
    assert [(f.text, f.id) for f in found] == [(word, "country/ma")]


def test_coref_the_united_kingdom_is_no_reference() -> None:
    state = state_for("Morocco hosts the forum with the United Kingdom.", "en")
    mention(state, "Morocco", term(E.COUNTRY, "Morocco", "ma"))
    assert coref.kingdoms(state) == []


def test_coref_the_minister_is_the_last_minister_named() -> None:
    text = "Amal El Fallah Seghrouchni, ministre déléguée, est à Rabat. La ministre a signé."
    state = state_for(text, "fr")
    person = mention(state, "Amal El Fallah Seghrouchni", term(E.PERSON, "Amal El Fallah Seghrouchni"))
    start = text.index("ministre déléguée")
    state.roles[person.id] = Role("ministre déléguée", start, start + 17, start + 17, state.sentence_at(start))
    found = coref.descriptions(state)
    assert [(f.text, f.id) for f in found] == [("La ministre", person.id)]


@pytest.mark.parametrize(("language", "text", "role", "phrase"), [
    ("fr", "Nadia Ben Salem, secrétaire générale de l'Union, est à Dakar. La secrétaire générale a été reçue.",
     "secrétaire générale de l'Union", "La secrétaire générale"),
    ("en", "Nadia Ben Salem, Secretary-General of the Union, is in Dakar. The Secretary-General was received.",
     "Secretary-General of the Union", "The Secretary-General"),
    # a title after "de" ("la visite du ministre"), a prime minister
    ("fr", "Nadia Ben Salem, ministre de la Poste, est arrivée lundi. La visite du ministre a duré deux jours.",
     "ministre de la Poste", "du ministre"),
    ("fr", "Nadia Ben Salem, président de l'Union, est à Lomé. Les conseillers du président étaient présents.",
     "président de l'Union", "du président"),
    ("fr", "Nadia Ben Salem, Premier ministre, est à Lomé. Le Premier ministre a signé la charte.",
     "Premier ministre", "Le Premier ministre"),
    ("en", "Nadia Ben Salem, the Prime Minister, is in Oslo. The visit of the prime minister to Oslo ended.",
     "Prime Minister", "the prime minister"),
])
def test_coref_the_secretary_general_is_the_last_one_named(language: str, text: str, role: str,
                                                          phrase: str) -> None:
    state = state_for(text, language)
    person = mention(state, "Nadia Ben Salem", term(E.PERSON, "Nadia Ben Salem"))
    start = text.index(role)
    end = start + len(role)
    state.roles[person.id] = Role(role, start, end, end, state.sentence_at(start))
    assert [(f.text, f.id) for f in coref.descriptions(state)] == [(phrase, person.id)]


def test_coref_a_description_with_a_demonym_is_the_last_one_of_that_country() -> None:
    """"Le ministre coréen" is the Korean minister named before, not the last minister named."""
    text = ("Kim Min-jun, ministre de l'Intérieur, est à Tunis. Paul Girard, ministre de l'Économie, l'a reçu. "
            "Le ministre coréen a salué la coopération.")
    state = state_for(text, "fr")
    kim = mention(state, "Kim Min-jun", term(E.PERSON, "Kim Min-jun"))
    paul = mention(state, "Paul Girard", term(E.PERSON, "Paul Girard"))
    mention(state, "coréen", term(E.COUNTRY, "Korea", country="kr", demonym=True))
    for person, role in ((kim, "ministre de l'Intérieur"), (paul, "ministre de l'Économie")):
        start = text.index(role)
        state.roles[person.id] = Role(role, start, start + len(role), start + len(role), state.sentence_at(start))
    state.person_country.update({kim.id: "kr", paul.id: "tn"})
    assert [(f.text, f.id) for f in coref.descriptions(state)] == [("Le ministre", kim.id)]


@pytest.mark.parametrize(("text", "phrase"), [
    ("Jean Mugabo est à Kigali. Le ministre Ali Omar et son homologue rwandais ont visité un centre.", "son homologue"),
    ("Jean Mugabo est à Kigali. Le responsable rwandais a présenté le centre.", "Le responsable"),
    ("Jean Mugabo est à Kigali. Le dirigeant rwandais a inauguré une école.", "Le dirigeant"),
])
def test_coref_an_official_with_a_demonym_is_the_last_person_of_that_country(text: str, phrase: str) -> None:
    """"son homologue rwandais", "le responsable rwandais": the Rwandan named before."""
    state = state_for(text, "fr")
    person = mention(state, "Jean Mugabo", term(E.PERSON, "Jean Mugabo"))
    mention(state, "rwandais", term(E.COUNTRY, "Rwanda", country="rw", demonym=True))
    state.person_country[person.id] = "rw"
    assert [(f.text, f.id) for f in coref.descriptions(state)] == [(phrase, person.id)]


def test_coref_an_official_named_right_after_is_no_reference() -> None:
    """"son homologue rwandais, Eric Habimana": the name that follows, not the Rwandan named before."""
    text = "Jean Mugabo est à Kigali. Le ministre a reçu son homologue rwandais, Eric Habimana."
    state = state_for(text, "fr")
    person = mention(state, "Jean Mugabo", term(E.PERSON, "Jean Mugabo"))
    mention(state, "Eric Habimana", term(E.PERSON, "Eric Habimana"))
    mention(state, "rwandais", term(E.COUNTRY, "Rwanda", country="rw", demonym=True))
    state.person_country[person.id] = "rw"
    assert [f.text for f in coref.descriptions(state)] == []


@pytest.mark.parametrize(("language", "text", "phrase"), [
    ("fr", "Nadia Ben Salem, présidente de la République, est à Lomé. La cheffe de l'État a reçu le ministre.",
     "La cheffe de l'État"),
    ("en", "Nadia Ben Salem, President of the Republic, is in Accra. The head of state received the minister.",
     "The head of state"),
])
def test_coref_the_head_of_state_is_the_last_president(language: str, text: str, phrase: str) -> None:
    state = state_for(text, language)
    person = mention(state, "Nadia Ben Salem", term(E.PERSON, "Nadia Ben Salem"))
    role = "présidente de la République" if language == "fr" else "President of the Republic"
    start = text.index(role)
    state.roles[person.id] = Role(role, start, start + len(role), start + len(role), state.sentence_at(start))
    assert [(f.text, f.id) for f in coref.descriptions(state)] == [(phrase, person.id)]


def test_coref_a_description_tied_to_another_organisation_is_someone_else() -> None:
    """"Le président Afrique de la société Vextel": that company's president, not the president named before."""
    text = "Le président Alain Dubois est à Yaoundé. Le président Afrique de la société Vextel a été reçu lundi."
    state = state_for(text, "fr")
    person = mention(state, "Alain Dubois", term(E.PERSON, "Alain Dubois"))
    mention(state, "Vextel", term(E.ORGANIZATION, "Vextel"))
    start = text.index("président")
    state.roles[person.id] = Role("président", start, start + 9, start + 9, state.sentence_at(start))
    assert coref.descriptions(state) == []


@pytest.mark.parametrize(("language", "text", "pronoun"), [
    ("en", "Nadia Ben Salem praised the deal.\n“We need partners,” she said during a visit to Tallinn.", "she"),
    ("en", "Nadia Ben Salem arrived on Monday.\nDuring the visit, she met the minister.", "she"),
    ("fr", "Nadia Ben Salem est arrivée lundi.\nLors de sa visite, elle a rencontré le ministre.", "elle"),
])
def test_coref_a_pronoun_after_a_comma_is_the_person_before(language: str, text: str, pronoun: str) -> None:
    state = state_for(text, language)
    person = mention(state, "Nadia Ben Salem", term(E.PERSON, "Nadia Ben Salem"))
    found = coref.pronouns(state)
    assert [(f.text, f.id) for f in found] == [(pronoun, person.id)]


def test_coref_a_pronoun_after_someone_named_in_its_sentence_is_left_alone() -> None:
    state = state_for("Nadia Ben Salem arrived.\nOn Monday, Lars Berg said she met him.", "en")
    mention(state, "Nadia Ben Salem", term(E.PERSON, "Nadia Ben Salem"))
    mention(state, "Lars Berg", term(E.PERSON, "Lars Berg"))
    assert coref.pronouns(state) == []


def test_coref_a_pronoun_opening_a_sentence_is_the_person_before() -> None:
    state = state_for("Nadia Ben Salem est arrivée lundi.\nElle a rencontré le ministre.", "fr")
    person = mention(state, "Nadia Ben Salem", term(E.PERSON, "Nadia Ben Salem"))
    found = coref.pronouns(state)
    assert [(f.text, f.id, f.source) for f in found] == [("Elle", person.id, "pronoun")]


@pytest.mark.parametrize(("language", "text", "long", "same"), [
    ("en", "Microsoft will train civil servants. Microsoft Corporation said so.", "Microsoft Corporation", True),
    ("fr", "Orange formera des agents. Orange SA l'a annoncé.", "Orange SA", True),
    ("en", "Orange will train civil servants. Orange Foundation said so.", "Orange Foundation", False),
])
def test_coref_a_legal_form_makes_no_other_company(language: str, text: str, long: str, same: bool) -> None:
    short = long.split()[0]
    state = state_for(text, language)
    mention(state, short, term(E.ORGANIZATION, short))
    mention(state, long, term(E.ORGANIZATION, long))
    coref.company_names(state)
    expected = {f"org/{short.lower()}"} | (set() if same else {"org/" + long.lower().replace(" ", "-")})
    assert {f.id for f in state.found} == expected


@pytest.mark.parametrize("full", ["Marta K. Lindqvist", "Marta K Lindqvist", "Marta K. J. Lindqvist"])
def test_coref_a_name_without_its_middle_initials_is_the_same_person(full: str) -> None:
    text = f"{full} opened the forum. Later, Marta Lindqvist met the press."
    state = state_for(text, "en")
    mention(state, full, term(E.PERSON, full))
    short = mention(state, "Marta Lindqvist", term(E.PERSON, "Marta Lindqvist"))
    coref.link_people(state)
    assert short.term.name == full


def test_coref_a_different_first_name_with_the_same_initials_is_no_match() -> None:
    text = "Marta K. Lindqvist opened the forum. Later, Anna Lindqvist met the press."
    state = state_for(text, "en")
    mention(state, "Marta K. Lindqvist", term(E.PERSON, "Marta K. Lindqvist"))
    short = mention(state, "Anna Lindqvist", term(E.PERSON, "Anna Lindqvist"))
    coref.link_people(state)
    assert short.term.name == "Anna Lindqvist"

