"""Visits and meetings of round 18: guests told by their title's demonym, met abroad.

Sentences written for the purpose."""

from __future__ import annotations

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
