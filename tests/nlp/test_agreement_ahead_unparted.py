"""An agreement told ahead with no party ("at the signing of the agreement" under a photo) is the one of a
precise kind the text names next with no party either, on sentences written for the purpose."""

from __future__ import annotations

from kg.nlp import Extractor
from tests.support.nlp_support import run


def test_nlp_a_bare_agreement_told_ahead_is_the_precise_one_named_next() -> None:
    text = ("Mr Somsak, right, and Mr Khamphan during the signing of the agreement.\n\n"
            "The Ministry of Digital Economy and Society on Tuesday entered into a memorandum of understanding "
            "with the Ministry of Technology and Communications of Laos to work together on e-commerce.")
    extraction = run(Extractor(), text, "en")
    agreements = [e for e in extraction.entities if e.type.value == "Agreement"]
    assert len(agreements) == 1
    assert "Memorandum of Understanding" in agreements[0].name
