"""An agreement told again in other words is the same agreement, on sentences written for the purpose:
"this new agreement" after the memorandum it refers back to."""

from __future__ import annotations

import pytest

from kg.nlp import Extractor
from tests.support.nlp_support import run


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def agreements(extractor: Extractor, text: str, language: str) -> set[str]:
    return {e.id for e in run(extractor, text, language).entities if e.type.value == "Agreement"}


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Kenya and Ghana signed a memorandum of understanding on cybersecurity on Monday. This new agreement "
           "strengthens the cooperation between the two countries."),
    ("fr", "Le Kenya et le Ghana ont signé lundi un protocole d'accord sur la cybersécurité. Cette nouvelle "
           "convention renforce la coopération entre les deux pays."),
])
def test_nlp_a_new_agreement_after_this_or_the_refers_back(extractor: Extractor, language: str, text: str) -> None:
    assert agreements(extractor, text, language) == {
        "agreement/ghana-kenya-memorandum-of-understanding-on-cybersecurity"}
