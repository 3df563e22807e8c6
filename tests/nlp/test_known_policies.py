"""Policies the reference data knows by name (data/reference/policies.yaml): found without a policy word,
owned by their country, or by no one when they are international; on sentences written for the purpose."""

from __future__ import annotations

import pytest

from kg.nlp import Extractor
from tests.support.nlp_support import relations, run


@pytest.mark.parametrize(("language", "text", "owner", "policy"), [
    ("en", "Uganda's delegates toured Kenya on Monday and praised the Digital Superhighway of their hosts.",
     "country/ke", "policy/digital-superhighway"),
    ("fr", "Le Sénégal a débattu mardi à Dakar de la Route de la soie numérique avec la Chine.",
     "country/cn", "policy/digital-silk-road"),
])
def test_nlp_a_known_policy_is_its_countrys(extractor: Extractor, language: str, text: str, owner: str,
                                          policy: str) -> None:
    assert ("hasPolicy", owner, policy) in relations(run(extractor, text, language))


def test_nlp_an_international_policy_has_no_owner(extractor: Extractor) -> None:
    text = "Nigeria said its new broadband plan would serve the goals of Agenda 2063 across the continent."
    result = run(extractor, text, "en")
    assert "policy/agenda-2063" in {e.id for e in result.entities}
    assert not {r for r in relations(result) if r[0] == "hasPolicy" and r[2] == "policy/agenda-2063"}


@pytest.mark.parametrize(("language", "text", "policy"), [
    ("fr", "Le Bénin a évalué mardi la mise en œuvre du Plan national de développement 2018-2025.-ABP",
     "Plan national de développement 2018-2025"),
    ("en", "Ghana reviewed the National Broadband Strategy 2019-2024, the ministry said.",
     "National Broadband Strategy 2019-2024"),
])
def test_nlp_a_year_range_ends_a_policy_name_whatever_is_glued_after_it(extractor: Extractor, language: str,
                                                                        text: str, policy: str) -> None:
    names = {e.name for e in run(extractor, text, language).entities if e.type.value == "Policy"}
    assert policy in names


@pytest.mark.parametrize(("language", "text", "event"), [
    ("fr", "Le ministre a présenté mardi le Sommet Numérique Togo 2026 aux investisseurs réunis à Lomé.",
     "Sommet Numérique Togo 2026"),
    ("en", "Officials opened the Summit Digital Ghana 2026 in Accra on Monday with investors.",
     "Summit Digital Ghana 2026"),
])
def test_nlp_a_dated_name_of_an_event_is_no_policy(extractor: Extractor, language: str, text: str,
                                                   event: str) -> None:
    names = {e.name for e in run(extractor, text, language).entities if e.type.value == "Policy"}
    assert not {n for n in names if "Sommet" in n or "Summit" in n}
