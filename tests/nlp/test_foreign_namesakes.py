"""A known body written with another country right after it ("l'ANSSI du Sénégal") is that country's
namesake, not the reference body (kg/nlp/qualify.py, foreign_namesakes); a body whose own name gives its
country ("Korea International Cooperation Agency") stays its country's when a place follows it."""

from __future__ import annotations

from tests.support.nlp_support import headline_posts as posts


def test_known_agency_with_another_country_after_it_is_that_countrys(extractor) -> None:
    text = ("Dakar, le 4 mars. Le directeur de l'Agence nationale de la sécurité des systèmes d'information "
            "(ANSSI) du Sénégal a présenté mardi un nouveau plan de formation. L'ANSSI veut former mille "
            "jeunes d'ici deux ans.")
    found = posts(extractor, "Cybersécurité : un plan de formation", text, "fr")
    parts = {r for r in found if r[0] == "partOf"}
    assert any(r[2] == "Senegal" for r in parts), found
    assert not any(r[2] == "France" for r in parts), found


def test_known_agency_named_with_its_own_country_keeps_it(extractor) -> None:
    text = ("KIGALI, May 2: The Korea International Cooperation Agency opened a new office on Monday. "
            "KOICA Rwanda will fund two coding schools, its director said.")
    found = posts(extractor, "KOICA opens an office", text, "en")
    parts = {r for r in found if r[0] == "partOf"}
    assert ("partOf", "Korea International Cooperation Agency", "South Korea") in parts, found
    assert not any(r[2] == "Rwanda" and r[1].startswith("Korea") for r in parts), found


def test_known_agency_written_with_two_countries_is_two_bodies(extractor) -> None:
    text = ("Lomé, le 9 mars. Le directeur de l'ARCEP du Niger a rencontré mardi le directeur de l'ARCEP du Mali "
            "pour préparer un accord sur l'itinérance.")
    found = posts(extractor, "Itinérance : deux régulateurs se rencontrent", text, "fr")
    countries = {r[2] for r in found if r[0] == "partOf"}
    assert {"Niger", "Mali"} <= countries, found
    assert "France" not in countries, found
