"""The Arabic name layer and pack, on sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.nlp import Extractor
from kg.nlp.arabic import readings
from kg.nlp.lexicon import load_lexicon, portfolio_of
from kg.nlp.text import fold, normalize
from tests.support.nlp_support import ids, relations, run

SIGNING_AR = ("وقّع وزير الاتصالات وتقنية المعلومات السعودي المهندس عبدالله بن عامر السواحة، يوم الثلاثاء "
              "بالرياض، مذكرة تفاهم مع وزير الاتصالات وتكنولوجيا المعلومات المصري الدكتور عمرو طلعت "
              "للتعاون في مجال الأمن السيبراني والذكاء الاصطناعي.")
SIGNING_EN = ("Saudi Minister of Communications and Information Technology Abdullah Alswaha and Egypt's Minister "
              "of Communications and Information Technology Amr Talaat signed a memorandum of understanding "
              "in Riyadh on Tuesday to cooperate on cybersecurity and artificial intelligence.")


def test_arabic_normalize_keeps_offsets_and_makes_spellings_one() -> None:
    text = "أكد إلى مدرسة مستشفى ٢٠٢٥، آخر"
    assert len(normalize(text)) == len(text)
    assert normalize(text) == "اكد الي مدرسه مستشفي 2025, اخر"
    assert fold("وَقَّعَ الـوزير") == fold("وقع الوزير")
    assert fold("Côte d’Ivoire") == "cote d'ivoire"  # Latin folding as before


@pytest.mark.parametrize(("word", "reading"), [
    ("والإمارات", "الامارات"), ("بالرياض", "الرياض"), ("للأمن", "الامن"), ("ولبنان", "لبنان"), ("المصرية", "مصريه")])
def test_arabic_glued_letters_come_off(word: str, reading: str) -> None:
    words = load_lexicon().words("ar")
    assert reading in readings(word, words.proclitics, ["ال"])


def test_arabic_names_without_capitals(extractor: Extractor) -> None:
    found = run(extractor, SIGNING_AR, "ar")
    assert {"country/sa", "country/eg", "place/riyadh", "domain/cybersecurity",
            "domain/artificial-intelligence"} <= ids(found)
    people = {e.id: e for e in found.entities if e.type.value == "Person"}
    assert {"person/abdullah-bin-amer-al-swaha", "person/amr-talaat"} <= set(people)
    assert people["person/amr-talaat"].role == "وزير الاتصالات وتكنولوجيا المعلومات المصري"
    assert ("memberOf", "person/amr-talaat",
            "body/ministry-of-communications-and-information-technology-of-egypt") in relations(found)


def test_arabic_a_nasab_chain_is_one_name(extractor: Extractor) -> None:
    text = "استقبلت السفيرة الأميرة نورة بنت فيصل بن سعود آل سعود وفدا من الشركات."
    people = [e for e in run(extractor, text, "ar").entities if e.type.value == "Person"]
    assert [p.aliases or [m.text for m in p.mentions] for p in people] == [["نورة بنت فيصل بن سعود آل سعود"]]


def test_arabic_a_body_runs_to_the_end_of_its_construct_phrase(extractor: Extractor) -> None:
    text = "وقعت الهيئة الوطنية للأمن السيبراني مذكرة تفاهم مع وزارة الاقتصاد الرقمي في الأردن."
    bodies = {m.text for e in run(extractor, text, "ar").entities if e.type.value == "GovernmentBody"
              for m in e.mentions}
    assert bodies == {"الهيئة الوطنية للأمن السيبراني", "وزارة الاقتصاد الرقمي"}


def test_arabic_and_english_reports_of_one_signing_share_their_ids(extractor: Extractor) -> None:
    arabic, english = run(extractor, SIGNING_AR, "ar"), run(extractor, SIGNING_EN, "en")
    shared = ids(arabic) & ids(english)
    assert {"country/sa", "country/eg", "place/riyadh", "person/amr-talaat", "person/abdullah-bin-amer-al-swaha",
            "domain/cybersecurity", "domain/artificial-intelligence"} <= shared
    agreements = {e.id for e in arabic.entities if e.type.value == "Agreement"}
    assert agreements and agreements == {e.id for e in english.entities if e.type.value == "Agreement"}


def test_arabic_months_of_both_calendars(extractor: Extractor) -> None:
    for month in ("يوليو", "تموز", "جويلية"):
        text = f"وقعت مصر وتونس اتفاقية تعاون في 12 {month} 2024 في مجال الأمن السيبراني."
        signed = [r for r in run(extractor, text, "ar").relations if r.type.value == "signs"]
        assert signed and all(r.date == "2024-07-12" for r in signed), month


@pytest.mark.parametrize(("text", "name", "role"), [
    ("أعلن كريم منصور العبيدي، وزير الاقتصاد الرقمي الأردني، إطلاق المنصة.", "كريم منصور العبيدي",
     "وزير الاقتصاد الرقمي الأردني"),
    ("افتتحت وزيرة التحول الرقمي، سلمى حداد، المعرض في عمان.", "سلمى حداد", "وزيرة التحول الرقمي"),
    ("استقبل الوزير سامي بن علي الخطيب الوفد.", "سامي بن علي الخطيب", "الوزير"),
])
def test_arabic_a_name_beside_its_title(extractor: Extractor, text: str, name: str, role: str) -> None:
    people = [e for e in run(extractor, text, "ar").entities if e.type.value == "Person"]
    assert [(p.mentions[0].text, p.role) for p in people] == [(name, role)]


def test_arabic_no_name_starts_with_a_glued_function_word(extractor: Extractor) -> None:
    text = "وجدد الوزير بهذه المناسبة دعوته إلى التعاون."
    assert [e for e in run(extractor, text, "ar").entities if e.type.value == "Person"] == []


def test_arabic_an_ambassador_of_a_country_to_another(extractor: Extractor) -> None:
    text = "التقى سفير تونس لدى مصر خالد العمري، أمس، بوزير الاتصالات المصري في القاهرة."
    found = run(extractor, text, "ar")
    embassy = "body/embassy-of-tunisia-in-egypt"
    assert embassy in ids(found)
    assert any(r[0] == "memberOf" and r[2] == embassy for r in relations(found))


def test_arabic_a_title_in_construct_runs_to_its_place(extractor: Extractor) -> None:
    text = "وصل نائب حاكم إمارة الشارقة سالم بن خالد القاسمي إلى الرياض."
    people = [e for e in run(extractor, text, "ar").entities if e.type.value == "Person"]
    assert [(p.mentions[0].text, p.role) for p in people] == [("سالم بن خالد القاسمي", "نائب حاكم إمارة الشارقة")]


def test_arabic_a_ministry_named_with_its_nationality_is_that_country_s(extractor: Extractor) -> None:
    text = "وقعت وزارة الاتصالات المصرية ونظيرتها التونسية اتفاقية تعاون."
    bodies = {e.id for e in run(extractor, text, "ar").entities if e.type.value == "GovernmentBody"}
    # Egypt's ministry of communications is its Ministry of Communications and Information Technology (reference data)
    assert "body/ministry-of-communications-and-information-technology-of-egypt" in bodies


def test_arabic_the_guest_follows_the_host(extractor: Extractor) -> None:
    """Verb, subject, object: "استقبل X Y" is X receiving Y at home, so Y is the visitor."""
    text = ("استقبل وزير الاتصالات وتقنية المعلومات المهندس عبدالله بن عامر السواحة بالرياض وزير الاقتصاد "
            "الرقمي الأردني الدكتور كريم العبيدي.")
    visits = {(r[1], r[2]) for r in relations(run(extractor, text, "ar")) if r[0] == "visits"}
    assert visits and all(subject != "person/abdullah-bin-amer-al-swaha" for subject, _ in visits)
    assert ("place/riyadh" in {place for _, place in visits})


@pytest.mark.parametrize(("text", "language"), [
    ("التقى وزير الاتصالات وتكنولوجيا المعلومات المصري عمرو طلعت وزير الاقتصاد الرقمي الأردني كريم العبيدي "
     "في عمان. ووقعت الوزارتان مذكرة تفاهم في مجال الأمن السيبراني.", "ar"),
    ("Egypt's Minister of Communications Amr Talaat met Jordan's Minister of Digital Economy Karim Obeidi in "
     "Amman. The two ministries signed a memorandum of understanding on cybersecurity.", "en"),
])
def test_arabic_the_two_ministries_sign(extractor: Extractor, text: str, language: str) -> None:
    """"The two ministries signed": both ministries named by the ministers' titles are signatories."""
    signers = {r[1] for r in relations(run(extractor, text, language)) if r[0] == "signs"}
    assert {s for s in signers if s.startswith("body/ministry-of-")} == {
        s for s in signers if s.startswith("body/")} and len([s for s in signers if s.startswith("body/")]) == 2
    assert any("jordan" in s for s in signers if s.startswith("body/"))


