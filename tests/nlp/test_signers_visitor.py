"""The visitor a signing is told as held during the visit of is no signer, unless said to sign for a side, on
sentences written for the purpose."""

from __future__ import annotations

import pytest

from kg.nlp import Extractor
from tests.support.nlp_support import relations, run


def _signers(extractor: Extractor, text: str, language: str) -> set[str]:
    return {s for kind, s, _ in relations(run(extractor, text, language)) if kind == "signs"}


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Kenya and Ghana signed a memorandum of understanding on e-government on Monday during the visit of "
           "President William Ruto to Accra."),
    ("fr", "Le Kenya et le Ghana ont signé lundi un protocole d'accord sur l'administration en ligne lors de la "
           "visite du président William Ruto à Accra."),
])
def test_nlp_the_visitor_of_the_occasion_does_not_sign(extractor: Extractor, language: str, text: str) -> None:
    signers = _signers(extractor, text, language)
    assert "country/ke" in signers
    assert not any(s.startswith("person/") for s in signers)


def test_nlp_a_visitor_signing_on_behalf_of_a_side_signs(extractor: Extractor) -> None:
    text = ("The memorandum of understanding was signed in Accra during the visit of Minister Jane Wanjiru on "
            "behalf of Kenya.")
    assert "person/jane-wanjiru" in _signers(extractor, text, "en")


def test_nlp_a_person_the_verb_of_visiting_governs_does_not_sign(extractor: Extractor) -> None:
    text = ("Kenya and Ghana signed a memorandum of understanding on e-government in Accra in May, when the Kenyan "
            "Minister of Trade Grace Wanjiru was visiting.")
    signers = _signers(extractor, text, "en")
    assert "country/ke" in signers
    assert "person/grace-wanjiru" not in signers
