"""Regions listed right after a region's government ("les gouvernements de l'Ontario, du Manitoba et du
Yukon") are their own governments, bodies of their country (kg/nlp/qualify.py, listed_region_governments)."""

from __future__ import annotations

from tests.support.nlp_support import headline_posts as posts


def test_regions_listed_after_a_government_are_governments(extractor) -> None:
    text = ("Ottawa, le 5 juin. Les gouvernements de l'Ontario, du Manitoba et du Yukon ont lancé mardi un "
            "réseau commun de centres de données pour leurs services publics.")
    found = posts(extractor, "Un réseau commun de centres de données", text, "fr")
    parts = {r for r in found if r[0] == "partOf"}
    for region in ("Ontario", "Manitoba", "Yukon"):
        assert ("partOf", f"Government of {region}", "Canada") in parts, found


def test_region_named_as_a_place_stays_a_place(extractor) -> None:
    text = ("Toronto, June 5. The Government of Ontario opened a data centre on Tuesday; a second one will "
            "open in Manitoba next year.")
    found = posts(extractor, "A data centre opens", text, "en")
    parts = {r for r in found if r[0] == "partOf"}
    assert ("partOf", "Government of Ontario", "Canada") in parts, found
    assert not any(r[1] == "Government of Manitoba" for r in found), found
