"""Arabic people and their posts read on sentences written for these tests (round 29): an agreement's name
is no person's, a secretary's title ends a name, a name glued to "and" before a title is its holder, a
title ending with a body's head noun ("رئيس الهيئة") stands for the body named before with that head."""

from __future__ import annotations

from kg.nlp import Extractor
from tests.support.nlp_support import relations, run


def _people(found: object) -> list[str]:
    return [e.name for e in found.entities if e.type.value == "Person"]  # type: ignore[attr-defined]


def test_arabic_an_agreement_after_a_title_is_no_name(extractor: Extractor) -> None:
    """"الرئيس التنفيذي لوكالة الفضاء المصرية مذكرة تفاهم …": the memorandum is what was signed, not a person
    holding the title; the title is the name's written before it."""
    text = "وقع الدكتور سامي نصار الرئيس التنفيذي لوكالة الفضاء المصرية مذكرة تفاهم تعزز التعاون مع الجانب الصيني."
    found = run(extractor, text, "ar")
    people = _people(found)
    assert len(people) == 1 and len(people[0].split()) == 2, people
    members = {(r[1], r[2]) for r in relations(found) if r[0] == "memberOf"}
    assert {o for _, o in members} == {"body/egyptian-space-agency"}, members


def test_arabic_a_secretary_s_title_ends_the_name_before_it(extractor: Extractor) -> None:
    """"وانغ جيان مينغ السكرتير العام لهيئة …": "السكرتير العام" (secretary general) is a title, no word of the
    name; its holder is a member of the body it names."""
    text = "وحضر اللقاء السيد وانغ جيان مينغ السكرتير العام لهيئة الصين القومية للفضاء."
    found = run(extractor, text, "ar")
    people = _people(found)
    assert len(people) == 1 and len(people[0].split()) == 3, people
    assert any(r[0] == "memberOf" for r in relations(found))


def test_arabic_the_head_of_the_authority_is_the_authority_named_before(extractor: Extractor) -> None:
    """"…، رئيس الهيئة،": the authority is the one body named before whose name has "هيئة", not the ministry
    named last."""
    text = ("تأسست الهيئة العامة للمعلومات عام 2010 بقرار من وزارة الاتصالات الليبية. وترأس الاجتماع المهندس خالد "
            "سالم العبيدي، رئيس الهيئة، بحضور عدد من المسؤولين.")
    found = run(extractor, text, "ar")
    bodies = {e.id: e.name for e in found.entities if e.type.value == "GovernmentBody"}
    members = [bodies.get(r[2], r[2]) for r in relations(found) if r[0] == "memberOf"]
    assert len(members) == 1 and "Ministry" not in members[0], members
    assert members[0] in bodies.values()


def test_arabic_a_name_glued_to_and_before_a_title_is_its_holder(extractor: Extractor) -> None:
    """"… سامي العبيدي وجون ميلر سفير كندا لدى مصر": the name glued to "and" right before the envoy's title
    is the envoy, a member of the embassy, and named without the "and"."""
    text = "جرى اللقاء بين الدكتور سامي العبيدي وجون ميلر سفير كندا لدى مصر."
    found = run(extractor, text, "ar")
    names = {e.id: e.name for e in found.entities}
    members = {(names[r[1]], r[2]) for r in relations(found) if r[0] == "memberOf"}
    assert members == {("Jun Milr", "body/embassy-of-canada-in-egypt")}, members


def test_arabic_a_noun_glued_to_and_after_a_sentence_s_verb_is_no_name(extractor: Extractor) -> None:
    """"افتتح ورشة العمل رئيس الهيئة …": the workshop after the verb opening the sentence is no person."""
    text = "افتتح ورشة العمل رئيس الهيئة العامة للمعلومات المهندس خالد سالم العبيدي."
    assert len(_people(run(extractor, text, "ar"))) == 1


def _names(text: str, extractor: Extractor) -> list[str]:
    return [e.aliases[0] for e in run(extractor, text, "ar").entities if e.type.value == "Person"]


def test_arabic_a_second_family_name_before_a_title_ends_the_name(extractor: Extractor) -> None:
    """"فهد ناصر الأحمد الصباح رئيس …": the second family name with the article, a title right after it, is
    the name's last word (not a word left out of it)."""
    text = "استقبل الشيخ فهد ناصر الأحمد الصباح رئيس مجلس الوزراء الكويتي وفدا من الشركة في مكتبه."
    assert _names(text, extractor) == ["فهد ناصر الأحمد الصباح"]


def test_arabic_a_noun_with_tanween_is_no_word_of_a_name(extractor: Extractor) -> None:
    """"كريم بن سالم ناصر وفداً رفيع المستوى": the noun ending in tanween is the object, not the family name."""
    text = "التقى وزير المواصلات المهندس كريم بن سالم ناصر وفداً رفيع المستوى من الشركة."
    assert _names(text, extractor) == ["كريم بن سالم ناصر"]


def test_arabic_a_negation_ends_a_name(extractor: Extractor) -> None:
    """"محمد ولد سالم لم يكشف …": "لم" (did not) opens the clause after the name."""
    text = "نقل الوزير رسالة إلى نظيره الموريتاني محمد ولد سالم لم يكشف عن فحواها."
    assert _names(text, extractor) == ["محمد ولد سالم"]
