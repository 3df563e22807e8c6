"""The meeting sides (kg/nlp/meetings.py): who meets whom among the people of a sentence of talks."""

from __future__ import annotations

import pytest

from kg.models import EntityType
from kg.nlp import coref
from kg.nlp.relations import SentenceRules
from kg.nlp.state import Role
from tests.support.article_state import drafts, mention, state_for, term

E = EntityType
NAMES = ("Nadia Ben Salem", "Henrik Lindqvist", "Karim Alaoui", "Omar Haddad")


def meetings(language: str, text: str) -> set[frozenset[str]]:
    """The pairs the meeting rules find, each person written by the last word of their name."""
    state = state_for(text, language)
    for name in NAMES:
        if name in text:
            mention(state, name, term(E.PERSON, name))
    SentenceRules(state).relate_all()
    return {frozenset((d[2].rsplit("-", 1)[-1], d[3].rsplit("-", 1)[-1])) for d in drafts(state) if d[1] == "meets"}


def pair(one: str, other: str) -> frozenset[str]:
    return frozenset((one, other))


@pytest.mark.parametrize(("language", "text"), [
    ("en", "During a meeting with the minister of finance, Nadia Ben Salem, and the digital minister, "
           "Henrik Lindqvist, Karim Alaoui discussed payment systems."),
    ("en", "In talks with Nadia Ben Salem and Henrik Lindqvist, Karim Alaoui discussed payment systems."),
])
def test_meetings_the_subject_meets_each_person_listed_after_with(language: str, text: str) -> None:
    assert meetings(language, text) == {pair("alaoui", "salem"), pair("alaoui", "lindqvist")}


def test_meetings_people_listed_after_with_do_not_meet_each_other_without_a_subject() -> None:
    text = "In Oslo, the delegation met with Nadia Ben Salem and Henrik Lindqvist on Monday."
    assert meetings("en", text) == set()


def test_meetings_the_person_before_the_cue_meets_everyone_listed() -> None:
    text = "Karim Alaoui met with Nadia Ben Salem and Henrik Lindqvist on Monday."
    assert meetings("en", text) == {pair("alaoui", "salem"), pair("alaoui", "lindqvist")}


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The memorandum was signed by Nadia Ben Salem and Henrik Lindqvist in the presence of Karim Alaoui."),
    ("en", "The memorandum was signed in the presence of Nadia Ben Salem, Henrik Lindqvist and Karim Alaoui."),
    ("fr", "Le mémorandum a été signé par Nadia Ben Salem et Henrik Lindqvist en présence de Karim Alaoui."),
])
def test_meetings_a_witnessed_signing_is_no_meeting(language: str, text: str) -> None:
    assert meetings(language, text) == set()


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The talks between Nadia Ben Salem and Henrik Lindqvist took place in the presence of Karim Alaoui "
           "and Omar Haddad."),
    ("fr", "L'entretien entre Nadia Ben Salem et Henrik Lindqvist s'est déroulé en présence de Karim Alaoui "
           "et d'Omar Haddad."),
])
def test_meetings_witnesses_of_talks_between_two_people_hold_no_talks(language: str, text: str) -> None:
    assert meetings(language, text) == {pair("salem", "lindqvist")}


def test_meetings_a_pronoun_stands_for_the_subject_of_the_sentence_before() -> None:
    text = ("During a meeting with Nadia Ben Salem, Karim Alaoui discussed payment systems.\n"
            "He also held talks with Henrik Lindqvist.")
    state = state_for(text, "en")
    mention(state, "Nadia Ben Salem", term(E.PERSON, "Nadia Ben Salem"))
    alaoui = mention(state, "Karim Alaoui", term(E.PERSON, "Karim Alaoui"))
    assert [(f.text, f.id) for f in coref.pronouns(state)] == [("He", alaoui.id)]


BODIES = ("Digital Economy Agency", "Data Protection Authority", "Cyber Network")


