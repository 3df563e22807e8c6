"""A person of a known country who does what a sentence tells in a city of another country visits it."""

from __future__ import annotations

from kg.nlp import Extractor
from tests.support.nlp_support import named_facts


def visits(extractor: Extractor, text: str, language: str) -> set[tuple[str, str, str]]:
    return named_facts(extractor, text, language, "visits")


def test_speaking_in_a_city_abroad_is_a_visit(extractor: Extractor) -> None:
    """"said in Nairobi": the Estonian minister is in Nairobi, so in Kenya; not in her own country."""
    text = ("Estonia's Minister of Digital Affairs, Liis Kask, said in Nairobi that the two countries would open "
            "a shared data centre next year.")
    found = visits(extractor, text, "en")
    assert {("visits", "Liis Kask", "Nairobi"), ("visits", "Liis Kask", "Kenya")} <= found
    assert ("visits", "Liis Kask", "Estonia") not in found


def test_a_city_inside_quoted_words_is_no_visit(extractor: Extractor) -> None:
    """"a souligné : « Notre pôle à Londres … »": a city told inside the words quoted is not where the
    minister speaks."""
    text = ("Le ministre tunisien du Numérique, Karim Ben Salah, a souligné : « Notre pôle de start-up à Londres "
            "grandit vite. »")
    found = visits(extractor, text, "fr")
    assert not any(subject == "Karim Ben Salah" for _, subject, _ in found)


def test_presenting_in_a_city_abroad_in_french(extractor: Extractor) -> None:
    """"a présenté à Rabat": the Tunisian minister is in Rabat, so in Morocco."""
    text = "Le ministre tunisien du Numérique, Karim Ben Salah, a présenté à Rabat la stratégie numérique de son pays."
    found = visits(extractor, text, "fr")
    assert {("visits", "Karim Ben Salah", "Rabat"), ("visits", "Karim Ben Salah", "Morocco")} <= found
    assert ("visits", "Karim Ben Salah", "Tunisia") not in found


def test_acting_in_the_city_of_the_dateline_is_a_visit(extractor: Extractor) -> None:
    """"NAIROBI, May 3 (KNA) – Estonia's minister … has called …": with no other city named, the minister is
    in the city the report is filed from; a minister of Kenya named alone there is not visiting."""
    text = ("NAIROBI, May 3 (KNA) – Estonia's Minister of Digital Affairs, Liis Kask, has called on African "
            "countries to invest in broadband networks.\n"
            "NAIROBI, May 4 (KNA) – Kenya's Minister of ICT, Peter Otieno, has called for new data centres.")
    found = visits(extractor, text, "en")
    assert {("visits", "Liis Kask", "Nairobi"), ("visits", "Liis Kask", "Kenya")} <= found
    assert not any(subject == "Peter Otieno" for _, subject, _ in found)
