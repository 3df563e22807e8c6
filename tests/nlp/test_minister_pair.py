""""The two ministers" stands for the ministries of the two ministers last named, where both are known
(coref `minister_pair`); "the two leaders" still stands for their countries; on sentences written for the
purpose."""

from __future__ import annotations

from kg.nlp import Extractor
from tests.support.nlp_support import relations, run


def test_minister_pair_the_two_ministers_act_for_their_ministries(extractor: Extractor) -> None:
    found = relations(run(extractor, "Ghana's Minister of Communications, Ama Mensah, met Togo's Minister of Digital "
                          "Economy, Kofi Agbo, in Accra on Monday. The two ministers signed a memorandum of "
                          "understanding on cybersecurity.", "en"))
    assert ("cooperatesOn", "body/ministry-of-communications-of-ghana", "domain/cybersecurity") in found
    assert ("cooperatesOn", "country/gh", "domain/cybersecurity") not in found


def test_minister_pair_the_two_leaders_act_for_their_countries(extractor: Extractor) -> None:
    found = relations(run(extractor, "Ghana's President, Ama Mensah, met Togo's President, Kofi Agbo, in Accra on "
                          "Monday. The two leaders agreed to cooperate on cybersecurity.", "en"))
    assert ("cooperatesOn", "country/gh", "domain/cybersecurity") in found
