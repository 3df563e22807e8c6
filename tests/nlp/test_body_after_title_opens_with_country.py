"""A body named after a title may open with its country's name: "Chairman of the Kenya Film Regulatory
Commission", "Director of Kenya Film Regulatory Commission". Sentences written for the purpose."""

from __future__ import annotations

import pytest

from kg.nlp import Extractor
from tests.support.nlp_support import run


@pytest.mark.parametrize("title", ["Chairman of the", "Director of"])
def test_a_body_opening_with_a_country_after_a_title_is_named(extractor: Extractor, title: str) -> None:
    text = f"Amina Odhiambo, {title} Kenya Film Regulatory Commission, opened the workshop in Nairobi."
    graph = run(extractor, text, "en")
    bodies = {e.name for e in graph.entities if e.type.value == "GovernmentBody"}
    assert "Kenya Film Regulatory Commission" in bodies
    member = {(r.subject, r.object) for r in graph.relations if r.type.value == "memberOf"}
    assert ("person/amina-odhiambo", "body/kenya-film-regulatory-commission") in member


def test_a_country_after_a_title_with_no_body_head_names_no_body(extractor: Extractor) -> None:
    text = "The President of Kenya William Ruto opened the workshop in Nairobi."
    bodies = {e.name for e in run(extractor, text, "en").entities if e.type.value == "GovernmentBody"}
    assert not [b for b in bodies if "Kenya" in b or "Ruto" in b]
