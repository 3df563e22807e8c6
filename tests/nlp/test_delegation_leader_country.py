"""The leader of a country's delegation is of that country ("X led the Kenyan delegation", "the delegation from
Kenya was led by X", "la délégation kényane conduite par X"), and so is the ministry a title gives the leader
(kg/nlp/offices.py `delegation_home`, the packs' `leader_before` and `delegation_before`)."""

from __future__ import annotations

import pytest

from tests.support.nlp_support import headline_posts as posts

CASES = [
    ("en", "Tanzania hosts fibre talks",
     "Tanzania hosted talks on fibre networks in Arusha on Monday. The delegation from Kenya was led by the Minister "
     "of Roads and Transport, Jane Wambui. Tanzania will build the cross-border link.",
     "Ministry of Roads and Transport"),
    ("en", "Tanzania hosts fibre talks",
     "Tanzania hosted talks on fibre networks in Arusha on Monday. The Minister of Roads and Transport, Jane Wambui, "
     "led the Kenyan delegation. Tanzania will build the cross-border link.",
     "Ministry of Roads and Transport"),
    ("fr", "La Tanzanie accueille des discussions",
     "La Tanzanie a accueilli lundi à Arusha des discussions sur la fibre optique. La délégation kényane était "
     "conduite par la ministre des Routes et des Transports, Jane Wambui. La Tanzanie construira la liaison.",
     "Ministry of Transport"),
]


@pytest.mark.parametrize(("language", "title", "text", "ministry"), CASES)
def test_a_delegation_leader_s_ministry_is_of_the_delegation_s_country(extractor, language, title, text,
                                                                       ministry) -> None:
    found = posts(extractor, title, text, language)
    assert any(t == "partOf" and s.startswith(ministry) and o == "Kenya" for t, s, o in found), found
    assert not any(t == "partOf" and s.startswith(ministry) and o == "Tanzania" for t, s, o in found), found
