"""Phrases of a goal or a kind of infrastructure that annotators do not read as a field of cooperation
("to bridge the digital divide", "digital public infrastructure", "digital innovation"): the packs'
`exclude`; on sentences written for the purpose."""

from __future__ import annotations

import pytest

from kg.nlp import Extractor
from tests.support.nlp_support import ids, relations, run


@pytest.mark.parametrize(("language", "text", "domain"), [
    ("en", "Ghana and Togo signed an agreement on Monday to narrow the digital divide in rural towns.",
     "domain/digital-inclusion"),
    ("en", "Ghana and Togo signed an agreement on Monday that gives villages digital access.",
     "domain/digital-inclusion"),
    ("en", "Ghana and Togo will cooperate on digital public infrastructure, the ministry said on Monday.",
     "domain/e-government"),
    ("en", "Ghana and Togo signed an agreement on Monday that will spur digital innovation in Accra.",
     "domain/research-and-innovation"),
    ("en", "Ghana and Togo signed an agreement on Monday to help young people enter entrepreneurship.",
     "domain/startups-and-entrepreneurship"),
    ("fr", "Le Ghana et le Togo ont signé lundi un accord pour réduire la fracture numérique dans les villages.",
     "domain/digital-inclusion"),
    ("fr", "Le Ghana et le Togo ont signé lundi un accord qui vise à réduire les fractures numériques.",
     "domain/digital-inclusion"),
    ("fr", "Le Ghana et le Togo ont signé lundi un accord pour un essor numérique inclusif à Lomé.",
     "domain/digital-inclusion"),
])
def test_goal_fields_a_goal_phrase_is_no_field(extractor: Extractor, language: str, text: str, domain: str) -> None:
    assert domain not in ids(run(extractor, text, language))


def test_goal_fields_entrepreneurship_listed_with_fields_stays_a_field(extractor: Extractor) -> None:
    text = "Ghana and Togo agreed on Monday to cooperate on cybersecurity, entrepreneurship and digital skills."
    found = relations(run(extractor, text, "en"))
    for country in ("country/gh", "country/tg"):
        assert ("cooperatesOn", country, "domain/startups-and-entrepreneurship") in found


@pytest.mark.parametrize("text", [
    "Ghana and Togo signed an agreement on Monday at the Accra Cybersecurity Summit.",
    "Ghana and Togo signed an agreement on Monday during the Lomé Cybersecurity Week.",
    "Ghana, a cybersecurity leader in the region, signed an agreement with Togo on Monday.",
    "Ghana signed an agreement with Togo on Monday to train cybersecurity personnel.",
    "Ghana signed an agreement with Togo on Monday, a year after it stepped up its cybersecurity efforts.",
    "Ghana signed an agreement with Togo on Monday, a month after it adopted its cybersecurity strategy.",
])
def test_goal_fields_a_domain_word_naming_an_event_or_people_is_no_field(extractor: Extractor, text: str) -> None:
    assert "domain/cybersecurity" not in ids(run(extractor, text, "en"))