def body_meetings(language: str, text: str) -> set[frozenset[str]]:
    """The pairs of bodies the meeting rules find, each body written by the last word of its name."""
    state = state_for(text, language)
    for name in BODIES:
        if name in text:
            mention(state, name, term(E.GOVERNMENT_BODY, name))
    SentenceRules(state).relate_all()
    return {frozenset((d[2].rsplit("-", 1)[-1], d[3].rsplit("-", 1)[-1])) for d in drafts(state) if d[1] == "meets"}


def test_meetings_a_body_meets_the_body_it_holds_talks_with() -> None:
    text = "The Digital Economy Agency held talks with the Data Protection Authority on Monday."
    assert body_meetings("en", text) == {pair("agency", "authority")}


def test_meetings_bodies_that_hold_a_meeting_together_meet() -> None:
    text = "The Digital Economy Agency and the Data Protection Authority held a meeting in Oslo on Monday."
    assert body_meetings("en", text) == {pair("agency", "authority")}


@pytest.mark.parametrize("text", [
    "A delegation of experts of the Digital Economy Agency and the Data Protection Authority met several start-ups.",
    "The deal of the Digital Economy Agency and the Data Protection Authority was announced at the "
    "Cyber Network meeting.",
    "The Digital Economy Agency met all the conditions for the loan agreement with the Data Protection Authority.",
])
def test_meetings_bodies_named_around_a_meeting_event_hold_no_talks(text: str) -> None:
    assert body_meetings("en", text) == set()


@pytest.mark.parametrize(("text", "met"), [
    ("Karim Alaoui talked with Nadia Ben Salem on Monday.", True),
    ("Karim Alaoui called on Minister Nadia Ben Salem in Oslo on Monday.", True),
    ("Karim Alaoui called on Nadia Ben Salem to publish the figures.", False),
])
def test_meetings_talking_with_or_calling_on_a_minister_is_a_meeting(text: str, met: bool) -> None:
    assert meetings("en", text) == ({pair("alaoui", "salem")} if met else set())


def test_meetings_a_pronoun_is_nobody_named_in_its_own_sentence() -> None:
    text = "Nadia Ben Salem and Karim Alaoui arrived in Oslo.\nHe met Nadia Ben Salem on Monday."
    state = state_for(text, "en")
    mention(state, "Nadia Ben Salem", term(E.PERSON, "Nadia Ben Salem"))
    alaoui = mention(state, "Karim Alaoui", term(E.PERSON, "Karim Alaoui"))
    mention(state, "Nadia Ben Salem", term(E.PERSON, "Nadia Ben Salem"), occurrence=1)
    assert [(f.text, f.id) for f in coref.pronouns(state)] == [("He", alaoui.id)]


def test_meetings_the_delegation_s_talks_are_its_leader_s() -> None:
    text = ("A delegation led by Nadia Ben Salem arrived in Oslo on Monday.\n"
            "In Oslo, the delegation met with Henrik Lindqvist and Karim Alaoui on Tuesday.")
    assert meetings("en", text) == {pair("salem", "lindqvist"), pair("salem", "alaoui")}


def test_meetings_people_listed_with_a_host_at_home_are_no_visitors() -> None:
    state = state_for("In Oslo, Karim Alaoui met with Minister Nadia Ben Salem and Henrik Lindqvist.", "en")
    mention(state, "Oslo", term(E.PLACE, "Oslo", "no"))
    for name in ("Karim Alaoui", "Nadia Ben Salem", "Henrik Lindqvist"):
        mention(state, name, term(E.PERSON, name))
    state.person_country.update({"person/karim-alaoui": "ma", "person/nadia-ben-salem": "no"})
    SentenceRules(state).visit_all()
    assert {(d[0], d[2], d[3]) for d in drafts(state)} == {("visit-away", "person/karim-alaoui", "place/oslo"),
                                                          ("visit-country", "person/karim-alaoui", "country/no")}


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Nadia Ben Salem et Henrik Lindqvist continueront de se réunir lors de réunions annuelles."),
    ("en", "Nadia Ben Salem and Henrik Lindqvist will continue to meet every year."),
])
def test_meetings_talks_that_will_go_on_are_not_held_yet(language: str, text: str) -> None:
    assert meetings(language, text) == set()


