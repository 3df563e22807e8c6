"""Nouns that follow a lone Arabic title as its verb's object ("ثمن رئيس الوزراء رغبة شركة …": the prime
minister praised a company's wish) are no one's name (sentences written for the purpose)."""

from __future__ import annotations

import pytest

from kg.nlp import Extractor
from tests.support.nlp_support import run


@pytest.mark.parametrize("text", [
    "وثمن رئيس الوزراء رغبة شركة مايكروسوفت في دعم المشروع.",
    "وقد أعطى الوزير تعليماته لفريق عمله بالتعاون مع الهيئة.",
    "وعرضت الوزيرة مسار الحكومة في هذا المجال خلال الورشة.",
])
def test_arabic_no_person_from_the_object_of_a_lone_title(extractor: Extractor, text: str) -> None:
    people = [e.name for e in run(extractor, text, "ar").entities if e.type.value == "Person"]
    assert people == [], people
