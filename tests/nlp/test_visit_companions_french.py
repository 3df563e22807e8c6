"""French visits: "en compagnie de" and "et son collègue" name a companion, who goes where the visitor
goes; "représente X au sommet" is a trip; "effectuera une visite" is not yet made."""

from __future__ import annotations

from kg.models import RelationType
from kg.nlp import Extractor
from tests.support.layer_run import before, relations
from tests.support.nlp_support import relations as all_relations
from tests.support.nlp_support import run


def _visited(text: str, language: str = "fr") -> set[tuple[str, str, str]]:
    state, layer = before(text, language, "visits")
    layer(state)
    return relations(state, RelationType.VISITS)


def test_visits_french_in_the_company_of_names_a_companion_who_travels_too() -> None:
    text = ("Le président ghanéen, Kofi Mensah, est arrivé jeudi soir à Dakar, en compagnie de son épouse "
            "Ama Mensah, pour prendre part au forum régional.")
    found = _visited(text)
    assert ("visits", "person/kofi-mensah", "place/dakar") in found
    assert ("visits", "person/ama-mensah", "place/dakar") in found
    assert ("visits", "person/ama-mensah", "country/sn") in found


def test_visits_french_representing_the_head_of_state_at_a_summit_abroad_is_a_trip() -> None:
    text = ("Kofi Mensah, le ministre ghanéen des Affaires étrangères, représente le chef de l'Etat au 2e sommet "
            "régional qui s'est ouvert lundi à Dakar.")
    found = _visited(text)
    assert ("visits", "person/kofi-mensah", "place/dakar") in found


def test_visits_french_a_visit_in_the_future_tense_is_not_yet_made() -> None:
    text = "Le président ghanéen, Kofi Mensah, effectuera une visite officielle à Dakar le mois prochain."
    assert not _visited(text)



def test_visits_french_the_visitor_s_colleague_travels_too(extractor: Extractor) -> None:
    text = ("En séjour au Sénégal à l'occasion du 12e Congrès de l'Union africaine des télécommunications (UAT) qui "
            "se déroule actuellement à Dakar, le ministre ghanéen des Télécommunications, Kofi Mensah, et son "
            "collègue togolais, Komi Adjavon, ont profité pour échanger avec le Premier ministre sénégalais "
            "Moussa Ndiaye.")
    found = {r for r in all_relations(run(extractor, text, "fr")) if r[0] == "visits"}
    assert ("visits", "person/kofi-mensah", "place/dakar") in found
    assert ("visits", "person/komi-adjavon", "place/dakar") in found
    assert ("visits", "person/komi-adjavon", "country/sn") in found
    assert not {o for _, s, o in found if s == "person/moussa-ndiaye"}
