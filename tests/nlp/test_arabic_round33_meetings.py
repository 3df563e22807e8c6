"""Arabic meetings, bodies and envoys read on sentences written for these tests (round 33): bodies named
together around a meeting cue are a list, not the sides of talks, where no parse says who met, unless named
right after a verb of holding talks ("عقدت"); a body meets the one it held talks "with" ("مع"); a head, a
nationality and a complement glued to "of" name a body of that country ("الوكالة الجزائرية للفضاء"); a
feminine title after an honorific is no name; an unnamed envoy of a styled state implies the embassy."""

from __future__ import annotations

from kg.nlp import Extractor
from tests.support.nlp_support import relations, run


def test_arabic_bodies_listed_at_a_meeting_do_not_meet(extractor: Extractor) -> None:
    """"وشاركت منظمة … والاتحاد … والبنك … في الاجتماع …" (took part in the meeting): no pair of them met."""
    text = ("وشاركت منظمة التعاون الرقمي والاتحاد الدولي للاتصالات والبنك الإسلامي للتنمية "
            "في الاجتماع السنوي للتحول الرقمي أمس.")
    extraction = run(extractor, text, "ar")
    assert len([e for e in extraction.entities if e.type.value in ("Organization", "GovernmentBody")]) >= 3
    assert not [r for r in relations(extraction) if r[0] == "meets"]


def test_arabic_bodies_that_hold_a_meeting_meet(extractor: Extractor) -> None:
    """"وعقدت وزارة … ووزارة … اجتماعا" (held a meeting): the two bodies named after the verb met."""
    text = "وعقدت وزارة الاتصالات الأردنية ووزارة الاقتصاد الرقمي الفلسطينية اجتماعا في عمان أمس."
    found = relations(run(extractor, text, "ar"))
    assert ("meets", "body/ministry-of-communications-of-jordan",
            "body/ministry-of-digital-economy-of-palestine") in found, found


def test_arabic_a_body_meets_the_one_it_held_talks_with(extractor: Extractor) -> None:
    """"عقدت وزارة … اجتماعا مع الاتحاد …" (held a meeting with): the ministry meets the union."""
    text = "وعقدت وزارة الاتصالات الأردنية اجتماعا مع الاتحاد الدولي للاتصالات لبحث المشروع."
    found = relations(run(extractor, text, "ar"))
    assert ("meets", "body/ministry-of-communications-of-jordan", "org/international-telecommunication-union") in found


def test_arabic_a_nationality_and_its_complement_name_a_body(extractor: Extractor) -> None:
    """"الوكالة الفرنسية لأمن نظم المعلومات" (the French agency for …): the head, the nationality and the
    complement glued to "of" name a body of France; "الهيئة الفرنسية المختصة" (the competent French body)
    only describes one."""
    text = "ووقعت الوكالة الفرنسية لأمن نظم المعلومات مذكرة تفاهم أمس."
    found = run(extractor, text, "ar")
    bodies = [e.id for e in found.entities if e.type.value == "GovernmentBody"]
    assert len(bodies) == 1 and ("partOf", bodies[0], "country/fr") in relations(found), relations(found)
    described = run(extractor, "ووقعت الهيئة الفرنسية المختصة مذكرة تفاهم أمس.", "ar")
    assert not [e for e in described.entities if e.type.value == "GovernmentBody"], described.entities


def test_arabic_an_ambassadress_title_is_no_name(extractor: Extractor) -> None:
    """"سعادة سفيرة جمهورية فنلندا" (Her Excellency the Ambassador of the Republic of Finland): the words after
    the honorific are her title, no person's name; a name after the title is hers."""
    text = "وحضر اللقاء سعادة سفيرة جمهورية فنلندا المعتمدة لدى دولة قطر، وعدد من المسؤولين."
    assert not [e for e in run(extractor, text, "ar").entities if e.type.value == "Person"]
    named = run(extractor, "والتقت سعادة سفيرة فنلندا آنا ماريا كورهونن بوزير الاتصالات القطري.", "ar")
    assert [e.id for e in named.entities if e.type.value == "Person"] == ["person/ana-maria-kurhunn"]


def test_arabic_an_unnamed_envoy_of_a_styled_state_implies_the_embassy(extractor: Extractor) -> None:
    """"سفير جمهورية إستونيا المعتمد لدى سلطنة عمان" (the ambassador of the Republic of Estonia to the Sultanate
    of Oman), no name: the embassy of Estonia in Oman, part of Estonia, all the same; none from a title whose
    country is not written after it."""
    found = run(extractor, "وحضر اللقاء سفير جمهورية إستونيا المعتمد لدى سلطنة عمان.", "ar")
    assert ("partOf", "body/embassy-of-estonia-in-oman", "country/ee") in relations(found), relations(found)
    bare = run(extractor, "وحضر اللقاء وزير الخارجية والسفير في مسقط.", "ar")
    assert not [e for e in bare.entities if e.type.value == "GovernmentBody" and "embassy" in e.id], bare.entities


def test_arabic_his_meeting_with_is_a_meeting(extractor: Extractor) -> None:
    """"خلال لقائه بالسفير …" (during his meeting with the ambassador): the minister meets the ambassador;
    the minister alone, with no one met, meets no one."""
    text = "وأكد وزير الاتصالات الأردني كريم حداد خلال لقائه بالسفير الياباني جونيا ماتسو أهمية التعاون."
    found = relations(run(extractor, text, "ar"))
    assert any(r[0] == "meets" and {r[1], r[2]} == {"person/krim-hdad", "person/junia-matsu"} for r in found), found
    alone = relations(run(extractor, "وأكد وزير الاتصالات الأردني كريم حداد خلال لقائه أهمية التعاون.", "ar"))
    assert not [r for r in alone if r[0] == "meets"], alone


def test_arabic_bodies_taking_part_in_a_meeting_held_by_one_do_not_meet_it(extractor: Extractor) -> None:
    """"عقدت وزارة … اجتماعا، وشاركت فيه هيئة … والبنك …" (held a meeting; took part in it): only the body
    that held it is named after the verb, no pair met."""
    text = ("وعقدت وزارة الاتصالات الأردنية اجتماعا تنسيقيا في عمان أمس، وشارك فيه البنك الإسلامي للتنمية "
            "والاتحاد الدولي للاتصالات.")
    extraction = run(extractor, text, "ar")
    assert len([e for e in extraction.entities if e.type.value in ("Organization", "GovernmentBody")]) >= 3
    assert not [r for r in relations(extraction) if r[0] == "meets"]
