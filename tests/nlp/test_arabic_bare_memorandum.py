""""مذكرة" alone is a note of any kind (an arrest warrant, a protest note), no memorandum of understanding;
"مذكرة إعلان نوايا" is a declaration of intent (sentences written for the purpose)."""

from __future__ import annotations

import pytest

from kg.nlp import Extractor
from tests.support.nlp_support import run


def kinds(extractor: Extractor, text: str) -> set[str]:
    return {e.name for e in run(extractor, text, "ar").entities if e.type.value == "Agreement"}


@pytest.mark.parametrize("text", [
    "وقعت وزارة الداخلية الأردنية مذكرة توقيف بحق المتهم أمس.",
    "وقعت تونس والأردن أمس مذكرة احتجاج على القرار.",
])
def test_arabic_a_bare_note_is_no_memorandum_of_understanding(extractor: Extractor, text: str) -> None:
    extraction = run(extractor, text, "ar")
    assert {e.type.value for e in extraction.entities} & {"Country", "GovernmentBody"}
    assert not [e.name for e in extraction.entities if e.type.value == "Agreement"]


def test_arabic_a_memorandum_of_a_declaration_of_intent_is_a_declaration(extractor: Extractor) -> None:
    text = "وقعت تونس والأردن أمس مذكرة إعلان نوايا في مجال الأمن السيبراني."
    names = kinds(extractor, text)
    assert any("Declaration of Intent" in name for name in names), names
    assert not any("Memorandum of Understanding" in name for name in names), names
