"""Where travellers come from ("a delegation from X") is no destination of a visit. Sentences written for the
purpose."""

from __future__ import annotations

from kg.nlp import Extractor
from tests.support.nlp_support import relations, run


def test_nlp_a_delegation_from_a_country_does_not_take_its_host_there(extractor: Extractor) -> None:
    text = ("A delegation from Malaysia met with Aziz Karimov, Minister of Digital Technologies of Uzbekistan, "
            "to discuss joint projects.")
    found = relations(run(extractor, text, "en"))
    assert ("visits", "person/aziz-karimov", "country/my") not in found
