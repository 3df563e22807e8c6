"""The visits layer alone, after agreements and memberships: who visits which place and country."""

from __future__ import annotations

import pytest

from kg.models import RelationType
from tests.support.layer_run import before, relations, upstream


def test_visits_needs_agreements_and_members() -> None:
    assert [layer.name for layer in upstream("en", "visits")] == ["mentions", "roles", "coreference", "agreements"]


def test_visits_an_official_visit_to_a_city_visits_the_city_and_its_country() -> None:
    text = "Nigeria's Minister of Communications, Tunde Adeyemi, paid an official visit to Washington."
    state, layer = before(text, "en", "visits")
    assert relations(state, RelationType.VISITS) == set()
    layer(state)
    assert relations(state, RelationType.VISITS) == {("visits", "person/tunde-adeyemi", "place/washington"),
                                                     ("visits", "person/tunde-adeyemi", "country/us")}


def test_visits_a_city_only_named_is_not_visited() -> None:
    text = "Nigeria's Minister of Communications, Tunde Adeyemi, spoke about Washington."
    state, layer = before(text, "en", "visits")
    assert {"person/tunde-adeyemi", "place/washington"} <= {f.term.id for f in state.found}
    layer(state)
    assert relations(state, RelationType.VISITS) == set()


def test_visits_a_country_joined_by_a_dash_is_a_pair_not_a_destination() -> None:
    text = "Nigeria's Minister of Communications, Tunde Adeyemi, arrived on a two-day visit to deepen Ghana-Japan ties."
    state, layer = before(text, "en", "visits")
    assert {"country/gh", "country/jp"} <= {f.term.id for f in state.found}
    layer(state)
    assert relations(state, RelationType.VISITS) == set()


def test_visits_a_signing_that_will_be_held_abroad_is_no_visit_yet() -> None:
    text = ("The memorandum of understanding will be signed in Riga by Tunde Adeyemi, "
            "Ghana's Minister of Communications.")
    state, layer = before(text, "en", "visits")
    assert {"person/tunde-adeyemi", "place/riga"} <= {f.term.id for f in state.found}
    layer(state)
    assert relations(state, RelationType.VISITS) == set()


def test_visits_meeting_a_host_in_a_city_of_the_hosts_country_is_a_visit() -> None:
    text = "The minister, Tunde Adeyemi, met in Tokyo with Japan's Minister of Digital Affairs, Kenji Sato."
    state, layer = before(text, "en", "visits")
    assert state.person_country.get("person/kenji-sato") == "jp"
    assert "person/tunde-adeyemi" not in state.person_country
    layer(state)
    assert relations(state, RelationType.VISITS) == {("visits", "person/tunde-adeyemi", "place/tokyo"),
                                                     ("visits", "person/tunde-adeyemi", "country/jp")}


def test_visits_an_arabic_city_with_its_preposition_glued_on_is_where_they_met() -> None:
    text = "التقى وزير الاقتصاد الرقمي الأردني أحمد الهناندة بالرياض وزير الاتصالات السعودي عبدالله السواحة."
    state, layer = before(text, "ar", "visits")
    assert state.person_country == {"person/ahmad-al-hanandeh": "jo", "person/abdullah-bin-amer-al-swaha": "sa"}
    layer(state)
    assert relations(state, RelationType.VISITS) == {("visits", "person/ahmad-al-hanandeh", "place/riyadh"),
                                                     ("visits", "person/ahmad-al-hanandeh", "country/sa")}


@pytest.mark.parametrize(("language", "text", "place", "country"), [
    ("fr", "Le ministre sénégalais, Moussa Ndiaye, participe depuis lundi à Séoul au forum sur le numérique.",
     "place/seoul", "country/kr"),
    ("fr", "Le ministre sénégalais, Moussa Ndiaye, a pris part à Séoul au forum sur le numérique.",
     "place/seoul", "country/kr"),
    ("en", "Ghana's Minister of Communications, Kofi Mensah, is attending the forum in Seoul this week.",
     "place/seoul", "country/kr"),
    ("fr", "Lors de sa participation au forum sur le numérique à Séoul, le ministre sénégalais Moussa Ndiaye a "
     "présenté sa stratégie.", "place/seoul", "country/kr"),
])
def test_visits_taking_part_in_an_event_abroad_is_a_visit(language: str, text: str, place: str, country: str) -> None:
    state, layer = before(text, language, "visits")
    people = [f.term.id for f in state.found if f.term.type.value == "Person"]
    assert len(people) == 1
    layer(state)
    assert relations(state, RelationType.VISITS) == {("visits", people[0], place), ("visits", people[0], country)}