@pytest.mark.parametrize(("second", "sides", "held"), [
    ("The two sides exchanged views on data protection.", "The two sides", True),
    ("Talks between the two sides covered data protection.", "the two sides", True),
    ("The plan was approved in the cabinet meeting to serve the two countries.", "the two countries", False),
])
def test_meetings_the_two_sides_hold_talks_only_as_their_subject(second: str, sides: str, held: bool) -> None:
    state = state_for(f"Nadia Ben Salem met Henrik Lindqvist on Monday.\n{second}", "en")
    mention(state, "Nadia Ben Salem", term(E.PERSON, "Nadia Ben Salem"))
    mention(state, "Henrik Lindqvist", term(E.PERSON, "Henrik Lindqvist"))
    state.sentences[1].pairs.append((state.text.index(sides), "pair"))
    SentenceRules(state).relate_all()
    assert any(d.type.value == "meets" and d.sentence is state.sentences[1] for d in state.drafts) == held


def test_meetings_receiving_a_delegation_meets_its_leader_in_french() -> None:
    text = ("Le ministre Karim Alaoui a salué ces liens en recevant lundi une délégation conduite par "
            "Henrik Lindqvist.")
    assert meetings("fr", text) == {pair("alaoui", "lindqvist")}


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Le président Karim Alaoui a reçu lundi les ministres chargés du numérique de la région. "
           "Il s'agit de Nadia Ben Salem, Henrik Lindqvist et Omar Haddad."),
    ("en", "President Karim Alaoui received the ministers of digital affairs of the region on Monday. "
           "They were Nadia Ben Salem, Henrik Lindqvist and Omar Haddad."),
])
def test_meetings_a_host_meets_each_member_of_a_group_named_by_a_plural_title(language: str, text: str) -> None:
    assert meetings(language, text) == {pair("alaoui", "salem"), pair("alaoui", "lindqvist"), pair("alaoui", "haddad")}


def test_meetings_a_group_received_without_a_plural_title_names_no_guests() -> None:
    text = ("Le président Karim Alaoui a reçu lundi une délégation de la région. "
            "Nadia Ben Salem et Henrik Lindqvist ont salué la qualité des échanges.")
    assert meetings("fr", text) == set()


def test_meetings_a_group_named_by_a_plural_title_is_those_with_its_title() -> None:
    text = ("Le président Karim Alaoui a reçu lundi les ministres chargés du numérique de la région. "
            "La ministre de l'Économie numérique, Nadia Ben Salem, a salué son soutien. "
            "Le conseiller Omar Haddad a rappelé les travaux. Le ministre des Postes, Henrik Lindqvist, a conclu.")
    state = state_for(text, "fr")
    titles = {"Nadia Ben Salem": "La ministre de l'Économie", "Omar Haddad": "conseiller",
              "Henrik Lindqvist": "ministre des Postes", "Karim Alaoui": "président"}
    for name, title in titles.items():
        person = mention(state, name, term(E.PERSON, name))
        start = text.index(title)
        state.roles[person.id] = Role(title, start, start + len(title), start + len(title), state.sentence_at(start))
    SentenceRules(state).relate_all()
    met = {frozenset((d[2].rsplit("-", 1)[-1], d[3].rsplit("-", 1)[-1])) for d in drafts(state) if d[1] == "meets"}
    assert met == {pair("alaoui", "salem"), pair("alaoui", "lindqvist")}


