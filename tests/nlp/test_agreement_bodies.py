"""The parties of an agreement signed by two bodies or organisations, on sentences written for the purpose:
the two bodies joined by "and" that sign it, not their countries; the same agreement told by a headline
between their countries; and a news agency filing the report, never a party."""

from __future__ import annotations

import pytest

from kg.nlp import Extractor
from tests.support.nlp_support import relations, run


def agreements(extractor: Extractor, text: str, language: str) -> set[str]:
    return {e.id for e in run(extractor, text, language).entities if e.type.value == "Agreement"}


@pytest.mark.parametrize(("language", "text", "agreement"), [
    ("en", "The National Cyber Security Authority and the Office of Digital Government have signed a memorandum of "
           "understanding on cybersecurity.", "agreement/national-cyber-security-authority-office-of-digital-"
                                               "government-memorandum-of-understanding-on-cybersecurity"),
    ("fr", "Le 3 mars, l'Agence nationale de la cybersécurité (ANC), régulateur du secteur, et l'Agence du numérique "
           "ont signé un protocole d'accord sur la cybersécurité.", "agreement/agence-du-numerique-national-"
                                                                  "cybersecurity-agency-memorandum-of-understanding-"
                                                                  "on-cybersecurity"),
])
def test_nlp_two_bodies_that_sign_together_are_the_parties(extractor: Extractor, language: str, text: str,
                                                          agreement: str) -> None:
    assert agreements(extractor, text, language) == {agreement}
    signers = {s for kind, s, o in relations(run(extractor, text, language)) if kind == "signs" and o == agreement}
    assert len({s for s in signers if s.startswith("body/")}) == 2


def test_nlp_a_headline_agreement_of_two_countries_is_the_one_their_bodies_sign(extractor: Extractor) -> None:
    text = ("Kenya and Ghana sign a cooperation agreement\n\nThe Kenyan ICT Authority and the Ghanaian National "
            "Information Technology Agency signed a cooperation agreement on Monday.")
    assert agreements(extractor, text, "en") == {"agreement/ghana-kenya-cooperation-agreement"}
    signers = {s for kind, s, o in relations(run(extractor, text, "en"))
               if kind == "signs" and o == "agreement/ghana-kenya-cooperation-agreement"}
    assert "body/national-information-technology-agency" in signers


def test_nlp_the_agency_filing_the_report_is_no_party(extractor: Extractor) -> None:
    text = "ABU DHABI, 10 March 2025 (WAM) -- The Ministry of Economy signed a memorandum of understanding with Huawei."
    found = agreements(extractor, text, "en")
    assert len(found) == 1
    assert not any("emirates-news-agency" in a for a in found)


def test_nlp_a_country_written_before_a_body_name_does_not_sign(extractor: Extractor) -> None:
    text = "The European Data Protection Supervisor and the UK ICO signed a memorandum of understanding on Monday."
    signers = {s for kind, s, _ in relations(run(extractor, text, "en")) if kind == "signs"}
    assert "body/information-commissioner-s-office" in signers
    assert "country/gb" not in signers
