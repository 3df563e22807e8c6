"""Arabic titles and portfolios read on sentences written for these tests (round 23): a portfolio that
runs through a body's head, a title after an honorific, nouns and verbs after a title."""

from __future__ import annotations

from kg.nlp import Extractor
from tests.support.nlp_support import relations, run


def _people(extraction) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.mentions[0].text for e in extraction.entities if e.type.value == "Person"]


def test_arabic_a_portfolio_through_a_head_names_the_minister_s_ministry(extractor: Extractor) -> None:
    """"وزيرة شؤون مجلس الوزراء الأردنية": "مجلس الوزراء" is a word of the portfolio, no body of its own."""
    text = "التقت وزيرة شؤون مجلس الوزراء الأردنية سلمى يوسف النجار بوفد من رجال الأعمال في عمان."
    found = run(extractor, text, "ar")
    bodies = {e.name for e in found.entities if e.type.value == "GovernmentBody"}
    assert bodies == {"Ministry of Cabinet Affairs of Jordan"}
    assert any(r[0] == "memberOf" and r[2] == "body/ministry-of-cabinet-affairs-of-jordan" for r in relations(found))


def test_arabic_a_ministry_after_a_name_is_no_word_of_the_portfolio(extractor: Extractor) -> None:
    """"الوزير سلمان إن وزارة الصحة …": a ministry named after the holder's name is a body of its own."""
    text = "وقال الوزير سلمان إن وزارة الصحة أطلقت خدمة جديدة للمواطنين."
    bodies = {e.name for e in run(extractor, text, "ar").entities if e.type.value == "GovernmentBody"}
    assert any(name.startswith("Ministry of Health") for name in bodies)


def test_arabic_transport_and_communications_is_one_portfolio(extractor: Extractor) -> None:
    """"وزارة المواصلات والاتصالات" (Gulf press): the ministry of transport and communications."""
    text = "أعلنت وزارة المواصلات والاتصالات القطرية إطلاق منصة جديدة للخدمات."
    bodies = {e.name for e in run(extractor, text, "ar").entities if e.type.value == "GovernmentBody"}
    assert "Ministry of Transport and Communications of Qatar" in bodies


def test_arabic_a_title_after_an_honorific_opens_no_name(extractor: Extractor) -> None:
    """"برعاية سمو ولي العهد الكويتي": the title after the honorific is no one's name."""
    text = "أقيم الحفل في الكويت برعاية سمو ولي العهد الكويتي وبمشاركة عدد من الوزراء."
    assert not _people(run(extractor, text, "ar"))


def test_arabic_a_noun_or_verb_after_a_title_opens_no_name(extractor: Extractor) -> None:
    """"أكد وزير الاتصالات التونسي اهتمام الحكومة …", "… مع وزير المالية تشمل الخطة …": no name."""
    text = ("وأكد وزير الاتصالات التونسي اهتمام الحكومة بالتحول الرقمي. والنقاط التي بحثها الوفد مع وزير "
            "المالية تشمل الاستثمارات الجديدة.")
    assert not _people(run(extractor, text, "ar"))


def test_arabic_an_acting_charge_d_affaires_is_a_member_of_the_embassy(extractor: Extractor) -> None:
    """"القائم بالأعمال بالنيابة بسفارة مصر بطوكيو": the title runs through "acting" and the embassy."""
    text = "حضر اللقاء السيد كريم فؤاد، القائم بالأعمال بالنيابة بسفارة مصر بطوكيو، وعدد من الخبراء."
    found = run(extractor, text, "ar")
    assert any(r[0] == "memberOf" and r[2].startswith("body/embassy-of-egypt") for r in relations(found))


def test_arabic_a_slash_sets_a_name_off(extractor: Extractor) -> None:
    """"السيد/ …", "/…/": the slashes are no part of the name, which is found as if spaces stood there."""
    text = "وشارك في الاجتماع السيد/ وليد حسن العمري، ووزير المالية الأردني /سمير توفيق/، في عمان."
    people = _people(run(extractor, text, "ar"))
    assert "وليد حسن العمري" in people
    assert "سمير توفيق" in people


def test_arabic_a_compound_given_name_with_ad_din_goes_on(extractor: Extractor) -> None:
    """"نور الدين سالم العبدلي": "الدين" of a compound given name does not end the name."""
    text = "استقبل الوزير السيد نور الدين سالم العبدلي، سفير تونس لدى الأردن، في مكتبه."
    assert "نور الدين سالم العبدلي" in _people(run(extractor, text, "ar"))


def test_arabic_a_family_name_after_a_lone_title_then_a_noun_is_the_person_named_before(extractor: Extractor) -> None:
    """"… سامر يوسف قباني … الوزير قباني الأولويات": the family name stands for the minister named
    before; the noun after it is no word of a name."""
    text = ("التقى وزير الاقتصاد السوري سامر يوسف قباني، في دمشق، وفدا من رجال الأعمال. "
            "وخلال اللقاء استعرض الوزير قباني الأولويات أمام الوفد.")
    people = {e.name: [m.text for m in e.mentions] for e in run(extractor, text, "ar").entities
              if e.type.value == "Person"}
    assert len(people) == 1
    assert "قباني" in next(iter(people.values()))


def test_arabic_lord_and_lieutenant_general_are_honorifics(extractor: Extractor) -> None:
    """"اللورد …", "الفريق …": the rank is no word of the name."""
    text = "استقبل الوزير اللورد جون هاملتون، وبحضور الفريق سالم بن حمد الكعبي، في المنامة."
    people = _people(run(extractor, text, "ar"))
    assert "جون هاملتون" in people
    assert "سالم بن حمد الكعبي" in people


def test_arabic_a_board_of_directors_is_no_body(extractor: Extractor) -> None:
    """"قرر مجلس إدارة الشركة …", "مجلس الإدارة وأمين الصندوق": a board is part of what it runs."""
    text = ("وقد قرر مجلس إدارة الشركة المصرية للاتصالات توسيع الشبكة. وحضر الاجتماع أعضاء مجلس الإدارة "
            "وأمين الصندوق.")
    bodies = [e.name for e in run(extractor, text, "ar").entities if e.type.value == "GovernmentBody"]
    assert not any(name.startswith("Mjls") for name in bodies)


def test_arabic_a_word_glued_to_and_after_a_definite_head_is_no_word_of_its_name(extractor: Extractor) -> None:
    """"الأمين العام بالوكالة ومدراء الأقسام": "ومدراء" begins the next thing named, no agency's name."""
    text = "وحضر اللقاء الأمين العام بالوكالة ومدراء الأقسام المختصة في الوزارة."
    bodies = [e.name for e in run(extractor, text, "ar").entities if e.type.value == "GovernmentBody"]
    assert not any(name.startswith("Wkala") for name in bodies)
