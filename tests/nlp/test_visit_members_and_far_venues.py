"""Visits: the members a sentence of a trip lists go where the delegation went; a visitor's own country named
right after the trip word ("representing Tunisia") is no destination when a city abroad is named further on."""

from __future__ import annotations

from kg.nlp import Extractor
from tests.support.nlp_support import relations, run


def visits(extractor: Extractor, text: str, language: str) -> set[tuple[str, str]]:
    """The (visitor, destination) pairs extracted from a text."""
    return {(r[1], r[2]) for r in relations(run(extractor, text, language)) if r[0] == "visits"}


def person(extractor: Extractor, text: str, language: str, start: str) -> str:
    """The id of the person whose name starts with the given letters."""
    found = run(extractor, text, language)
    return next(e.id for e in found.entities if e.type.value == "Person" and e.name.startswith(start))


def test_members_listed_after_the_delegation_go_where_it_went(extractor: Extractor) -> None:
    text = ("Chilean Minister of Energy Pablo Rojas arrived in Nairobi, Kenya, on Monday. "
            "His delegation comprising Marta Fuentes, the head of the national grid, and Tomas Ibarra, "
            "an adviser to the minister, toured the port.")
    pairs = visits(extractor, text, "en")
    marta = person(extractor, text, "en", "Marta")
    assert (marta, "place/nairobi") in pairs
    assert not any(p == marta and o == "country/cl" for p, o in pairs)


def test_members_named_in_a_sentence_of_their_own_place_go_nowhere_else(extractor: Extractor) -> None:
    text = ("Chilean Minister of Energy Pablo Rojas arrived in Nairobi, Kenya, on Monday. "
            "His delegation comprising Marta Fuentes, the head of the national grid, "
            "then flew on to Lima, Peru.")
    marta = person(extractor, text, "en", "Marta")
    assert (marta, "place/nairobi") not in visits(extractor, text, "en")


def test_arabic_own_country_after_the_cue_gives_way_to_the_city_abroad(extractor: Extractor) -> None:
    text = ("شارك وزير الصحة الأردني السيد سالم أحمد، ممثلا عن المملكة الأردنية الهاشمية، في أعمال الدورة العاشرة "
            "لمجلس وزراء الصحة العرب المنعقد يوم الأحد الماضي بمدينة الدوحة بدولة قطر.")
    pairs = visits(extractor, text, "ar")
    salem = person(extractor, text, "ar", "Sal")
    assert {(salem, "place/doha"), (salem, "country/qa")} <= pairs
    assert (salem, "country/jo") not in pairs


def test_french_a_guest_received_and_those_making_the_trip_with_her_visit(extractor: Extractor) -> None:
    """"X est reçue": a present passive, X is the guest; "X effectue ce déplacement en compagnie de A et de B":
    A and B go where X went."""
    text = ("En visite officielle au Sénégal, la ministre ghanéenne du Numérique, Ama Owusu, est reçue avec tous "
            "les honneurs. Depuis lundi, Ama Owusu effectue ce déplacement en compagnie de Kojo Asante, directeur "
            "de l'Agence ghanéenne du numérique, et de Yaw Mensah, président de la Chambre de commerce du Ghana.")
    pairs = visits(extractor, text, "fr")
    assert {("person/ama-owusu", "country/sn"), ("person/kojo-asante", "country/sn"),
            ("person/yaw-mensah", "country/sn")} <= pairs
    assert not any(o == "country/gh" for _, o in pairs)
