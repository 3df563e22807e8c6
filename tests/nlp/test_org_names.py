"""Organisation names: which capitalised names are organisations and how far they reach.

Sentences written for the purpose, one rule each."""

from __future__ import annotations

import pytest

from kg.nlp import Extractor
from tests.support.nlp_support import run


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Kenya and Ghana launched the Savanna Digital Partnership last week to train coders."),
    ("fr", "Le Kenya et le Ghana ont lancé le Partenariat Savane Numérique pour former des codeurs."),
])
def test_nlp_a_named_partnership_is_no_organisation(extractor: Extractor, language: str, text: str) -> None:
    extraction = run(extractor, text, language)
    assert not [e.name for e in extraction.entities
                if e.type.value == "Organization" and ("Partner" in e.name or "Partenariat" in e.name)]
