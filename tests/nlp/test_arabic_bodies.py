"""Arabic bodies, titles and agreements read without capitals, on sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.nlp import Extractor
from tests.support.nlp_support import relations, run


def _bodies(extraction) -> dict[str, set[str]]:  # type: ignore[no-untyped-def]
    return {e.id: {m.text for m in e.mentions} for e in extraction.entities if e.type.value == "GovernmentBody"}


def _roles(extraction) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    return {e.id: e.role for e in extraction.entities if e.type.value == "Person"}


def test_arabic_bodies_a_known_person_takes_the_title_after_the_comma(extractor: Extractor) -> None:
    text = "وشارك في اللقاء عبد الله بن عامر السواحه، وزير الاتصالات وتقنية المعلومات السعودي، وعدد من المسؤولين."
    found = run(extractor, text, "ar")
    assert _roles(found)["person/abdullah-bin-amer-al-swaha"] == "وزير الاتصالات وتقنية المعلومات السعودي"
    assert ("memberOf", "person/abdullah-bin-amer-al-swaha",
            "body/ministry-of-communications-and-information-technology-of-saudi-arabia") in relations(found)


def test_arabic_bodies_a_title_before_the_next_name_is_that_name_s(extractor: Extractor) -> None:
    text = "استقبل رئيس الهيئة، عمرو طلعت، وزير الاقتصاد الرقمي الأردني سامي خليل في القاهرة أمس."
    roles = _roles(run(extractor, text, "ar"))
    assert roles["person/amr-talaat"] != "وزير الاقتصاد الرقمي الأردني"


def test_arabic_bodies_a_lone_definite_title_after_a_name_is_someone_else_s(extractor: Extractor) -> None:
    text = "وأكد المهندس عمرو طلعت، الوزيرة الأردنية أن التعاون مستمر."
    assert _roles(run(extractor, text, "ar")).get("person/amr-talaat") != "الوزيرة الأردنية"


def test_arabic_bodies_a_title_runs_through_its_glued_complements(extractor: Extractor) -> None:
    text = "وصرحت الوزيرة المنتدبة المكلفة بالاقتصاد الرقمي، السيدة سلمى حداد، بأن المشروع انطلق."
    found = run(extractor, text, "ar")
    people = _roles(found)
    assert set(people) == {"person/slmi-hdad"}  # "بالاقتصاد الرقمي" is no name
    assert people["person/slmi-hdad"] == "الوزيرة المنتدبة المكلفة بالاقتصاد الرقمي"


def test_arabic_bodies_an_open_construct_names_no_body(extractor: Extractor) -> None:
    text = "وترأس الاجتماع رئيس مجلس إدارة هيئة الحكومة الرقمية في الرياض."
    assert set(_bodies(run(extractor, text, "ar"))) == {"body/digital-government-authority"}


def test_arabic_bodies_a_body_s_id_leaves_its_glued_letters_out(extractor: Extractor) -> None:
    text = "وأشاد الوزير بالهيئة العامة للبريد في تونس."
    bodies = _bodies(run(extractor, text, "ar"))
    assert bodies == {"body/hi-a-aama-llbrid": {"بالهيئة العامة للبريد"}}


def test_arabic_bodies_a_shorter_name_stands_for_the_longer_one(extractor: Extractor) -> None:
    text = ("وافق مجلس الوزراء الكويتي على مذكرة تفاهم في مجال الأمن السيبراني. "
            "وكلف مجلس الوزراء وزير الاتصالات بتنفيذها.")
    bodies = _bodies(run(extractor, text, "ar"))
    assert len(bodies) == 1 and next(iter(bodies.values())) == {"مجلس الوزراء الكويتي", "مجلس الوزراء"}


def test_arabic_bodies_a_definite_agreement_word_refers_back(extractor: Extractor) -> None:
    text = ("وقعت مصر والأردن مذكرة تفاهم في مجال الأمن السيبراني. "
            "وجرى توقيع الاتفاقية في عمان بحضور عدد من المسؤولين.")
    agreements = [e for e in run(extractor, text, "ar").entities if e.type.value == "Agreement"]
    assert len(agreements) == 1
    assert {m.text for m in agreements[0].mentions} == {"مذكرة تفاهم", "الاتفاقية"}


def test_arabic_bodies_whoever_attends_a_signing_is_no_party(extractor: Extractor) -> None:
    text = "وقعت مصر وتونس مذكرة تفاهم في مجال الأمن السيبراني بحضور الأردن."
    signers = {s for kind, s, _ in relations(run(extractor, text, "ar")) if kind == "signs"}
    assert signers == {"country/eg", "country/tn"}


@pytest.mark.parametrize("verb", ["حضر", "وحضر"])
def test_arabic_bodies_whoever_the_verb_attend_names_is_no_party(extractor: Extractor, verb: str) -> None:
    text = f"{verb} رئيس الوزراء الأردني توقيع مصر وتونس مذكرة تفاهم في مجال الأمن السيبراني."
    signers = {s for kind, s, _ in relations(run(extractor, text, "ar")) if kind == "signs"}
    assert signers == {"country/eg", "country/tn"}


def test_arabic_bodies_the_subject_after_the_signing_verb_signs(extractor: Extractor) -> None:
    text = "وقعت الهيئة الوطنية للأمن السيبراني اليوم مذكرة تفاهم مع وزارة الاقتصاد الرقمي الأردنية."
    signers = {s for kind, s, _ in relations(run(extractor, text, "ar")) if kind == "signs"}
    assert "body/national-cybersecurity-authority" in signers


def test_arabic_bodies_a_day_word_ends_a_name(extractor: Extractor) -> None:
    text = "وصرح السيد سامي خليل اليوم بأن التعاون مستمر."
    assert set(_roles(run(extractor, text, "ar"))) == {"person/sami-khlil"}


def test_arabic_bodies_two_countries_ministries_of_one_name_stay_two(extractor: Extractor) -> None:
    text = ("وقعت وزارة الاتصالات وتكنولوجيا المعلومات مذكرة تفاهم مع وزارة الاتصالات وتكنولوجيا المعلومات "
            "الأردنية. ووقع المذكرة وزير الاتصالات وتكنولوجيا المعلومات المصري عمرو طلعت.")
    bodies = _bodies(run(extractor, text, "ar"))
    assert bodies["body/ministry-of-communications-and-information-technology-of-egypt"] == {
        "وزارة الاتصالات وتكنولوجيا المعلومات"}
    assert bodies["body/ministry-of-communications-and-information-technology-of-jordan"] == {
        "وزارة الاتصالات وتكنولوجيا المعلومات الأردنية"}


def test_arabic_bodies_a_title_glued_to_and_begins_the_next_person(extractor: Extractor) -> None:
    text = "وقع المهندس سامي خليل، ووزير الاتصال التونسي منير بكار، مذكرة تفاهم في تونس."
    roles = _roles(run(extractor, text, "ar"))
    assert roles.get("person/mnir-bkar") == "وزير الاتصال التونسي"
    assert roles.get("person/sami-khlil") is None


@pytest.mark.parametrize(("text", "expected"), [
    ("وقع الجانبان اتفاقية بالحمامات بحضور وفد من سوسة.", {"place/hammamet", "place/sousse"}),
    ("وتشمل الشراكة تكنولوجيات الإعلام والاتصال والأمن المعلوماتي.", {"domain/telecommunications-and-connectivity",
                                                                   "domain/cybersecurity"}),
    ("وأفادت وكالة الأنباء الإماراتية بأن الوفد وصل.", {"org/emirates-news-agency"}),
], ids=["cities", "maghreb-wordings-of-fields", "a-news-agency"])
def test_arabic_bodies_reference_names_of_the_region(extractor: Extractor, text: str, expected: set[str]) -> None:
    assert expected <= {e.id for e in run(extractor, text, "ar").entities}


def test_arabic_bodies_a_country_s_own_ministry_name_from_the_reference_data(extractor: Extractor) -> None:
    text = "التقى الوزير وزير الاتصالات وتكنولوجيا المعلومات الفلسطيني سامر حداد في عمان."
    found = run(extractor, text, "ar")
    assert ("memberOf", "person/samr-hdad",
            "body/ministry-of-telecommunications-and-information-technology-of-palestine") in relations(found)


def test_arabic_bodies_a_country_inside_a_body_s_name_is_its_own(extractor: Extractor) -> None:
    text = "وقعت وزارة الاقتصاد الرقمي ووكالة اليابان الرقمية مذكرة تفاهم."
    found = run(extractor, text, "ar")
    bodies = _bodies(found)
    assert {"وزارة الاقتصاد الرقمي"} in bodies.values()  # the next body's head ends this one's name
    agency = next(k for k, v in bodies.items() if v == {"ووكالة اليابان الرقمية"})
    assert ("partOf", agency, "country/jp") in relations(found)


def test_arabic_bodies_a_head_with_a_nationality_and_an_adjective_is_a_description(extractor: Extractor) -> None:
    text = "وجرى التنسيق بين الوزارة والهيئة الجزائرية المختصة في الأمن السيبراني."
    assert _bodies(run(extractor, text, "ar")) == {}


def test_arabic_bodies_a_name_after_an_honorific_may_open_with_ali(extractor: Extractor) -> None:
    text = "ووقع عن الجانب الآخر السيد على حسن المذكرة في الدوحة."
    assert set(_roles(run(extractor, text, "ar"))) == {"person/ali-hsn"}


def test_arabic_bodies_a_stop_after_a_closing_bracket_ends_the_sentence(extractor: Extractor) -> None:
    nlp = extractor.pipeline("ar")
    doc = nlp("وقعت الكويت (ممثلة بالهيئة الوطنية للأمن السيبراني). وقال الوزير إن التعاون مستمر.")
    assert [t.text for t in doc][8:10] == [")", "."]
    assert len(list(doc.sents)) == 2
    text = "وقعت الكويت مذكرة تفاهم (ممثلة بالهيئة الوطنية للأمن السيبراني)."
    assert "body/national-cybersecurity-authority" in {e.id for e in run(extractor, text, "ar").entities}


def test_arabic_bodies_a_body_of_two_countries_is_one_name_and_neither_s(extractor: Extractor) -> None:
    found = run(extractor, "وعقد مجلس التنسيق العماني–السعودي اجتماعه في مسقط.", "ar")
    bodies = _bodies(found)
    assert list(bodies.values()) == [{"مجلس التنسيق العماني–السعودي"}]
    assert not [r for r in relations(found) if r[0] == "partOf"]


@pytest.mark.parametrize("text", [
    "وقال إن الدولة، بقيادة رئيس الدولة، حفظه الله، ماضية في التحول الرقمي.",
    "الأمينة العامة للاتحاد تؤكد استعدادها لتعزيز التعاون مع تونس.",
], ids=["a-blessing", "a-verb-of-speech"])
def test_arabic_bodies_no_person_from_a_blessing_or_a_verb(extractor: Extractor, text: str) -> None:
    assert _roles(run(extractor, text, "ar")) == {}


def test_arabic_bodies_a_quoted_name_takes_the_title_after_it(extractor: Extractor) -> None:
    text = "التقى السفير المصري في الخرطوم بـ “سامي حسن الخطيب” وزير الاتصالات والتحول الرقمي السوداني."
    found = run(extractor, text, "ar")
    assert _roles(found).get("person/sami-hsn-khtib") == "وزير الاتصالات والتحول الرقمي السوداني"
    assert ("memberOf", "person/sami-hsn-khtib",
            "body/ministry-of-communications-and-digital-transformation-of-sudan") in relations(found)


def test_arabic_bodies_a_head_inside_a_title_is_the_title_s_word(extractor: Extractor) -> None:
    text = "وترأس الاجتماع رئيس مجلس الوزراء الشيخ أحمد سالم في الكويت."
    found = run(extractor, text, "ar")
    assert _bodies(found) == {}
    assert _roles(found)["person/ahmd-salm"] == "رئيس مجلس الوزراء"


def test_arabic_bodies_a_board_s_chair_belongs_to_the_body_after_the_board(extractor: Extractor) -> None:
    text = "وقال رئيس مجلس إدارة الهيئة العامة للبريد المهندس سالم العلي إن التعاون مستمر."
    found = run(extractor, text, "ar")
    assert _bodies(found) == {"body/hi-a-aama-llbrid": {"الهيئة العامة للبريد"}}
    assert ("memberOf", "person/salm-ali", "body/hi-a-aama-llbrid") in relations(found)


def test_arabic_bodies_a_name_going_on_past_a_title_is_a_body(extractor: Extractor) -> None:
    text = "واجتمع رئيس مجلس الوزراء الكويتي مع الوفد في الكويت."
    assert set(_bodies(run(extractor, text, "ar"))) == {"body/council-of-ministers-of-kuwait"}


def test_arabic_bodies_a_company_s_head_names_an_organisation(extractor: Extractor) -> None:
    text = "ووقعت مصر مع الشركة القابضة للبريد مذكرة تفاهم في مجال الأمن السيبراني."
    found = run(extractor, text, "ar")
    organisations = {e.id: {m.text for m in e.mentions} for e in found.entities if e.type.value == "Organization"}
    assert organisations == {"org/shrka-qabda-llbrid": {"الشركة القابضة للبريد"}}
    assert _bodies(found) == {}


def test_arabic_bodies_a_definite_head_takes_no_indefinite_word(extractor: Extractor) -> None:
    text = "وأعلنت المنظمة خلال المؤتمر عن برنامج جديد، وافتتح مركز الدفاع الإلكتروني مقره في مسقط."
    found = run(extractor, text, "ar")
    assert not [e for e in found.entities if e.type.value == "Organization"]
    assert set(_bodies(found)) == {"body/mrkz-dfa-alktruni"}


def test_arabic_bodies_a_council_of_several_states_is_an_organisation(extractor: Extractor) -> None:
    text = "ووقعت السعودية مع مجلس وزراء الصحة العرب اتفاقية المقر."
    found = run(extractor, text, "ar")
    organisations = {e.id for e in found.entities if e.type.value == "Organization"}
    assert organisations == {"org/mjls-wzra-sha-arb"} and _bodies(found) == {}


def test_arabic_bodies_a_nationality_after_a_head_of_two_words_ends_its_name(extractor: Extractor) -> None:
    text = "وقالت وكالة الأنباء الأردنية إن الوفد وصل."
    found = run(extractor, text, "ar")
    names = {e.id: {m.text for m in e.mentions} for e in found.entities if e.type.value == "Organization"}
    assert list(names.values()) == [{"وكالة الأنباء الأردنية"}]


def test_arabic_bodies_a_definite_adviser_title_names_the_person_after_it(extractor: Extractor) -> None:
    text = "وحضر اللقاء في الرياض السفير الفرنسي رفقة المستشار الثقافي جان مارتان والمستشارة الاقتصادية سلمى داود."
    assert _roles(run(extractor, text, "ar")).get("person/slmi-daud") == "المستشارة الاقتصادية"


def test_arabic_bodies_ways_is_no_word_of_a_name(extractor: Extractor) -> None:
    text = "وناقش وزير الاتصالات الأردني مع السفير كمال ناصر سبل دعم المشاريع المشتركة في عمان."
    people = _roles(run(extractor, text, "ar"))
    assert "person/kmal-nasr" in people and not [p for p in people if p.endswith("-sbl")]


def test_arabic_bodies_the_mauritanian_digital_ministry_is_named_in_arabic(extractor: Extractor) -> None:
    text = "وأعلنت وزارة التحول الرقمي وعصرنة الإدارة عن إطلاق منصة جديدة للخدمات."
    assert "body/ministry-of-digital-transformation-innovation-and-modernisation-of-the-administration" \
        in _bodies(run(extractor, text, "ar"))


def test_arabic_bodies_a_title_goes_on_through_a_glued_state_word(extractor: Extractor) -> None:
    text = "والتقى وزير الاقتصاد الرقمي الأردني في عمان سفير تونس بدولة الأردن، سامي العيادي، لبحث سبل التعاون."
    found = run(extractor, text, "ar")
    assert _roles(found).get("person/sami-aiadi") == "سفير تونس بدولة الأردن"
    assert ("memberOf", "person/sami-aiadi", "body/embassy-of-tunisia-in-jordan") in relations(found)


@pytest.mark.parametrize("text", [
    "وحضر وزير الاتصالات الأردني والسفير كمال ناصر مراسم التوقيع في عمان.",
    "واستقبل وزير الاتصالات الأردني في عمان السفير كمال ناصر يرافقه وفد من السفارة.",
])
def test_arabic_bodies_the_object_after_a_name_is_no_word_of_it(extractor: Extractor, text: str) -> None:
    people = _roles(run(extractor, text, "ar"))
    assert "person/kmal-nasr" in people and len(people) == 1


def test_arabic_bodies_an_honorific_after_a_head_opens_a_person(extractor: Extractor) -> None:
    text = "ووقعت الهيئة العامة للاتصالات في الكويت الاتفاقية، وقال رئيس الهيئة المهندس سامر داود إن التعاون مستمر."
    found = run(extractor, text, "ar")
    assert not [b for b in _bodies(found) if "mhnds" in b]


def test_arabic_bodies_a_news_agency_reports_and_takes_part_in_nothing(extractor: Extractor) -> None:
    text = ("وذكرت وكالة الأنباء الأردنية أن وزارة الاقتصاد الرقمي الأردنية وقعت مع الإمارات مذكرة تفاهم "
            "للتعاون في مجال الذكاء الاصطناعي.")
    found = run(extractor, text, "ar")
    agencies = {e.id for e in found.entities if e.type.value == "Organization"}
    assert agencies and relations(found)
    assert not [r for r in relations(found) if r[1] in agencies or r[2] in agencies]


def test_arabic_bodies_kuwait_s_communications_regulator_is_named_in_arabic(extractor: Extractor) -> None:
    text = "ووقعت الهيئة العامة للاتصالات وتقنية المعلومات مذكرة تفاهم مع شركة سيسكو في الكويت."
    assert "body/communication-and-information-technology-regulatory-authority" in _bodies(run(extractor, text, "ar"))


def test_arabic_bodies_a_department_inside_a_body_is_no_body(extractor: Extractor) -> None:
    """"مدير إدارة الشبكات في الهيئة": "إدارة" names a unit of the body, no government body of its own."""
    text = "وقال مدير إدارة الشبكات والأنظمة في الهيئة سالم أحمد الكندي إن العمل مستمر."
    assert not any("adara" in body for body in _bodies(run(extractor, text, "ar")))


def test_arabic_bodies_the_emirates_regulator_is_not_qatar_s(extractor: Extractor) -> None:
    """"هيئة تنظيم الاتصالات والحكومة الرقمية" is the Emirates' regulator, whose name begins with the
    Arabic name of Qatar's ("هيئة تنظيم الاتصالات")."""
    text = "وأطلقت هيئة تنظيم الاتصالات والحكومة الرقمية منصة جديدة للخدمات الحكومية في دبي."
    found = relations(run(extractor, text, "ar"))
    assert ("partOf", "body/telecommunications-and-digital-government-regulatory-authority", "country/ae") in found
    assert not [r for r in found if r[2] == "country/qa"]


@pytest.mark.parametrize(("text", "body", "country"), [
    ("وقدم صندوق أبوظبي للتنمية قرضا جديدا لدعم مشاريع الطاقة.", "body/abu-dhabi-fund-for-development", "country/ae"),
    ("وأعلنت السلطة الفلسطينية خطة جديدة للتحول الرقمي.", "body/palestinian-authority", "country/ps"),
    ("وناقش البرلمان الإستوني مشروع قانون الهوية الرقمية.", "body/riigikogu", "country/ee"),
])
def test_arabic_bodies_known_bodies_named_in_arabic(extractor: Extractor, text: str, body: str, country: str) -> None:
    assert ("partOf", body, country) in relations(run(extractor, text, "ar"))
