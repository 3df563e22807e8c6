"""Arabic names read on sentences written for these tests (round 30): a known person's name is the person
of the people table (not the country a word of it also names), a name ends before "يوم" (the day of a
date), and the managing director's title ends the name before it."""

from __future__ import annotations

from kg.nlp import Extractor
from tests.support.nlp_support import ids, relations, run


def _people(found: object) -> list[str]:
    return [e.name for e in found.entities if e.type.value == "Person"]  # type: ignore[attr-defined]


def test_arabic_a_known_person_is_read_from_the_people_table(extractor: Extractor) -> None:
    """"رأفت هندي": the Egyptian minister of the people table, not India (whose demonym is "هندي")."""
    text = "اجتمع الوزير رأفت هندي مع وفد من المستثمرين في القاهرة لبحث مشروعات البنية الرقمية."
    found = run(extractor, text, "ar")
    assert "person/raafat-hindy" in ids(found), _people(found)
    assert "country/in" not in ids(found)


def test_arabic_a_known_head_of_government_keeps_his_demonym_family_name(extractor: Extractor) -> None:
    """"محمد شياع السوداني": the Iraqi prime minister, whose family name is no mention of Sudan."""
    text = "استقبل رئيس مجلس الوزراء محمد شياع السوداني وفدا من الشركات الأوروبية في بغداد."
    found = run(extractor, text, "ar")
    assert "person/mohammed-shia-al-sudani" in ids(found), _people(found)
    assert "country/sd" not in ids(found)


def test_arabic_a_name_ends_before_the_day_of_a_date(extractor: Extractor) -> None:
    """"السيد/ سامي موسى خليل يوم الأحد": the name is three words; "يوم" (day) opens the date after it."""
    text = "وقع وزير المالية السيد/ سامي موسى خليل يوم الأحد الماضي اتفاقية تعاون مع الجانب الفرنسي."
    people = _people(run(extractor, text, "ar"))
    assert len(people) == 1 and len(people[0].split()) == 3, people


def test_arabic_the_managing_director_s_title_ends_the_name(extractor: Extractor) -> None:
    """"المهندس سامي نصار العضو المنتدب للشركة": the title is no word of the name; the holder is a member of
    the company named before."""
    text = "وقعت شركة النيل للاتصالات مذكرة تفاهم، ووقعها المهندس سامي نصار العضو المنتدب للشركة."
    found = run(extractor, text, "ar")
    people = _people(found)
    assert len(people) == 1 and len(people[0].split()) == 2, people
    assert any(r[0] == "memberOf" for r in relations(found))


def test_arabic_a_minister_s_full_portfolio_names_the_known_ministry(extractor: Extractor) -> None:
    """"وزير الصناعة والتكنولوجيا التركي": both portfolios name Turkey's Ministry of Industry and Technology
    (the reference data's), not a "Ministry of Industry" of the first portfolio alone."""
    text = "استقبل الوزير وزير الصناعة والتكنولوجيا التركي سامي يلدز في مقر الوزارة."
    found = run(extractor, text, "ar")
    members = {r[2] for r in relations(found) if r[0] == "memberOf"}
    assert members == {"body/ministry-of-industry-and-technology"}, members
    assert "body/ministry-of-industry-of-turkey" not in ids(found)


def test_arabic_a_renamed_ministry_is_named_by_its_new_portfolios(extractor: Extractor) -> None:
    """"وزارة التنمية الرقمية والنقل" of Azerbaijan: the ministry under its new title, not the former
    Ministry of Transport, Communications and High Technologies."""
    text = "وقعت وزارة التنمية الرقمية والنقل في أذربيجان مذكرة تفاهم مع شركة محلية."
    found = run(extractor, text, "ar")
    assert "body/ministry-of-digital-development-and-transport" in ids(found), ids(found)
    assert "body/ministry-of-transport-communications-and-high-technologies" not in ids(found)


def test_arabic_a_minister_s_portfolios_in_another_order_name_the_known_ministry(extractor: Extractor) -> None:
    """"وزير الاتصالات وتكنولوجيا المعلومات الإيراني": Iran's known Ministry of Information and Communications
    Technology (its portfolios in another order), no second ministry built from the title."""
    text = "التقى وزير الاتصالات وتكنولوجيا المعلومات الإيراني سامي رضائي بنظيره في طهران."
    found = run(extractor, text, "ar")
    members = {r[2] for r in relations(found) if r[0] == "memberOf"}
    assert members == {"body/ministry-of-information-and-communications-technology-of-iran"}, members


def test_arabic_the_high_commission_for_digitalization_is_a_known_body(extractor: Extractor) -> None:
    """"المحافظة السامية للرقمنة": Algeria's High Commission for Digitalization, a state body that signs."""
    text = "وقعت المحافظة السامية للرقمنة مذكرة تفاهم مع شركة ناشئة لتطوير الخدمات الرقمية."
    found = run(extractor, text, "ar")
    assert "body/high-commission-for-digitalization-of-algeria" in ids(found), ids(found)
    assert not any(e.type.value == "Person" for e in found.entities)


def test_arabic_a_name_after_headed_by_is_the_delegation_s_head(extractor: Extractor) -> None:
    """"وفدا … برئاسة كارلو منتاني": the name after "headed by" is a person; "وفدا" (a delegation) after the
    lone title "الوزير" is no name."""
    text = "استقبل الوزير وفدا إيطاليا برئاسة كارلو منتاني مدير عام الهيئة الإيطالية للفضاء."
    people = _people(run(extractor, text, "ar"))
    assert len(people) == 1 and len(people[0].split()) == 2, people
    assert not any(p.startswith("Wfd") for p in people)


def test_arabic_the_spokesman_of_a_body_is_a_title(extractor: Extractor) -> None:
    """"المتحدث باسم الهيئة، سامي خليل،": "spokesman of" is a title; the name set off after it is a person."""
    text = "وقال المتحدث باسم الهيئة الوطنية للاتصالات، سامي خليل، إن المشروع سيبدأ قريبا."
    people = _people(run(extractor, text, "ar"))
    assert len(people) == 1 and len(people[0].split()) == 2, people


def test_arabic_a_city_named_after_a_king_is_the_known_body_no_person(extractor: Extractor) -> None:
    """"مدينة الملك عبدالعزيز للعلوم والتقنية": Saudi Arabia's science body (reference data), not a person
    "عبدالعزيز" after the title "الملك"."""
    text = "وقعت مدينة الملك عبدالعزيز للعلوم والتقنية اتفاقية مع جامعة أوروبية لتطوير أبحاث الفضاء."
    found = run(extractor, text, "ar")
    assert "body/king-abdulaziz-city-for-science-and-technology" in ids(found), ids(found)
    assert not _people(found)


def test_arabic_a_national_company_is_the_known_organisation(extractor: Extractor) -> None:
    """"الشركة المصرية للاتصالات": Telecom Egypt, an organisation of the reference data."""
    text = "وقعت الشركة المصرية للاتصالات مذكرة تفاهم مع شركة أوروبية لمد كابل بحري جديد."
    found = run(extractor, text, "ar")
    assert "org/telecom-egypt" in ids(found), ids(found)


def test_arabic_the_two_heads_after_headed_by_are_no_name(extractor: Extractor) -> None:
    """"برئاسة رئيسي وزراء البلدين": "رئيسي" (the two heads of) after "headed by" is no person's name."""
    text = "وعقدت اللجنة المشتركة اجتماعها برئاسة رئيسي وزراء البلدين في العاصمة."
    assert not _people(run(extractor, text, "ar"))
