"""Fields of cooperation and their parties (kg/nlp/relations.py) on sentences written for the purpose."""

from __future__ import annotations

import pytest

from kg.nlp import Extractor
from tests.support.nlp_support import relations, run


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()


def test_cooperation_lettered_list_items_give_fields_to_both_parties(extractor: Extractor) -> None:
    text = ("Ghana and Japan signed a memorandum of understanding covering the following areas:\n"
            "a) Broadband networks in rural districts;\n"
            "b) Data protection and cyber security;")
    found = relations(run(extractor, text, "en"))
    for country in ("country/gh", "country/jp"):
        for domain in ("domain/telecommunications-and-connectivity", "domain/cybersecurity",
                       "domain/data-protection-and-privacy"):
            assert ("cooperatesOn", country, domain) in found
