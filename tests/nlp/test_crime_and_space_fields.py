"""Cybercrime names the field of cybersecurity, and "le domaine spatial" that of space technology (the packs'
domain variants); on sentences written for the purpose."""

from __future__ import annotations

import pytest

from kg.nlp import Extractor
from tests.support.nlp_support import relations, run


@pytest.mark.parametrize(("language", "text", "domain"), [
    ("en", "Ghana and Togo agreed on Monday to cooperate in the fight against cybercrime.", "domain/cybersecurity"),
    ("fr", "Le Ghana et le Togo ont signé lundi un accord de lutte contre la cybercriminalité.",
     "domain/cybersecurity"),
    ("fr", "Le Ghana et le Togo ont signé lundi un accord de coopération dans le domaine spatial.",
     "domain/space-technology"),
])
def test_crime_and_space_fields_go_to_both_partners(extractor: Extractor, language: str, text: str,
                                                    domain: str) -> None:
    found = relations(run(extractor, text, language))
    assert ("cooperatesOn", "country/gh", domain) in found
    assert ("cooperatesOn", "country/tg", domain) in found


def test_crime_and_space_fields_not_for_one_country_alone(extractor: Extractor) -> None:
    text = "Le Ghana renforce sa lutte contre la cybercriminalité, a dit le ministre lundi."
    assert ("cooperatesOn", "country/gh", "domain/cybersecurity") not in relations(run(extractor, text, "fr"))
