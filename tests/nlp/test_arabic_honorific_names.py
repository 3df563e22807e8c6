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


def test_arabic_a_malay_honorific_is_no_part_of_the_name(extractor: Extractor) -> None:
    """"سفير ماليزيا لدى قطر داتو …": the Malay "Datuk" is an honorific, not a given name."""
    text = "استقبل الوزير سفير ماليزيا لدى قطر داتو رحيم زكريا لبحث التعاون في مجال التعليم."
    people = [e.mentions[0].text for e in run(extractor, text, "ar").entities if e.type.value == "Person"]
    assert not any("داتو" in p for p in people)


def test_arabic_a_common_noun_after_an_envoy_opens_no_name(extractor: Extractor) -> None:
    """"ثمّن سفير فنلندا بتونس مجهودات وزارة …": the noun after the title is its object, no one's name."""
    text = "من جهته، ثمّن سفير فنلندا بتونس مجهودات وزارة الصحة في دعم المستشفيات."
    assert not [e for e in run(extractor, text, "ar").entities if e.type.value == "Person"]


def test_arabic_a_title_right_before_a_comma_opens_no_empty_name(extractor: Extractor) -> None:
    """"… بحضور ولي العهد القطري والرئيس الفرنسي، في …": a title with no name after it, no crash."""
    text = "جرى التوقيع في الرياض بحضور ولي العهد القطري والرئيس الفرنسي، في إطار الزيارة."
    names = [e.name for e in run(extractor, text, "ar").entities]
    assert "France" in names
    assert all(name.strip() for name in names)
