"""Offices a title implies (kg/nlp/offices.py through the whole extractor): an ambassador's embassy,
never a head of state's presidency."""

from __future__ import annotations

import pytest

from tests.support.nlp_support import named_facts


def facts(extractor, text: str) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    """(person, body) of every memberOf and (body, country) of every partOf found in a French text."""
    found = named_facts(extractor, text, "fr", "memberOf", "partOf")
    return ({(s, o) for kind, s, o in found if kind == "memberOf"},
            {(s, o) for kind, s, o in found if kind == "partOf"})


@pytest.mark.parametrize(("text", "person"), [
    ("Le président de la République du Cameroun, Jean-Marc Ekambi, a reçu la délégation vendredi.",
     "Jean-Marc Ekambi"),
    ("Le président de la République française, Lucien Marchetti, a salué l'accord mardi.", "Lucien Marchetti"),
    ("Le président Paul Kagame a ouvert le sommet numérique lundi.", "Paul Kagame"),
    ("Selon la commissaire, qui a tenu une conférence de presse avec le Président sénégalais Moustapha Diop, "
     "le projet avance.", "Moustapha Diop"),
    ("Le Rwanda et la France renforcent leur coopération numérique. En marge du sommet, le président Paul "
     "Mugisha a rencontré son homologue français, Jean Dupuis.", "Jean Dupuis"),
])
def test_offices_a_head_of_state_s_title_implies_no_body(extractor, text: str, person: str) -> None:
    """A presidency is a fact only where the text names it (docs/annotation.md); a president's
    counterpart is a head of state too, of no ministry."""
    members, parts = facts(extractor, text)
    assert not [body for member, body in members if member == person]
    assert not [body for body, _ in parts if body.startswith("Presidency")]


def test_offices_an_ambassador_without_a_host_serves_in_the_country_the_article_names(extractor) -> None:
    text = ("Le Bénin a reçu un don de matériel informatique. L'ambassadeur du Japon, Kenji Sato, a salué "
            "les progrès du Bénin dans le numérique.")
    members, parts = facts(extractor, text)
    assert ("Kenji Sato", "Embassy of Japan in Benin") in members
    assert ("Embassy of Japan in Benin", "Japan") in parts


def test_offices_an_ambassador_without_a_host_serves_in_the_country_of_the_dateline_s_capital(extractor) -> None:
    """The report opens in Dakar: the ambassador it names, however often her own country comes up,
    serves in Senegal."""
    text = ("DAKAR - L'ambassadeur du Canada, Claire Martin, a présenté jeudi un programme numérique. "
            "Le Canada y consacre un budget, a-t-elle dit, et le Canada formera des ingénieurs.")
    members, _ = facts(extractor, text)
    assert ("Claire Martin", "Embassy of Canada in Senegal") in members


@pytest.mark.parametrize(("language", "text", "body", "country"), [
    ("fr", "Le forum est organisé par l'ambassade du Pérou en Bolivie avec des entreprises locales.",
     "Embassy of Peru in Bolivia", "Peru"),
    ("fr", "À La Paz, l'Ambassade d'Italie en Bolivie a présenté un programme de bourses.",
     "Embassy of Italy in Bolivia", "Italy"),
    ("en", "The forum was hosted by the Norwegian embassy in Zambia with local firms.",
     "Embassy of Norway in Zambia", "Norway"),
])
def test_offices_an_embassy_named_with_its_country_is_that_country_s_embassy_in_its_host(
        extractor, language: str, text: str, body: str, country: str) -> None:
    assert ("partOf", body, country) in named_facts(extractor, text, language, "partOf")
