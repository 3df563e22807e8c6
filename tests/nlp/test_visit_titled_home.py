"""Nobody visits a country their own title names ("Ambassador of the USA to Armenia", "ruler of Dubai")."""

from __future__ import annotations

from kg.nlp import Extractor
from tests.support.nlp_support import named_facts


def test_no_visit_to_a_country_ones_title_names(extractor: Extractor) -> None:
    """The envoy whose title names Armenia is posted there and does not visit it; the Georgian minister
    named after does."""
    text = ("Minister of Industry of Armenia Aram Petrosyan received on Monday the delegation led by Ambassador of "
            "the USA to Armenia John Carter. The Georgian minister Nino Beridze visited Yerevan last week.")
    found = named_facts(extractor, text, "en", "visits")
    assert ("visits", "Nino Beridze", "Yerevan") in found
    assert ("visits", "John Carter", "Armenia") not in found
