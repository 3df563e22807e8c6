"""A ministry named by its portfolios before its head word ("the Latvian Finance and Transport Ministry"):
the "Ministry of …" of those portfolios, its country from the demonym before them; portfolio words before
a minister's title are the title's, no body (kg/nlp/generic.py)."""

from __future__ import annotations

from tests.support.nlp_support import headline_posts as posts


def test_demonym_and_portfolios_before_the_head(extractor) -> None:
    text = ("The Moldovan Information Technology and Communications Ministry opened a data centre in Chisinau "
            "on Tuesday. Information Technology and Communications Minister Ana Rusu cut the ribbon.")
    found = posts(extractor, "A new data centre", text)
    name = "Ministry of Information Technology and Communications of Moldova"
    assert ("partOf", name, "Moldova") in found, found
    assert ("memberOf", "Ana Rusu", name) in found, found


def test_two_such_ministries_joined_by_and(extractor) -> None:
    text = ("The Moldovan Information Technology and Communications Ministry and the Estonian Labour and "
            "Employment Ministry held talks in Tallinn on Friday about data exchange.")
    found = posts(extractor, "Talks on data exchange", text)
    assert ("partOf", "Ministry of Information Technology and Communications of Moldova", "Moldova") in found, found
    assert ("partOf", "Ministry of Labour and Employment of Estonia", "Estonia") in found, found


def test_portfolios_before_a_title_make_no_body(extractor) -> None:
    text = "Slovak Administration and Digitisation Minister Pavol Hruby visited a job fair in Nitra on Monday."
    found = posts(extractor, "A job fair", text)
    assert not any(body.startswith("Administration") for _, _, body in found), found
