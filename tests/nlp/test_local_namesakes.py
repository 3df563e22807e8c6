"""A known ministry's bare name written in an article about another country, its own never named
("Ministry of Technology and Communications", Laos's, in an article on Oman): a namesake of that country's
ministry (kg/nlp/qualify.py, local_namesakes)."""

from __future__ import annotations

from tests.support.nlp_support import headline_posts as posts


def test_bare_known_ministry_in_another_country_is_that_countrys(extractor) -> None:
    text = ("MUSCAT, March 3: Hamad Rashdi, Undersecretary at the Ministry of Technology and Communications "
            "(MTC), opened a cloud centre with a local bank on Monday. He said the centre would serve "
            "start-ups across Oman.")
    found = posts(extractor, "Oman opens a cloud centre", text, "en")
    parts = {r for r in found if r[0] == "partOf"}
    assert ("partOf", "Ministry of Technology and Communications of Oman", "Oman") in parts, found
    assert not any(r[2] == "Laos" for r in parts), found


def test_bare_known_ministry_keeps_its_country_when_named(extractor) -> None:
    text = ("VIENTIANE, March 3: The Ministry of Technology and Communications opened a cloud centre in "
            "Laos on Monday, with support from Japan.")
    found = posts(extractor, "A cloud centre in Laos", text, "en")
    assert ("partOf", "Ministry of Technology and Communications", "Laos") in found, found
