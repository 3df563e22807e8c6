"""English talks referred back to ("The meeting was held in …"): the people of the talks told just before met
there, and whoever is from another country visits it. Sentences written for the purpose."""

from __future__ import annotations

from kg.nlp import Extractor
from tests.support.nlp_support import relations, run


def test_nlp_the_meeting_held_in_a_city_is_that_of_the_talks_before(extractor: Extractor) -> None:
    text = ("The offer was made during a meeting between Trade Minister Halima Juma of Kenya and the Norwegian "
            "Minister of Fisheries, Ola Berg. The meeting was held on Monday in Bali.")
    found = relations(run(extractor, text, "en"))
    assert ("visits", "person/ola-berg", "place/bali") in found
    assert ("visits", "person/ola-berg", "country/id") in found
