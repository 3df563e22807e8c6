"""The mentions layer alone (gazetteer, people, built names): from sentences to typed mentions."""

from __future__ import annotations

from kg.models import EntityType
from tests.support.layer_run import before, mentioned, upstream


def test_mentions_needs_only_the_parse() -> None:
    assert upstream("en", "mentions") == []


def test_mentions_countries_places_fields_and_people_from_one_french_sentence() -> None:
    text = "Le Maroc et la France ont signé à Rabat un accord sur la cybersécurité avec Nadia Ben Salem."
    state, layer = before(text, "fr", "mentions")
    assert state.found == []
    layer(state)
    assert mentioned(state) == {("Maroc", "country/ma"), ("France", "country/fr"), ("Rabat", "place/rabat"),
                                ("cybersécurité", "domain/cybersecurity"),
                                ("Nadia Ben Salem", "person/nadia-ben-salem")}


def test_mentions_a_policy_name_is_built_around_a_country_it_holds() -> None:
    state, layer = before("Morocco launched the Digital Morocco 2030 strategy in Rabat.", "en", "mentions")
    layer(state)
    kinds = {f.text: f.term.type for f in state.found}
    assert kinds == {"Morocco": EntityType.COUNTRY, "Digital Morocco 2030": EntityType.POLICY,
                     "Rabat": EntityType.PLACE}
