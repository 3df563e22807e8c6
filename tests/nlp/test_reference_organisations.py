"""International bodies, companies and outlets of the reference data: found by their names in each
language, and the employers of the people whose posts name them."""

from __future__ import annotations

import pytest

from kg.nlp import Extractor
from tests.support.nlp_support import named_facts, run


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


@pytest.mark.parametrize(("language", "text", "person", "body"), [
    ("fr", "Elle a rencontré Paul Girard, directeur général de l'ONUDI, à Vienne.", "Paul Girard",
     "United Nations Industrial Development Organization"),
    ("fr", "M. Paul Girard, président de la BOAD, a signé la convention.", "Paul Girard",
     "West African Development Bank"),
    ("en", "Tom Keller, the chairman of Caricom, opened the meeting.", "Tom Keller", "Caricom"),
    ("fr", "Le directeur général de la Poste de Djibouti, Karim Houssein, était présent.", "Karim Houssein",
     "La Poste de Djibouti"),
    ("fr", "Il a reçu le président du Bureau de gestion de la cyberdéfense, Paul Girard, à Bruxelles.", "Paul Girard",
     "Cyber Defence Management Board"),
    ("en", "Dr. Tom Keller, Director of ITU Telecommunication Development Bureau, signed it.", "Tom Keller",
     "Telecommunication Development Bureau"),
    ("en", "Tom Keller, director of the e-Governance Academy, signed the memorandum.", "Tom Keller",
     "e-Governance Academy"),
])
def test_reference_organisations_employ_the_people_their_posts_name(extractor: Extractor, language: str, text: str,
                                                                    person: str, body: str) -> None:
    assert ("memberOf", person, body) in named_facts(extractor, text, language, "memberOf")


@pytest.mark.parametrize(("language", "text", "name"), [
    ("en", "MOSCOW (UrduPoint News / Sputnik - 3rd May, 2024) The two ministers met.", "Sputnik"),
    ("en", "The company signed a memorandum with Palo Alto Networks on Monday.", "Palo Alto Networks"),
    ("fr", "Le Service européen pour l'action extérieure a publié un communiqué.", "European External Action Service"),
])
def test_reference_organisations_are_found_by_name(extractor: Extractor, language: str, text: str, name: str) -> None:
    assert name in {e.name for e in run(extractor, text, language).entities if e.type.value == "Organization"}
