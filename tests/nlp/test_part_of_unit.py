"""The part-of and home-countries layers alone: a ministry belongs to its minister's country."""

from __future__ import annotations

from kg.models import RelationType
from tests.support.layer_run import before, relations


def test_part_of_a_minister_s_ministry_is_part_of_the_minister_s_country() -> None:
    state, layer = before("Le ministre sénégalais du Numérique, Moussa Diop, a reçu Henrik Lindqvist.", "fr", "part-of")
    assert relations(state, RelationType.PART_OF) == set()
    layer(state)
    assert relations(state, RelationType.PART_OF) == {
        ("partOf", "body/ministry-of-digital-affairs-of-senegal", "country/sn")}


def test_home_countries_a_ministry_belongs_to_the_country_its_minister_does_not_visit() -> None:
    text = ("Minister of Communications Tunde Adeyemi visited France, where he met French officials in Paris. "
            "He signed an agreement with Nigeria's partners.")
    state, layer = before(text, "en", "home-countries")
    assert "body/ministry-of-communications" not in state.body_country
    layer(state)
    assert state.body_country["body/ministry-of-communications"][0] == "country/ng"
