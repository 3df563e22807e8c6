"""A deal adopted, endorsed or ratified by several countries at once, or a convention they accede to, is signed
by each of them; a country only invited to accede signs nothing. Sentences written for the purpose."""

from __future__ import annotations

import pytest

from kg.nlp import Extractor
from tests.support.nlp_support import signers


@pytest.mark.parametrize("text", [
    "Le Pérou, le Chili et la Bolivie ont ratifié la Convention de Lima sur la protection des données.",
    "Le Pérou, le Chili et la Bolivie ont adopté mardi le Pacte de Lima sur le numérique.",
    "Le Pérou, le Chili et la Bolivie ont adhéré à la Convention de Lima sur la protection des données.",
])
def test_nlp_each_country_of_a_list_that_ratifies_or_adopts_a_deal_signs_it(extractor: Extractor, text: str) -> None:
    assert {"country/pe", "country/cl", "country/bo"} <= signers(extractor, text, "fr")


def test_nlp_a_country_invited_to_accede_to_a_convention_signs_nothing(extractor: Extractor) -> None:
    text = "Le Pérou et la Bolivie ont été invités à adhérer à la Convention de Lima sur la protection des données."
    assert not signers(extractor, text, "fr")