def test_arabic_a_name_may_start_like_a_glued_letter(extractor: Extractor) -> None:
    text = "التقى وزير الاقتصاد الرقمي الأردني كريم العبيدي في عمان."
    people = [e for e in run(extractor, text, "ar").entities if e.type.value == "Person"]
    assert [p.mentions[0].text for p in people] == ["كريم العبيدي"]


def test_arabic_one_person_written_two_ways_keeps_one_id(extractor: Extractor) -> None:
    """The family name with or without its article, "عبد" joined or apart: one romanised id."""
    first = run(extractor, "استقبل الوزير الدكتور عبد الرحيم النجار وفدا من الشركات.", "ar")
    second = run(extractor, "التقى السفير الدكتور عبدالرحيم نجار نظيره في القاهرة.", "ar")
    people = [{e.id for e in x.entities if e.type.value == "Person"} for x in (first, second)]
    assert people[0] == people[1] and len(people[0]) == 1
    assert next(iter(people[0])).isascii()


def test_arabic_a_later_name_word_spelt_like_on(extractor: Extractor) -> None:
    """"علي" inside a name is a given name; "على" as written stays the preposition."""
    named = "أعلن مدير الهيئة، سالم علي الراشد، بدء المشروع."
    people = [e.mentions[0].text for e in run(extractor, named, "ar").entities if e.type.value == "Person"]
    assert people == ["سالم علي الراشد"]
    preposition = "وقع الوزير سالم خالد على الاتفاقية أمس."
    people = [e.mentions[0].text for e in run(extractor, preposition, "ar").entities if e.type.value == "Person"]
    assert all("على" not in p for p in people)


