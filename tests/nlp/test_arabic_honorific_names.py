"""An Arabic honorific opens no name, even glued to "and" after another person's title."""

from __future__ import annotations

from kg.nlp import Extractor
from tests.support.nlp_support import run


def test_arabic_a_glued_honorific_after_a_title_is_no_part_of_the_name(extractor: Extractor) -> None:
    """"وزير الزراعة القطري، ومعالي بيتر نيلسن، وزير …": the next name starts after "ومعالي"."""
    text = "وقّع الاتفاق وزير الزراعة القطري، ومعالي بيتر نيلسن، وزير البيئة الدنماركي، في الدوحة."
    people = [e.mentions[0].text for e in run(extractor, text, "ar").entities if e.type.value == "Person"]
    assert "بيتر نيلسن" in people
    assert not any("معالي" in p for p in people)
