"""Visit cues of the packs: a delegation or taking part in an event abroad (Arabic), and trips still to come.

Sentences written for the purpose."""

from __future__ import annotations

import pytest

from kg.models import RelationType
from tests.support.layer_run import before, relations

IN_RIYADH = {("visits", "person/ahmad-al-hanandeh", "place/riyadh"),
             ("visits", "person/ahmad-al-hanandeh", "country/sa")}


@pytest.mark.parametrize("text", [
    "يضم وفد برئاسة وزير الاقتصاد الرقمي الأردني أحمد الهناندة في الرياض خبراء في الأمن السيبراني.",
    "شارك وزير الاقتصاد الرقمي الأردني أحمد الهناندة في المؤتمر الدولي للأمن السيبراني بالرياض.",
])
def test_visits_an_arabic_delegation_or_participation_abroad_is_a_visit(text: str) -> None:
    state, layer = before(text, "ar", "visits")
    assert "person/ahmad-al-hanandeh" in {f.term.id for f in state.found}
    layer(state)
    assert relations(state, RelationType.VISITS) == IN_RIYADH


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The accord was signed on Monday, two days ahead of Ghana President Kofi Mensah's state visit to Japan."),
    ("ar", "أعرب الوزير عن تطلعه إلى الزيارة المقبلة لوزير الاتصالات السعودي عبدالله السواحة إلى تونس."),
])
def test_visits_a_visit_still_to_come_is_no_visit(language: str, text: str) -> None:
    state, layer = before(text, language, "visits")
    assert any(f.term.type.value == "Person" for f in state.found)
    layer(state)
    assert relations(state, RelationType.VISITS) == set()


@pytest.mark.parametrize(("language", "text"), [
    ("ar", "استقبل وزير الاقتصاد الرقمي الأردني أحمد الهناندة وزير الاتصالات السعودي عبدالله السواحة على رأس وفد."),
    ("en", "Jordan's Minister of Digital Economy, Ahmad Hanandeh, received Saudi minister Abdullah Alswaha on Monday."),
])
def test_visits_a_guest_received_by_a_host_of_another_country_comes_to_the_hosts(language: str, text: str) -> None:
    state, layer = before(text, language, "visits")
    assert state.person_country == {"person/ahmad-al-hanandeh": "jo", "person/abdullah-bin-amer-al-swaha": "sa"}
    layer(state)
    assert relations(state, RelationType.VISITS) == {("visits", "person/abdullah-bin-amer-al-swaha", "country/jo")}


def test_visits_an_ambassador_received_where_posted_is_no_visitor() -> None:
    text = "Le ministre gabonais Paul Mba a reçu en audience l'ambassadeur de Turquie au Gabon, Ahmet Kaya."
    state, layer = before(text, "fr", "visits")
    layer(state)
    assert relations(state, RelationType.VISITS) == set()


def test_visits_the_one_welcoming_by_an_agent_word_is_no_guest() -> None:
    text = "Minister Ahmad Hanandeh of Jordan was also welcomed in Riyadh by the Saudi minister Abdullah Alswaha."
    state, layer = before(text, "en", "visits")
    layer(state)
    assert ("visits", "person/abdullah-bin-amer-al-swaha", "country/jo") not in relations(state, RelationType.VISITS)
