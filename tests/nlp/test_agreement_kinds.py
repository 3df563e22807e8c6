"""Kinds of agreement named in the words a language borrows or uses less often, on sentences written for the
purpose: the English "Memorandum of Understanding" in French text, "memorandum" without its accent, "pact",
"a declaration" signed; and an agreement of an earlier year told apart from the one of the report."""

from __future__ import annotations

import pytest

from kg.nlp import Extractor
from tests.support.nlp_support import relations, run


@pytest.mark.parametrize(("language", "text", "agreement"), [
    ("fr", "Le Kenya et la France ont signé lundi à Nairobi un Memorandum of Understanding (MoU) sur la "
           "cybersécurité.", "agreement/france-kenya-memorandum-of-understanding-on-cybersecurity"),
    ("fr", "Le Ghana et le Portugal ont signé mardi un memorandum d'entente sur la cybersécurité.",
     "agreement/ghana-portugal-memorandum-of-understanding-on-cybersecurity"),
    ("fr", "Le Chili et l'Estonie ont conclu jeudi un pacte sur la cybersécurité.",
     "agreement/chile-estonia-agreement-on-cybersecurity"),
    ("en", "Chile and Estonia signed a pact on cybersecurity on Thursday.",
     "agreement/chile-estonia-agreement-on-cybersecurity"),
    ("fr", "Le Chili et l'Estonie ont signé jeudi une déclaration de coopération sur la cybersécurité.",
     "agreement/chile-estonia-declaration-of-cooperation-on-cybersecurity"),
    ("en", "Chile and Estonia signed a declaration of cooperation on cybersecurity on Thursday.",
     "agreement/chile-estonia-declaration-of-cooperation-on-cybersecurity"),
    ("fr", "Le Chili et l'Estonie ont signé jeudi une déclaration sur la cybersécurité.",
     "agreement/chile-estonia-declaration-on-cybersecurity"),
    ("en", "Chile and Estonia signed a declaration on cybersecurity on Thursday.",
     "agreement/chile-estonia-declaration-on-cybersecurity"),
    ("en", "In conclusion, a roadmap for the joint working group on digital transformation was signed between Chile "
           "and Estonia.", "agreement/chile-estonia-roadmap-on-digital-transformation"),
    ("fr", "Le Chili et l'Estonie ont signé jeudi un protocole d'intention sur la cybersécurité.",
     "agreement/chile-estonia-protocol-of-intent-on-cybersecurity"),
    ("en", "Chile and Estonia signed an administrative arrangement on cybersecurity on Thursday.",
     "agreement/chile-estonia-administrative-arrangement-on-cybersecurity"),
    ("fr", "Le Chili et l'Estonie ont signé jeudi un protocole de coopération sur la cybersécurité.",
     "agreement/chile-estonia-cooperation-protocol-on-cybersecurity"),
    ("en", "Chile and Estonia signed a cooperation protocol on cybersecurity on Thursday.",
     "agreement/chile-estonia-cooperation-protocol-on-cybersecurity"),
    ("ar", "وقعت تشيلي وإستونيا يوم الخميس بروتوكول تعاون في مجال الأمن السيبراني.",
     "agreement/chile-estonia-cooperation-protocol-on-cybersecurity"),
    ("fr", "Le Chili et l'Estonie ont signé jeudi un accord de prêt sur la cybersécurité.",
     "agreement/chile-estonia-loan-agreement-on-cybersecurity"),
    ("en", "Chile and Estonia signed a loan agreement on cybersecurity on Thursday.",
     "agreement/chile-estonia-loan-agreement-on-cybersecurity"),
])
def test_nlp_a_kind_of_agreement_is_read_in_the_words_the_language_uses(extractor: Extractor, language: str,
                                                                        text: str, agreement: str) -> None:
    signed = {(s, o) for kind, s, o in relations(run(extractor, text, language)) if kind == "signs"}
    assert {o for _, o in signed} == {agreement}
    assert len({s for s, _ in signed if s.startswith("country/")}) == 2


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Kenya and Ghana signed a memorandum of understanding in Nairobi on Monday. In 2015, the two countries "
           "signed a memorandum of understanding."),
    ("fr", "Le Kenya et le Ghana ont signé lundi à Nairobi un protocole d'accord. En 2015, les deux pays avaient "
           "signé un protocole d'accord."),
])
def test_nlp_an_agreement_set_in_an_earlier_year_is_another_one(extractor: Extractor, language: str,
                                                                text: str) -> None:
    signed = {(s, o) for kind, s, o in relations(run(extractor, text, language)) if kind == "signs"}
    deals = {o for _, o in signed}
    assert deals == {"agreement/ghana-kenya-memorandum-of-understanding",
                     "agreement/ghana-kenya-memorandum-of-understanding-2015"}
    assert {("country/ke", d) for d in deals} <= signed


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Le Kenya et le Ghana ont signé lundi un accord de coopération sur la cybersécurité. Le ministre kényan "
           "Peter Otieno a paraphé les documents à Nairobi."),
    ("en", "Kenya and Ghana signed a cooperation agreement on cybersecurity on Monday. Kenyan minister Peter Otieno "
           "signed these documents in Nairobi."),
])
def test_nlp_a_plural_word_referring_back_names_the_agreement_signed(extractor: Extractor, language: str,
                                                                     text: str) -> None:
    signed = {(s, o) for kind, s, o in relations(run(extractor, text, language)) if kind == "signs"}
    assert ("person/peter-otieno", "agreement/ghana-kenya-cooperation-agreement-on-cybersecurity") in signed
