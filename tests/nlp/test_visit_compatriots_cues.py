"""Visits: the visitor's compatriots who sign or meet during the trip, and French cues of taking part or passing by."""

from __future__ import annotations

import pytest

from kg.models import RelationType
from tests.support.layer_run import before, relations


def test_visits_a_compatriot_who_signs_during_the_trip_travels_along() -> None:
    text = ("Lors de la visite d'État du président Jean Dupont au Sénégal, Awa Ndiaye, ministre sénégalaise du "
            "Numérique, et Paul Martin, ministre français de l'Industrie, ont signé un accord.")
    state, layer = before(text, "fr", "visits")
    layer(state)
    visits = relations(state, RelationType.VISITS)
    assert ("visits", "person/paul-martin", "country/sn") in visits
    assert not {v for v in visits if v[1] == "person/awa-ndiaye"}


def test_visits_a_speaker_recalling_someone_else_s_trip_does_not_travel() -> None:
    text = ("Paul Martin, ministre français de l'Industrie, a rappelé la visite du président Jean Dupont au Sénégal "
            "lors d'une réunion.")
    state, layer = before(text, "fr", "visits")
    layer(state)
    assert not {v for v in relations(state, RelationType.VISITS) if v[1] == "person/paul-martin"}


@pytest.mark.parametrize("text", [
    "La participation du ministre sénégalais Moussa Ndiaye au salon organisé à Séoul a été remarquée.",
    "Le ministre sénégalais Moussa Ndiaye est passé par la Corée du Sud, à Séoul, avant de rentrer.",
    "Le ministre sénégalais Moussa Ndiaye s'exprimait lors du forum tenu à Séoul.",
])
def test_visits_french_cues_of_taking_part_or_passing_by_tell_a_trip(text: str) -> None:
    state, layer = before(text, "fr", "visits")
    layer(state)
    assert {("visits", "person/moussa-ndiaye", "place/seoul"), ("visits", "person/moussa-ndiaye", "country/kr")} \
        <= relations(state, RelationType.VISITS)


def test_visits_a_sentence_naming_no_one_sends_the_last_visitor_nowhere_in_their_own_country() -> None:
    text = ("Le ministre de la Poste, Moussa Ndiaye, et le directeur Jean Dupont ont participé au forum organisé "
            "à Séoul. "
            "Le responsable sénégalais a également été reçu au pavillon d'un opérateur, où il a été question "
            "d'investissements au Sénégal.")
    state, layer = before(text, "fr", "visits")
    layer(state)
    visits = relations(state, RelationType.VISITS)
    assert ("visits", "person/jean-dupont", "place/seoul") in visits
    assert not {v for v in visits if v[2] == "country/sn"}
