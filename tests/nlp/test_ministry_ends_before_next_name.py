"""A ministry named by its portfolios ends where a second name starts: "and the … Centre" or ", and
<demonym> … Agency"; ", and the <portfolio>" still goes on. Sentences written for the purpose."""

from __future__ import annotations

from kg.nlp import Extractor
from tests.support.nlp_support import run


def _bodies(extractor: Extractor, text: str) -> set[str]:
    return {e.name for e in run(extractor, text, "en").entities if e.type.value in ("GovernmentBody", "Organization")}


def test_and_the_named_centre_ends_the_ministry(extractor: Extractor) -> None:
    text = ("The Chilean Ministry of Health and Tourism and the Coastal Research Centre signed a deal "
            "in Santiago on Monday.")
    names = _bodies(extractor, text)
    assert "Ministry of Health and Tourism of Chile" in names
    assert "Coastal Research Centre" in names
    assert not [n for n in names if "Research of" in n]


def test_a_demonym_after_comma_and_opens_the_next_body(extractor: Extractor) -> None:
    text = "Officials of the Chilean Ministry of Energy and Industry, and Peruvian Trade Promotion Agency met in Lima."
    names = _bodies(extractor, text)
    assert "Ministry of Energy and Industry of Chile" in names
    assert not [n for n in names if "Ministry" in n and "Trade" in n]


def test_a_portfolio_after_comma_and_the_goes_on(extractor: Extractor) -> None:
    text = "Officials of the Chilean Ministry of Energy and Industry, and the Digital Economy met in Lima."
    assert "Ministry of Energy, Industry and Digital Economy of Chile" in _bodies(extractor, text)
