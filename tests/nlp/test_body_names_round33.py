"""Names of bodies and their members: a name kept whole across the hyphen of a place it is of, a
territory's own government, the portfolio of public security, an honorific kept out of a
person's name. Sentences written for the purpose."""

from __future__ import annotations

import pytest

from kg.nlp import Extractor
from tests.support.nlp_support import run


def _names(extractor: Extractor, text: str, language: str, kind: str) -> set[str]:
    return {e.name for e in run(extractor, text, language).entities if e.type.value == kind}


def _facts(extractor: Extractor, text: str, language: str, kind: str) -> set[tuple[str, str]]:
    extraction = run(extractor, text, language)
    names = {e.id: e.name for e in extraction.entities}
    return {(names[r.subject], names[r.object]) for r in extraction.relations if r.type.value == kind}


def test_a_body_s_name_goes_on_across_the_hyphen_of_its_place(extractor: Extractor) -> None:
    text = "L'Office des eaux et forêts de Haute-Savoie a publié mardi son rapport annuel à Annecy."
    names = _names(extractor, text, "fr", "GovernmentBody")
    assert "Office des eaux et forêts de Haute-Savoie" in names
    assert "Office des eaux et forêts de Haute" not in names


def test_a_hyphenated_name_listed_after_a_comma_starts_a_name_of_its_own(extractor: Extractor) -> None:
    text = "L'Agence régionale des marchés, Alpha-Conseil et trois banques ont signé lundi un accord à Lyon."
    names = {n for kind in ("GovernmentBody", "Organization") for n in _names(extractor, text, "fr", kind)}
    assert not [n for n in names if n.startswith("Agence") and "Alpha-Conseil" in n]


@pytest.mark.parametrize("text", [
    "Le gouvernement de la Nouvelle-Calédonie a lancé jeudi à Nouméa un appel d'offres pour un câble.",
    "Le président du gouvernement de la Nouvelle-Calédonie, Paul Tavernier, a reçu jeudi une délégation.",
])
def test_a_territory_has_a_government_of_its_sovereign_state(extractor: Extractor, text: str) -> None:
    assert "Government of New Caledonia" in _names(extractor, text, "fr", "GovernmentBody")
    assert ("Government of New Caledonia", "France") in _facts(extractor, text, "fr", "partOf")
    assert "Government of France" not in _names(extractor, text, "fr", "GovernmentBody")


def test_public_security_is_a_portfolio_of_its_own(extractor: Extractor) -> None:
    text = "Le ministre vietnamien de la Sécurité publique, Tran Van Long, a reçu lundi une délégation."
    names = _names(extractor, text, "fr", "GovernmentBody")
    assert "Ministry of Public Security of Vietnam" in names
    assert "Ministry of Security of Vietnam" not in names


def test_a_drugs_and_crime_office_of_the_united_nations_is_known(extractor: Extractor) -> None:
    text = "Marie Dubois, représentante de l'Office des Nations unies contre la drogue et le crime, a parlé à Dakar."
    assert ("Marie Dubois", "United Nations Office on Drugs and Crime") in _facts(extractor, text, "fr", "memberOf")
    assert "Office des Nations" not in _names(extractor, text, "fr", "GovernmentBody")


def test_a_pair_of_countries_is_no_place_a_name_is_of(extractor: Extractor) -> None:
    text = "Officials of the Digital Transformation Agency on Japan-India cooperation said on Monday."
    extraction = run(extractor, text, "en")
    assert not [e.name for e in extraction.entities if "Japan-India" in e.name]
    assert "India" in {e.name for e in extraction.entities if e.type.value == "Country"}


@pytest.mark.parametrize(("text", "language", "name"), [
    ("Madam Jane Porter, Executive Director of the Lagos Business Council, met the minister in Abuja.",
     "en", "Jane Porter"),
    ("À l'issue du vote, Mr Paul LEGRAND de la Belgique a été élu secrétaire général adjoint de l'Union.",
     "fr", "Paul Legrand"),
])
def test_an_honorific_is_no_part_of_a_name(extractor: Extractor, text: str, language: str, name: str) -> None:
    people = _names(extractor, text, language, "Person")
    assert name in people
    assert not [p for p in people if p.endswith(name) and p != name]
