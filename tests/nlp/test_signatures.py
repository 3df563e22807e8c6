"""Signature and partner rules through the whole extractor, on sentences written for the purpose."""

from __future__ import annotations

import pytest

from kg.nlp import Extractor
from tests.support.nlp_support import relations, run


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


@pytest.mark.parametrize(("language", "text", "home", "party"), [
    ("fr", "Le Sénégal a signé mardi un protocole d'accord avec une entreprise américaine spécialisée dans la "
           "cybersécurité.", "country/us", "country/sn"),
    ("en", "Kenya signed a memorandum of understanding with a Japanese technology firm on cloud computing.",
     "country/jp", "country/ke"),
])
def test_nlp_the_home_of_an_unnamed_company_is_no_party(extractor: Extractor, language: str, text: str,
                                                        home: str, party: str) -> None:
    found = relations(run(extractor, text, language))
    assert ("signs", party) in {r[:2] for r in found}
    assert not [r for r in found if home in r[1:] and r[0] in ("signs", "cooperatesWith")]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The Lisbon Declaration was signed on Friday by representatives from Portugal, Spain, Italy, Greece "
           "and Malta."),
    ("fr", "La Déclaration de Lisbonne a été signée vendredi par les représentants du Portugal, de l'Espagne, "
           "de l'Italie, de la Grèce et de Malte."),
])
def test_nlp_a_declaration_named_after_a_place_is_signed_by_the_listed_countries(
        extractor: Extractor, language: str, text: str) -> None:
    found = relations(run(extractor, text, language))
    signed = {(s, o) for kind, s, o in found if kind == "signs"}
    countries = {"country/pt", "country/es", "country/it", "country/gr", "country/mt"}
    assert {s for s, _ in signed} == countries
    assert len({o for _, o in signed}) == 1 and "declaration" in next(iter(signed))[1]
    assert not [r for r in found if r[0] == "cooperatesWith"]  # a group of five: no pairs of partners