def test_arabic_a_title_runs_through_the_body_it_is_held_in(extractor: Extractor) -> None:
    """"القائم بالأعمال في السفارة الكندية": the body after "في" belongs to the title, the name follows it."""
    text = "استقبل الوزير القائم بالأعمال في السفارة الكندية جوليا مارتن في مكتبه."
    people = [e for e in run(extractor, text, "ar").entities if e.type.value == "Person"]
    assert "جوليا مارتن" in [p.mentions[0].text for p in people]


def test_arabic_a_given_name_with_the_article_opens_the_name_after_a_long_title(extractor: Extractor) -> None:
    """"… في حكومة الوفاق المنجي الدرعي": the title stops at a given name written with the article."""
    text = "التقى وزير الداخلية في حكومة الوفاق المنجي الدرعي، مساء الأحد، بالوفد الزائر."
    people = [e.mentions[0].text for e in run(extractor, text, "ar").entities if e.type.value == "Person"]
    assert people == ["المنجي الدرعي"]


def test_arabic_a_given_name_with_the_article_inside_a_name(extractor: Extractor) -> None:
    """"سمير الحاج يوسف": "الحاج" inside a name does not end it as a family name would."""
    text = "استقبل وزير الصناعة سمير الحاج يوسف والوفد المرافق له."
    people = [e.mentions[0].text for e in run(extractor, text, "ar").entities if e.type.value == "Person"]
    assert people == ["سمير الحاج يوسف"]


def test_arabic_a_name_set_off_its_title_by_a_semicolon(extractor: Extractor) -> None:
    """"وزير …؛ سالم …،": the Arabic semicolon sets a name off its title as a comma does."""
    text = "عقد وزير التحول الرقمي؛ سالم أحمد الكبير، اليوم لقاء مع الوفد الزائر."
    people = [e.mentions[0].text for e in run(extractor, text, "ar").entities if e.type.value == "Person"]
    assert people == ["سالم أحمد الكبير"]


def test_arabic_a_first_name_spelt_like_on_after_a_title(extractor: Extractor) -> None:
    """"علي" right after a title opens a name when a name's word follows it; "علي هامش" stays "on"."""
    text = "وحضر الاجتماع سفير الأردن لدى النمسا علي كساب."
    people = [e.mentions[0].text for e in run(extractor, text, "ar").entities if e.type.value == "Person"]
    assert people == ["علي كساب"]
    sidelines = "تحدث وزير الصحة علي هامش المعرض."
    people = [e.mentions[0].text for e in run(extractor, sidelines, "ar").entities if e.type.value == "Person"]
    assert people == []


MINISTRY_DTAR = "body/ministry-of-digital-transition-and-administrative-reform"


def test_arabic_a_portfolio_glued_to_in_charge_of(extractor: Extractor) -> None:
    """"الوزيرة المكلفة بالانتقال الرقمي وإصلاح الإدارة": the portfolio written with "ب" glued names the ministry."""
    text = "افتتحت وزيرة الدولة المكلفة بالانتقال الرقمي وإصلاح الإدارة، سلمى كريم الرايس، المعرض أمس."
    members = {r[2] for r in relations(run(extractor, text, "ar")) if r[0] == "memberOf"}
    assert MINISTRY_DTAR in members


