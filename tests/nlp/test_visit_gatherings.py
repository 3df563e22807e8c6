"""Visits told by a trip verb with an adverb inside it, and by taking part in a gathering abroad."""

from __future__ import annotations

from kg.nlp import Extractor
from tests.support.nlp_support import named_facts


def visits(extractor: Extractor, text: str, language: str) -> set[tuple[str, str, str]]:
    return named_facts(extractor, text, language, "visits")


def test_a_trip_verb_with_an_adverb_inside(extractor: Extractor) -> None:
    """"s'est d'abord rendu en Ouganda": the trip verb holds with an adverb between its words."""
    text = "Avant le Kenya, le ministre arménien Karen Petrossian s'est d'abord rendu en Ouganda le 3 mai."
    found = visits(extractor, text, "fr")
    assert ("visits", "Karen Petrossian", "Uganda") in found
    assert ("visits", "Karen Petrossian", "Kenya") not in found


def test_taking_part_in_a_gathering_abroad_is_a_visit(extractor: Extractor) -> None:
    """"during the exhibition … in Dushanbe": the Kazakh minister takes part in a gathering held in a city of
    another country and visits it; the Tajik minister named beside him is at home."""
    text = ("Kazakhstan's Vice Minister of Digital Development, Aidos Serikbayev, and Tajikistan's Minister of "
            "Industry, Rustam Nazarov, presented the platform during the International Exhibition of Central Asian "
            "Producers in Dushanbe.")
    found = visits(extractor, text, "en")
    assert {("visits", "Aidos Serikbayev", "Dushanbe"), ("visits", "Aidos Serikbayev", "Tajikistan")} <= found
    assert not any(subject == "Rustam Nazarov" for _, subject, _ in found)


def test_taking_part_in_a_gathering_abroad_in_french(extractor: Extractor) -> None:
    """"lors de la Semaine du numérique, tenue à Conakry": the Burkinabe minister visits Conakry and Guinea."""
    text = ("La ministre burkinabè du Numérique, Awa Ouédraogo, a présenté la stratégie de son pays lors de la "
            "Semaine du numérique, tenue à Conakry.")
    found = visits(extractor, text, "fr")
    assert {("visits", "Awa Ouédraogo", "Conakry"), ("visits", "Awa Ouédraogo", "Guinea")} <= found
    assert ("visits", "Awa Ouédraogo", "Burkina Faso") not in found


def test_a_gathering_told_as_held_in_a_city_in_french(extractor: Extractor) -> None:
    """"au Salon … qui s'est tenu à Lomé": the Senegalese minister takes part in a gathering told as held in a
    city of another country, with no "lors de" before it, and visits that city and its country."""
    text = ("Le ministre sénégalais du Numérique, Amadou Diallo, a présenté ses projets au Salon africain des "
            "données qui s'est tenu à Lomé.")
    found = visits(extractor, text, "fr")
    assert {("visits", "Amadou Diallo", "Lomé"), ("visits", "Amadou Diallo", "Togo")} <= found
    assert ("visits", "Amadou Diallo", "Senegal") not in found
