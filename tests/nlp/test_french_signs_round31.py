"""French names run over "de l'" and signings told as still to come, on sentences written for the purpose."""

from __future__ import annotations

from kg.models import EntityType
from kg.nlp import Extractor
from tests.support.article_state import state_for


def _people(extractor: Extractor, text: str) -> set[str]:
    state = state_for(text, "fr")
    extractor.layers("fr").mentions(state)
    return {f.term.name for f in state.found if f.term.type is EntityType.PERSON}


def test_nlp_a_surname_after_de_l_belongs_to_the_name(extractor: Extractor) -> None:
    people = _people(extractor, "Le secrétaire exécutif, Paul Henri de l'Isle, a reçu mardi la délégation togolaise.")
    assert "Paul Henri de l'Isle" in people
    assert "Paul Henri" not in people


def test_nlp_a_body_after_de_l_is_no_surname(extractor: Extractor) -> None:
    people = _people(extractor, "Le directeur Marc Lemoine de l'Agence nationale du numérique a signé la convention.")
    assert "Marc Lemoine" in people
    assert not [p for p in people if "Agence" in p]