def test_arabic_a_delegate_minister_to_the_head_of_government(extractor: Extractor) -> None:
    """"الوزير المنتدب لدى رئيس الحكومة المكلف …": the head of government the post is held with belongs to
    the minister's title, which goes on to the portfolio."""
    text = "افتتح الوزير المنتدب لدى رئيس الحكومة المكلف بالانتقال الرقمي وإصلاح الإدارة، كريم سالم الناصري، المعرض."
    found = run(extractor, text, "ar")
    members = {r[2] for r in relations(found) if r[0] == "memberOf"}
    assert MINISTRY_DTAR in members


def test_arabic_an_envoy_title_with_and_glued_names_the_sending_country(extractor: Extractor) -> None:
    """"، وسفير اليابان في الأردن …": the title glued to "و" still names the country that sends the envoy."""
    text = "حضر الاجتماع وزير الصحة سالم أحمد، وسفير اليابان في الأردن كينجي تاناكا، والوفد المرافق."
    members = {r[2] for r in relations(run(extractor, text, "ar")) if r[0] == "memberOf"}
    assert "body/embassy-of-japan-in-jordan" in members


def test_arabic_an_abbreviated_honorific_glued_to_the_name(extractor: Extractor) -> None:
    """"د.سالم …": the abbreviation "د." written onto the name is an honorific, not part of a web address."""
    text = "وافتتح وزير الصحة د.سالم أحمد الراشد المستشفى الجديد."
    people = [e.mentions[0].text for e in run(extractor, text, "ar").entities if e.type.value == "Person"]
    assert people == ["سالم أحمد الراشد"]


def test_arabic_an_envoy_named_by_nationality_keeps_the_country_of_the_post(extractor: Extractor) -> None:
    """"السفير المغربي لدى دولة الكويت …": the post runs through where the envoy is posted, the name follows."""
    text = "استقبل وزير المالية ناصر علي الشمري السفير المغربي لدى دولة الكويت ياسين حمدي العلوي في مكتبه."
    members = {r[2] for r in relations(run(extractor, text, "ar")) if r[0] == "memberOf"}
    assert "body/embassy-of-morocco-in-kuwait" in members


def test_arabic_a_name_right_before_its_title_with_no_comma(extractor: Extractor) -> None:
    """"مع ياسر الحكيم سفير كندا بالرباط": no name after the title, so the words before it are its holder's."""
    text = "وبحث وزير الصناعة مع ياسر الحكيم سفير كندا بالرباط سبل تطوير الشراكة."
    found = run(extractor, text, "ar")
    people = {e.id: e.role for e in found.entities if e.type.value == "Person"}
    assert list(people.values()) == ["سفير كندا بالرباط"]
    assert any(r[0] == "memberOf" and r[2] == "body/embassy-of-canada-in-morocco" for r in relations(found))


def test_arabic_a_clause_opener_before_a_verb_is_no_name(extractor: Extractor) -> None:
    """"من جانبه نوه سفير كندا …": the words between "من" and the verb name no one."""
    text = "من جانبه نوه سفير كندا بالرباط، أمس، بأهمية الشراكة في مجال الطاقة."
    assert not [e for e in run(extractor, text, "ar").entities if e.type.value == "Person"]


def test_arabic_a_definite_title_glued_to_and_begins_the_next_envoy(extractor: Extractor) -> None:
    """"…، سفير لبنان لدى الرباط والسفير عمر الزين سفير قطر …": each envoy keeps the title after his name."""
    text = "وحضر الحفل السفير خالد منصور، سفير لبنان لدى الرباط والسفير عمر الزين سفير قطر لدى الرباط."
    found = run(extractor, text, "ar")
    names = {e.id: e.name for e in found.entities}
    members = {(names[r[1]], r[2]) for r in relations(found) if r[0] == "memberOf"}
    assert members == {("Khald Mnsur", "body/embassy-of-lebanon-in-morocco"),
                       ("Amr Zin", "body/embassy-of-qatar-in-morocco")}


@pytest.mark.parametrize(("text", "local"), [
    ("أعلنت شركة “هواوي” مصر عن برنامج جديد لتدريب الطلاب.", True),
    ("افتتحت شركة هواوي مصر مركزا للتدريب.", True),
    ("افتتحت شركة هواوي بمصر مركزا للتدريب.", False),
])
def test_arabic_a_company_named_with_a_country_is_its_local_company(extractor: Extractor, text: str,
                                                                    local: bool) -> None:
    """"هواوي مصر": the company and the country written after it name the local company; "بمصر" is where."""
    names = {e.name for e in run(extractor, text, "ar").entities if e.type.value == "Organization"}
    assert ("Huawei Egypt" in names) is local


