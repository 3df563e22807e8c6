"""Visits: a country named right before "delegation" sends the guests, it is not visited.

Sentences written for the purpose."""

from __future__ import annotations

from kg.models import RelationType
from tests.support.layer_run import before, relations


def test_visits_the_guests_of_a_country_delegation_visit_the_host_country() -> None:
    text = "Armenia's minister of economy Aram Sargsyan received the US delegation led by Deputy Secretary John Miller."
    state, layer = before(text, "en", "visits")
    layer(state)
    visits = relations(state, RelationType.VISITS)
    guest = next(f.term.id for f in state.found if f.text == "John Miller")
    assert ("visits", guest, "country/am") in visits
    assert ("visits", guest, "country/us") not in visits


def test_visits_a_country_before_delegation_is_no_destination_of_a_trip() -> None:
    text = "Kenyan minister Jane Wanjiru met the Japan delegation led by Taro Sato in Nairobi on Monday."
    state, layer = before(text, "en", "visits")
    layer(state)
    assert not any(obj == "country/jp" for _, _, obj in relations(state, RelationType.VISITS))
