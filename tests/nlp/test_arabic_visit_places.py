"""Arabic visits: a city named after "مدينة" or "العاصمة …", and Arabic names of cities of the gazetteer."""

from __future__ import annotations

import pytest

from kg.nlp import Extractor
from tests.support.nlp_support import ids, relations, run


@pytest.mark.parametrize(("text", "place", "country"), [
    ("التقى وزير الصحة الأردني سالم أحمد، أمس، بنظيره الإسباني خوان غارسيا في مدينة برشلونة لبحث التعاون.",
     "place/barcelona", "country/es"),
    ("اجتمع وزير الصحة الأردني سالم أحمد بنظيره التركي أحمد يلماز بمدينة إسطنبول أمس.",
     "place/istanbul", "country/tr"),
    ("عقد وزير الصحة الأردني سالم أحمد اليوم في العاصمة القطرية، الدوحة، اجتماعا مع وزير الصحة القطري خالد المري.",
     "place/doha", "country/qa"),
    ("التقى وزير الصحة الأردني سالم أحمد وزير الصحة القطري خالد المري بالعاصمة القطرية الدوحة يوم الأحد.",
     "place/doha", "country/qa"),
    ("شهدت العاصمة القطرية، الدوحة، توقيع وزير الصحة الأردني سالم أحمد ووزير الصحة القطري خالد المري مذكرة تفاهم.",
     "place/doha", "country/qa"),
    ("التقى وزير الصحة الأردني سالم أحمد في العاصمة القطرية (الدوحة) وزير الصحة القطري خالد المري.",
     "place/doha", "country/qa"),
])
def test_arabic_a_meeting_in_a_city_named_after_city_or_capital(extractor: Extractor, text: str, place: str,
                                                                country: str) -> None:
    """"في مدينة X", "بمدينة X", "في العاصمة القطرية، الدوحة", "بالعاصمة القطرية الدوحة", "شهدت العاصمة …
    الدوحة" (Doha witnessed): where the talks are held; the Jordanian minister, away from home, visits the city
    and its country."""
    found = run(extractor, text, "ar")
    visits = {(r[1], r[2]) for r in relations(found) if r[0] == "visits"}
    jordanian = [e.id for e in found.entities if e.type.value == "Person" and e.id.startswith("person/sal")]
    assert jordanian
    assert {(jordanian[0], place), (jordanian[0], country)} <= visits


@pytest.mark.parametrize(("text", "place"), [
    ("افتتحت الشركة مكتبا جديدا في برشلونة هذا العام.", "place/barcelona"),
    ("افتتحت الشركة مكتبا جديدا في اسطنبول هذا العام.", "place/istanbul"),
    ("انعقد المنتدى في سان بطرسبورغ يوم الخميس.", "place/saint-petersburg"),
    ("انعقد المنتدى في الغردقة يوم الخميس.", "place/hurghada"),
    ("افتتحت الشركة مكتبا جديدا في بنغالور هذا العام.", "place/bangalore"),
    ("انعقد المؤتمر في فاس يوم الاثنين.", "place/fez"),
    ("افتتحت الشركة مكتبا جديدا في شنتشن هذا العام.", "place/shenzhen"),
])
def test_arabic_names_of_cities_of_the_gazetteer(extractor: Extractor, text: str, place: str) -> None:
    assert place in ids(run(extractor, text, "ar"))


def test_arabic_talks_referred_to_are_held_where_the_next_sentence_says(extractor: Extractor) -> None:
    """"بحث X مع Y … . وتناول اللقاء الذي عقد بالقاهرة …": the meeting of the sentence before is held in Cairo;
    the Jordanian minister visits it, the Egyptian one is at home."""
    text = ("بحث وزير الصحة الأردني سالم أحمد مع نظيره المصري محمود حسن سبل تعزيز التعاون. "
            "وتناول اللقاء الذي عقد بالقاهرة تطوير المستشفيات الحكومية.")
    found = run(extractor, text, "ar")
    visits = {(r[1], r[2]) for r in relations(found) if r[0] == "visits"}
    people = {e.name: e.id for e in found.entities if e.type.value == "Person"}
    jordanian = next(i for n, i in people.items() if n.startswith("Sal"))
    assert {(jordanian, "place/cairo"), (jordanian, "country/eg")} <= visits
    assert not any(subject != jordanian for subject, _ in visits)