@pytest.mark.parametrize(("text", "name"), [
    ("وقع المذكرة وزير الاقتصاد الرقمي سامر بن خليل ومن الجانب الآخر نظيره.", "سامر بن خليل"),
    ("التقى الوزير نائب رئيس الشركة كيم جون وذلك خلال زيارته.", "كيم جون"),
    ("حضر اللقاء الدكتور هادي كريم عدة مسؤولين من الوزارة.", "هادي كريم"),
])
def test_arabic_and_glued_to_a_function_word_ends_a_name(extractor: Extractor, text: str, name: str) -> None:
    """"ومن", "وذلك": "and" glued to a function word, or a word of quantity, is no word of the name."""
    people = [e.mentions[0].text for e in run(extractor, text, "ar").entities if e.type.value == "Person"]
    assert people == [name]


def test_arabic_a_second_family_name_with_the_article(extractor: Extractor) -> None:
    """"… سالم ناصر السالم الخليفي،": two family names with the article, the name ending at a mark."""
    text = "ترأس الاجتماع رئيس مجلس الوزراء الشيخ سالم ناصر السالم الخليفي، وناقش المجلس الخطة."
    people = [e for e in run(extractor, text, "ar").entities if e.type.value == "Person"]
    assert [(p.mentions[0].text, p.role) for p in people] == [("سالم ناصر السالم الخليفي", "رئيس مجلس الوزراء")]


def test_arabic_a_title_reaches_its_name_through_two_honorifics(extractor: Extractor) -> None:
    """"رئيس مجلس الوزراء سمو الشيخ …": the title is the name's, past "سمو" and "الشيخ"."""
    text = "استقبل رئيس مجلس الوزراء سمو الشيخ فهد جابر، اليوم، وفدا من الشركات."
    people = [e for e in run(extractor, text, "ar").entities if e.type.value == "Person"]
    assert [(p.mentions[0].text, p.role) for p in people] == [("فهد جابر", "رئيس مجلس الوزراء")]


def test_arabic_a_lone_definite_title_with_its_adjectives_before_a_name(extractor: Extractor) -> None:
    """"المستشار الاقتصادي الفرنسي ريمون دوبري": the adjectives and the nationality are the title's."""
    text = "وحضر اللقاء المستشار الاقتصادي الفرنسي ريمون دوبري والوفد المرافق."
    people = [e for e in run(extractor, text, "ar").entities if e.type.value == "Person"]
    assert [(p.mentions[0].text, p.role) for p in people] == [("ريمون دوبري", "المستشار الاقتصادي الفرنسي")]


def test_arabic_a_last_name_word_spelt_like_on_before_a_comma(extractor: Extractor) -> None:
    """"كمال حسن علي،": "علي" as written, last in the name, before its title."""
    text = "وحضر التوقيع المهندس كمال حسن علي، مدير الشركة الوطنية للاتصالات."
    people = [e.mentions[0].text for e in run(extractor, text, "ar").entities if e.type.value == "Person"]
    assert people == ["كمال حسن علي"]


def test_arabic_a_word_written_with_a_hamza_has_no_article(extractor: Extractor) -> None:
    """"ألفريدو": "أل" written with a hamza is no article, so the word opens a name after a title."""
    text = "استقبل الوزير نظيره البرتغالي ألفريدو مارتينز في الرباط."
    people = [e.mentions[0].text for e in run(extractor, text, "ar").entities if e.type.value == "Person"]
    assert people == ["ألفريدو مارتينز"]


@pytest.mark.parametrize(("text", "country"), [
    ("وقعت الإمارات اتفاقية مع الغابون لتطوير الحكومة الرقمية.", "country/ga"),
    ("زار وزير الاتصالات الكولومبي أبوظبي.", "country/co"),
    ("وقع البلدان مذكرة تفاهم في سيشل.", "country/sc"),
])
def test_arabic_names_of_countries_beyond_the_region(extractor: Extractor, text: str, country: str) -> None:
    """The country table has the Arabic names and demonyms of Gabon, Colombia, Seychelles and the others."""
    assert country in ids(run(extractor, text, "ar"))


@pytest.mark.parametrize("text", [
    "وأضاف الوزير أنه تم الاتفاق على برنامج مشترك.",
    "التقى وزير الاقتصاد الرقمي خلال مشاركته في المعرض عددا من المسؤولين.",
    "وأكد السفير أن الزيارة هي الأولى من نوعها.",
])
def test_arabic_a_function_word_after_a_title_opens_no_name(extractor: Extractor, text: str) -> None:
    """"أنه", "خلال", "هي": words of the clause after a title, never a name's."""
    assert [e for e in run(extractor, text, "ar").entities if e.type.value == "Person"] == []


