"""A head of state's title (kg/nlp/offices.py through the whole extractor): the president is a member
of the presidency of their country, named from the country's official name."""

from __future__ import annotations

import pytest

from kg.nlp import Extractor
from tests.support.nlp_support import named_facts


@pytest.fixture(scope="module")
def extractor():
    return Extractor()


def facts(extractor, text: str, language: str = "fr") -> set[tuple[str, str, str]]:
    """(type, subject name, object name) of every memberOf and partOf the extractor finds."""
    return named_facts(extractor, text, language, "memberOf", "partOf")


def test_presidency_from_a_title_naming_the_republic(extractor) -> None:
    text = ("Le président de la République française, Jean Dupuis, a reçu jeudi à Paris une délégation "
            "venue de Dakar.")
    found = facts(extractor, text)
    assert ("memberOf", "Jean Dupuis", "Presidency of the French Republic") in found
    assert ("partOf", "Presidency of the French Republic", "France") in found


def test_presidency_from_a_title_with_a_demonym_before_the_name(extractor) -> None:
    text = ("Selon la commissaire, qui a tenu une conférence de presse avec le Président sénégalais "
            "Moustapha Diop, le projet avance.")
    found = facts(extractor, text)
    assert ("memberOf", "Moustapha Diop", "Presidency of the Republic of Senegal") in found


def test_presidency_honorifics_between_title_and_name(extractor) -> None:
    text = ("Le programme a été lancé par le Président de la République du Cameroun, Son Excellence "
            "Monsieur Joseph Mbarga.")
    assert ("memberOf", "Joseph Mbarga", "Presidency of the Republic of Cameroon") in facts(extractor, text)


def test_presidency_head_of_state_takes_the_country_of_the_minister_before(extractor) -> None:
    text = ("Le ministre rwandais des Finances, Jean Habimana, a présenté le projet mercredi. "
            "Il a indiqué que le chef de l'Etat Paul Mugisha en avait fait une priorité.")
    assert ("memberOf", "Paul Mugisha", "Presidency of the Republic of Rwanda") in facts(extractor, text)


@pytest.mark.parametrize("text, person", [
    ("Le président du conseil d'administration de la société, Marc Lefort, a signé l'accord.", "Marc Lefort"),
    ("La vice-présidente de la République, Awa Camara, a ouvert la séance à Conakry.", "Awa Camara"),
])
def test_presidency_not_for_a_board_chair_or_a_vice_president(extractor, text: str, person: str) -> None:
    assert not [f for f in facts(extractor, text) if f[1] == person and f[2].startswith("Presidency")]


def test_presidency_a_president_s_counterpart_heads_the_other_state(extractor) -> None:
    text = ("Le Rwanda et la France renforcent leur coopération numérique. En marge du sommet de l'Union "
            "africaine, le président Paul Mugisha a rencontré son homologue français, Jean Dupuis.")
    found = facts(extractor, text)
    assert {o for t, s, o in found if t == "memberOf" and s == "Jean Dupuis"} == {"Presidency of the French Republic"}
    assert ("memberOf", "Paul Mugisha", "Presidency of the Republic of Rwanda") in found


def test_presidency_a_chain_of_titles_keeps_the_first(extractor) -> None:
    text = ("Le Cameroun a signé un accord avec la Banque mondiale. Le président de la République, chef du "
            "gouvernement, Joseph Mbarga, a salué cette étape.")
    assert ("memberOf", "Joseph Mbarga", "Presidency of the Republic of Cameroon") in facts(extractor, text)


def test_presidency_of_no_known_country_is_no_fact(extractor) -> None:
    text = "Le président Paul Mugisha a inauguré le centre de données."
    assert not [f for f in facts(extractor, text) if f[1] == "Paul Mugisha" or f[2] == "Paul Mugisha"]
