"""The visits layer alone, after agreements and memberships: who visits which place and country."""

from __future__ import annotations

from kg.models import RelationType
from tests.support.layer_run import before, relations, upstream


def test_visits_needs_agreements_and_members() -> None:
    assert [layer.name for layer in upstream("en", "visits")] == ["mentions", "roles", "coreference", "agreements"]


def test_visits_an_official_visit_to_a_city_visits_the_city_and_its_country() -> None:
    text = "Nigeria's Minister of Communications, Tunde Adeyemi, paid an official visit to Washington."
    state, layer = before(text, "en", "visits")
    assert relations(state, RelationType.VISITS) == set()
    layer(state)
    assert relations(state, RelationType.VISITS) == {("visits", "person/tunde-adeyemi", "place/washington"),
                                                     ("visits", "person/tunde-adeyemi", "country/us")}


def test_visits_a_city_only_named_is_not_visited() -> None:
    text = "Nigeria's Minister of Communications, Tunde Adeyemi, spoke about Washington."
    state, layer = before(text, "en", "visits")
    assert {"person/tunde-adeyemi", "place/washington"} <= {f.term.id for f in state.found}
    layer(state)
    assert relations(state, RelationType.VISITS) == set()