def test_arabic_a_nationality_after_a_name_is_its_family_name(extractor: Extractor) -> None:
    """"نبيل كريم العراقي،": a nationality with the article after a full name, then a comma, ends the name;
    the nationality written before the name stays the person's country."""
    text = "استقبل وزير الاتصالات المصري الدكتور نبيل كريم العراقي، أمس، وفدا من الشركات."
    found = run(extractor, text, "ar")
    people = [e.mentions[0].text for e in found.entities if e.type.value == "Person"]
    assert people == ["نبيل كريم العراقي"]
    assert "country/iq" not in ids(found)


def test_arabic_an_honorific_before_a_name_set_off_by_its_title(extractor: Extractor) -> None:
    """"…، معالي نورا سعيد، وزيرة …": the honorific before a name whose title follows it is no word of it."""
    text = "استقبلت الهيئة، معالي نورا سعيد، وزيرة العدل في جمهورية لاتفيا، أمس."
    people = [e.mentions[0].text for e in run(extractor, text, "ar").entities if e.type.value == "Person"]
    assert people == ["نورا سعيد"]


def test_arabic_a_name_in_latin_letters_after_a_title(extractor: Extractor) -> None:
    """"سفير البرتغال بالجزائر، Joao de Sousa MOTA.": a name written in Latin letters after a title is the
    title's holder; after a company's head ("لشركة Nova Labs") the Latin words name the company."""
    text = "استقبل الوزير سفير البرتغال بالجزائر، Joao de Sousa MOTA. ووقع مع الرئيس التنفيذي لشركة Nova Labs اتفاقا."
    people = [(e.mentions[0].text, e.role) for e in run(extractor, text, "ar").entities if e.type.value == "Person"]
    assert people == [("Joao de Sousa MOTA", "سفير البرتغال بالجزائر")]


@pytest.mark.parametrize("text", [
    "استقبل الدكتور خالد الزهراني وزير الصحة بيير لوران Pierre Laurent سفير إيطاليا بالقاهرة في مكتبه.",
    "استقبل المهندس خالد الزهراني وزير الصحة بيير لوران سفير إيطاليا لدى مصر أمس."])
def test_arabic_a_title_between_two_titled_names_is_the_first_ones(extractor: Extractor, text: str) -> None:
    """"X وزير الصحة Y سفير إيطاليا": the name after the title has a title of its own after it (its Latin
    spelling between), so the minister's title is the name's before it."""
    found = run(extractor, text, "ar")
    roles = {e.mentions[0].text: e.role for e in found.entities if e.type.value == "Person"}
    assert roles["خالد الزهراني"] == "وزير الصحة"
    assert roles["بيير لوران"].startswith("سفير إيطاليا")
    members = {(s, o) for kind, s, o in relations(found) if kind == "memberOf"}
    assert any(o.startswith("body/embassy-of-italy") for _, o in members)


def test_arabic_a_portfolio_pair_written_in_either_order() -> None:
    """"وزير التحول الرقمي والاتصالات" is the same ministry as "وزير الاتصالات والتحول الرقمي"."""
    lexicon = load_lexicon()
    for text in ("وزيرة التحول الرقمي والاتصالات في البلاد", "وزير الاتصالات والتحول الرقمي"):
        assert portfolio_of(text, lexicon) == ["Communications and Digital Transformation"]


@pytest.mark.parametrize("text", [
    "وحضر اللقاء السيد سامر خليل، رئيس مجلس إدارة شركة الحلول الرقمية، والوفد المرافق له.",
    "وحضرت اللقاء السيدة نادية الحسن، رئيسة مجلس إدارة الجمعية الوطنية للبرمجيات، والوفد المرافق لها.",
    "وشارك في الورشة المهندس كريم يوسف عضو مجلس إدارة الجمعية العربية للحوسبة."])
def test_arabic_a_board_title_names_no_body_of_its_own(extractor: Extractor, text: str) -> None:
    """"رئيسة مجلس إدارة الجمعية …": the title names the board of what follows it, no government body."""
    found = run(extractor, text, "ar")
    assert not [e.id for e in found.entities if e.id.startswith("body/mjls")]
    assert not [r for r in relations(found) if r[0] == "memberOf" and "mjls" in r[2]]


def test_arabic_a_title_glued_to_with_is_read_without_it(extractor: Extractor) -> None:
    text = "اجتمع الوزير بسفير جمهورية كوريا بالجزائر السيد كيم سو أمس في مقر الوزارة."
    found = relations(run(extractor, text, "ar"))
    assert ("memberOf", "person/kim-su", "body/embassy-of-south-korea-in-algeria") in found