def test_visits_an_envoy_posted_to_the_city_does_not_visit_it() -> None:
    text = ("L'accord a été signé à Genève par le représentant permanent du Ghana auprès de l'Office des "
            "Nations Unies à Genève, Kofi Mensah.")
    state, layer = before(text, "fr", "visits")
    assert state.person_country.get("person/kofi-mensah") == "gh"
    layer(state)
    assert relations(state, RelationType.VISITS) == set()


def test_visits_meeting_in_a_capital_named_as_such_is_a_visit() -> None:
    text = "اجتمع وزير الاقتصاد الرقمي الأردني أحمد الهناندة بوزير الاتصالات السعودي عبدالله السواحة في العاصمة الرياض."
    state, layer = before(text, "ar", "visits")
    assert state.person_country.get("person/ahmad-al-hanandeh") == "jo"
    layer(state)
    assert relations(state, RelationType.VISITS) == {("visits", "person/ahmad-al-hanandeh", "place/riyadh"),
                                                     ("visits", "person/ahmad-al-hanandeh", "country/sa")}


def test_visits_the_country_of_the_delegation_is_not_its_destination() -> None:
    text = "The minister, Kofi Mensah, led a Ghanaian delegation to talks on closer ties with Ghana."
    state, layer = before(text, "en", "visits")
    assert "person/kofi-mensah" not in state.person_country
    assert "country/gh" in {f.term.id for f in state.found}
    layer(state)
    assert relations(state, RelationType.VISITS) == set()


@pytest.mark.parametrize(("text", "visits"), [
    ("Le ministre, Moussa Ndiaye, s'est entretenu à Genève avec Kofi Mensah.", True),
    ("À Genève, Moussa Ndiaye s'est entretenu avec Kofi Mensah.", False),
])
def test_visits_the_subject_of_talks_held_in_a_city_is_there(text: str, visits: bool) -> None:
    state, layer = before(text, "fr", "visits")
    assert {"person/moussa-ndiaye", "person/kofi-mensah"} <= {f.term.id for f in state.found}
    assert state.person_country == {}
    layer(state)
    expected = {("visits", "person/moussa-ndiaye", "place/geneva"), ("visits", "person/moussa-ndiaye", "country/ch")}
    assert relations(state, RelationType.VISITS) == (expected if visits else set())


def test_visits_a_known_person_at_home_is_no_visitor() -> None:
    text = "Arrivé samedi aux Emirats arabes unis, le ministre a eu des entretiens avec cheikh Mohammed ben Zayed."
    state, layer = before(text, "fr", "visits")
    assert "person/mohamed-bin-zayed-al-nahyan" in {f.term.id for f in state.found}
    layer(state)
    assert relations(state, RelationType.VISITS) == set()


def test_visits_a_far_destination_is_read_from_the_visit_cue_when_the_host_is_far_before() -> None:
    text = ("استقبل وزير الاتصالات وتكنولوجيا المعلومات المهندس سامر الخطيب صباح اليوم الأحد في مقر الوزارة "
            "الأمينة العامة للمنظمة العربية للتحول الرقمي السيدة ليلى حداد التي تزور الأردن حاليا.")
    state, layer = before(text, "ar", "visits")
    assert "country/jo" in {f.term.id for f in state.found}
    layer(state)
    assert relations(state, RelationType.VISITS) == {("visits", "person/lili-hdad", "country/jo")}


@pytest.mark.parametrize(("language", "text"), [
    ("en", "ACCRA, May 4 (GNA) – Nigeria's Minister of Communications, Tunde Adeyemi, signed a memorandum of "
           "understanding with Ghana on Tuesday."),
    ("fr", "Accra, 4 mai (GNA) - Le ministre nigérian des Communications, Tunde Adeyemi, a signé mardi un "
           "protocole d'accord avec le Ghana."),
])
def test_visits_signing_under_a_dateline_abroad_is_a_visit(language: str, text: str) -> None:
    state, layer = before(text, language, "visits")
    layer(state)
    assert relations(state, RelationType.VISITS) == {("visits", "person/tunde-adeyemi", "place/accra"),
                                                     ("visits", "person/tunde-adeyemi", "country/gh")}


def test_visits_a_meeting_under_an_arabic_dateline_abroad_is_a_visit() -> None:
    text = "الرباط – اجتمع وزير الاتصالات الأردني سامر الخطيب مع وزيرة الانتقال الرقمي المغربية ليلى حداد أمس."
    state, layer = before(text, "ar", "visits")
    layer(state)
    assert relations(state, RelationType.VISITS) == {("visits", "person/samr-khtib", "place/rabat"),
                                                     ("visits", "person/samr-khtib", "country/ma")}


