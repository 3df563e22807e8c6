"""English runs on the project's own pipeline (en_digipol_sm); what its NER gives is filtered:
a location is a place only where the sentence marks it so, a person is no place after "in" and
no organisation's name."""

from __future__ import annotations

import pytest

from kg.models import EntityType
from kg.nlp.extractor import Extractor
from kg.nlp.pipeline import load_pipeline
from tests.support.article_state import state_for


@pytest.fixture(scope="module")
def layers():
    return Extractor().layers("en")


def _names(layers, text: str, kind: EntityType) -> set[str]:
    state = state_for(text, "en")
    layers.mentions(state)
    return {f.term.name for f in state.found if f.term.type is kind}


def test_english_is_parsed_and_tagged_by_the_shipped_pipeline() -> None:
    doc = load_pipeline("en")("The delegation arrived in Kisumu on Monday.")
    assert doc.has_annotation("DEP") and doc.has_annotation("ENT_IOB")
    assert "trainable_lemmatizer" not in load_pipeline("en").pipe_names


def test_english_a_location_after_a_place_opener_is_a_place(layers) -> None:
    assert _names(layers, "The delegation arrived in Kisumu on Monday for two days of talks.",
                  EntityType.PLACE) == {"Kisumu"}


def test_english_a_location_the_sentence_does_not_mark_is_no_place(layers) -> None:
    text = "The plan was drafted with Knowledge and Innovation as its two pillars."
    assert _names(layers, text, EntityType.PLACE) == set()


def test_english_the_article_of_a_place_name_stays_with_it(layers) -> None:
    assert _names(layers, "The summit took place in The Hague last year.", EntityType.PLACE) == {"The Hague"}


@pytest.mark.parametrize("text", [
    "Factories in Bắc Ninh and Thái Nguyên assemble most of the phones.",
    "The visitors travelled to Quảng Ninh on Friday.",
    "Thanks to our partners.\n\nMinistry Signs $90m Loan with Regional Bank\n\nMay 3, 2022",
])
def test_english_an_ner_person_in_place_or_organisation_position_is_no_person(layers, text: str) -> None:
    assert _names(layers, text, EntityType.PERSON) == set()


def test_english_an_ner_person_stays_a_person(layers) -> None:
    text = "The Minister of Science, Knowledge and Innovation, Ana Ruiz, opened the forum."
    assert "Ana Ruiz" in _names(layers, text, EntityType.PERSON)
