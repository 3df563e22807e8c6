"""Well-known space agencies and central banks are state bodies of their countries (reference facts) and
sign for themselves, on sentences written for these tests."""

from __future__ import annotations

from kg.nlp import Extractor
from tests.support.nlp_support import relations, run


def test_french_space_agency_is_a_body_of_france_and_signs(extractor: Extractor) -> None:
    text = "Le Centre national d'études spatiales a signé un accord de coopération avec l'Agence spatiale africaine."
    found = run(extractor, text, "fr")
    types = {e.id: e.type.value for e in found.entities}
    assert types.get("body/centre-national-d-etudes-spatiales") == "GovernmentBody"
    assert ("partOf", "body/centre-national-d-etudes-spatiales", "country/fr") in relations(found)
    assert any(k == "signs" and s == "body/centre-national-d-etudes-spatiales" for k, s, _ in relations(found))


def test_arabic_central_bank_is_its_country_s_body(extractor: Extractor) -> None:
    found = run(extractor, "وقع البنك المركزي الأردني مذكرة تفاهم مع بنك تجاري.", "ar")
    assert ("partOf", "body/central-bank-of-jordan", "country/jo") in relations(found)
