"""Arabic names, posts and bodies read on sentences written for these tests (round 24): a dash written onto
a name, a lone rank before a name and a post after it, deputy governors and central banks."""

from __future__ import annotations

from kg.nlp import Extractor
from tests.support.nlp_support import relations, run


def _people(extraction) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.mentions[0].text for e in extraction.entities if e.type.value == "Person"]


def _members(extraction) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    names = {e.id: (e.mentions[0].text if e.mentions else e.name) for e in extraction.entities}
    return {(names[r[1]], names[r[2]]) for r in relations(extraction) if r[0] == "memberOf"}


def test_arabic_a_dash_written_onto_a_name_ends_it(extractor: Extractor) -> None:
    """"سامي رضوان- رئيس الهيئة …": the dash is no letter of the name, and the title after it is the name's."""
    text = "حضر الاجتماع سامي رضوان- رئيس هيئة تنظيم الاتصالات- وعدد من الخبراء."
    found = run(extractor, text, "ar")
    assert _people(found) == ["سامي رضوان"]
    assert ("سامي رضوان", "هيئة تنظيم الاتصالات") in _members(found)


def test_arabic_a_lone_rank_before_a_name_gives_way_to_the_post_after_it(extractor: Extractor) -> None:
    """"المستشار … - نائب سفير …": a definite title with no complement says less than the post after the name."""
    text = "وشارك الوزير المفوض كريم سالم- نائب سفير المملكة المغربية- في الحفل."
    found = run(extractor, text, "ar")
    assert _people(found) == ["كريم سالم"]
    assert any(r[0] == "memberOf" and r[2].startswith("body/embassy-of-morocco") for r in relations(found))


def test_arabic_a_deputy_governor_of_a_central_bank_is_its_member(extractor: Extractor) -> None:
    """"نائب محافظ البنك المركزي التونسي": "نائب" is no word of the name; the central bank is a body."""
    text = "وقع الاتفاق منير بلحاج نائب محافظ البنك المركزي التونسي في العاصمة."
    found = run(extractor, text, "ar")
    assert _people(found) == ["منير بلحاج"]
    assert ("منير بلحاج", "البنك المركزي التونسي") in _members(found)


def test_arabic_two_nationalities_joined_by_and_name_two_bodies(extractor: Extractor) -> None:
    """"البنك المركزي الليبي والتونسي": the Libyan bank and the Tunisian one, not one bank of the two."""
    text = "اجتمع مسؤولو البنك المركزي الليبي والتونسي في طرابلس. وأعلن البنك المركزي الليبي خطة جديدة."
    bodies = {e.mentions[0].text for e in run(extractor, text, "ar").entities if e.type.value == "GovernmentBody"}
    assert "البنك المركزي الليبي" in bodies
    assert not any("والتونسي" in b for b in bodies)


def test_arabic_an_authority_s_name_runs_through_of(extractor: Extractor) -> None:
    """"سلطة … ذات الطابع …": "سلطة" heads a body's name, which goes on through "ذات"; "ذات الطابع" is no one."""
    text = "وقع رئيس سلطة تنظيم البريد ذات الطابع المستقل في تونس، كريم الجلاصي، اتفاقا مع نظيره."
    found = run(extractor, text, "ar")
    bodies = {e.mentions[0].text for e in found.entities if e.type.value == "GovernmentBody"}
    assert "سلطة تنظيم البريد ذات الطابع المستقل" in bodies
    assert "ذات الطابع" not in _people(found)


def test_arabic_a_given_name_with_the_article_ends_a_body_s_name(extractor: Extractor) -> None:
    """"… لدى هيئة الاتصالات الحسن ولد …": the given name opens a person, no word of the body."""
    text = "وضم الوفد مفوض الحكومة لدى هيئة تنظيم الاتصالات الحسين ولد أحمد وعددا من المسؤولين."
    found = run(extractor, text, "ar")
    assert "الحسين ولد أحمد" in _people(found)
    assert ("الحسين ولد أحمد", "هيئة تنظيم الاتصالات") in _members(found)


def test_arabic_a_noun_and_a_verb_before_a_title_are_no_name(extractor: Extractor) -> None:
    """"وفد مرافق يضم مستشار …", "زيارة عمل قام بها رئيس …": the words before the title are no name."""
    text = "وصل وفد مرافق يضم مستشار الوزير. وجاءت زيارة عمل قام بها رئيس الهيئة إلى الرباط."
    assert not _people(run(extractor, text, "ar"))


def test_arabic_a_body_named_with_a_country_goes_on_through_of(extractor: Extractor) -> None:
    """"وكالة الأردن للفضاء": the head, the country, then a definite word glued to "of" (a field's word too)."""
    text = "أعلنت وكالة الأردن للفضاء إطلاق برنامج جديد للتدريب."
    bodies = {e.mentions[0].text for e in run(extractor, text, "ar").entities if e.type.value == "GovernmentBody"}
    assert "وكالة الأردن للفضاء" in bodies


def test_arabic_a_title_right_after_a_body_and_an_honorific_is_a_post_in_it(extractor: Extractor) -> None:
    """"وقع عن الهيئة معالي الرئيس التنفيذي X": the body a title follows, an honorific between, is the post's."""
    text = "ووقع الاتفاق عن هيئة تنظيم الاتصالات معالي الرئيس التنفيذي الدكتور سامر القاسم في عمان."
    found = run(extractor, text, "ar")
    assert ("سامر القاسم", "هيئة تنظيم الاتصالات") in _members(found)


def test_arabic_a_family_name_joined_by_a_hyphen_is_one_name(extractor: Extractor) -> None:
    """"… هيلين دوبوا-مارتان": the two words joined by a hyphen are the family's name."""
    text = "التقى الوزير مع المديرة العامة للمنظمة هيلين دوبوا-مارتان في جنيف."
    assert "هيلين دوبوا-مارتان" in _people(run(extractor, text, "ar"))


def test_arabic_a_title_after_a_name_s_head_opens_no_person(extractor: Extractor) -> None:
    """"بجامعة الملك سعود لتقديم …": the king's title and name are words of the university's name."""
    text = "افتتحت الشركة مختبرا بجامعة الملك سعود لتقديم برامج تدريبية للطلاب."
    assert not _people(run(extractor, text, "ar"))
