"""Titles written before a name (kg/nlp/role_phrases.py through the whole extractor): an acronym in
brackets after the portfolio stays inside the title."""

from __future__ import annotations

from tests.support.nlp_support import named_facts


def test_bracketed_titles_an_acronym_after_the_portfolio_keeps_the_ministry(extractor) -> None:
    text = "Kenya's Minister of Trade and Industry (MTI) Dr. Jane Mwangi opened the fair in Nairobi on Monday."
    found = {(person, body) for _, person, body in named_facts(extractor, text, "en", "memberOf")}
    assert ("Jane Mwangi", "Ministry of Trade and Industry of Kenya") in found
