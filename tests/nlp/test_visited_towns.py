"""Towns away from the capital (data/reference/places.yaml) where talks are held or deals signed: whoever
comes from another country visits them and their country."""

from __future__ import annotations

from kg.nlp.lexicon import load_lexicon
from tests.support.nlp_support import named_facts


def test_towns_are_places_of_their_country() -> None:
    lexicon = load_lexicon()
    assert lexicon.known("place/siem-reap").country == "kh"
    assert lexicon.known("place/cupertino").country == "us"


def test_a_minister_from_abroad_signing_in_a_town_visits_it(extractor) -> None:
    text = ("The memorandum was signed on Tuesday in Siem Reap by Cambodia's Minister of Planning Sok Vannak "
            "and Timor-Leste's Minister of Finance Ana Ximenes Belo.")
    found = named_facts(extractor, text, "en", "visits")
    assert ("visits", "Ana Ximenes Belo", "Siem Reap") in found
    assert ("visits", "Sok Vannak", "Siem Reap") not in found
