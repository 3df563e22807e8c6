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
