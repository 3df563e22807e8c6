"""A place of no known country followed at once by a country's name ("à Kpalimé-Nord, au Ghana", "à X (Ghana)")
is in that country (kg/nlp/placed.py): talks held there are a visit to both."""

from __future__ import annotations

from tests.support.nlp_support import relations, run

TALKS = ("Le ministre togolais du Numérique, Koffi Agbeko, a rencontré mardi à Kpalimé-Nord{} le ministre "
         "ghanéen des Communications, Kwame Boateng.")


def test_place_followed_by_its_country_is_visited_with_it(extractor) -> None:
    found = relations(run(extractor, TALKS.format(", au Ghana,"), "fr"))
    assert ("visits", "person/koffi-agbeko", "place/kpalime-nord") in found, found
    assert ("visits", "person/koffi-agbeko", "country/gh") in found, found
    assert not any(r[0] == "visits" and r[1] == "person/kwame-boateng" for r in found), found


def test_place_in_brackets_with_its_country(extractor) -> None:
    found = relations(run(extractor, TALKS.format(" (Ghana)"), "fr"))
    assert ("visits", "person/koffi-agbeko", "country/gh") in found, found


def test_place_with_no_country_written_is_no_visit(extractor) -> None:
    found = relations(run(extractor, TALKS.format(""), "fr"))
    assert not any(r[0] == "visits" for r in found), found
