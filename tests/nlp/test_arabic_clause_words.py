"""Arabic people: words of a clause that are no name, short forms, "and" written apart in a title, on
sentences written for these tests."""

from __future__ import annotations

from kg.nlp import Extractor
from tests.support.nlp_support import relations, run


def _people(extraction) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    return {e.id: e.role for e in extraction.entities if e.type.value == "Person"}


def test_arabic_words_of_a_clause_before_a_title_are_no_name(extractor: Extractor) -> None:
    text = "وفي اجتماع آخر جمع وزير الصحة مع السفير الهندي، تناول الطرفان مشاريع الرقمنة."
    people = _people(run(extractor, text, "ar"))
    assert not any("akhr" in p for p in people)


def test_arabic_a_verb_before_a_title_opens_no_name(extractor: Extractor) -> None:
    text = "وفي الافتتاح، كشف مساعد المدير العام للهيئة عن خطة جديدة للخدمات الرقمية."
    assert _people(run(extractor, text, "ar")) == {}


def test_arabic_a_word_after_an_honorific_that_is_no_name_opens_none(extractor: Extractor) -> None:
    text = "والتقى الوزير بالمدير العام والرئيس التنفيذي للشركة في مقرها."
    assert _people(run(extractor, text, "ar")) == {}


def test_arabic_ould_links_the_words_of_a_name(extractor: Extractor) -> None:
    text = "واستقبل السيد أحمد ولد الشيخ المختاري وفدا من رجال الأعمال في العاصمة."
    people = _people(run(extractor, text, "ar"))
    assert len(people) == 1 and all(p.removeprefix("person/") != "ahmd-wld" for p in people)


def test_arabic_a_short_form_is_the_person_named_in_full(extractor: Extractor) -> None:
    text = ("التقى وزير الاقتصاد الرقمي سالم ناصر الهاشمي بوفد من الشركة. "
            "وقال وزير الاقتصاد الرقمي سالم الهاشمي إن المشروع يدعم الخدمات.")
    people = _people(run(extractor, text, "ar"))
    assert len(people) == 1


def test_arabic_and_written_apart_goes_on_in_a_title(extractor: Extractor) -> None:
    text = "وترأست الجلسة وزيرة الاتصالات و تكنولوجيا المعلومات، ليلى الحسني، بحضور عدد من الخبراء."
    found = run(extractor, text, "ar")
    roles = _people(found)
    assert any(role and role.endswith("تكنولوجيا المعلومات") for role in roles.values())


def test_arabic_a_spokesman_for_a_body_keeps_his_title(extractor: Extractor) -> None:
    text = "وقال المتحدث الرسمي باسم الهيئة خالد سعيد المنصوري إن الخدمة متاحة."
    people = _people(run(extractor, text, "ar"))
    assert list(people.values()) == ["المتحدث الرسمي باسم الهيئة"]


def test_arabic_a_charge_de_mission_is_a_title(extractor: Extractor) -> None:
    text = "وحضر اللقاء سالم بكار الأحمد، مكلفة بمهمة بديوان الوزير."
    people = _people(run(extractor, text, "ar"))
    assert not any("mklf" in p for p in people)
    assert not [r for r in relations(run(extractor, text, "ar")) if r[0] == "memberOf" and "mklf" in r[1]]


def test_arabic_the_moroccan_digital_development_agency_is_known_by_its_arabic_name(extractor: Extractor) -> None:
    text = "ووقعت وكالة التنمية الرقمية مذكرة تفاهم مع وكالة السنغال الرقمية خلال المعرض."
    found = run(extractor, text, "ar")
    assert ("partOf", "body/agency-for-digital-development", "country/ma") in relations(found)
    assert "org/senegal-numerique" in {e.id for e in found.entities}


def test_arabic_a_portfolio_glued_to_and_is_read(extractor: Extractor) -> None:
    text = "واستقبل وزير الاقتصاد والتجارة اللبناني سمير فادي الخوري وفدا من رجال الأعمال."
    found = run(extractor, text, "ar")
    assert any(r[0] == "memberOf" and r[2] == "body/ministry-of-economy-and-trade-of-lebanon" for r in relations(found))


def test_arabic_an_envoy_of_the_custodian_of_the_two_holy_mosques_is_saudi(extractor: Extractor) -> None:
    text = "وحضر اللقاء سفير خادم الحرمين الشريفين لدى اليابان الأمير سعد بن فهد آل سعود."
    found = run(extractor, text, "ar")
    assert any(r[0] == "memberOf" and r[2] == "body/embassy-of-saudi-arabia-in-japan" for r in relations(found))
