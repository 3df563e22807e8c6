"""Honorifics and ranks written before a name ("Prof", "Shri", "Gen.") are no part of it. Sentences written
for the purpose."""

from __future__ import annotations

import pytest

from tests.support.nlp_support import run


@pytest.mark.parametrize("text", [
    "U.S. Cyber Command Director Gen. Paul Martin revealed the plan on Monday.",
    "The minister, Prof Paul Martin, signed the deal in Abuja.",
    "The cabinet chaired by Prime Minister Shri Paul Martin approved the memorandum.",
    "The envoy to Thailand, Dato Paul Martin, attended the launch.",
    "The Director General of the agency, Malam Paul Martin, opened the hub in Kano.",
    "Minister of Communications Alhaji Paul Martin met the visiting delegation in Kano on Friday.",
])
def test_an_honorific_or_rank_is_not_part_of_the_name(extractor, text) -> None:
    people = {e.id for e in run(extractor, text, "en").entities if e.type.value == "Person"}
    assert people == {"person/paul-martin"}
