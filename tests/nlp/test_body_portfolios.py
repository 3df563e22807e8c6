"""Ministries named from their portfolios: portfolios of technology, industry and the arts, and a pair
of one-word portfolios listed beside others."""

from __future__ import annotations

import pytest

from kg.nlp import Extractor
from kg.nlp.names import ministry_name
from tests.support.nlp_support import run


def bodies(extractor: Extractor, text: str, language: str) -> set[str]:
    return {e.name for e in run(extractor, text, language).entities if e.type.value == "GovernmentBody"}


def test_a_pair_of_one_word_portfolios_is_listed_beside_others() -> None:
    assert ministry_name(["Digital Economy", "Posts and Telecommunications"]) == \
        "Ministry of Digital Economy, Posts and Telecommunications"
    assert ministry_name(["Posts and Telecommunications"]) == "Ministry of Posts and Telecommunications"


def test_a_compound_portfolio_of_longer_words_stays_whole() -> None:
    assert ministry_name(["Post", "Information and Communication Technologies"]) == \
        "Ministry of Post and Information and Communication Technologies"


@pytest.mark.parametrize(("language", "text", "whole", "cut"), [
    ("fr", "Le ministre de l'Économie numérique, de la Culture et des Arts du Togo, Paul Amegan, a reçu lundi à "
           "Lomé une délégation béninoise.",
     "Ministry of Digital Economy, Culture and Arts of Togo", "Ministry of Digital Economy and Culture of Togo"),
    ("en", "The Minister of Digital Development, Innovation and Aerospace Industry of Kazakhstan, Arman Sadykov, met "
           "his Uzbek counterpart in Tashkent on Monday.",
     "Ministry of Digital Development, Innovation and Aerospace Industry",
     "Ministry of Digital Development, Innovation and Industry of Kazakhstan"),
])
def test_the_arts_and_aerospace_industry_are_portfolios(extractor: Extractor, language: str, text: str, whole: str,
                                                        cut: str) -> None:
    found = bodies(extractor, text, language)
    assert whole in found
    assert cut not in found


def test_a_known_ministry_from_a_title_in_other_words(extractor) -> None:
    text = ("Le vice-ministre azerbaïdjanais des Transports, de la Communication et des Hautes technologies, "
            "Elchin Mammadov, a rencontré mardi à Bakou une délégation géorgienne.")
    found = bodies(extractor, text, "fr")
    assert "Ministry of Transport, Communications and High Technologies" in found
    assert not any(name.startswith("Ministry of Transport, Communication and") for name in found)


def test_a_list_of_portfolios_ends_at_a_word_outside_it(extractor) -> None:
    text = ("Le ministère gabonais du Développement numérique et des Médias sur la cybersécurité a présenté "
            "lundi son rapport à Libreville.")
    found = bodies(extractor, text, "fr")
    assert any(name.startswith("Ministry of Digital Development and Media") for name in found)
    assert not any("Cyber Security" in name for name in found)
