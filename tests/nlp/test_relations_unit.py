"""The relations layer alone, after visits and home countries: who cooperates with whom, on what."""

from __future__ import annotations

import pytest

from tests.support.layer_run import before, relations, upstream


def test_relations_does_not_wait_for_dates() -> None:
    names = [layer.name for layer in upstream("en", "relations")]
    assert "dates" not in names and names[-1] == "home-countries"


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Morocco and France agreed to cooperate on cybersecurity."),
    ("fr", "Le Maroc et la France vont coopérer dans le domaine de la cybersécurité."),
])
def test_relations_two_countries_cooperating_on_a_field(language: str, text: str) -> None:
    state, layer = before(text, language, "relations")
    assert relations(state) == set()
    layer(state)
    assert relations(state) == {("cooperatesWith", "country/ma", "country/fr"),
                                ("cooperatesOn", "country/ma", "domain/cybersecurity"),
                                ("cooperatesOn", "country/fr", "domain/cybersecurity")}


def test_relations_two_countries_merely_listed_do_not_cooperate() -> None:
    state, layer = before("Delegates came from Morocco and France to hear about cybersecurity.", "en", "relations")
    assert {f.term.id for f in state.found} == {"country/ma", "country/fr", "domain/cybersecurity"}
    layer(state)
    assert relations(state) == set()