def test_arabic_an_envoy_posted_to_a_glued_country(extractor: Extractor) -> None:
    text = "استقبل الوزير سفير اليابان بموريتانيا السيد كينجي تاناكا في مكتبه."
    found = relations(run(extractor, text, "ar"))
    assert ("memberOf", "person/kinji-tanaka", "body/embassy-of-japan-in-mauritania") in found


def test_arabic_a_name_set_off_after_its_title_may_end_at_where(extractor: Extractor) -> None:
    text = "بحث الوزير مع السفير المغربي لدى دولة قطر، الحبيب العلوي في مدينة الدوحة، سبل التعاون."
    found = relations(run(extractor, text, "ar"))
    assert ("memberOf", "person/hbib-alui", "body/embassy-of-morocco-in-qatar") in found
    deal = "وقع وزير الاتصالات القطري، مذكرة تفاهم في مجال الحوسبة السحابية."
    assert not [e for e in run(extractor, deal, "ar").entities if e.type.value == "Person"]


def test_arabic_a_title_glued_to_to_is_read_without_it(extractor: Extractor) -> None:
    """"خلال لقاء الوزير لسفير …": "ل" glued to the title (to the ambassador) is no part of it."""
    text = "جاء ذلك خلال لقاء وزير الصحة سالم أحمد لسفير إيطاليا بتونس ماركو بيانكي في مكتبه."
    members = {r[2] for r in relations(run(extractor, text, "ar")) if r[0] == "memberOf"}
    assert "body/embassy-of-italy-in-tunisia" in members


def test_arabic_the_style_of_a_state_between_an_envoy_and_the_sending_country(extractor: Extractor) -> None:
    """"سفير إمبراطورية اليابان لدى مصر": the state's style ("Empire of") still lets Japan send the envoy."""
    text = "استقبل وزير الصحة سفير إمبراطورية اليابان المعتمد لدى مصر كينجي تاناكا في مكتبه."
    members = {r[2] for r in relations(run(extractor, text, "ar")) if r[0] == "memberOf"}
    assert "body/embassy-of-japan-in-egypt" in members


def test_arabic_talks_with_the_subject_between_the_verb_and_with(extractor: Extractor) -> None:
    """"بحث X مع Y": the verb of talks comes first, its subject between it and "مع"."""
    text = "وبحث وزير الصحة الأردني سالم أحمد مع سفير إيطاليا لدى الأردن ماركو بيانكي سبل التعاون في المجال الصحي."
    meetings = {frozenset(r[1:]) for r in relations(run(extractor, text, "ar")) if r[0] == "meets"}
    assert frozenset({"person/salm-ahmd", "person/marku-bianki"}) in meetings


def test_arabic_a_name_quoted_after_its_title(extractor: Extractor) -> None:
    """"وزير الصحة الجزائري «سالم بوزيد»": a name in quotes right after its title is its holder's; a quoted
    name of something else ("“مؤتمر الاستثمار في …”") is no person."""
    text = "وجمع وزير الصحة الجزائري «سالم بوزيد» بسفير جمهورية كوريا بالجزائر «كيم سو جين» أمس."
    found = relations(run(extractor, text, "ar"))
    assert ("memberOf", "person/salm-buzid", "body/ministry-of-health-of-algeria") in found
    assert ("memberOf", "person/kim-su-jin", "body/embassy-of-south-korea-in-algeria") in found
    other = "ودعا رئيس غرفة تجارة الأردن لحضور “مؤتمر الاستثمار في الاقتصاد الرقمي” المزمع."
    assert not [e for e in run(extractor, other, "ar").entities if e.type.value == "Person"]


def test_arabic_the_noun_of_receiving_is_a_meeting(extractor: Extractor) -> None:
    """"خلال استقبال X في مكتبه Y": the noun of "received" marks a meeting as the verb does."""
    text = "جاء ذلك خلال استقبال وزير الصحة الأردني سالم أحمد في مكتبه سفير إيطاليا لدى الأردن ماركو بيانكي."
    meetings = {frozenset(r[1:]) for r in relations(run(extractor, text, "ar")) if r[0] == "meets"}
    assert frozenset({"person/salm-ahmd", "person/marku-bianki"}) in meetings


@pytest.mark.parametrize(("text", "place"), [
    ("افتتح الوزير مركزا للبيانات في أربيل يوم الأحد.", "place/erbil"),
    ("عقد الاجتماع في طابا بحضور الوفدين.", "place/taba"),
    ("أعلنت الوزارة عن مشروع للألياف في قطاع غزة هذا العام.", "place/gaza-strip"),
    ("انطلقت أشغال المنتدى في الجزائر العاصمة يوم الاثنين.", "place/algiers"),
])
def test_arabic_places_of_the_region_by_their_arabic_names(extractor: Extractor, text: str, place: str) -> None:
    assert place in ids(run(extractor, text, "ar"))


