"""Countries listed after "with" through a noun ("with the heads of A, B and C") are the partners of someone
else, not of each other (kg/nlp/cooperation.py), on sentences written for the purpose."""

from __future__ import annotations

import pytest

from kg.nlp import Extractor
from tests.support.nlp_support import partner_pairs

LISTED = ("country/pe", "country/cl", "country/gh")


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The minister discussed digital cooperation with the heads of the regulators of Peru, Chile and Ghana."),
    ("fr", "Le ministre a discuté de la coopération numérique avec les responsables des régulateurs du Pérou, "
           "du Chili et du Ghana."),
])
def test_with_heads_of_the_countries_listed_are_no_partners_of_each_other(extractor: Extractor, language: str,
                                                                         text: str) -> None:
    pairs = partner_pairs(extractor, text, language)
    assert not {frozenset((a, b)) for a in LISTED for b in LISTED if a != b} & pairs


def test_with_heads_of_countries_that_sign_together_stay_partners(extractor: Extractor) -> None:
    text = "Peru, Chile and Ghana signed a memorandum of understanding on digital cooperation."
    pairs = partner_pairs(extractor, text, "en")
    assert {frozenset((a, b)) for a in LISTED for b in LISTED if a != b} <= pairs
