"""Bystanders of a signing, on sentences written for the purpose: a person who only speaks at the
ceremony ("At the signing ceremony, X underscored …", "hailed", "emphasised") does not sign by that
sentence."""

from __future__ import annotations

from kg.nlp import Extractor
from tests.support.nlp_support import relations, run


def signs(extractor: Extractor, text: str) -> set[tuple[str, str]]:
    """The (signer, agreement) pairs read from an English text."""
    return {(s, o) for kind, s, o in relations(run(extractor, text, "en")) if kind == "signs"}


def test_nlp_a_person_who_underscores_at_a_signing_ceremony_signs_nothing(extractor: Extractor) -> None:
    signed = signs(extractor, "Chile and Estonia signed a memorandum of understanding on cybersecurity on "
                              "Tuesday. At the signing ceremony, Chilean President Gabriel Boric underscored the "
                              "importance of the deal.")
    assert not {s for s, _ in signed if s.startswith("person/")}
    assert {s for s, _ in signed} == {"country/cl", "country/ee"}
