"""Signing cues other than "sign": a joint declaration adopted ("une déclaration conjointe a été adoptée") is
signed by its parties; "inks", "put pen to paper" and "entered into" tell a signing in English. Sentences
written for the purpose."""

from __future__ import annotations

from kg.nlp import Extractor
from tests.support.nlp_support import relations, run


def _signers(extractor: Extractor, text: str, lang: str) -> set[str]:
    return {s for kind, s, _ in relations(run(extractor, text, lang)) if kind == "signs"}


def test_nlp_an_adopted_joint_declaration_is_signed_by_its_two_countries(extractor: Extractor) -> None:
    text = ("Le Portugal et le Sénégal ont tenu lundi leur sommet annuel à Lisbonne. Une déclaration conjointe "
            "sur le numérique a été adoptée par les deux pays à l'issue de la rencontre.")
    assert {"country/pt", "country/sn"} <= _signers(extractor, text, "fr")


def test_nlp_a_strategy_adopted_under_a_declaration_is_no_signing(extractor: Extractor) -> None:
    text = ("Le Sénégal a adopté une stratégie numérique qui s'appuie sur la déclaration conjointe "
            "franco-sénégalaise.")
    assert not _signers(extractor, text, "fr")


def test_nlp_countries_that_ink_a_deal_sign_it(extractor: Extractor) -> None:
    text = "Chile and Kenya ink a memorandum of understanding on satellite data."
    assert {"country/cl", "country/ke"} <= _signers(extractor, text, "en")


def test_nlp_countries_that_put_pen_to_paper_sign(extractor: Extractor) -> None:
    text = "Chile and Kenya put pen to paper on a memorandum of understanding on satellite data on Monday."
    assert {"country/cl", "country/ke"} <= _signers(extractor, text, "en")


def test_nlp_the_parties_by_whom_an_agreement_was_reached_sign_it(extractor: Extractor) -> None:
    text = ("Poland and Japan on Monday agreed to promote their cooperation in e-government. The agreement was "
            "reached by the Polish Ministry of Digital Affairs and the Cabinet Office of Japan at a ceremony in "
            "Warsaw.")
    assert {"country/pl", "country/jp"} <= _signers(extractor, text, "en")
