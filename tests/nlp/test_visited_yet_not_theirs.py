"""A minister read to visit a country, where every other country the article names is that of an official named
beside them ("talks between the Vietnamese minister A and the minister B"), is of the visited country: the
official beside them is stronger evidence than the trip (kg/nlp/article.py `_visited_not_theirs`)."""

from __future__ import annotations

from tests.support.nlp_support import headline_posts as posts


def test_the_other_official_s_country_is_not_the_minister_s(extractor) -> None:
    text = ("Hanoï (VNA) - Séance de travail entre le ministre vietnamien de l'Information Nguyen Van An et le "
            "ministre des Affaires étrangères Peter Kovacs, en visite en Hongrie pour le salon Telecom World à "
            "Budapest. Le Vietnam et la Hongrie veulent renforcer leur coopération.")
    found = posts(extractor, "Le Vietnam et la Hongrie renforcent leur coopération", text, "fr")
    assert ("partOf", "Ministry of Foreign Affairs of Hungary", "Hungary") in found, found
    assert ("partOf", "Ministry of Foreign Affairs of Vietnam", "Vietnam") not in found, found
