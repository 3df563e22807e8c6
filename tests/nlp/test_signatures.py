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
