"""The roles layer alone, on the mentions the mentions layer leaves: roles, memberships, countries."""

from __future__ import annotations

from kg.models import RelationType
from tests.support.layer_run import before, relations, upstream


def test_roles_needs_only_the_mentions() -> None:
    assert [layer.name for layer in upstream("en", "roles")] == ["mentions"]


def test_roles_a_country_s_minister_gets_the_role_the_ministry_and_the_country() -> None:
    text = "Nigeria's Minister of Communications, Tunde Adeyemi, met Henrik Lindqvist in Abuja."
    state, layer = before(text, "en", "roles")
    assert state.roles == {} and relations(state) == set()
    layer(state)
    assert state.roles["person/tunde-adeyemi"].text == "Minister of Communications"
    assert "person/henrik-lindqvist" not in state.roles
    assert relations(state, RelationType.MEMBER_OF) == {
        ("memberOf", "person/tunde-adeyemi", "body/ministry-of-communications-of-nigeria")}
    assert state.person_country == {"person/tunde-adeyemi": "ng"}
    assert state.body_country["body/ministry-of-communications-of-nigeria"][0] == "country/ng"


def test_roles_a_french_adjective_of_nationality_names_the_minister_s_country() -> None:
    state, layer = before("Le ministre sénégalais du Numérique, Moussa Diop, a reçu Henrik Lindqvist.", "fr", "roles")
    layer(state)
    assert relations(state, RelationType.MEMBER_OF) == {
        ("memberOf", "person/moussa-diop", "body/ministry-of-digital-affairs-of-senegal")}
    assert state.person_country == {"person/moussa-diop": "sn"}
