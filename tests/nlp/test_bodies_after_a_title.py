"""A state body named after a capitalised title and its "of the" ("Director of the Coastal Survey
Agency"): the body, its official a member; a title's own portfolios, a ministry (the ministries'
layer) or a board of directors make no such body; a "Division" is a state body (kg/nlp/generic.py)."""

from __future__ import annotations

from tests.support.nlp_support import headline_posts as posts


def test_body_named_after_a_title_and_its_of_the(extractor) -> None:
    text = ("Maria Lopes, Chief Executive of the Coastal Survey Agency of Portugal, opened a data centre "
            "in Porto on Tuesday.")
    found = posts(extractor, "A new data centre", text)
    assert ("memberOf", "Maria Lopes", "Coastal Survey Agency of Portugal") in found, found


def test_board_of_directors_after_a_title_is_no_body(extractor) -> None:
    text = "Maria Lopes, Chairman of the Board of Directors of Acme, opened a data centre in Porto on Tuesday."
    found = posts(extractor, "A new data centre", text)
    assert not any(body.startswith("Board") for _, _, body in found), found


def test_a_division_is_a_state_body(extractor) -> None:
    text = ("Tom Reed, deputy director of the Regional Outreach Division at the Coastal Survey Agency, said "
            "the data would be shared.")
    found = posts(extractor, "Data to be shared", text)
    assert ("memberOf", "Tom Reed", "Regional Outreach Division") in found, found
