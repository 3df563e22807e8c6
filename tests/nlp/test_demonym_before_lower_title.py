"""A demonym right before a lower-case title set off after a name ("Ana Lima, Brazilian minister of
science") gives the title its country, over another country named earlier (kg/nlp/roles.py)."""

from __future__ import annotations

from tests.support.nlp_support import headline_posts as posts


def test_demonym_before_a_lower_case_apposed_title(extractor) -> None:
    text = ("The talks in Brasilia were about help from Japan. At the meeting, Ana Lima, Brazilian minister of "
            "science and technology, said the talks went well.")
    found = posts(extractor, "Talks in Brasilia", text)
    bodies = {body for kind, person, body in found if kind == "memberOf" and person == "Ana Lima"}
    assert bodies and all(body.endswith("of Brazil") for body in bodies), found
