"""Arabic fields of cooperation read on sentences written for these tests (round 27): press wordings of
the domains, and a sentence that says what the cooperation covers ("تركز … على", "تشمل")."""

from __future__ import annotations

from kg.nlp import Extractor
from tests.support.nlp_support import run


def _fields(extraction) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return {(r.subject, r.object) for r in extraction.relations if r.type.value == "cooperatesOn"}


def test_arabic_press_wordings_of_domains(extractor: Extractor) -> None:
    """"الحكامة الرقمية" (the Maghreb spelling) is digital governance, "الفجوات الرقمية" digital inclusion;
    cybercrime named with no cooperation is a domain and no field of anyone."""
    text = "بحثت تونس والمغرب تعزيز التعاون في مجال الحكامة الرقمية وسد الفجوات الرقمية."
    fields = _fields(run(extractor, text, "ar"))
    assert {("country/tn", "domain/digital-governance"), ("country/ma", "domain/digital-inclusion")} <= fields
    found = run(extractor, "سجلت الجريمة الإلكترونية ارتفاعا في تونس.", "ar")
    assert "domain/cybersecurity" in {e.id for e in found.entities}
    assert not _fields(found)


def test_arabic_sentence_of_what_the_cooperation_covers(extractor: Extractor) -> None:
    """"وتركز الخطة الوطنية على …" after a deal between two countries names the deal's fields, which go to
    its partners; a sentence of no such cue ("واطلعت الوزيرة على …") names none."""
    deal = "وقعت تونس والمغرب مذكرة تفاهم للتعاون في مجال الاتصالات. "
    fields = _fields(run(extractor, deal + "وتركز الخطة الوطنية على الحكومة الذكية والشمول الرقمي.", "ar"))
    assert {("country/tn", "domain/e-government"), ("country/ma", "domain/digital-inclusion")} <= fields
    fields = _fields(run(extractor, deal + "واطلعت الوزيرة على الحكومة الذكية والشمول الرقمي.", "ar"))
    assert ("country/tn", "domain/e-government") not in fields


def test_arabic_topics_discussed_in_a_relative_clause(extractor: Extractor) -> None:
    """"بتعزيز" (to promote, its preposition glued) is a cue of cooperation, and "المسائل التي ناقشها …" (the
    matters he discussed, the object glued to the verb) names the fields of the talks; the same list written
    by one side only names none."""
    text = ("أكدت اليابان التزامها بتعزيز الرقمنة في تونس. والمسائل التي ناقشها السفير الياباني مع الوزير "
            "التونسي تشمل الحوسبة السحابية والأقمار الصناعية.")
    fields = _fields(run(extractor, text, "ar"))
    assert {("country/jp", "domain/cloud-and-data-infrastructure"),
            ("country/tn", "domain/space-technology")} <= fields
    text = "أكدت اليابان التزامها بالرقمنة في تونس. والمسائل التي كتبها السفير الياباني تشمل الحوسبة السحابية."
    assert not _fields(run(extractor, text, "ar"))
