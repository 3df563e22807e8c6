"""Signing, on sentences written for the purpose: kinds of agreement the packs name ("a record of discussions",
"a work plan", "a strategic partnership", "le procès-verbal", "memo", "un mémorandum d'intention", "une entente
de collaboration", "وثيقة تعاون"); talks to sign, or that will result in a signing, are no signing; entering
into an agreement is; a participle after a comma still qualifies the agreement; a minister supervising the signing,
or the visitor during whose visit it took place, signs nothing; a country's genitive ("Kenya's leadership") or
place after a body or in the signing sentence ("the Department … in the Philippines", "the digital sector in
Ghana") names no party."""

from __future__ import annotations

import pytest

from kg.nlp import Extractor
from tests.support.nlp_support import relations, run


def signed(extractor: Extractor, text: str, language: str = "en") -> set[tuple[str, str]]:
    return {(s, o) for kind, s, o in relations(run(extractor, text, language)) if kind == "signs"}


@pytest.mark.parametrize(("language", "text", "agreement"), [
    ("en", "Kenya and Ghana signed a record of discussions on cybersecurity on Monday.",
     "agreement/ghana-kenya-record-of-discussions-on-cybersecurity"),
    ("en", "Kenya and Ghana signed a work plan on digital skills on Monday.",
     "agreement/ghana-kenya-work-plan-on-digital-skills"),
    ("en", "Kenya and Ghana signed a strategic partnership on artificial intelligence on Monday.",
     "agreement/ghana-kenya-strategic-partnership-on-artificial-intelligence"),
    ("en", "Kenya and Ghana sign memo on digital cooperation", "agreement/ghana-kenya-memorandum-of-understanding"),
    ("en", "Kenya and Ghana signed a memorandum of intent on cybersecurity on Monday.",
     "agreement/ghana-kenya-memorandum-of-intent-on-cybersecurity"),
    ("fr", "Le Kenya et le Ghana ont signé lundi un plan de travail sur la cybersécurité.",
     "agreement/ghana-kenya-work-plan-on-cybersecurity"),
    ("fr", "Le Kenya et le Ghana ont signé lundi un mémorandum d'intention sur la cybersécurité.",
     "agreement/ghana-kenya-memorandum-of-intent-on-cybersecurity"),
    ("fr", "Le Kenya et le Ghana ont signé lundi une entente de collaboration sur la cybersécurité.",
     "agreement/ghana-kenya-collaboration-agreement-on-cybersecurity"),
    ("fr", "Le Kenya et le Ghana ont signé lundi le procès-verbal de leur commission mixte sur la cybersécurité.",
     "agreement/ghana-kenya-minutes-on-cybersecurity"),
])
def test_nlp_a_kind_the_pack_names_is_an_agreement_its_parties_sign(extractor: Extractor, language: str,
                                                                     text: str, agreement: str) -> None:
    assert signed(extractor, text, language) == {("country/gh", agreement), ("country/ke", agreement)}


@pytest.mark.parametrize("text", [
    "Kenya is in advanced talks to sign a partnership agreement with Ghana on cybersecurity.",
    "The minister held talks with his Ghanaian counterpart, which will result in the signing of a cooperation "
    "document on cybersecurity between Kenya and Ghana.",
])
def test_nlp_talks_to_sign_are_no_signing(extractor: Extractor, text: str) -> None:
    assert signed(extractor, text) == set()


def test_nlp_a_participle_after_a_comma_qualifies_the_agreement(extractor: Extractor) -> None:
    text = ("The Cabinet chaired by Prime Minister William Ruto was apprised of a Memorandum of Understanding (MoU), "
            "signed between the Ministry of ICT of Kenya and the Ministry of Communications of Ghana on cybersecurity.")
    signers = {s for s, _ in signed(extractor, text)}
    assert signers == {"body/ministry-of-communications-of-ghana",
                       "body/ministry-of-information-communications-and-the-digital-economy"}


def test_nlp_a_country_written_with_a_genitive_is_named_as_no_party(extractor: Extractor) -> None:
    text = ("Kenya's Ministry of ICT has signed a Memorandum of Understanding with Ghana's Ministry of Communications "
            "on cybersecurity. The minister said the agreement was signed during a summit held in Accra, aimed at "
            "reinforcing Kenya's leadership in the region.")
    assert not any(s == "country/ke" for s, _ in signed(extractor, text))


