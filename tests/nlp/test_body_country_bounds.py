"""A body's country read beside it is one its own sentence names."""

from __future__ import annotations

from kg.models import RelationType
from tests.support.layer_run import before, relations


def _part_of(text: str, language: str) -> set[tuple[str, str, str]]:
    state, layer = before(text, language, "part-of")
    layer(state)
    return relations(state, RelationType.PART_OF)


def test_country_ending_the_previous_sentence_is_not_the_bodys() -> None:
    found = _part_of("Les experts ont visité le Pérou. Le ministère de l'Agriculture a approuvé le plan.", "fr")
    assert not any(obj == "country/pe" for _, _, obj in found)


def test_country_beside_the_body_in_its_sentence_is_still_its_country() -> None:
    found = _part_of("Le ministère de l'Agriculture du Pérou a approuvé le plan.", "fr")
    assert any(obj == "country/pe" for _, _, obj in found)
