"""An organisation written in full after its organ's word ("la Commission de l'Union africaine", "the commission
of the African Union") is that organ (kg/nlp/org_parts.py). Sentences written for the purpose."""

from __future__ import annotations

import pytest

from kg.nlp import Extractor
from tests.support.nlp_support import run


def _names(extractor: Extractor, text: str, language: str) -> set[str]:
    return {e.name for e in run(extractor, text, language).entities}


@pytest.mark.parametrize(("language", "text", "organ", "whole"), [
    ("en", "The commission of the African Union will host a workshop on digital identity in Accra next month.",
     "African Union Commission", "African Union"),
    ("fr", "La Commission de l'Union économique et monétaire ouest-africaine accueillera un atelier à Dakar.",
     "Commission of the West African Economic and Monetary Union", "West African Economic and Monetary Union"),
])
def test_an_organisation_after_its_organs_word_is_that_organ(extractor, language, text, organ, whole) -> None:
    names = _names(extractor, text, language)
    assert organ in names
    assert whole not in names


def test_an_organisation_after_a_word_the_lexicon_pairs_with_no_organ_stays_itself(extractor) -> None:
    names = _names(extractor, "The partners of the African Union met in Accra on Monday.", "en")
    assert "African Union" in names
    assert "African Union Commission" not in names
