"""Arabic agencies that sign: a country's agency with a complement glued to its article, central banks
and authorities as bodies, on sentences written for these tests."""

from __future__ import annotations

from kg.nlp import Extractor
from tests.support.nlp_support import relations, run


def _bodies(extraction) -> dict[str, set[str]]:  # type: ignore[no-untyped-def]
    return {e.id: {m.text for m in e.mentions} for e in extraction.entities if e.type.value == "GovernmentBody"}


def _signers(extraction) -> set[str]:  # type: ignore[no-untyped-def]
    return {s for kind, s, _ in relations(extraction) if kind == "signs" and not s.startswith("person/")}


def test_arabic_agency_named_with_its_country_and_a_glued_complement_signs(extractor: Extractor) -> None:
    found = run(extractor, "وقعت وكالة البحرين للفضاء مذكرة تفاهم مع جامعة القاهرة أمس.", "ar")
    agency = next(k for k, v in _bodies(found).items() if v == {"وكالة البحرين للفضاء"})
    assert ("partOf", agency, "country/bh") in relations(found)
    assert agency in _signers(found)


def test_arabic_central_bank_and_authority_are_bodies(extractor: Extractor) -> None:
    found = run(extractor, "وقع البنك المركزي التونسي اتفاقية مع سلطة الرقابة المالية في الأردن.", "ar")
    names = {frozenset(v) for v in _bodies(found).values()}
    assert frozenset({"البنك المركزي التونسي"}) in names
    assert any(any(m.startswith("سلطة الرقابة") for m in v) for v in names)


def test_arabic_body_name_goes_on_through_a_linking_word(extractor: Extractor) -> None:
    found = run(extractor, "وقعت هيئة حماية المعلومات ذات الطابع المالي في تونس مذكرة تفاهم مع شركة خاصة.", "ar")
    names = {m for v in _bodies(found).values() for m in v}
    assert "هيئة حماية المعلومات ذات الطابع المالي" in names
