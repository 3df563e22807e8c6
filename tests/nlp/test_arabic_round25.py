"""Arabic organisations, places, agreements and policies read on sentences written for these tests (round 25):
universities and companies named by their head word, bodies named after a king or a prince."""

from __future__ import annotations

from kg.nlp import Extractor
from tests.support.nlp_support import run


def _named(extraction, kind: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {e.mentions[0].text for e in extraction.entities if e.type.value == kind and e.mentions}


def test_arabic_a_university_named_after_a_king_is_an_organisation(extractor: Extractor) -> None:
    """"جامعة الملك سلمان للعلوم والهندسة": the head, the king's name and the words with the article after it;
    the king is no person of the text, and "لإطلاق" (a verbal noun with no article) ends the name."""
    text = "وقعت جامعة الملك سلمان للعلوم والهندسة لإطلاق برنامج تدريبي مع شركة نوفاتك للبرمجيات في جدة."
    found = run(extractor, text, "ar")
    organisations = _named(found, "Organization")
    assert "جامعة الملك سلمان للعلوم والهندسة" in organisations
    assert "شركة نوفاتك للبرمجيات" in organisations
    assert not _named(found, "Person")
    assert not any("لإطلاق" in name for name in organisations | _named(found, "GovernmentBody"))


def test_arabic_an_honorific_after_a_company_opens_no_eponym(extractor: Extractor) -> None:
    """"شركة السيد …": only a royal title opens the name of the person a body is named after."""
    text = "وقال مدير شركة السيد كمال الفارسي إن العمل بدأ."
    found = run(extractor, text, "ar")
    assert not any(name.startswith("شركة السيد") for name in _named(found, "Organization"))


def test_arabic_a_word_naming_a_country_and_a_capital_follows_the_article_s_country(extractor: Extractor) -> None:
    """"عمان" is Oman in a text about the sultanate and Amman, Jordan's capital, in a text about Jordan."""
    oman = run(extractor, "أعلنت سلطنة عمان خطة جديدة، وقال مسؤول عماني إن عمان ماضية في التحول الرقمي.", "ar")
    ids = {e.id for e in oman.entities}
    assert "country/om" in ids and "place/amman" not in ids
    jordan = run(extractor, "استضافت الأردن مؤتمرا للتقنية في عمان بحضور وزير الاقتصاد الرقمي الأردني.", "ar")
    assert "place/amman" in {e.id for e in jordan.entities}


def _agreements(extraction) -> set[str]:  # type: ignore[no-untyped-def]
    return {e.name for e in extraction.entities if e.type.value == "Agreement"}


def test_arabic_two_memoranda_in_the_dual_are_an_agreement_the_parties_sign(extractor: Extractor) -> None:
    """"مذكرتي تفاهم": the dual of "مذكرة تفاهم" names memoranda the two states sign."""
    found = run(extractor, "وقعت الأردن والمغرب مذكرتي تفاهم في مجال الأمن السيبراني.", "ar")
    names = _agreements(found)
    assert any(name.startswith("Jordan-Morocco Memorandum of Understanding") for name in names)
    signed = {(r.subject, r.object) for r in found.relations if r.type.value == "signs"}
    assert any(s == "country/jo" for s, _ in signed)


def test_arabic_minutes_of_a_meeting_are_an_agreement(extractor: Extractor) -> None:
    """"محضر اجتماع" signed by two parties is an agreement of the kind Minutes; a meeting alone is none."""
    signed = run(extractor, "وقعت تونس وقطر محضر اجتماع لتطوير المهارات الرقمية.", "ar")
    assert any("Minutes" in name for name in _agreements(signed))
    met = run(extractor, "عقدت تونس وقطر اجتماعا لبحث المهارات الرقمية.", "ar")
    assert not _agreements(met)


def test_arabic_a_national_programme_of_the_reference_data_is_its_country_s_policy(extractor: Extractor) -> None:
    """"رؤية البحرين الاقتصادية": Bahrain Economic Vision 2030, owned by Bahrain; a vision named by no table is none."""
    found = run(extractor, "أكد الوزير أن المشروع يأتي تماشيا مع رؤية البحرين الاقتصادية في مملكة البحرين.", "ar")
    owned = {(r.subject, r.object) for r in found.relations if r.type.value == "hasPolicy"}
    assert ("country/bh", "policy/bahrain-economic-vision-2030") in owned
    other = run(extractor, "قال الوزير إن لديه رؤية واضحة للمشروع في مملكة البحرين.", "ar")
    assert not [e for e in other.entities if e.type.value == "Policy"]


def test_arabic_a_business_council_is_an_organisation(extractor: Extractor) -> None:
    """"مجلس الأعمال الإماراتي الهندي": a council of businesses is no state's body; "مجلس الوزراء" still is one."""
    found = run(extractor, "اجتمع مجلس الأعمال الإماراتي الهندي في دبي، ثم أقر مجلس الوزراء الإماراتي الخطة.", "ar")
    assert any(m.startswith("مجلس الأعمال") for m in _named(found, "Organization"))
    assert not any(m.startswith("مجلس الأعمال") for m in _named(found, "GovernmentBody"))
    assert any(m.startswith("مجلس الوزراء") for m in _named(found, "GovernmentBody"))
