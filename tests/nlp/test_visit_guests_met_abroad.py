"""Visits and meetings: guests told by their title's demonym, met abroad.

Sentences written for the purpose."""

from __future__ import annotations

import pytest

from kg.models import RelationType
from tests.support.layer_run import before, relations


def test_visits_the_invariable_french_demonym_lao_tells_the_guest() -> None:
    text = ("La ministre Tran Thi Mai a rencontré Khamla Vongsa, vice-ministre lao des Postes, "
            "en marge du salon numérique à Hanoï.")
    state, layer = before(text, "fr", "visits")
    layer(state)
    visits = relations(state, RelationType.VISITS)
    guest = next(f.term.id for f in state.found if f.text == "Khamla Vongsa")
    assert ("visits", guest, "country/vn") in visits
    assert not any(subject != guest for _, subject, _ in visits)


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Le ministre gabonais Paul Mba a reçu mardi une délégation du groupe chinois Huawei à Libreville."),
    ("en", "Kenyan minister Jane Wanjiru welcomed a delegation from Huawei in Nairobi on Monday."),
    ("en", "Kenyan minister Jane Wanjiru received a delegation of Huawei in Nairobi on Monday."),
])
def test_meetings_the_host_of_a_body_delegation_meets_the_body(language: str, text: str) -> None:
    state, layer = before(text, language, "relations")
    layer(state)
    host = next(f.term.id for f in state.found if f.term.type.value == "Person")
    assert ("meets", host, "org/huawei") in relations(state, RelationType.MEETS)


def test_meetings_a_guest_received_by_someone_meets_no_body_of_the_delegation() -> None:
    text = "Une délégation du groupe chinois Huawei a été reçue mardi par le ministre gabonais Paul Mba."
    state, layer = before(text, "fr", "relations")
    layer(state)
    assert not any(obj == "org/huawei" for _, _, obj in relations(state, RelationType.MEETS))


def test_visits_a_town_of_no_known_country_after_the_country_visited_is_visited() -> None:
    text = ("Kenyan minister Jane Wanjiru is on a visit to Indonesia to attend the regional summit "
            "held on May 3 in Tanjung Lesung, a resort town.")
    state, layer = before(text, "en", "visits")
    town = next((f for f in state.found if f.text == "Tanjung Lesung"), None)
    assert town is not None and town.term.type.value == "Place" and not town.term.country
    layer(state)
    visitor = next(f.term.id for f in state.found if f.text == "Jane Wanjiru")
    assert ("visits", visitor, town.term.id) in relations(state, RelationType.VISITS)


@pytest.mark.parametrize("text", [
    "La visite officielle lundi du président sénégalais Macky Sall chez Paul Kagame a porté sur le numérique.",
    "Lors de la visite de Macky Sall auprès de Paul Kagame, les deux pays ont parlé de numérique.",
])
def test_meetings_a_visit_paid_to_someone_is_a_meeting_with_them(text: str) -> None:
    state, layer = before(text, "fr", "relations")
    layer(state)
    people = {f.text: f.term.id for f in state.found if f.term.type.value == "Person"}
    pair = {people["Macky Sall"], people["Paul Kagame"]}
    assert any({s, o} == pair for _, s, o in relations(state, RelationType.MEETS))
