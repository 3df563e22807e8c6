"""A country joined to a body by "and" / "et" names a second party, not the body's country."""

from __future__ import annotations

from kg.models import RelationType
from tests.support.layer_run import before, relations


def _part_of(text: str, language: str) -> set[tuple[str, str, str]]:
    state, layer = before(text, language, "part-of")
    layer(state)
    return relations(state, RelationType.PART_OF)


def test_coordinated_country_after_a_body_is_not_its_country() -> None:
    found = _part_of(("Delegates from the Ministry of Water Resources and the Peru mission "
                      "discussed irrigation in Chile."), "en")
    assert not any(obj == "country/pe" for _, _, obj in found)


def test_coordinated_country_before_a_body_is_not_its_country() -> None:
    found = _part_of(("Les délégués du Pérou et du ministère de l'Agriculture "
                      "ont parlé d'irrigation au Chili."), "fr")
    assert not any(obj == "country/pe" for _, _, obj in found)


def test_country_right_after_a_body_is_still_its_country() -> None:
    found = _part_of("Delegates from the Ministry of Water Resources of Peru discussed irrigation.", "en")
    assert any(obj == "country/pe" for _, _, obj in found)
