"""Arabic names read on sentences written for these tests (round 27): titles that were missing (a high
commissioner, an assistant minister), words that are no name after a title or an honorific, where a name set
off after its title ends, and the news agency credited at the head of a report."""

from __future__ import annotations

from kg.nlp import Extractor
from tests.support.nlp_support import run


def _people(extraction) -> set[str]:  # type: ignore[no-untyped-def]
    return {e.mentions[0].text for e in extraction.entities if e.type.value == "Person" and e.mentions}


def test_arabic_a_high_commissioner_is_a_title(extractor: Extractor) -> None:
    """"المحافظة السامية للرقمنة": the title before the name and after it (set off by commas)."""
    before = run(extractor, "وأكدت المحافظة السامية للرقمنة سلمى بن قاسم أن المشروع يتقدم.", "ar")
    assert _people(before) == {"سلمى بن قاسم"}
    after = run(extractor, "جرى الحفل بحضور سلمى بن قاسم، المحافظة السامية للرقمنة، وعدد من المسؤولين.", "ar")
    assert _people(after) == {"سلمى بن قاسم"}


def test_arabic_an_assistant_minister_title_ends_the_name(extractor: Extractor) -> None:
    """"المهندس X مساعد وزير الاتصالات": "مساعد وزير" is a title, no word of the name before it."""
    found = run(extractor, "وحضر المهندس كريم فؤاد منصور مساعد وزير الاتصالات اللقاء.", "ar")
    assert "كريم فؤاد منصور" in _people(found)
    assert not any("مساعد" in name for name in _people(found))


def test_arabic_what_and_during_open_no_name(extractor: Extractor) -> None:
    """"بما تقدمه", "حسب ما أفادت", "خلال افتتاح": after a title or an honorific, a word that is no name
    ("ما", "خلال") opens none; a given name spelt like a function word ("على") still does."""
    text = "وأشاد الوزير الحلبي بما تقدمه الشركة، وتحدث الرئيس خلال افتتاح المعرض الدولي."
    assert not _people(run(extractor, text, "ar")) - {"الحلبي"}
    found = run(extractor, "وقال السيد على حسن إن الوفد وصل.", "ar")
    assert _people(found) == {"على حسن"}


def test_arabic_a_name_after_a_semicolon_ends_at_a_word_that_is_no_name(extractor: Extractor) -> None:
    """"…؛ X Y رفقة وفد": a name set off after its title ends at a word that is no name's ("رفقة"), as at a
    mark; a word there that opens a clause ("فيما") begins no name."""
    text = "استقبل الوزير نائب رئيس البنك الإفريقي للتنمية؛ يوسف كامارا رفقة وفد من البنك."
    assert "يوسف كامارا" in _people(run(extractor, text, "ar"))
    text = "وقع المذكرة عن الجانب التونسي مدير الوكالة الوطنية؛ فيما وقعها عن الجانب الآخر مدير الشركة."
    assert not any(name.startswith("فيما") for name in _people(run(extractor, text, "ar")))


def test_arabic_an_honorific_last_before_a_mark_is_a_family_name(extractor: Extractor) -> None:
    """"السيد/ نبيل فارس الشيخ، مدير …": "الشيخ" last before the comma is the family's name, and the honorific
    "السيد" before the name stands for no one."""
    found = run(extractor, "وقع الاتفاق السيد/ نبيل فارس الشيخ، مدير الشركة، في الدوحة.", "ar")
    people = [e for e in found.entities if e.type.value == "Person"]
    assert [e.name for e in people] == ["Nbil Fars Shikh"]
    assert "السيد" not in people[0].aliases


def test_arabic_given_names_with_the_article_and_a_nominee(extractor: Extractor) -> None:
    """"الياس", "الفاضل": given names written with the article open the name; "المرشح" (the nominee) after a
    name is no family name."""
    text = "وحضر وزير المالية السيد/ الياس حمدان جابر، والدكتور محمد الفاضل يونس، اللقاء."
    assert {"الياس حمدان جابر", "محمد الفاضل يونس"} <= _people(run(extractor, text, "ar"))
    text = "استقبل الوزير السفير رامي حمدان المرشح لمنصب سفير مصر لدى روسيا."
    assert "رامي حمدان" in _people(run(extractor, text, "ar"))


def test_arabic_an_agency_credited_at_the_head_of_a_report_is_an_organisation(extractor: Extractor) -> None:
    """"الدوحة (قنا الإخبارية)", "طرابلس - الرائد -": the agency after the city a report is filed from is an
    organisation, no party to what it reports; an outlet written first with its city in brackets glued to it
    ("الرائد(نواكشوط) -") makes no organisation of the city."""
    text = "الدوحة (الرائد)\nوقعت وزارة الاتصالات القطرية مذكرة تفاهم مع وزارة الاتصالات العمانية."
    found = run(extractor, text, "ar")
    agency = [e for e in found.entities if e.type.value == "Organization" and "الرائد" in e.aliases]
    assert agency
    assert not any(agency[0].id in (r.subject, r.object) for r in found.relations)
    text = "طرابلس - الرائد - بحث وزير الاتصالات الليبي التعاون مع تونس."
    assert any("الرائد" in e.aliases for e in run(extractor, text, "ar").entities)
    text = "الرائد(نواكشوط) - أطلق وزير التحول الرقمي الموريتاني المنتدى."
    assert not any(e.type.value == "Organization" for e in run(extractor, text, "ar").entities)
