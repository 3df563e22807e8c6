"""An agreement told again in other words is the same agreement, on sentences written for the purpose:
"this new agreement" after the memorandum it refers back to."""

from __future__ import annotations

import pytest

from kg.models import Article
from kg.nlp import Extractor
from kg.readers import Document
from tests.support.nlp_support import run


def agreements(extractor: Extractor, text: str, language: str) -> set[str]:
    return {e.id for e in run(extractor, text, language).entities if e.type.value == "Agreement"}


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Kenya and Ghana signed a memorandum of understanding on cybersecurity on Monday. This new agreement "
           "strengthens the cooperation between the two countries."),
    ("fr", "Le Kenya et le Ghana ont signé lundi un protocole d'accord sur la cybersécurité. Cette nouvelle "
           "convention renforce la coopération entre les deux pays."),
])
def test_nlp_a_new_agreement_after_this_or_the_refers_back(extractor: Extractor, language: str, text: str) -> None:
    assert agreements(extractor, text, language) == {
        "agreement/ghana-kenya-memorandum-of-understanding-on-cybersecurity"}


@pytest.mark.parametrize(("language", "text", "agreement"), [
    ("fr", "Le Kenya et le Ghana ont signé lundi une convention sur la cybersécurité. Un accord a en effet été "
           "signé à Accra entre les deux pays.", "agreement/ghana-kenya-convention-on-cybersecurity"),
    ("en", "Kenya and Ghana signed a convention on cybersecurity on Monday. An agreement was signed in Accra by "
           "the two countries.", "agreement/ghana-kenya-convention-on-cybersecurity"),
])
def test_nlp_a_bare_agreement_word_after_another_kind_is_the_same_agreement(extractor: Extractor, language: str,
                                                                          text: str, agreement: str) -> None:
    assert agreements(extractor, text, language) == {agreement}


@pytest.mark.parametrize(("language", "text", "agreement"), [
    ("fr", "Cet accord renforce la coopération entre le Kenya et le Ghana. Le Kenya et le Ghana ont signé lundi un "
           "protocole d'accord sur la cybersécurité.",
     "agreement/ghana-kenya-memorandum-of-understanding-on-cybersecurity"),
    ("en", "Kenya and Ghana have signed an accord to promote cooperation. The memorandum of understanding was "
           "signed in Nairobi on Monday.", "agreement/ghana-kenya-memorandum-of-understanding"),
])
def test_nlp_a_bare_agreement_takes_the_precise_kind_it_is_told_again_by(extractor: Extractor, language: str,
                                                                       text: str, agreement: str) -> None:
    extraction = run(extractor, text, language)
    assert {e.id for e in extraction.entities if e.type.value == "Agreement"} == {agreement}
    assert {("signs", "country/ke", agreement), ("signs", "country/gh", agreement)} <= {
        (r.type.value, r.subject, r.object) for r in extraction.relations}


def test_nlp_an_agreement_named_by_the_first_word_of_a_later_phrase_is_that_one(extractor: Extractor) -> None:
    text = ("Le Kenya et le Ghana ont signé lundi une convention. Le ministre kényan Peter Otieno a reçu son "
            "homologue ghanéen Kwame Mensah à Nairobi. Les deux pays ont ensuite signé une convention de "
            "coopération.")
    assert agreements(extractor, text, "fr") == {"agreement/ghana-kenya-cooperation-agreement"}


def test_nlp_a_bare_agreement_named_only_in_the_headline_is_the_one_told_below(extractor: Extractor) -> None:
    headline = "Kenya, Ghana in Cybersecurity Cooperation Pact"
    text = f"{headline}\n\nKenya and Ghana have signed a memorandum of understanding on cybersecurity in Nairobi."
    article = Article(id="test", title=headline, language="en", published="2025-06-12")
    extraction = extractor.extract(Document(article=article, text=text, origin="test"))
    assert {e.id for e in extraction.entities if e.type.value == "Agreement"} == {
        "agreement/ghana-kenya-memorandum-of-understanding-on-cybersecurity"}


def test_nlp_an_agreement_named_first_without_parties_is_the_first_of_its_kind_named_with_them(
        extractor: Extractor) -> None:
    text = ("National Digital Authority, Office of Cloud Computing sign MoU\n\nThe National Digital Authority and "
            "the Office of Cloud Computing have signed a Memorandum of Understanding to train civil servants in "
            "cloud computing.\n\nThe MoU was signed by Paul Mbarga and Alice Wanjiru.")
    extraction = run(extractor, text, "en")
    found = [e for e in extraction.entities if e.type.value == "Agreement"]
    assert len(found) == 1 and found[0].name.startswith("National Digital Authority-Office of Cloud Computing ")
    assert {("signs", "person/paul-mbarga", found[0].id), ("signs", "person/alice-wanjiru", found[0].id)} <= {
        (r.type.value, r.subject, r.object) for r in extraction.relations}


@pytest.mark.parametrize(("language", "text", "agreement"), [
    ("en", "Kenya and Ghana enter a cooperation agreement. Kenya signed a memorandum of understanding with Ghana "
           "in Accra on Monday.", "agreement/ghana-kenya-memorandum-of-understanding"),
    ("en", "Kenya signed a memorandum of understanding with Ghana in Accra on Monday. The partnership agreement "
           "was signed by Kenya and Ghana after long talks.", "agreement/ghana-kenya-memorandum-of-understanding"),
    ("fr", "Le Kenya et le Ghana concluent un accord de coopération. Le Kenya a signé lundi à Accra un protocole "
           "d'accord avec le Ghana.", "agreement/ghana-kenya-memorandum-of-understanding"),
])
def test_nlp_a_loose_kind_in_another_sentence_describes_the_precise_one(extractor: Extractor, language: str,
                                                                       text: str, agreement: str) -> None:
    assert agreements(extractor, text, language) == {agreement}
