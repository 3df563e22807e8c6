"""partOf goes only to a country the article names, in its own mention or inside a body's name: a
country the text never names is no entity (docs/annotation.md §2), so its body has no partOf."""

from __future__ import annotations

import pytest

from kg.models import RelationType
from kg.nlp import Extractor
from tests.support.layer_run import before, relations
from tests.support.nlp_support import named_facts, run


@pytest.fixture(scope="module")
def extractor():
    return Extractor()


def test_part_of_layer_leaves_a_body_of_an_unnamed_country_without_part_of() -> None:
    state, layer = before("Roscosmos will share launch data with its partners from next year.", "en", "part-of")
    layer(state)
    assert relations(state, RelationType.PART_OF) == set()
    assert state.term("country/ru") is None


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Roscosmos and the Indian Space Research Organisation will share launch data from next year."),
    ("fr", "Roscosmos présentera son programme lunaire lors du salon de l'espace."),
])
def test_no_part_of_to_a_country_the_text_does_not_name(extractor: Extractor, language: str, text: str) -> None:
    extraction = run(extractor, text, language)
    assert not [r for r in extraction.relations
                if r.type.value == "partOf" and r.object in ("country/ru",)]
    assert "country/ru" not in {e.id for e in extraction.entities}




@pytest.mark.parametrize(("language", "text", "body", "country"), [
    ("en", "Russia's Roscosmos will share launch data with its partners from next year.", "Roscosmos", "Russia"),
])
def test_part_of_still_goes_to_a_named_country(extractor: Extractor, language: str, text: str, body: str,
                                               country: str) -> None:
    assert ("partOf", body, country) in named_facts(extractor, text, language, "partOf")
