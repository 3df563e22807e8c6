"""A demonym several countries share ("congolais": both Congos) is the one of them the article names by its
name or its capital, else the headline or the outlet names (kg/nlp/qualify.py, shared_demonyms)."""

from __future__ import annotations

from tests.support.nlp_support import headline_posts as posts


def test_shared_demonym_is_the_named_countrys(extractor) -> None:
    text = ("Brazzaville, le 8 avril. Le ministre congolais des Postes, Jean Mabiala, a signé mardi avec Nokia un "
            "accord sur la fibre optique. Le réseau couvrira tout le Congo d'ici deux ans.")
    found = posts(extractor, "Fibre optique : un accord signé", text, "fr")
    assert not any("Democratic Republic of the Congo" in (r[1], r[2]) for r in found), found
    assert any(r[0] == "partOf" and r[2] == "Republic of the Congo" for r in found), found


def test_shared_demonym_is_the_country_the_headline_names(extractor) -> None:
    text = ("Le ministre congolais des Postes, Jean Mabiala, a visité mardi deux usines à Libreville. La "
            "délégation congolaise a rencontré des entreprises gabonaises du secteur des télécommunications.")
    found = posts(extractor, "Le Gabon veut aider le Congo à couvrir ses zones rurales", text, "fr")
    assert not any("Democratic Republic of the Congo" in (r[1], r[2]) for r in found), found
    assert any(r[0] == "partOf" and r[2] == "Republic of the Congo" for r in found), found
