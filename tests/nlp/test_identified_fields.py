"""Sentences that name the fields a cooperation retained without a cue of cooperation of their own ("Key areas
were identified, including …", "There are several fields of action including …", "Health and farming are the
main sectors of the programme"): the `fields` cues of the en pack; in an article of cooperation their fields
go to its partners. On sentences written for the purpose."""

from __future__ import annotations

import pytest

from kg.nlp import Extractor
from tests.support.nlp_support import relations, run

OPENING = "Ghana and Togo signed a cooperation agreement in Accra on Monday. "


@pytest.mark.parametrize(("text", "domain"), [
    ("Three key areas were identified by the officials, among them cybersecurity.", "domain/cybersecurity"),
    ("The officials selected four areas, among them e-government.", "domain/e-government"),
    ("There are several fields of action including cybersecurity and digital skills.", "domain/digital-skills"),
    ("Cloud computing and fintech are the two sectors of the agreement.", "domain/cloud-and-data-infrastructure"),
])
def test_identified_fields_go_to_the_partners(extractor: Extractor, text: str, domain: str) -> None:
    found = relations(run(extractor, OPENING + text, "en"))
    for country in ("country/gh", "country/tg"):
        assert ("cooperatesOn", country, domain) in found
