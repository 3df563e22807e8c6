"""Agreements told apart: "two cooperation agreements" are two, between the same parties when their subjects are
told ("on cybersecurity and on training") or one with each partner listed after "with"; a count never told apart
is no agreement; a count told again is the same group; "the MoU with Benin" is Benin's (sentences written for
the purpose)."""

from __future__ import annotations

import pytest

from kg.models import Extraction
from kg.nlp import Extractor
from tests.support.nlp_support import relations, run


def deals(extraction: Extraction) -> set[str]:
    return {e.id for e in extraction.entities if e.type.value == "Agreement"}


def signers(extraction: Extraction, deal: str) -> set[str]:
    return {s for kind, s, o in relations(extraction) if kind == "signs" and o == deal}


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Le Ghana et le Togo ont signé mardi deux nouveaux accords de coopération, sur la cybersécurité et sur "
           "la formation. Samuel Owusu et Awa Kone ont signé deux accords de coopération pour un montant de dix "
           "millions d'euros."),
    ("en", "Ghana and Togo signed two new cooperation agreements on Tuesday, on cybersecurity and on training. "
           "Samuel Owusu and Awa Kone signed two cooperation agreements worth ten million euros."),
])
def test_counted_agreements_two_deals_between_the_same_parties(extractor: Extractor, language: str,
                                                               text: str) -> None:
    extraction = run(extractor, text, language)
    found = deals(extraction)
    assert len(found) == 2
    for deal in found:
        assert {"country/gh", "country/tg", "person/samuel-owusu", "person/awa-kone"} <= signers(extraction, deal)


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "L'Agence Nationale du Numérique a signé jeudi trois protocoles d'accord avec Orange, "
           "Huawei et Ericsson."),
    ("en", "The Digital Agency of Ghana signed three memoranda of understanding with Orange, Huawei and "
           "Ericsson on Thursday."),
])
def test_counted_agreements_one_deal_with_each_partner_listed(extractor: Extractor, language: str,
                                                              text: str) -> None:
    extraction = run(extractor, text, language)
    found = deals(extraction)
    assert len(found) == 3
    partners = [signers(extraction, deal) & {"org/orange", "org/huawei", "org/ericsson"} for deal in found]
    assert sorted(len(p) for p in partners) == [1, 1, 1]
    assert set().union(*partners) == {"org/orange", "org/huawei", "org/ericsson"}
    assert all("Memorandum of Understanding" in e.name for e in extraction.entities if e.id in found)


def test_counted_agreements_the_kind_in_brackets_names_them(extractor: Extractor) -> None:
    text = "Ghana and Togo signed two agreements (MoUs) on Tuesday, on cybersecurity and on training."
    names = {e.name for e in run(extractor, text, "en").entities if e.type.value == "Agreement"}
    assert len(names) == 2 and all("Memorandum of Understanding" in n for n in names)


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Deux accords ont été signés mardi entre le Ghana et le Togo lors de la visite du président togolais."),
    ("fr", "Le Ghana et le Togo ont signé deux protocoles d'accord, axés sur la cybersécurité et la formation."),
    ("en", "Ghana and Togo signed two new cooperation agreements on Tuesday in Accra."),
    ("fr", "Le ministère a signé trois protocoles d'accord avec des sociétés étrangères."),
    ("en", "Ghana and Togo signed seven memoranda of understanding on Tuesday."),
    ("en", "Ghana and Togo will sign two cooperation agreements on Tuesday."),
])
def test_counted_agreements_left_alone_when_they_cannot_be_told_apart(extractor: Extractor, language: str,
                                                                       text: str) -> None:
    assert len(deals(run(extractor, text, language))) <= 1


def test_counted_agreements_the_person_of_each_listed_partner_signs_its_own(extractor: Extractor) -> None:
    text = ("The Digital Agency of Ghana signed two memoranda of understanding with the following partners:\n"
            "1) Orange, represented by its director Samuel Owusu;\n"
            "2) Ericsson, represented by its director Awa Kone.")
    extraction = run(extractor, text, "en")
    by_partner = {p: deal for deal in deals(extraction) for p in signers(extraction, deal)
                  if p in ("org/orange", "org/ericsson")}
    assert set(by_partner) == {"org/orange", "org/ericsson"}
    assert "person/samuel-owusu" in signers(extraction, by_partner["org/orange"])
    assert "person/samuel-owusu" not in signers(extraction, by_partner["org/ericsson"])
    assert "person/awa-kone" in signers(extraction, by_partner["org/ericsson"])


def test_counted_agreements_two_deals_joined_by_and_are_both_signed(extractor: Extractor) -> None:
    text = ("Le Ghana et le Togo ont conclu un accord de coopération sur la cybersécurité. Les deux pays ont aussi "
            "adopté une déclaration commune. La convention et la déclaration commune ont été signées à Accra par "
            "Samuel Owusu et Awa Kone.")
    extraction = run(extractor, text, "fr")
    found = deals(extraction)
    assert len(found) == 2
    for deal in found:
        assert {"person/samuel-owusu", "person/awa-kone"} <= signers(extraction, deal)


def test_counted_agreements_the_deal_with_one_partner_is_that_partner_s(extractor: Extractor) -> None:
    text = ("Ghana's cabinet approved three memoranda of understanding with Togo, Benin and Senegal. Ghana and Togo "
            "signed a memorandum of understanding on cybersecurity in March. The Benin MoU was signed in May. The "
            "MoU with Senegal was signed in June.")
    extraction = run(extractor, text, "en")
    parties = {frozenset(signers(extraction, deal)) for deal in deals(extraction)}
    assert {frozenset({"country/gh", "country/bj"}), frozenset({"country/gh", "country/sn"})} <= parties


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Le ministère sénégalais du Numérique a signé lundi trois protocoles d'entente avec Microsoft, Huawei et "
           "une jeune pousse locale."),
    ("en", "The Kenyan Ministry of ICT signed three memoranda of understanding on Monday with Microsoft, Huawei and "
           "a local start-up."),
])
def test_counted_agreements_one_with_each_partner_named_when_not_all_are(extractor: Extractor, language: str,
                                                                         text: str) -> None:
    extraction = run(extractor, text, language)
    found = deals(extraction)
    assert len(found) == 2
    assert [d for d in found if "microsoft" in d and "huawei" not in d]
    assert [d for d in found if "huawei" in d and "microsoft" not in d]
    for deal in found:
        assert {s for s in signers(extraction, deal) if s.startswith("body/")}
        assert not {"org/microsoft", "org/huawei"} <= signers(extraction, deal)


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Le Ghana et le Togo ont signé mardi trois protocoles d'accord. Un mémorandum d'entente a été signé "
           "entre le ministère ghanéen du Numérique et la société Orange, représentée par Samuel Owusu."),
    ("en", "Ghana and Togo signed three memoranda of understanding on Tuesday. A memorandum of understanding was "
           "signed between the Ministry of Digital Affairs of Ghana and the company Orange, represented by "
           "Samuel Owusu."),
])
def test_counted_agreements_told_one_by_one_make_none_of_their_own(extractor: Extractor, language: str,
                                                                   text: str) -> None:
    extraction = run(extractor, text, language)
    found = deals(extraction)
    assert found and not [d for d in found if "-of-3" in d]
    assert any("org/orange" in signers(extraction, d) for d in found)
