"""The one person "accompanied by" names in a sentence of no trip of its own goes along on the last
visitor's trip; a list of an entourage and an envoy at their post do not."""

from __future__ import annotations

from kg.models import RelationType
from tests.support.layer_run import before, relations

TRIP = "Nigeria's Minister of Communications, Tunde Adeyemi, paid an official visit to Washington. "


def _visited(text: str, language: str = "en") -> set[tuple[str, str, str]]:
    state, layer = before(text, language, "visits")
    layer(state)
    return relations(state, RelationType.VISITS)


def test_visits_a_lone_companion_named_later_goes_on_the_last_visitors_trip() -> None:
    found = _visited(TRIP + "He was accompanied by the Director of Broadband, Chidi Okafor.")
    assert ("visits", "person/chidi-okafor", "place/washington") in found
    assert ("visits", "person/chidi-okafor", "country/us") in found


def test_visits_an_entourage_listed_later_is_left_out() -> None:
    found = _visited(TRIP + "He was accompanied by the Director of Broadband, Chidi Okafor, and the adviser "
                            "Bola Danjuma.")
    assert not {s for _, s, _ in found} & {"person/chidi-okafor", "person/bola-danjuma"}


def test_visits_an_ambassador_accompanying_the_visitor_is_at_his_post() -> None:
    text = ("Le ministre ghanéen du Numérique, Kofi Mensah, a effectué une visite de travail à Dakar. "
            "Il était accompagné de l'ambassadeur du Ghana, Yaw Boateng.")
    found = _visited(text, "fr")
    assert ("visits", "person/kofi-mensah", "place/dakar") in found
    assert not {o for _, s, o in found if s == "person/yaw-boateng"}


def test_visits_a_city_named_as_where_it_happens_in_the_country_visited_is_visited() -> None:
    text = ("Lors de sa visite au Sénégal, le ministre ghanéen du Numérique, Kofi Mensah, a inauguré un centre "
            "de données à Dakar.")
    found = _visited(text, "fr")
    assert ("visits", "person/kofi-mensah", "country/sn") in found
    assert ("visits", "person/kofi-mensah", "place/dakar") in found
