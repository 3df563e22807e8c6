"""Chambers of commerce as organisations, a body named after "with" behind its owner's genitive
("with Kenya's Chamber of …") as the party that signs, and two organisations that sign as two sides (a
country the deal is named after then signs nothing), on sentences written for the purpose."""

from __future__ import annotations

from kg.nlp import Extractor
from tests.support.nlp_support import relations, run

TEXT = ("The Accra Chamber of Commerce and Industry has signed a memorandum of understanding with Kenya's "
        "Chamber of Digital Trade to support Ghana's exporters.")


def test_nlp_a_chamber_is_an_organisation(extractor: Extractor) -> None:
    names = {e.name: e.type.value for e in run(extractor, TEXT, "en").entities}
    assert names["Accra Chamber of Commerce and Industry"] == "Organization"
    assert "Accra" not in names


def test_nlp_the_body_after_with_and_a_genitive_signs_not_its_owner(extractor: Extractor) -> None:
    signers = {s for kind, s, _ in relations(run(extractor, TEXT, "en")) if kind == "signs"}
    assert {"org/accra-chamber-of-commerce-and-industry", "org/chamber-of-digital-trade"} <= signers
    assert "country/ke" not in signers


def test_nlp_two_organisations_that_sign_are_two_sides_not_a_country_in_the_deal_name(extractor: Extractor) -> None:
    text = ("The Accra Chamber of Commerce and Industry has signed a memorandum of understanding with Kenya's "
            "Chamber of Digital Trade to support Ghana with training.")
    signers = {s for kind, s, _ in relations(run(extractor, text, "en")) if kind == "signs"}
    assert signers == {"org/accra-chamber-of-commerce-and-industry", "org/chamber-of-digital-trade"}
