"""The country of a minister who receives an envoy: the country the envoy is posted to, never the one
sending them (kg/nlp/offices.py `envoys_met`, kg/nlp/article.py `infer_body_countries`); the
country of a possessive title written after its holder (kg/nlp/roles.py `_possessor_after`); a body named bare
after its full name with a country (kg/nlp/roles.py `_fuller_country`); the ministry of the last of two
joined titles (kg/nlp/roles.py `_last_title`)."""

from __future__ import annotations

from tests.support.nlp_support import headline_posts as posts


def _ministry_countries(found: set[tuple[str, str, str]], person: str) -> set[str]:
    bodies = {o for t, s, o in found if t == "memberOf" and s == person}
    return {o for t, s, o in found if t == "partOf" and s in bodies}


def test_a_minister_receiving_an_ambassador_posted_to_a_capital(extractor) -> None:
    text = ("Minister of Energy and Mines Paul Okello received on Tuesday Lars Berg, the ambassador of "
            "Norway in Nairobi, to discuss solar power.")
    found = posts(extractor, "Minister receives Norwegian ambassador", text, "en")
    assert _ministry_countries(found, "Paul Okello") == {"Kenya"}


def test_a_minister_meeting_an_ambassador_whose_post_the_dateline_names(extractor) -> None:
    text = ("DAKAR - Le ministre de l'Énergie, Amadou Fall, s'est entretenu mardi à Dakar avec "
            "l'ambassadeur du Brésil sur l'électrification rurale.")
    found = posts(extractor, "Le ministre reçoit un ambassadeur", text, "fr")
    assert _ministry_countries(found, "Amadou Fall") == {"Senegal"}


def test_a_possessive_title_is_of_the_country_written_after_its_holder(extractor) -> None:
    text = ("LIMA - The Government of Peru signed an accord on rural broadband with Kenya on Monday. "
            "Represented by its Minister of Energy and Mines, Mr Paul Okello, Kenya pledged to share its "
            "experience with Peru.")
    found = posts(extractor, "Peru and Kenya sign broadband accord", text, "en")
    assert _ministry_countries(found, "Paul Okello") == {"Kenya"}


def test_a_ministry_named_bare_after_its_full_name_with_a_country_is_that_countrys(extractor) -> None:
    text = ("Norway: the Ministry of Energy and Mines of Peru and the Nordic Solar Institute signed an agreement "
            "in Oslo, Norway.\n\nThe agreement was signed by Carlos Quispe, Director of the Ministry of Energy "
            "and Mines, and Lars Berg, Director of the Nordic Solar Institute of Norway.")
    found = posts(extractor, "Norway signs solar agreement", text, "en")
    assert _ministry_countries(found, "Carlos Quispe") == {"Peru"}


def test_a_minister_with_two_titles_is_of_the_ministry_the_last_one_names(extractor) -> None:
    text = ("Paul Okello, Deputy Prime Minister for Innovation, Education and Science and Minister of Energy "
            "of Kenya, opened the solar forum in Nairobi on Monday.")
    found = posts(extractor, "Kenya opens solar forum", text, "en")
    bodies = {o for t, s, o in found if t == "memberOf" and s == "Paul Okello"}
    assert bodies == {"Ministry of Energy of Kenya"}, found
