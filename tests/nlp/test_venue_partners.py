"""A country named only where a deal was signed or talks held is no partner (kg/nlp/cooperation.py), on sentences
written for the purpose."""

from __future__ import annotations

import pytest

from kg.nlp import Extractor
from tests.support.nlp_support import partner_pairs


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Ghana and Peru signed a memorandum of understanding on digital cooperation in Portugal on Monday."),
    ("en", "Ghana and Peru signed a memorandum of understanding on digital cooperation in Lisbon, Portugal."),
    ("fr", "Le Ghana et le Pérou ont signé lundi un mémorandum d'entente sur la coopération numérique à Lisbonne "
           "au Portugal."),
])
def test_venue_the_country_where_two_partners_sign_is_no_partner(extractor: Extractor, language: str,
                                                                 text: str) -> None:
    pairs = partner_pairs(extractor, text, language)
    assert frozenset(("country/gh", "country/pe")) in pairs
    assert not {p for p in pairs if "country/pt" in p}


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Ghana signed a memorandum of understanding on digital cooperation in Portugal on Monday."),
    ("fr", "Le Ghana a signé lundi un mémorandum d'entente sur la coopération numérique au Portugal."),
])
def test_venue_the_host_of_a_single_side_stays_its_partner(extractor: Extractor, language: str, text: str) -> None:
    assert frozenset(("country/gh", "country/pt")) in partner_pairs(extractor, text, language)
