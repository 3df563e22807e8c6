"""A country signs an agreement only when the text names it as a party, not when it is only its people's or
bodies' country (sentences written for the purpose)."""

from __future__ import annotations

import pytest

from kg.nlp import Extractor
from tests.support.nlp_support import signers


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The Kenyan ICT minister Grace Wanjiru and the Ghanaian ICT minister Samuel Owusu signed a memorandum "
           "of understanding on cybersecurity on Monday."),
    ("fr", "Le ministre kényan du Numérique Grace Wanjiru et le ministre ghanéen du Numérique Samuel Owusu ont "
           "signé lundi un protocole d'accord sur la cybersécurité."),
])
def test_signers_countries_named_only_as_the_signers_countries_do_not_sign(extractor: Extractor, language: str,
                                                                           text: str) -> None:
    found = signers(extractor, text, language)
    assert {"person/grace-wanjiru", "person/samuel-owusu"} <= found
    assert not {"country/ke", "country/gh"} & found


def test_signers_countries_named_as_parties_sign(extractor: Extractor) -> None:
    text = "Kenya and Ghana signed a memorandum of understanding on cybersecurity on Monday."
    assert {"country/ke", "country/gh"} <= signers(extractor, text, "en")


def test_signers_countries_of_a_title_and_named_only_as_places_do_not_sign(extractor: Extractor) -> None:
    text = ("Kenyan and Ghanaian Prime Ministers Grace Wanjiru and Samuel Owusu signed a memorandum of "
            "understanding on cybersecurity on Monday. The memorandum foresees that a data platform, known in "
            "Kenya as the Data Bridge, will be offered in Ghana as well.")
    found = signers(extractor, text, "en")
    assert "person/samuel-owusu" in found
    assert not {"country/ke", "country/gh"} & found


def test_signers_a_country_before_a_title_of_no_person_still_signs(extractor: Extractor) -> None:
    text = "Kenya and Ghana signed a memorandum of understanding on cybersecurity in Nairobi on Monday."
    assert {"country/ke", "country/gh"} <= signers(extractor, text, "en")


@pytest.mark.parametrize(("language", "text", "people"), [
    ("en", "The Minister of Transport and Communications of Kenya and the Minister of Communication of Ghana "
           "signed a memorandum of understanding on cybersecurity in Nairobi on Monday.", set()),
    ("fr", "Le ministre des Postes, des Télécommunications et du Numérique du Kenya, Grace Wanjiru, et le ministre "
           "ghanéen du Numérique, Samuel Owusu, ont signé lundi un protocole d'accord sur la cybersécurité.",
     {"person/grace-wanjiru", "person/samuel-owusu"}),
])
def test_signers_the_country_a_title_is_of_does_not_sign(extractor: Extractor, language: str, text: str,
                                                          people: set[str]) -> None:
    found = signers(extractor, text, language)
    assert people <= found
    assert not {"country/ke", "country/gh"} & found


def test_signers_a_government_of_a_country_is_no_title(extractor: Extractor) -> None:
    text = "The Government of Kenya and the World Bank signed a financing agreement on Monday."
    assert {"country/ke", "org/world-bank"} <= signers(extractor, text, "en")


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The Kenyan ICT minister Grace Wanjiru and the Ghanaian ICT minister Samuel Owusu signed a memorandum "
           "of understanding on cybersecurity on Monday. Under the memorandum, Ghana will train engineers from "
           "Kenya."),
    ("fr", "Le ministre kényan du Numérique Grace Wanjiru et le ministre ghanéen du Numérique Samuel Owusu ont "
           "signé lundi un protocole d'accord sur la cybersécurité. Le protocole d'accord prévoit la formation "
           "d'ingénieurs du Kenya au Ghana."),
])
def test_signers_countries_named_only_in_what_the_agreement_provides_do_not_sign(extractor: Extractor,
                                                                                 language: str, text: str) -> None:
    found = signers(extractor, text, language)
    assert {"person/grace-wanjiru", "person/samuel-owusu"} <= found
    assert not {"country/ke", "country/gh"} & found


def test_signers_countries_the_agreement_is_between_sign(extractor: Extractor) -> None:
    text = ("Le ministre kényan du Numérique Grace Wanjiru et le ministre ghanéen du Numérique Samuel Owusu ont "
            "signé lundi un protocole d'accord sur la cybersécurité. Le protocole d'accord entre le Kenya et le "
            "Ghana prévoit la formation d'ingénieurs.")
    assert {"country/ke", "country/gh"} <= signers(extractor, text, "fr")


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Kenya and Ghana agreed to share expertise through a memorandum of understanding on cybersecurity "
           "signed between the Ministry of Information, Communications and the Digital Economy and the Ministry of "
           "Communications and Digitalisation on Monday."),
    ("fr", "Le Kenya et le Ghana ont convenu de partager leur expertise grâce à un protocole d'accord sur la "
           "cybersécurité signé entre le ministère de l'Économie numérique et le ministère de la Communication lundi."),
])
def test_signers_two_countries_told_as_the_parties_sign_with_their_bodies(extractor: Extractor, language: str,
                                                                         text: str) -> None:
    found = signers(extractor, text, language)
    assert {"country/ke", "country/gh"} <= found
    assert len({s for s in found if s.startswith("body/")}) == 2
