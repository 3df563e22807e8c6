"""Descriptions read as people: a title right before a name is that person's, and a description with
a demonym named before its person stands for one of the same post."""

from __future__ import annotations

from kg.nlp import Extractor
from tests.support.nlp_support import named_facts


def visits(extractor: Extractor, text: str, language: str) -> set[tuple[str, str, str]]:
    return named_facts(extractor, text, language, "visits")


def test_a_title_right_before_a_name_is_that_persons(extractor: Extractor) -> None:
    """"du ministre M. Jean Dupuis": the word "ministre" is Dupuis's title, not the Senegalese minister named
    before; the visit to Senegal is Dupuis's."""
    text = ("Le ministre sénégalais du Numérique, Awa Ndiaye, et le ministre belge de la Coopération, Jean Dupuis, "
            "ont signé un accord à Dakar. La visite de travail du ministre M. Jean Dupuis du 3 au 5 mars au Sénégal "
            "vise à renforcer les relations entre les deux pays.")
    found = visits(extractor, text, "fr")
    assert ("visits", "Jean Dupuis", "Senegal") in found
    assert not any(subject == "Awa Ndiaye" for _, subject, _ in found)


def test_a_description_named_later_has_the_same_post(extractor: Extractor) -> None:
    """"la visite du président togolais en Allemagne", the Togolese minister named first and the president
    later: the description stands for the president, who visits Germany; the minister does not."""
    text = ("Le Togo et l'Allemagne ont conclu un accord lors de la visite du président togolais en Allemagne. "
            "Le ministre togolais de l'Économie, Kodjo Amavi, a salué l'accord. "
            "Le président togolais, Jean-Pierre Agbodjan, a effectué une visite officielle en Allemagne.")
    found = visits(extractor, text, "fr")
    assert ("visits", "Jean-Pierre Agbodjan", "Germany") in found
    assert ("visits", "Kodjo Amavi", "Germany") not in found