def test_nlp_a_country_after_a_body_and_in_is_where_the_body_is(extractor: Extractor) -> None:
    text = ("Signing of a Memorandum of Cooperation on cybersecurity between the Ministry of ICT of Kenya and the "
            "Department of Information and Communications Technology in the Philippines.")
    signers = {s for s, _ in signed(extractor, text)}
    assert "country/ph" not in signers
    assert "body/department-of-information-and-communications-technology" in signers


@pytest.mark.parametrize("text", [
    "The Ministry of ICT of Kenya on Monday entered into a memorandum of understanding with the Ministry of "
    "Communications of Ghana on cybersecurity.",
    "Kenya and Ghana have signed a memorandum of understanding on cybersecurity. The agreement was made between "
    "the Ministry of ICT of Kenya and the Ministry of Communications of Ghana.",
])
def test_nlp_entering_into_an_agreement_or_one_made_between_bodies_is_a_signing(extractor: Extractor,
                                                                                 text: str) -> None:
    signers = {s for s, _ in signed(extractor, text)}
    assert {"body/ministry-of-communications-of-ghana",
            "body/ministry-of-information-communications-and-the-digital-economy"} <= signers


@pytest.mark.parametrize(("language", "text", "watcher"), [
    ("fr", "Le protocole d'accord a été signé par Amadou Diallo, secrétaire général du ministère de l'Économie "
           "numérique du Sénégal, et par Jean Dupont, directeur de l'Agence française de développement, sous la "
           "supervision du ministre Moussa Bocoum.", "person/moussa-bocoum"),
    ("en", "The memorandum was signed by John Kamau, Principal Secretary of the Ministry of ICT of Kenya, and by Kwame "
           "Mensah, Director of the Ghana Investment Promotion Centre, under the supervision of Minister Eliud Owalo.",
     "person/eliud-owalo"),
])
def test_nlp_a_minister_supervising_the_signing_signs_nothing(extractor: Extractor, language: str, text: str,
                                                              watcher: str) -> None:
    signers = {s for s, _ in signed(extractor, text, language)}
    assert watcher not in signers
    assert len({s for s in signers if s.startswith("person/")}) == 2


@pytest.mark.parametrize(("text", "agreement"), [
    ("وقعت الجزائر وتونس وثيقة تعاون في مجال الأمن السيبراني.",
     "agreement/algeria-tunisia-cooperation-document-on-cybersecurity"),
    ("وقعت الجزائر وتونس اتفاق التعاون الثنائي في مجال الأمن السيبراني.",
     "agreement/algeria-tunisia-bilateral-cooperation-agreement-on-cybersecurity"),
])
def test_nlp_arabic_kinds_of_agreement_the_pack_names(extractor: Extractor, text: str, agreement: str) -> None:
    assert signed(extractor, text, "ar") == {("country/dz", agreement), ("country/tn", agreement)}


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Le ministre kényan des TIC, John Kamau, et le ministre ghanéen des Communications, Kwame Mensah, ont signé "
           "lundi un protocole d'accord pour le développement du secteur numérique au Ghana."),
    ("en", "Kenyan ICT Minister John Kamau and Ghanaian Communications Minister Kwame Mensah signed a memorandum of "
           "understanding on Monday to develop the digital sector in Ghana."),
])
def test_nlp_a_country_named_as_a_place_in_the_signing_sentence_is_no_party(extractor: Extractor, language: str,
                                                                             text: str) -> None:
    signers = {s for s, _ in signed(extractor, text, language)}
    assert signers == {"person/john-kamau", "person/kwame-mensah"}


@pytest.mark.parametrize("text", [
    "The memorandum on cybersecurity was signed between Kenya and Ghana during President William Ruto's state "
    "visit to Accra.",
    "The memorandum on cybersecurity was signed by John Kamau and Kwame Mensah during President William Ruto's "
    "three-day visit to Accra.",
])
def test_nlp_the_visitor_whose_visit_the_signing_took_place_during_signs_nothing(extractor: Extractor,
                                                                                text: str) -> None:
    assert "person/william-ruto" not in {s for s, _ in signed(extractor, text)}
