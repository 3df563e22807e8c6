"""Who signs when "both sides" sign, on sentences written for the purpose: the two people of the talks told
before, with their countries."""

from __future__ import annotations

import pytest

from kg.nlp import Extractor
from tests.support.nlp_support import relations, run


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


@pytest.mark.parametrize("text", [
    "L'entretien entre M. Peter Otieno et son homologue ghanéen Kwame Mensah s'est déroulé lundi à Nairobi. Les "
    "deux parties ont ensuite signé une convention de coopération entre le Kenya et le Ghana.",
])
def test_nlp_both_sides_signing_are_the_two_people_of_the_talks(extractor: Extractor, text: str) -> None:
    signed = {(s, o) for kind, s, o in relations(run(extractor, text, "fr")) if kind == "signs"}
    deals = {o for _, o in signed}
    assert len(deals) == 1
    deal = deals.pop()
    assert {("person/peter-otieno", deal), ("person/kwame-mensah", deal)} <= signed
