"""An Arabic memorandum named by "مذكرة" alone ("وقعت تونس والأردن مذكرة لتعزيز …") is a memorandum of
understanding signed by its parties; "مذكرة إعلان نوايا" is a declaration of intent, no memorandum of
understanding (sentences written for the purpose)."""

from __future__ import annotations

from kg.nlp import Extractor
from tests.support.nlp_support import relations, run


def kinds(extractor: Extractor, text: str) -> set[str]:
    return {e.name for e in run(extractor, text, "ar").entities if e.type.value == "Agreement"}


def test_arabic_a_bare_memorandum_signed_by_two_countries(extractor: Extractor) -> None:
    text = "وقعت تونس والأردن أمس مذكرة لتعزيز التعاون في مجال الأمن السيبراني."
    signers = {s for kind, s, _ in relations(run(extractor, text, "ar")) if kind == "signs"}
    assert signers == {"country/tn", "country/jo"}, signers
    assert any("Memorandum of Understanding" in name for name in kinds(extractor, text))


def test_arabic_a_memorandum_of_a_declaration_of_intent_is_a_declaration(extractor: Extractor) -> None:
    text = "وقعت تونس والأردن أمس مذكرة إعلان نوايا في مجال الأمن السيبراني."
    names = kinds(extractor, text)
    assert any("Declaration of Intent" in name for name in names), names
    assert not any("Memorandum of Understanding" in name for name in names), names
