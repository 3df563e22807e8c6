"""A field that a sentence gives one party alone, which partners no one in the article, is no field of a
cooperation, however many times the sentence names it; on sentences written for the purpose."""

from __future__ import annotations

import pytest

from kg.nlp import Extractor
from tests.support.nlp_support import relations, run


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Kenya is keen to strengthen cooperation in cybersecurity and to train cybersecurity experts, the "
           "minister said."),
    ("fr", "Le Kenya souhaite renforcer la coopération dans la cybersécurité et former des experts en cybersécurité."),
])
def test_lone_field_mentions_named_twice_give_no_field(extractor: Extractor, language: str, text: str) -> None:
    assert ("cooperatesOn", "country/ke", "domain/cybersecurity") not in relations(run(extractor, text, language))


def test_lone_field_mentions_partners_keep_the_field_named_twice(extractor: Extractor) -> None:
    text = "Kenya and Ghana agreed to strengthen cooperation in cybersecurity and to train cybersecurity experts."
    found = relations(run(extractor, text, "en"))
    assert ("cooperatesOn", "country/ke", "domain/cybersecurity") in found
    assert ("cooperatesOn", "country/gh", "domain/cybersecurity") in found
