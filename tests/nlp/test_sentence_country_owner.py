"""A body of no country of its own takes the one country its sentence names, unless another body of that
sentence is that country's own: then it is the other country of an article that names two
(kg/nlp/roles.py `_sentence_countries`); two bodies after "between" are two parties, not one country's list
(`_listed_countries`)."""

from __future__ import annotations

from tests.support.nlp_support import headline_posts as posts


def test_a_sentence_s_country_held_by_another_body_goes_to_neither_but_the_other_country(extractor) -> None:
    text = ("Kenya and Norway agreed to share weather data. The National Weather Agency signed a data "
            "agreement with Norway's Space Research Council in Oslo on Monday.")
    found = posts(extractor, "Weather data pact", text, "en")
    assert ("partOf", "National Weather Agency", "Kenya") in found, found
    assert ("partOf", "National Weather Agency", "Norway") not in found, found


def test_a_sentence_s_one_country_still_goes_to_a_lone_body(extractor) -> None:
    text = ("Kenya and Norway agreed to share weather data. In Nairobi, Kenya, the National Weather Agency "
            "opened a new radar station on Monday.")
    found = posts(extractor, "Weather radar opens", text, "en")
    assert ("partOf", "National Weather Agency", "Kenya") in found, found
    assert ("partOf", "National Weather Agency", "Norway") not in found, found


def test_two_bodies_after_between_are_not_one_country_s_list(extractor) -> None:
    text = ("Peru and Chile renewed their science ties. They renewed an agreement between the National Research "
            "Council and the Scientific Research Agency of Chile on Tuesday.")
    found = posts(extractor, "Science ties renewed", text, "en")
    assert ("partOf", "Scientific Research Agency of Chile", "Chile") in found, found
    assert ("partOf", "National Research Council", "Chile") not in found, found
