""""Ambassador Extraordinary and Plenipotentiary of X to Y" is an envoy's title: its holder is a member of
X's embassy in Y, and no word of the title is a person. Sentences written for the purpose."""

from __future__ import annotations

from kg.nlp import Extractor
from tests.support.nlp_support import run


def test_the_full_title_of_an_ambassador_names_the_embassy(extractor: Extractor) -> None:
    text = ("The festival opened in the presence of Ambassador Extraordinary and Plenipotentiary of Kenya to Peru "
            "Wanjiru Kamau in Lima.")
    graph = run(extractor, text, "en")
    people = {e.name for e in graph.entities if e.type.value == "Person"}
    assert people == {"Wanjiru Kamau"}
    member = {(r.subject, r.object) for r in graph.relations if r.type.value == "memberOf"}
    assert ("person/wanjiru-kamau", "body/embassy-of-kenya-in-peru") in member
