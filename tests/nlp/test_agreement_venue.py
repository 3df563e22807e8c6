"""The country where an agreement is signed is no party it is named after, on sentences written for the
purpose: "in Lisbon, Portugal" names the venue, not a side."""

from __future__ import annotations

import pytest

from kg.nlp import Extractor
from tests.support.nlp_support import relations, run


@pytest.mark.parametrize(("language", "text", "venue"), [
    ("en", "Kenya and India signed a memorandum of understanding on cybersecurity in Lisbon, Portugal, on Monday.",
     "country/pt"),
    ("fr", "Le Kenya et l'Inde ont signé lundi un protocole d'accord sur la cybersécurité à Lisbonne, au Portugal.",
     "country/pt"),
])
def test_nlp_the_country_an_agreement_is_signed_in_is_no_party(extractor: Extractor, language: str, text: str,
                                                               venue: str) -> None:
    extraction = run(extractor, text, language)
    agreements = [e for e in extraction.entities if e.type.value == "Agreement"]
    assert len(agreements) == 1
    assert "Portugal" not in agreements[0].name and "Kenya" in agreements[0].name
    signers = {s for kind, s, o in relations(extraction) if kind == "signs"}
    assert venue not in signers and "country/ke" in signers