def test_arabic_a_sentence_of_talks_told_before_without_a_meeting_carries_no_one(extractor: Extractor) -> None:
    """"X told reporters. The meeting held in Cairo …": the sentence before tells of no talks; no one is carried."""
    text = ("صرح وزير الصحة الأردني سالم أحمد للصحفيين أمس. "
            "وتناول اللقاء الذي عقد بالقاهرة تطوير المستشفيات الحكومية.")
    visits = [r for r in relations(run(extractor, text, "ar")) if r[0] == "visits"]
    assert not visits


@pytest.mark.parametrize("text", [
    "وتمت الزيارة رفقة محمد العلوي سفير المغرب بكندا.",
    "ومن جانبه، أشاد وزير الصحة الأردني بمستوى وتطور قطاع الصحة في كندا.",
    "وبحث الوزير خلال لقائه /جون ميلر/ سفير كندا لدى الأردن سبل التعاون.",
])
def test_arabic_words_of_company_and_level_open_no_name(extractor: Extractor, text: str) -> None:
    """"رفقة X" (accompanied by), "بمستوى" (the level of), "لقائه" (his meeting with): no word of a name."""
    names = {e.name for e in run(extractor, text, "ar").entities if e.type.value == "Person"}
    assert not any(n.split()[0].lower() in ("rfqa", "bmstui", "mstui", "lqa'ah", "lqa'ih", "lqaih", "lqa'a")
                   for n in names), names


def test_an_envoy_holding_talks_in_a_city_is_at_their_post(extractor: Extractor) -> None:
    """"بحث X مع السفير التركي Y اليوم بصنعاء": the ambassador, whose title names no other country, is posted
    where the talks are held; he visits nowhere."""
    text = "بحث وزير الصحة سالم أحمد مع السفير التركي أحمد يلماز اليوم بصنعاء تعزيز التعاون بين البلدين."
    visits = [r for r in relations(run(extractor, text, "ar")) if r[0] == "visits"]
    assert not visits


def test_arabic_news_referred_back_to_happened_where_the_sentence_says(extractor: Extractor) -> None:
    """"وقع X وY مذكرة … . جاء ذلك خلال المنتدى الذي عقد في الدوحة": the signing told before took place in Doha;
    the Jordanian minister visits it and Qatar, the Qatari one is at home."""
    text = ("وقع وزير الصحة الأردني سالم أحمد ووزير الصحة القطري خالد المري مذكرة تفاهم في مجال الصحة. "
            "جاء ذلك خلال أعمال المنتدى الذي عقد في الدوحة أمس.")
    found = run(extractor, text, "ar")
    visits = {(r[1], r[2]) for r in relations(found) if r[0] == "visits"}
    people = {e.name: e.id for e in found.entities if e.type.value == "Person"}
    jordanian = next(i for n, i in people.items() if n.startswith("Sal"))
    assert {(jordanian, "place/doha"), (jordanian, "country/qa")} <= visits
    assert not any(subject != jordanian for subject, _ in visits)


def test_arabic_a_joint_press_conference_abroad_is_a_visit(extractor: Extractor) -> None:
    """"قال X في مؤتمر صحفي مشترك مع Y في الدوحة": the two met in Doha; the Jordanian minister visits it."""
    text = ("وقال وزير الصحة الأردني سالم أحمد في مؤتمر صحفي مشترك مع وزير الصحة القطري خالد المري في الدوحة "
            "إن البلدين يعملان معا.")
    found = run(extractor, text, "ar")
    visits = {(r[1], r[2]) for r in relations(found) if r[0] == "visits"}
    people = {e.name: e.id for e in found.entities if e.type.value == "Person"}
    jordanian = next(i for n, i in people.items() if n.startswith("Sal"))
    assert {(jordanian, "place/doha"), (jordanian, "country/qa")} <= visits
