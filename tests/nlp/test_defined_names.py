"""A run of capitalised words that its acronym in brackets spells out is a name: an organisation when the model
reads one there and nothing else claims the words.

Sentences written for the purpose."""

from __future__ import annotations

import pytest

from kg.nlp import Extractor
from tests.support.nlp_support import ids, run


@pytest.mark.parametrize(("text", "organisation"), [
    ("Zambia's Ministry of Technology signed a memorandum of understanding with Kalomo Copper Holdings (KCH) "
     "on cybersecurity.", "org/kalomo-copper-holdings"),
    ("The Government of Malawi and Zomba Farming Cooperative Union (ZFCU) signed an agreement on e-agriculture "
     "on Monday.", "org/zomba-farming-cooperative-union"),
])
def test_nlp_name_spelt_by_its_acronym_is_an_organisation(extractor: Extractor, text: str,
                                                          organisation: str) -> None:
    assert organisation in ids(run(extractor, text, "en"))


@pytest.mark.parametrize("text", [
    "Kenya and Zambia will cooperate on the Internet of Things (IoT) and on cybersecurity.",
    "The two countries signed a Memorandum of Understanding (MoU) on digital identity.",
    "The plan covers Community Radio Stations (CRSs) in Zambia.",
])
def test_nlp_acronym_of_no_organisation_makes_none(extractor: Extractor, text: str) -> None:
    assert not [i for i in ids(run(extractor, text, "en")) if i.startswith("org/")]