@pytest.mark.parametrize(("text", "met"), [
    ("Après avoir été accueillie par le ministre Karim Alaoui, Nadia Ben Salem a participé à une réunion.", True),
    ("L'invitée de marque a été accueillie par Karim Alaoui et Nadia Ben Salem.", False),
])
def test_meetings_a_guest_received_by_name_is_the_subject_the_sentence_goes_on_with(text: str, met: bool) -> None:
    assert (meetings("fr", text) == {pair("alaoui", "salem")}) == met


def test_meetings_a_delegation_received_meets_its_leader_named_in_another_sentence() -> None:
    text = ("La ministre Nadia Ben Salem a reçu lundi une délégation d'experts de la région. "
            "Conduite par Dr Henrik Lindqvist, cette délégation vient préparer un accord.")
    assert meetings("fr", text) == {pair("salem", "lindqvist")}


@pytest.mark.parametrize(("language", "text"), [
    ("en", "A delegation led by Nadia Ben Salem and Omar Haddad arrived in Oslo on Monday.\n"
           "The delegation met with Henrik Lindqvist on Tuesday."),
    ("en", "A delegation led by Nadia Ben Salem and Omar Haddad arrived in Oslo on Monday.\n"
           "The delegation was received by the minister, Henrik Lindqvist, on Tuesday."),
    ("fr", "Une délégation conduite par Nadia Ben Salem et Omar Haddad est arrivée lundi à Oslo. "
           "Lors de ce séjour, la délégation s'est entretenue avec Henrik Lindqvist."),
])
def test_meetings_one_person_met_by_a_delegation_meets_each_of_its_leaders(language: str, text: str) -> None:
    assert meetings(language, text) == {pair("salem", "lindqvist"), pair("haddad", "lindqvist")}


@pytest.mark.parametrize("text", [
    "A delegation led by Nadia Ben Salem arrived in Oslo on Monday.\n"
    "The minister met with Henrik Lindqvist on Tuesday.",
    "Nadia Ben Salem arrived in Oslo on Monday.\nThe delegation met with Henrik Lindqvist on Tuesday.",
])
def test_meetings_one_person_met_with_no_trip_told_before_meets_nobody_unnamed(text: str) -> None:
    assert meetings("en", text) == set()


@pytest.mark.parametrize("text", [
    "Nadia Ben Salem a évoqué avec Henrik Lindqvist les moyens de renforcer la coopération.",
    "Nadia Ben Salem et Henrik Lindqvist ont eu des échanges sur le numérique.",
    "Nadia Ben Salem a discuté avec Henrik Lindqvist des projets en cours.",
])
def test_meetings_discussing_with_someone_is_a_meeting_in_french(text: str) -> None:
    assert meetings("fr", text) == {pair("salem", "lindqvist")}


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Nadia Ben Salem and the digital minister, Henrik Lindqvist, received Karim Alaoui on Monday."),
    ("fr", "Nadia Ben Salem et le ministre du numérique, Henrik Lindqvist, ont reçu lundi Karim Alaoui."),
])
def test_meetings_hosts_listed_together_each_meet_the_guest_not_each_other(language: str, text: str) -> None:
    assert meetings(language, text) == {pair("salem", "alaoui"), pair("lindqvist", "alaoui")}


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Le président Karim Alaoui a également reçu Nadia Ben Salem au palais."),
    ("fr", "Karim Alaoui a rendu visite au ministre Nadia Ben Salem jeudi."),
    ("fr", "Karim Alaoui a aussi examiné avec Nadia Ben Salem les projets en cours."),
    ("fr", "Karim Alaoui a eu un petit-déjeuner de travail avec Nadia Ben Salem."),
    ("en", "In Oslo, Karim Alaoui was warmly welcomed by Nadia Ben Salem."),
    ("en", "Karim Alaoui showed Nadia Ben Salem around the new data centre."),
])
def test_meetings_receiving_welcoming_calling_on_or_a_working_meal_is_a_meeting(language: str, text: str) -> None:
    assert meetings(language, text) == {pair("alaoui", "salem")}
