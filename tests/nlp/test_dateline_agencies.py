"""The news agency named in brackets after a report's dateline: an organisation, never a party to the facts.

Sentences written for the purpose."""

from __future__ import annotations

import pytest

from kg.nlp import Extractor
from tests.support.nlp_support import ids, run


@pytest.mark.parametrize(("language", "text", "agency"), [
    ("en", "LUSAKA, March 3 (Zedpress) -- Zambia and Kenya signed a memorandum of understanding on cybersecurity.",
     "org/zedpress"),
    ("en", "Lilongwe (MNW) – Malawi and Tanzania agreed to cooperate on digital identity.", "org/mnw"),
    ("fr", "Niamey, le 4 mai 2024 (ANPN) – Le Niger et le Tchad ont signé un accord sur la cybersécurité.",
     "org/anpn"),
    ("en", "Intro.\nBanjul, June 9, GPA – Gambia and Senegal signed a memorandum of understanding on e-government.",
     "org/gpa"),
    ("fr", "(Gabon Infos) - Le Gabon et le Congo ont signé un accord sur la cybersécurité.", "org/gabon-infos"),
])
def test_nlp_dateline_agency_is_an_organisation_without_relations(extractor: Extractor, language: str, text: str,
                                                                   agency: str) -> None:
    extraction = run(extractor, text, language)
    assert agency in ids(extraction)
    assert extraction.relations, "the report's own facts are still read"
    assert not [r for r in extraction.relations if agency in (r.subject, r.object)]


def test_nlp_acronym_after_its_spelled_out_name_is_no_agency(extractor: Extractor) -> None:
    text = "Kenya signed a deal with the Multilateral Investment Guarantee Agency (MIGA) – Nairobi welcomed it."
    assert "org/miga" not in ids(run(extractor, text, "en"))


@pytest.mark.parametrize(("language", "text", "agency"), [
    ("en", "BEIJING, May 2 (Xinhua) -- China and Egypt signed an agreement on artificial intelligence.",
     "org/xinhua-news-agency"),
    ("fr", "Yamoussoukro, 3 mars 2025 (AIP)-Le Ghana et le Togo ont signé un accord sur le numérique.\n(AIP)",
     "org/agence-ivoirienne-de-presse"),
])
def test_nlp_known_dateline_agency_keeps_its_entity(extractor: Extractor, language: str, text: str,
                                                    agency: str) -> None:
    extraction = run(extractor, text, language)
    agencies = [e for e in extraction.entities if e.type.value == "Organization"]
    assert [e.id for e in agencies] == [agency]
    assert extraction.relations
    assert not [r for r in extraction.relations if agency in (r.subject, r.object)]
