"""Ministries of the reference data reached through a minister's portfolio or their own name, on
sentences written for the purpose."""

from __future__ import annotations

import pytest

from kg.nlp import Extractor
from tests.support.nlp_support import named_facts


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


@pytest.mark.parametrize(("language", "text", "person", "body"), [
    ("fr", "Elle a reçu la ministre suédoise du Commerce, Mme Lena Berg, mardi.", "Lena Berg",
     "Ministry for Foreign Affairs of Sweden"),
    ("en", "Lena Tan, Minister for Communications and Information of Singapore, opened the forum.", "Lena Tan",
     "Ministry of Communications and Information of Singapore"),
])
def test_reference_ministries_hold_the_ministers_of_their_portfolios(extractor: Extractor, language: str, text: str,
                                                                     person: str, body: str) -> None:
    assert ("memberOf", person, body) in named_facts(extractor, text, language, "memberOf")


def test_reference_ministries_found_by_their_name_written_bare(extractor: Extractor) -> None:
    text = "Singapore's delegation met officials of the Ministry of Communications and Information on Monday."
    assert ("partOf", "Ministry of Communications and Information of Singapore", "Singapore") in \
        named_facts(extractor, text, "en", "partOf")
