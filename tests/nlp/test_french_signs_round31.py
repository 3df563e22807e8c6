"""French names run over "de l'" and signings told as still to come, on sentences written for the purpose."""

from __future__ import annotations

import pytest

from kg.models import EntityType
from kg.nlp import Extractor
from tests.support.article_state import state_for
from tests.support.nlp_support import relations, run


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


@pytest.mark.parametrize("text", [
    "Cette visite marque une étape vers la signature d'un mémorandum d'entente entre le Togo et le Bénin.",
    "Le ministre togolais a rappelé que ce projet sera concrétisé par la signature d'un protocole d'accord "
    "entre le Togo et le Bénin.",
])
def test_nlp_a_signing_still_to_come_signs_nothing(extractor: Extractor, text: str) -> None:
    assert not [r for r in relations(run(extractor, text, "fr")) if r[0] == "signs"]


def test_nlp_a_signing_that_took_place_still_signs(extractor: Extractor) -> None:
    text = "Le Togo et le Bénin ont signé mardi à Lomé un mémorandum d'entente sur la cybersécurité."
    signed = {s for kind, s, _ in relations(run(extractor, text, "fr")) if kind == "signs"}
    assert {"country/tg", "country/bj"} <= signed


def test_nlp_each_deal_told_signed_in_turn_has_its_own_signers(extractor: Extractor) -> None:
    text = ("Le président tunisien a reçu son homologue italien à Tunis. Il s'agit d'un accord de coopération dans "
            "le domaine de la santé, signé par le ministre tunisien de la Santé, Karim Ben Salah, et son homologue "
            "italien, Marco Rossi, ainsi que d'un mémorandum d'entente sur l'énergie, signé par la ministre tunisienne "
            "de l'Énergie, Leila Trabelsi, et le ministre italien de l'Énergie, Giulia Bianchi.")
    signed = {(s, o) for kind, s, o in relations(run(extractor, text, "fr")) if kind == "signs"}
    health = {o for s, o in signed if s == "person/karim-ben-salah"}
    energy = {o for s, o in signed if s == "person/leila-trabelsi"}
    assert len(health) == 1 and len(energy) == 1 and health != energy
    assert ("person/marco-rossi", *health) in signed and ("person/marco-rossi", *energy) not in signed


def test_nlp_deals_signed_together_keep_all_their_signers(extractor: Extractor) -> None:
    text = ("Le ministre tunisien de la Santé, Karim Ben Salah, et son homologue italien, Marco Rossi, ont signé un "
            "accord de coopération dans le domaine de la santé et un mémorandum d'entente sur l'énergie.")
    signed = {(s, o) for kind, s, o in relations(run(extractor, text, "fr")) if kind == "signs"}
    assert len({o for s, o in signed if s == "person/karim-ben-salah"}) == 2
