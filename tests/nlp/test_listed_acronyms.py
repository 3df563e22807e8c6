"""A body's name followed by a list of acronyms is not one body, and a reference department of a country whose
ministries are departments names its minister's body. Sentences written for the purpose."""

from __future__ import annotations

import pytest

from kg.nlp import Extractor
from tests.support.nlp_support import named_facts, run


def _bodies(extractor: Extractor, text: str) -> set[str]:
    return {e.name for e in run(extractor, text, "en").entities if e.type.value == "GovernmentBody"}


@pytest.mark.parametrize("text", [
    "Delegates from the Department of Energy, KPLC, and EPRA toured the new plant last week.",
    "The roadmap lists the tasks of the Ministry of Trade and Industry and KEBS for the coming year.",
])
def test_a_last_acronym_of_a_list_is_not_part_of_the_body_s_name(extractor: Extractor, text: str) -> None:
    names = _bodies(extractor, text)
    assert names
    assert not [name for name in names if "KPLC" in name or "EPRA" in name or "KEBS" in name]


def test_an_acronym_that_is_a_portfolio_stays_in_the_name(extractor: Extractor) -> None:
    names = _bodies(extractor, "Engineers of the Ministry of Science and ICT inspected the network.")
    assert any(name.endswith("Science and ICT") for name in names)


def test_an_australian_minister_s_body_is_the_reference_department(extractor: Extractor) -> None:
    text = "The plan was launched by Australia's Minister for Industry and Science, Jane Doyle, in Perth."
    facts = named_facts(extractor, text, "en", "memberOf")
    assert ("memberOf", "Jane Doyle", "Department of Industry and Science of Australia") in facts
