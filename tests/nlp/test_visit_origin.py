"""Where travellers come from ("a delegation from X") is no destination of a visit, nor a site in a city visited a
stop of its own. Sentences written for the purpose."""

from __future__ import annotations

from kg.nlp import Extractor
from tests.support.nlp_support import relations, run


def test_nlp_a_delegation_from_a_country_does_not_take_its_host_there(extractor: Extractor) -> None:
    text = ("A delegation from Malaysia met with Aziz Karimov, Minister of Digital Technologies of Uzbekistan, "
            "to discuss joint projects.")
    found = relations(run(extractor, text, "en"))
    assert ("visits", "person/aziz-karimov", "country/my") not in found


def test_nlp_a_site_in_a_city_visited_is_no_stop_of_its_own(extractor: Extractor) -> None:
    text = ("On Tuesday Nikos Petrou hosted a dinner at the Benaki Museum in Athens, Greece, for Emir Khalid bin "
            "Hamad Al Thani.")
    found = relations(run(extractor, text, "en"))
    assert ("visits", "person/khalid-bin-hamad-al-thani", "place/athens") in found
    assert not any(r[0] == "visits" and r[2] == "place/benaki-museum" for r in found)
