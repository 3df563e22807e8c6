"""Signers named after the signing verb of a sentence that only refers back to the agreement, and signers of
one deal of a list cut by semicolons."""

from __future__ import annotations

import pytest

from kg.models import EntityType as E
from kg.nlp import Extractor
from kg.nlp.relations import SentenceRules
from kg.nlp.signatures import SignatureRules
from tests.support.article_state import mention, state_for, term
from tests.support.nlp_support import relations, run


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Le Ghana et le Togo ont conclu hier à Lomé une lettre d'intention sur la fibre optique. "
           "Cette lettre, qui fixe les priorités des deux pays, a été signée par le ministre Paul Mbarga et par "
           "la ministre Jeanne Ndong."),
    ("en", "Ghana and Togo concluded a letter of intent on fibre optics in Lome yesterday. "
           "This letter, which sets the priorities of both countries, was signed in Lome by minister Paul "
           "Mbarga and minister Jeanne Ndong."),
])
def test_nlp_people_named_after_signed_by_sign_the_agreement_referred_back_to(
        extractor: Extractor, language: str, text: str) -> None:
    signers = {s for kind, s, _ in relations(run(extractor, text, language)) if kind == "signs"}
    assert {"person/paul-mbarga", "person/jeanne-ndong"} <= signers


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Le Ghana et le Togo ont conclu hier à Lomé une lettre d'intention sur la fibre optique. "
           "Cette lettre a été signée par la suite en présence de Paul Mbarga."),
    ("en", "Ghana and Togo concluded a letter of intent on fibre optics in Lome yesterday. "
           "This letter was later signed in the presence of Paul Mbarga."),
])
def test_nlp_a_witness_named_after_the_signing_verb_does_not_sign(extractor: Extractor, language: str,
                                                                  text: str) -> None:
    signers = {s for kind, s, _ in relations(run(extractor, text, language)) if kind == "signs"}
    assert "person/paul-mbarga" not in signers


def test_nlp_a_signer_named_only_in_another_deal_segment_does_not_sign_this_one() -> None:
    text = ("The deals signed today include: a letter of intent between Acme and Globex; a cooperation agreement "
            "between Initech and Umbrella.")
    state = state_for(text, "en")
    letter = mention(state, "letter of intent", term(E.AGREEMENT, "Acme-Globex Letter of Intent"))
    deal = mention(state, "cooperation agreement", term(E.AGREEMENT, "Initech-Umbrella Cooperation Agreement"))
    for name in ("Acme", "Globex", "Initech", "Umbrella"):
        mention(state, name, term(E.ORGANIZATION, name))
    rules = SignatureRules(SentenceRules(state))
    signers = ["org/acme", "org/globex", "org/initech", "org/umbrella", "person/kept-elsewhere"]
    sentence, cue = state.sentences[0], text.index("signed")
    assert rules.in_segment(sentence, letter.id, signers, cue) == ["org/acme", "org/globex", "person/kept-elsewhere"]
    assert rules.in_segment(sentence, deal.id, signers, cue) == ["org/initech", "org/umbrella", "person/kept-elsewhere"]
