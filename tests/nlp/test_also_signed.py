"""An agreement told as signed "also" ("ont signé également un protocole d'accord") is another one than
those named before, even of the same kind between the same parties (sentences written for the purpose)."""

from __future__ import annotations

import pytest

from kg.nlp import Extractor
from tests.support.nlp_support import relations, run

TEXTS = {
    "fr": "Le Ghana et le Togo ont signé lundi un protocole d'accord sur la pêche côtière. "
          "Les deux pays ont signé également un protocole d'accord sur le tourisme.",
    "en": "Ghana and Togo signed a memorandum of understanding on coastal fishing on Monday. "
          "The two countries also signed a memorandum of understanding on tourism.",
}


@pytest.mark.parametrize("language", ["fr", "en"])
def test_also_signed_is_another_agreement(extractor: Extractor, language: str) -> None:
    extraction = run(extractor, TEXTS[language], language)
    deals = {e.id for e in extraction.entities if e.type.value == "Agreement"}
    assert len(deals) == 2
    for deal in deals:
        assert {("signs", "country/gh", deal), ("signs", "country/tg", deal)} <= relations(extraction)


def test_also_signed_without_also_is_the_same_agreement(extractor: Extractor) -> None:
    text = TEXTS["en"].replace("also signed", "signed")
    extraction = run(extractor, text, "en")
    assert len({e.id for e in extraction.entities if e.type.value == "Agreement"}) == 1
