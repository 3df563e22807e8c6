"""A gathering named "... Congress" is not the United States Congress (data/reference/bodies.yaml)."""

from __future__ import annotations

from kg.nlp import Extractor
from tests.support.nlp_support import run


def names(extractor: Extractor, text: str) -> set[str]:
    return {e.name for e in run(extractor, text, "en").entities}


def test_nlp_a_world_congress_is_not_the_us_congress(extractor: Extractor) -> None:
    text = ("The ministers of Kenya and Ghana met on the sidelines of the World Congress on Smart Cities in "
            "Nairobi and agreed to work together on cybersecurity.")
    found = names(extractor, text)
    assert "United States Congress" not in found
    assert "United States" not in found


def test_nlp_the_us_congress_is_still_named(extractor: Extractor) -> None:
    text = "The US Congress passed a bill on cybersecurity cooperation with Kenya on Tuesday."
    assert "United States Congress" in names(extractor, text)