def test_arabic_a_title_runs_through_its_body_s_bracketed_acronym(extractor: Extractor) -> None:
    found = run(extractor, "وقال المدير العام للاتحاد الدولي للاتصالات (ITU)، كريم الفاسي، إن الشبكات تتوسع.", "ar")
    people = [e for e in found.entities if e.type.value == "Person"]
    assert len(people) == 1
    assert ("memberOf", people[0].id, "org/international-telecommunication-union") in relations(found)


def test_arabic_a_foreign_given_name_written_like_the_article_opens_a_name(extractor: Extractor) -> None:
    found = run(extractor, "واستقبل الوزير سفير كندا، السيد الكسندر بيرون ماتيو، في مكتبه.", "ar")
    names = {e.name for e in found.entities if e.type.value == "Person"}
    assert len(names) == 1 and len(next(iter(names)).split()) == 3


def test_arabic_an_invitation_after_a_name_is_no_part_of_it(extractor: Extractor) -> None:
    found = run(extractor, "لبى وزير الصناعة خالد منير دعوة نظيره الياباني لزيارة طوكيو.", "ar")
    names = {e.name for e in found.entities if e.type.value == "Person"}
    assert len(names) == 1 and len(next(iter(names)).split()) == 2


@pytest.mark.parametrize(("text", "portfolios"), [
    ("وزير البريد والمواصلات السلكية واللاسلكية في البلاد", ["Post and Telecommunications"]),
    ("وزيرة الاتصالات والتكنولوجيا", ["Communications and Technology"]),
    ("وزير الاتصالات وتقنيات المعلومات", ["Communications and Information Technology"]),
    ("وزارة المشروعات المملوكة للدولة", ["State-Owned Enterprises"]),
    ("وزير الاقتصاد والتجارة الخارجية", ["Economy and Foreign Trade"]),
    ("وزيرة التخطيط والمتابعة والإصلاح الإداري", ["Planning, Monitoring and Administrative Reform"])])
def test_arabic_a_compound_portfolio_is_read_whole(text: str, portfolios: list[str]) -> None:
    """"البريد والمواصلات", "المشروعات المملوكة للدولة": a portfolio's later words are part of it, not dropped."""
    assert portfolio_of(text, load_lexicon()) == portfolios


def test_arabic_a_post_and_telecommunications_minister_keeps_both(extractor: Extractor) -> None:
    """"وزير البريد والمواصلات الجزائري": the minister belongs to Algeria's Post and Telecommunications ministry."""
    text = "استقبل الرئيس أمس وزير البريد والمواصلات الجزائري سمير بن علي في مكتبه بالعاصمة."
    members = {r[2] for r in relations(run(extractor, text, "ar")) if r[0] == "memberOf"}
    assert "body/ministry-of-post-and-telecommunications-of-algeria" in members


def test_arabic_a_his_office_opens_no_name(extractor: Extractor) -> None:
    """"استقبل … بمكتبه": "in his office" after the host's title is no first word of the guest's name."""
    text = "استقبل الدكتور سامي حداد وزير الصحة بمكتبه جون ميلر سفير كندا لدى الأردن."
    names = {e.name for e in run(extractor, text, "ar").entities if e.type.value == "Person"}
    assert not any(n.startswith("Bmktb") for n in names)


def test_arabic_a_charge_d_affaires_of_an_embassy(extractor: Extractor) -> None:
    """"القائم بأعمال سفارة مملكة البحرين في تونس، …": the chargé d'affaires is a member of that embassy."""
    text = "التقى الوزير أمس القائم بأعمال سفارة مملكة البحرين في تونس، يوسف بن خالد المري، لبحث التعاون."
    found = run(extractor, text, "ar")
    members = {o for kind, _, o in relations(found) if kind == "memberOf"}
    assert any(o.startswith("body/embassy-of-bahrain") for o in members)


def test_arabic_a_set_off_name_ends_at_with(extractor: Extractor) -> None:
    """"وزير …، سامي خليل مع نظيره": a name set off by a comma after its title ends at "مع" (with)."""
    text = "بحث وزير الصحة الأردني، سامي خليل مع نظيره المغربي سبل التعاون."
    found = run(extractor, text, "ar")
    assert any(kind == "memberOf" and s.startswith("person/sami-khlil") for kind, s, _ in relations(found))
