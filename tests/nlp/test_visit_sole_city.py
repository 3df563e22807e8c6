"""Whoever visits a country and no city of it visits the one city of that country the article names as where
a visit, talks or a signing took place; not a city named for something planned, nor one of two such cities."""

from __future__ import annotations

from kg.models import RelationType
from tests.support.layer_run import before, relations


def _visited(text: str, language: str = "en") -> set[tuple[str, str, str]]:
    state, layer = before(text, language, "visits")
    layer(state)
    return relations(state, RelationType.VISITS)


def test_visits_the_one_city_of_a_visited_country_where_talks_were_held() -> None:
    text = ("Ghanaian minister Kwame Asante paid a working visit to Estonia last week. "
            "The talks were held at the e-Governance Academy in Tallinn.")
    found = _visited(text)
    assert ("visits", "person/kwame-asante", "country/ee") in found
    assert ("visits", "person/kwame-asante", "place/tallinn") in found


def test_visits_no_city_of_a_visited_country_named_for_an_event_to_come() -> None:
    text = ("Ghanaian minister Kwame Asante paid a working visit to Estonia last week. "
            "A second agreement will be signed next year in Tallinn.")
    found = _visited(text)
    assert ("visits", "person/kwame-asante", "country/ee") in found
    assert ("visits", "person/kwame-asante", "place/tallinn") not in found


def test_visits_no_city_where_two_cities_of_the_visited_country_are_named() -> None:
    text = ("Ghanaian minister Kwame Asante paid a working visit to Morocco last week. "
            "The talks were held in Rabat and the memorandum was signed in Casablanca.")
    found = _visited(text)
    assert not {o for _, s, o in found if s == "person/kwame-asante" and o.startswith("place/")}


def test_visits_la_seule_ville_du_pays_visite_ou_se_sont_tenus_les_entretiens() -> None:
    text = ("Le ministre ghanéen Kwame Asante a effectué une visite de travail en Estonie la semaine dernière. "
            "Les entretiens se sont tenus à l'Académie de la gouvernance électronique de Tallinn, à Tallinn.")
    found = _visited(text, "fr")
    assert ("visits", "person/kwame-asante", "place/tallinn") in found