@pytest.mark.parametrize(("prefix", "visited"), [("date 2024-05-22 ", True), ("Reported by Kofi ", False)])
def test_visits_a_dateline_after_the_page_date_stamp_is_the_dateline(prefix: str, visited: bool) -> None:
    text = (f"{prefix}ACCRA: Nigeria's Minister of Communications, Tunde Adeyemi, signed a memorandum of "
            "understanding with Ghana on Tuesday.")
    state, layer = before(text, "en", "visits")
    layer(state)
    visits = relations(state, RelationType.VISITS)
    assert (("visits", "person/tunde-adeyemi", "place/accra") in visits) is visited


def test_visits_a_dateline_yields_to_the_place_the_sentence_names() -> None:
    text = ("ACCRA, May 4 (GNA) – Nigeria's Minister of Communications, Tunde Adeyemi, signed a memorandum of "
            "understanding with Ghana in Washington on Tuesday.")
    state, layer = before(text, "en", "visits")
    layer(state)
    assert ("visits", "person/tunde-adeyemi", "place/accra") not in relations(state, RelationType.VISITS)


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Nigeria's Minister of Communications, Tunde Adeyemi, began a tour of Ghana, Togo and Benin on Monday."),
    ("fr", "Le ministre nigérian des Communications, Tunde Adeyemi, a entamé lundi une tournée au Ghana, au Togo et "
           "au Bénin."),
])
def test_visits_each_country_listed_after_the_cue_is_visited(language: str, text: str) -> None:
    state, layer = before(text, language, "visits")
    layer(state)
    assert relations(state, RelationType.VISITS) == {("visits", "person/tunde-adeyemi", f"country/{code}")
                                                     for code in ("gh", "tg", "bj")}


def test_visits_a_visitor_to_the_country_of_the_dateline_visits_its_city() -> None:
    text = ("Geneva, Switzerland (Daily Wire) — A delegation led by the Minister of Communications of Ghana, "
            "Tunde Adeyemi, paid an official visit to Switzerland.")
    state, layer = before(text, "en", "visits")
    layer(state)
    assert {("visits", "person/tunde-adeyemi", "place/geneva"),
            ("visits", "person/tunde-adeyemi", "country/ch")} <= relations(state, RelationType.VISITS)


def test_visits_a_city_named_in_the_text_is_no_dateline() -> None:
    text = ("The Minister of Communications of Ghana, Tunde Adeyemi, praised Geneva.\n"
            "He paid an official visit to Switzerland last year.")
    state, layer = before(text, "en", "visits")
    layer(state)
    assert ("visits", "person/tunde-adeyemi", "place/geneva") not in relations(state, RelationType.VISITS)


@pytest.mark.parametrize(("language", "text", "visited"), [
    ("en", "Japan's Minister of Digital Affairs, Kenji Sato, received a delegation headed by Tunde Adeyemi "
           "on Monday.", True),
    ("fr", "Le ministre japonais du Numérique, Kenji Sato, a reçu lundi une délégation conduite par Tunde Adeyemi.",
     True),
    ("en", "Japan's Minister of Digital Affairs, Kenji Sato, received Tunde Adeyemi on Monday.", False),
    ("en", "During his visit, Japan's Minister of Digital Affairs, Kenji Sato, received Tunde Adeyemi.", False),
    ("en", "Japan's Minister of Digital Affairs, Kenji Sato, was also welcomed by a delegation led by Tunde Adeyemi.",
     False),
])
def test_visits_a_delegation_received_with_no_place_named_comes_to_the_host_s_country(
        language: str, text: str, visited: bool) -> None:
    state, layer = before(text, language, "visits")
    assert state.person_country.get("person/kenji-sato") == "jp" or "country/jp" in {f.term.id for f in state.found}
    layer(state)
    found = ("visits", "person/tunde-adeyemi", "country/jp") in relations(state, RelationType.VISITS)
    assert found == visited


@pytest.mark.parametrize(("text", "place", "country"), [
    ("التقى وزير الاقتصاد الرقمي الأردني أحمد الهناندة بوزير الاتصالات السعودي عبدالله السواحة بأديس أبابا.",
     "place/addis-ababa", "country/et"),
    ("اجتمع وزير الاقتصاد الرقمي الأردني أحمد الهناندة بوزير الاتصالات السعودي عبدالله السواحة بنيروبي.",
     "place/nairobi", "country/ke"),
])
def test_visits_an_arabic_city_glued_to_its_preposition_without_the_article_is_where_they_met(
        text: str, place: str, country: str) -> None:
    state, layer = before(text, "ar", "visits")
    assert place in {f.term.id for f in state.found}
    layer(state)
    assert relations(state, RelationType.VISITS) == {("visits", person, stop)
                                                     for person in ("person/ahmad-al-hanandeh",
                                                                    "person/abdullah-bin-amer-al-swaha")
                                                     for stop in (place, country)}


