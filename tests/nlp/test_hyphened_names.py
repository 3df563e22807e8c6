"""A name of an organisation opening with two capitalised words joined by a hyphen ("Korea-Africa
Foundation"): the name starts at the first of them. Sentences written for the purpose."""

from __future__ import annotations

import pytest

from tests.support.nlp_support import run


@pytest.mark.parametrize(("text", "name"), [
    ("The scholarships are funded by the Chile-Kenya Foundation, which opened last year.", "Chile-Kenya Foundation"),
    ("Engineers of the Nordic-Baltic Institute of Robotics presented the prototype.",
     "Nordic-Baltic Institute of Robotics"),
])
def test_a_hyphened_opening_belongs_to_the_name(extractor, text, name) -> None:
    names = {e.name for e in run(extractor, text, "en").entities if e.type.value == "Organization"}
    assert name in names
