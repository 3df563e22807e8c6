"""Signers named after the signing verb of a sentence that only refers back to the agreement."""

from __future__ import annotations

import pytest

from kg.nlp import Extractor
from tests.support.nlp_support import relations, run


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Le Ghana et le Togo ont conclu hier à Lomé une lettre d'intention sur la fibre optique. "
           "Cette lettre, qui fixe les priorités des deux pays, a été signée par le ministre Paul Mbarga et par "
           "la ministre Jeanne Ndong."),
    ("en", "Ghana and Togo concluded a letter of intent on fibre optics in Lome yesterday. "
           "This letter, which sets the priorities of both countries, was signed in Lome by minister Paul "
           "Mbarga and minister Jeanne Ndong."),
])
def test_nlp_people_named_after_signed_by_sign_the_agreement_referred_back_to(
        extractor: Extractor, language: str, text: str) -> None:
    signers = {s for kind, s, _ in relations(run(extractor, text, language)) if kind == "signs"}
    assert {"person/paul-mbarga", "person/jeanne-ndong"} <= signers


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Le Ghana et le Togo ont conclu hier à Lomé une lettre d'intention sur la fibre optique. "
           "Cette lettre a été signée par la suite en présence de Paul Mbarga."),
    ("en", "Ghana and Togo concluded a letter of intent on fibre optics in Lome yesterday. "
           "This letter was later signed in the presence of Paul Mbarga."),
])
def test_nlp_a_witness_named_after_the_signing_verb_does_not_sign(extractor: Extractor, language: str,
                                                                  text: str) -> None:
    signers = {s for kind, s, _ in relations(run(extractor, text, language)) if kind == "signs"}
    assert "person/paul-mbarga" not in signers
