"""Partners listed around "with": the one party before it partners the countries listed after it, through named
partners and "the governments of"; parties named again after it are on its side; joining an organisation is
partnering it (kg/nlp/cooperation.py, the cooperates cues). Sentences written for the purpose."""

from __future__ import annotations

import pytest

from tests.support.nlp_support import partner_pairs


def test_the_lead_party_partners_the_governments_listed_after_with(extractor) -> None:
    text = ("La Commission de l'Union africaine, en collaboration avec la Banque mondiale et les gouvernements du "
            "Ghana, du Togo et du Niger, a organisé lundi un atelier sur l'identité numérique.")
    pairs = partner_pairs(extractor, text, "fr")
    for country in ("country/gh", "country/tg", "country/ne"):
        assert frozenset({"org/african-union-commission", country}) in pairs
        assert frozenset({"org/world-bank", country}) not in pairs
    assert frozenset({"org/african-union-commission", "org/world-bank"}) in pairs


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Ghana joined the Global Partnership on Artificial Intelligence on Tuesday."),
    ("fr", "Le Ghana a adhéré mardi au Partenariat mondial sur l'intelligence artificielle."),
    ("fr", "Le Ghana devient le vingtième pays à rejoindre le Partenariat mondial sur l'intelligence artificielle."),
])
def test_a_country_that_joins_an_organisation_partners_it(extractor, language, text) -> None:
    pairs = partner_pairs(extractor, text, language)
    assert frozenset({"country/gh", "org/global-partnership-on-artificial-intelligence"}) in pairs


def test_joining_a_place_is_no_partnership(extractor) -> None:
    pairs = partner_pairs(extractor, "The minister joined the delegation in Accra, Ghana, on Tuesday.", "en")
    assert not pairs


def test_countries_named_again_after_with_partner_the_host_not_each_other(extractor) -> None:
    text = ("Ghana, Japon et Canada : la ministre ghanéenne évoque avec les ambassadeurs du Japon et du Canada "
            "la coopération numérique.")
    pairs = partner_pairs(extractor, text, "fr")
    assert frozenset({"country/gh", "country/jp"}) in pairs
    assert frozenset({"country/gh", "country/ca"}) in pairs
    assert frozenset({"country/jp", "country/ca"}) not in pairs
