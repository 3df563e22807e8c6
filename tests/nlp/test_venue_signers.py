"""A country named before the signing verb only where the deal was made ("at a forum held in Hungary",
"à un forum organisé en Hongrie") is no signer of it, nor a partner of the signers (`SignatureRules.sign`
through `CooperationRules.venue_country`); on sentences written for the purpose."""

from __future__ import annotations

import pytest

from kg.nlp import Extractor
from tests.support.nlp_support import relations, run


@pytest.mark.parametrize(("language", "text"), [
    ("en", "At a trade fair held in Hungary on Tuesday, Ghana and Togo signed a memorandum of understanding on "
           "cybersecurity."),
    ("fr", "Lors d'un salon organisé en Hongrie mardi, le Ghana et le Togo ont signé un protocole d'accord sur la "
           "cybersécurité."),
])
def test_venue_signers_the_host_of_the_venue_does_not_sign(extractor: Extractor, language: str, text: str) -> None:
    found = relations(run(extractor, text, language))
    signers = {subject for kind, subject, _ in found if kind == "signs"}
    assert {"country/gh", "country/tg"} <= signers
    assert "country/hu" not in signers
    assert not any(kind == "cooperatesWith" and "country/hu" in (a, b) for kind, a, b in found)


def test_venue_signers_a_country_named_as_a_party_still_signs(extractor: Extractor) -> None:
    found = relations(run(extractor, "Hungary and Ghana signed a memorandum of understanding on cybersecurity in "
                                     "Accra on Tuesday.", "en"))
    signers = {subject for kind, subject, _ in found if kind == "signs"}
    assert {"country/hu", "country/gh"} <= signers
