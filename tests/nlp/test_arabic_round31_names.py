"""Arabic names and bodies read on sentences written for these tests (round 31): a person's name ends at a
preposition glued to a word that is no name's ("بمقر": at the seat of) and at a body's head; a ministry's
name goes on through "and" written apart; bodies of the Arab League system are read from the gazetteer; a
country taking part in an organisation's session partners it."""

from __future__ import annotations

from kg.nlp import Extractor
from tests.support.nlp_support import ids, relations, run


def _people(found: object) -> list[str]:
    return [e.name for e in found.entities if e.type.value == "Person"]  # type: ignore[attr-defined]


def test_arabic_a_name_ends_at_a_glued_preposition_and_a_body_s_head(extractor: Extractor) -> None:
    """"كارل يوهانسون بمقر وزارة …": the name is two words; "بمقر وزارة" (at the ministry's seat) is none of it."""
    text = "التقى الوزير سامي خليل بنظيره السويدي كارل يوهانسون بمقر وزارة الاقتصاد السويدية أمس."
    people = _people(run(extractor, text, "ar"))
    assert any(len(p.split()) == 2 and p.split()[0].startswith("Karl") for p in people), people
    assert not any(len(p.split()) > 2 for p in people), people


def test_arabic_a_ministry_s_name_goes_on_through_and_written_apart(extractor: Extractor) -> None:
    """"وزارة البريد و تكنولوجيات الإعلام و الاتصال": one ministry of three portfolios, not the Ministry of
    Post alone; "و وزارة …" after it begins another body."""
    text = "أعلنت وزارة البريد و تكنولوجيات الإعلام و الاتصال الجزائرية عن برنامج جديد للرقمنة."
    found = ids(run(extractor, text, "ar"))
    assert any(i.startswith("body/ministry-of-post-and-") for i in found), found
    assert not any(i.startswith("body/ministry-of-post-of") for i in found), found


def test_arabic_the_council_of_arab_ministers_in_another_word_order(extractor: Extractor) -> None:
    """"مجلس وزراء الاتصالات وتقنية المعلومات العرب": the council of the Arab League, whatever the order of
    its words; no romanised body of its words."""
    text = ("عقد مجلس وزراء الاتصالات وتقنية المعلومات العرب دورته الجديدة في تونس "
            "بمشاركة اللجنة العربية الدائمة للبريد.")
    found = ids(run(extractor, text, "ar"))
    assert "org/council-of-arab-ministers-of-communications-and-information" in found, found
    assert "org/arab-permanent-postal-committee" in found, found
    assert not any(i.startswith("body/mjls") or i.startswith("org/mjls") for i in found), found


def test_arabic_a_name_ends_before_a_verb_and_a_glued_noun_of_the_pack(extractor: Extractor) -> None:
    """"… كريم الهاشمي يولي أهمية …" (accords importance), "… سامي نصار وحضور …" (and in the presence of): the
    verb and the noun with "and" glued are no words of the names; "بتوجيه الدعوة" (by inviting) is no name."""
    text = ("أكد الرئيس كريم بن سالم الهاشمي يولي أهمية كبيرة للتحول الرقمي. وقام وزير الاتصالات بتوجيه الدعوة "
            "إلى نظيره. والتقى المدير سامي نصار وحضور رئيس الشركة.")
    people = _people(run(extractor, text, "ar"))
    assert any(p.endswith("Hashmi") or p.endswith("Hashimi") for p in people), people
    assert not any(len(p.split()) > 4 or p.startswith("Btujia") for p in people), people


def test_arabic_a_country_taking_part_in_a_council_s_session_partners_it(extractor: Extractor) -> None:
    """"شاركت الكويت في اجتماع مجلس الوزراء العرب …، الذي تستضيفه تونس": Kuwait partners the council whose session
    it takes part in; Tunisia, the host named after it, partners no one."""
    text = "شاركت دولة الكويت أمس في اجتماع مجلس الوزراء العرب للاتصالات والمعلومات، الذي تستضيفه تونس."
    pairs = {(r[1], r[2]) for r in relations(run(extractor, text, "ar")) if r[0] == "cooperatesWith"}
    assert ("country/kw", "org/council-of-arab-ministers-of-communications-and-information") in pairs, pairs
    assert not any("country/tn" in pair for pair in pairs), pairs
