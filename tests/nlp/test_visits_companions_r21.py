"""Round 21: "en compagnie de" names a companion in French, who goes where the visitor goes."""

from __future__ import annotations

from kg.models import RelationType
from tests.support.layer_run import before, relations


def _visited(text: str, language: str = "fr") -> set[tuple[str, str, str]]:
    state, layer = before(text, language, "visits")
    layer(state)
    return relations(state, RelationType.VISITS)


def test_visits_french_in_the_company_of_names_a_companion_who_travels_too() -> None:
    text = ("Le président ghanéen, Kofi Mensah, est arrivé jeudi soir à Dakar, en compagnie de son épouse "
            "Ama Mensah, pour prendre part au forum régional.")
    found = _visited(text)
    assert ("visits", "person/kofi-mensah", "place/dakar") in found
    assert ("visits", "person/ama-mensah", "place/dakar") in found
    assert ("visits", "person/ama-mensah", "country/sn") in found


def test_visits_french_representing_the_head_of_state_at_a_summit_abroad_is_a_trip() -> None:
    text = ("Kofi Mensah, le ministre ghanéen des Affaires étrangères, représente le chef de l'Etat au 2e sommet "
            "régional qui s'est ouvert lundi à Dakar.")
    found = _visited(text)
    assert ("visits", "person/kofi-mensah", "place/dakar") in found


def test_visits_french_a_visit_in_the_future_tense_is_not_yet_made() -> None:
    text = "Le président ghanéen, Kofi Mensah, effectuera une visite officielle à Dakar le mois prochain."
    assert not _visited(text)
