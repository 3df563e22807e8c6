"""A ministry or agency partners the other side through its own country (kg/nlp/cooperation.py), on sentences
written for the purpose."""

from __future__ import annotations

import pytest

from kg.nlp import Extractor
from tests.support.nlp_support import relations, run


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Kenya's Ministry of Information has signed a memorandum of understanding with Uganda on cybersecurity."),
    ("fr", "Le Kenya et l'Ouganda renforcent leur coopération numérique. Le ministère kényan de l'Information a "
           "signé un protocole d'accord avec l'Ouganda sur la cybersécurité."),
])
def test_nlp_a_body_is_no_partner_of_the_country_its_own_country_partners(extractor: Extractor, language: str,
                                                                          text: str) -> None:
    pairs = {frozenset(r[1:]) for r in relations(run(extractor, text, language)) if r[0] == "cooperatesWith"}
    assert frozenset(("country/ke", "country/ug")) in pairs
    assert not [p for p in pairs if "country/ug" in p and any(e.startswith("body/") for e in p)]
