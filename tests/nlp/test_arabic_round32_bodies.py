"""Arabic people and bodies read on sentences written for these tests (round 32): the head of a republic's
title ("رئيسة جمهورية …") is a title, no person's name; a body every state has, named by its common phrase
("مجلس الوزراء"), is named in English with its country, not romanised; so is the office of a head of government;
a noun written with a possessive pronoun ends a name; the prime minister's title alone stands for the one named."""

from __future__ import annotations

import pytest

from kg.nlp import Extractor
from tests.support.nlp_support import ids, relations, run


def _people(found: object) -> list[str]:
    return [e.name for e in found.entities if e.type.value == "Person"]  # type: ignore[attr-defined]


def test_arabic_the_president_of_a_republic_is_a_title(extractor: Extractor) -> None:
    """"لفخامة رئيسة جمهورية فنلندا سالي …" (to Her Excellency the President of the Republic of Finland): after
    the honorific comes her title, then her name; the title's words are no person's."""
    text = "وتقدم الوزير بالشكر لفخامة رئيسة جمهورية فنلندا سالي نورمان على حفاوة الاستقبال."
    people = _people(run(extractor, text, "ar"))
    assert any(p.startswith("Sal") for p in people), people
    assert not any(p.startswith("R'is") or "Jmhuria" in p for p in people), people


@pytest.mark.parametrize(("text", "body", "country", "never"), [
    # "مجلس الوزراء الأردني": the Council of Ministers of Jordan, no romanised body
    ("وافق مجلس الوزراء الأردني أمس على مشروع الحكومة الإلكترونية.",
     "body/council-of-ministers-of-jordan", "country/jo", "body/mjls"),
    # "مكتب رئيس الوزراء الأردني": the Prime Minister's office, the title inside it no person
    ("وأعلن مكتب رئيس الوزراء الأردني أمس عن برنامج جديد للتحول الرقمي.",
     "body/office-of-the-prime-minister-of-jordan", "country/jo", "person/"),
])
def test_arabic_a_body_every_state_has_named_with_its_country(extractor: Extractor, text: str, body: str,
                                                             country: str, never: str) -> None:
    """A council of ministers or a prime minister's office written with a nationality is that country's
    body, in English, part of the country; nothing romanised, no person read from the title inside."""
    found = run(extractor, text, "ar")
    assert body in ids(found), ids(found)
    assert ("partOf", body, country) in relations(found)
    assert not any(i.startswith(never) for i in ids(found)), ids(found)


def test_arabic_the_council_of_ministers_takes_the_country_of_its_sentence(extractor: Extractor) -> None:
    """"… دولة الكويت … مجلس الوزراء": the bare council takes the country its sentence names."""
    text = "وقررت دولة الكويت أن يوافق مجلس الوزراء على اتفاقية التعاون الجديدة."
    found = ids(run(extractor, text, "ar"))
    assert "body/council-of-ministers-of-kuwait" in found, found
    assert not any(i.startswith("body/mjls") for i in found), found


def test_arabic_a_noun_with_a_possessive_pronoun_ends_a_name(extractor: Extractor) -> None:
    """"كريم حداد ونظراءه العرب" (and his Arab counterparts), "جونيا ماتسو استعدادهم" (their readiness): the word
    with the pronoun's ending is none of the name's words."""
    text = ("واجتمع وزير الاتصالات الأردني كريم حداد ونظراءه العرب في عمان أمس. "
            "وأكد السفير الياباني جونيا ماتسو استعدادهم التام لدعم المشروع.")
    people = _people(run(extractor, text, "ar"))
    assert any(p.startswith("Krim") and len(p.split()) == 2 for p in people), people
    assert any(p.startswith("Junia") and len(p.split()) == 2 for p in people), people
    assert not any(len(p.split()) > 2 for p in people), people


def test_arabic_the_prime_minister_s_title_alone_stands_for_the_one_named(extractor: Extractor) -> None:
    """"رئيس مجلس الوزراء" written alone after the prime minister is named stands for him: he meets the minister
    he holds a meeting with; "نائب رئيس مجلس الوزراء" (his deputy) does not stand for him."""
    text = ("أكد رئيس مجلس الوزراء الأردني سامي العلي أهمية التحول الرقمي. وعقد رئيس مجلس الوزراء اليوم اجتماعا "
            "مع فيكتور باولوف، وزير الاتصالات في جمهورية بيلاروسيا.")
    meets = [r for r in relations(run(extractor, text, "ar")) if r[0] == "meets"]
    assert [set(r[1:]) for r in meets] == [{"person/sami-ali", "person/fiktur-bauluf"}], meets
    deputy = ("أكد رئيس مجلس الوزراء الأردني سامي العلي أهمية التحول الرقمي. والتقى نائب رئيس مجلس الوزراء اليوم "
              "فيكتور باولوف، وزير الاتصالات في جمهورية بيلاروسيا.")
    assert not [r for r in relations(run(extractor, deputy, "ar")) if r[0] == "meets"]
