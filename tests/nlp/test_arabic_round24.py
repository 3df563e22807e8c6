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
