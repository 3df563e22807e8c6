"""Agreements of one sentence: a second deal of another kind is its own agreement, and every deal the
signing verb governs gets its signatories (sentences written for the purpose)."""

from __future__ import annotations

import pytest

from kg.models import EntityType
from kg.nlp import Extractor
from kg.nlp.relations import SentenceRules
from tests.support.article_state import drafts, mention, state_for, term
from tests.support.nlp_support import relations, run

E = EntityType


@pytest.mark.parametrize(("language", "text", "first", "second"), [
    ("en", "Minh Tran and Awa Kone signed a memorandum of understanding and a letter of intent on Monday.",
     "memorandum of understanding", "letter of intent"),
    ("fr", "Minh Tran et Awa Kone ont signé un accord de coopération ainsi qu'une déclaration commune lundi.",
     "accord de coopération", "déclaration commune"),
])
def test_agreements_every_deal_after_the_signing_verb_is_signed(language: str, text: str, first: str,
                                                                second: str) -> None:
    state = state_for(text, language)
    mention(state, "Minh Tran", term(E.PERSON, "Minh Tran"))
    mention(state, "Awa Kone", term(E.PERSON, "Awa Kone"))
    mention(state, first, term(E.AGREEMENT, "Ghana-Togo Memorandum of Understanding"))
    mention(state, second, term(E.AGREEMENT, "Ghana-Togo Letter of Intent"))
    SentenceRules(state).relate_all()
    signed = {(d[2], d[3]) for d in drafts(state) if d[1] == "signs"}
    people = ("person/minh-tran", "person/awa-kone")
    deals = ("agreement/ghana-togo-memorandum-of-understanding", "agreement/ghana-togo-letter-of-intent")
    assert signed == {(p, d) for p in people for d in deals}


def test_agreements_a_deal_the_verb_only_follows_is_not_signed_again() -> None:
    text = "The memorandum of understanding builds on a letter of intent signed by Minh Tran in May."
    state = state_for(text, "en")
    mention(state, "Minh Tran", term(E.PERSON, "Minh Tran"))
    mention(state, "memorandum of understanding", term(E.AGREEMENT, "Ghana-Togo Memorandum of Understanding"))
    mention(state, "letter of intent", term(E.AGREEMENT, "Ghana-Togo Letter of Intent"))
    SentenceRules(state).relate_all()
    signed = {(d[2], d[3]) for d in drafts(state) if d[1] == "signs"}
    assert ("person/minh-tran", "agreement/ghana-togo-letter-of-intent") not in signed


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Le Ghana et le Togo ont signé jeudi un accord de coopération ainsi qu'une « déclaration commune » "
           "sur la cybersécurité."),
    ("en", "Ghana and Togo signed a cooperation agreement on Thursday and a \"joint declaration\" on cybersecurity."),
])
def test_agreements_a_second_deal_of_another_kind_is_its_own_agreement(extractor: Extractor, language: str,
                                                                       text: str) -> None:
    extraction = run(extractor, text, language)
    deals = {e.id for e in extraction.entities if e.type.value == "Agreement"}
    assert len(deals) == 2
    assert {("signs", party, deal) for party in ("country/gh", "country/tg") for deal in deals} <= relations(extraction)


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Signature d'un accord de coopération entre le Ghana et le Togo. Le Ghana et le Togo ont signé lundi "
           "un accord visant à développer leur coopération. L'accord a été signé par Kofi Mensah."),
    ("en", "Ghana and Togo sign a cooperation agreement. Ghana and Togo signed an agreement on Monday to "
           "deepen their cooperation. The agreement was signed by Kofi Mensah."),
])
def test_agreements_a_plain_agreement_of_the_same_parties_is_the_one_told_again(extractor: Extractor, language: str,
                                                                               text: str) -> None:
    extraction = run(extractor, text, language)
    deals = [e.name for e in extraction.entities if e.type.value == "Agreement"]
    assert deals == ["Ghana-Togo Cooperation Agreement"]


def test_agreements_an_agreement_of_another_kind_stays_another(extractor: Extractor) -> None:
    text = ("Ghana and Togo signed a partnership agreement on Monday. It builds on a cooperation agreement "
            "Ghana and Togo signed in May.")
    extraction = run(extractor, text, "en")
    assert len([e for e in extraction.entities if e.type.value == "Agreement"]) == 2


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Ghana and Togo signed a memorandum of understanding on cybersecurity on Monday. The ministers said "
           "Ghana and Togo had signed a memorandum of understanding to train engineers."),
    ("fr", "Le Ghana et le Togo ont signé lundi un mémorandum d'entente sur la cybersécurité. Selon les ministres, "
           "le Ghana et le Togo ont signé un mémorandum d'entente pour former des ingénieurs."),
])
def test_agreements_the_same_kind_between_the_same_parties_without_a_field_is_told_again(
        extractor: Extractor, language: str, text: str) -> None:
    extraction = run(extractor, text, language)
    assert len([e for e in extraction.entities if e.type.value == "Agreement"]) == 1