def test_visits_an_arabic_name_that_begins_with_the_letter_of_a_preposition_is_not_located() -> None:
    text = "تحدث وزير الاقتصاد الرقمي الأردني أحمد الهناندة عن تعاون مع بيروت."
    state, layer = before(text, "ar", "visits")
    assert "place/beirut" in {f.term.id for f in state.found}
    layer(state)
    assert relations(state, RelationType.VISITS) == set()


@pytest.mark.parametrize(("language", "text", "visits"), [
    ("ar", "وقعت وزارة الاتصالات الأردنية مذكرة تفاهم مع وزارة الاتصالات السعودية في الرياض. "
           "ووقع المذكرة وزير الاقتصاد الرقمي الأردني أحمد الهناندة.", True),
    ("en", "Ghana signed a memorandum of understanding with Japan in Tokyo on Monday. "
           "Ghana's Minister of Communications, Kofi Mensah, signed the memorandum of understanding.", True),
    ("en", "Ghana and Japan will sign a memorandum of understanding in Tokyo. "
           "Ghana's Minister of Communications, Kofi Mensah, signed the memorandum of understanding.", False),
])
def test_visits_the_signers_of_an_agreement_signed_abroad_in_an_earlier_sentence_are_there(
        language: str, text: str, visits: bool) -> None:
    state, layer = before(text, language, "visits")
    people = [f.term.id for f in state.found if f.term.type.value == "Person"]
    assert len(set(people)) == 1
    layer(state)
    places = {obj for _, subject, obj in relations(state, RelationType.VISITS) if subject == people[0]}
    assert (len(places) == 2) == visits


@pytest.mark.parametrize(("language", "text", "place", "country"), [
    ("en", "Attending the summit in Seoul, Ghana's Minister of Communications, Kofi Mensah, signed two deals.",
     "place/seoul", "country/kr"),
])
def test_visits_attending_an_event_abroad_opening_the_sentence_is_a_visit(
        language: str, text: str, place: str, country: str) -> None:
    state, layer = before(text, language, "visits")
    people = [f.term.id for f in state.found if f.term.type.value == "Person"]
    assert len(people) == 1
    layer(state)
    assert relations(state, RelationType.VISITS) == {("visits", people[0], place), ("visits", people[0], country)}


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "L'ambassadeur de Chine au Ghana, Kofi Mensah, a participé à la cérémonie de remise du matériel au Ghana."),
    ("en", "The Ambassador of China to Ghana, Kofi Mensah, attended the handover ceremony in Ghana."),
])
def test_visits_an_envoy_posted_to_the_country_taking_part_there_does_not_visit_it(language: str, text: str) -> None:
    state, layer = before(text, language, "visits")
    assert "person/kofi-mensah" in {f.term.id for f in state.found}
    layer(state)
    assert relations(state, RelationType.VISITS) == set()


def test_visits_the_visitor_s_own_country_named_after_the_cue_is_not_the_destination() -> None:
    text = ("Following an official visit by Ghana's Minister of Communications, Kofi Mensah, to Japan, "
            "the two sides met.")
    state, layer = before(text, "en", "visits")
    assert state.person_country.get("person/kofi-mensah") == "gh"
    layer(state)
    assert ("visits", "person/kofi-mensah", "country/jp") in relations(state, RelationType.VISITS)


def test_visits_the_visitor_s_own_country_paired_with_another_leaves_no_destination() -> None:
    text = "The visit strengthened ties between Ghana and Japan, said Ghana's Minister of Communications, Kofi Mensah."
    state, layer = before(text, "en", "visits")
    assert state.person_country.get("person/kofi-mensah") == "gh"
    layer(state)
    assert relations(state, RelationType.VISITS) == set()


def test_visits_a_country_set_off_by_a_spaced_dash_is_a_pair_not_a_destination() -> None:
    text = "Le ministre sénégalais, Moussa Ndiaye, a pris part au sommet des affaires Japon – Afrique de l'Ouest."
    state, layer = before(text, "fr", "visits")
    assert "country/jp" in {f.term.id for f in state.found}
    layer(state)
    assert relations(state, RelationType.VISITS) == set()


def test_visits_who_signs_beside_an_envoy_posted_to_the_country_is_at_home() -> None:
    text = ("The minister of trade, Dr. Paul Mensah, and the High Commissioner of Canada to Ghana, Anne Tremblay, "
            "signed an agreement in Accra on Monday.")
    state, layer = before(text, "en", "visits")
    assert {"person/paul-mensah", "person/anne-tremblay"} <= {f.term.id for f in state.found}
    layer(state)
    assert relations(state, RelationType.VISITS) == set()
