"""Who signs, on sentences written for the purpose: when "both sides" sign, the two people of the talks told
before, with their countries; people who sign in a sentence naming no agreement, the one named just before;
and nobody when the signing is still to come ("procéderont à la signature")."""

from __future__ import annotations

import pytest

from kg.nlp import Extractor
from tests.support.nlp_support import relations, run


@pytest.mark.parametrize("text", [
    "L'entretien entre M. Peter Otieno et son homologue ghanéen Kwame Mensah s'est déroulé lundi à Nairobi. Les "
    "deux parties ont ensuite signé une convention de coopération entre le Kenya et le Ghana.",
])
def test_nlp_both_sides_signing_are_the_two_people_of_the_talks(extractor: Extractor, text: str) -> None:
    signed = {(s, o) for kind, s, o in relations(run(extractor, text, "fr")) if kind == "signs"}
    deals = {o for _, o in signed}
    assert len(deals) == 1
    deal = deals.pop()
    assert {("person/peter-otieno", deal), ("person/kwame-mensah", deal)} <= signed


def test_nlp_a_signing_the_sentence_sets_in_the_future_is_no_signature(extractor: Extractor) -> None:
    text = ("Le ministre kényan Peter Otieno a reçu lundi son homologue ghanéen Kwame Mensah à Nairobi. Le Kenya et le "
            "Ghana procéderont ensuite au palais présidentiel à la signature d'un protocole d'accord sur la "
            "cybersécurité.")
    assert not {r for r in relations(run(extractor, text, "fr")) if r[0] == "signs"}


def test_nlp_people_signing_in_a_sentence_naming_no_agreement_sign_the_last_one(extractor: Extractor) -> None:
    text = ("Kenya and Ghana signed a memorandum of understanding on cybersecurity in Nairobi on Monday. Minister John "
            "Smith signed on behalf of the Kenyan government while minister David Brown signed for Ghana.")
    deal = "agreement/ghana-kenya-memorandum-of-understanding-on-cybersecurity"
    signed = {(s, o) for kind, s, o in relations(run(extractor, text, "en")) if kind == "signs"}
    assert {("person/john-smith", deal), ("person/david-brown", deal)} <= signed


def test_nlp_the_people_of_the_talks_named_as_patrons_of_the_signing_do_not_sign(extractor: Extractor) -> None:
    text = ("Le président kényan Paul Mensah et son homologue ghanéen, Kofi Boateng, ont eu un entretien lundi à "
            "Accra. Un protocole d'accord sur la cybersécurité entre les deux pays a été signé, mardi, sous la "
            "houlette de Paul Mensah et de son homologue ghanéen, Kofi Boateng.")
    found = {s for kind, s, _ in relations(run(extractor, text, "fr")) if kind == "signs"}
    assert not {"person/paul-mensah", "person/kofi-boateng"} & found


def test_nlp_both_sides_of_another_verb_do_not_sign(extractor: Extractor) -> None:
    text = ("Le ministre kényan Peter Otieno a reçu lundi son homologue ghanéen Kwame Mensah à Nairobi. Le Premier "
            "ministre a rappelé la visite et a estimé que les deux parties ont mesuré combien la relation était "
            "importante, et que la signature de cet accord sur la cybersécurité est une démonstration de la "
            "coopération.")
    found = {s for kind, s, _ in relations(run(extractor, text, "fr")) if kind == "signs"}
    assert not {"person/peter-otieno", "person/kwame-mensah"} & found


def test_nlp_both_sides_do_not_stand_for_people_named_paragraphs_before(extractor: Extractor) -> None:
    text = ("Le président kényan Peter Otieno a reçu lundi son homologue ghanéen Kwame Mensah à Nairobi.\n\n"
            "Il a ensuite visité un musée et un parc national près de la capitale.\n\n"
            "En outre, les deux parties ont signé un protocole d'accord sur la cybersécurité.")
    found = {s for kind, s, _ in relations(run(extractor, text, "fr")) if kind == "signs"}
    assert not {"person/peter-otieno", "person/kwame-mensah"} & found
