"""Ministries the reference data names more widely than a title's portfolios, and the narrowest of
several known bodies a title fits. Sentences written for the purpose."""

from __future__ import annotations

from kg.nlp import Extractor
from tests.support.nlp_support import run


def _facts(extractor: Extractor, text: str, language: str) -> set[tuple[str, str, str]]:
    extraction = run(extractor, text, language)
    names = {e.id: e.name for e in extraction.entities}
    return {(names[r.subject], r.type.value, names[r.object]) for r in extraction.relations}


def test_a_mining_portfolio_keeps_the_whole_ministry_name(extractor) -> None:
    text = ("Uruguay's Minister of Industry, Energy and Mining, Ana Pereira, met a Chilean "
            "delegation in Montevideo on Tuesday to discuss data centres.")
    facts = _facts(extractor, text, "en")
    assert ("Ana Pereira", "memberOf", "Ministry of Industry, Energy and Mining of Uruguay") in facts


def test_a_title_fitting_two_known_bodies_takes_the_one_of_its_portfolios_alone(extractor) -> None:
    text = "Bangladesh's ICT Minister Rafiq Hasan opened a training centre for coders in Sylhet on Monday."
    facts = _facts(extractor, text, "en")
    assert ("Rafiq Hasan", "memberOf", "Information and Communication Technology Division") in facts


def test_a_title_of_several_portfolios_takes_the_wider_ministry(extractor) -> None:
    text = ("Bangladesh's Minister for Posts, Telecommunications and ICT, Rafiq Hasan, opened a training "
            "centre for coders in Sylhet on Monday.")
    facts = _facts(extractor, text, "en")
    assert ("Rafiq Hasan", "memberOf", "Ministry of Posts, Telecommunications and Information Technology") in facts
