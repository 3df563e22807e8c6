"""Honorifics between a body's title and a name ("X Centre CEO, HE Shaikh Y") leave the post to the name."""

from __future__ import annotations

import pytest

from kg.nlp import Extractor
from tests.support.nlp_support import named_facts


@pytest.mark.parametrize(("text", "person"), [
    ("The deal was signed by Microsoft CEO, HE Omar bin Khalid Al Hamdan, on Monday.", "Omar bin Khalid Al Hamdan"),
    ("The deal was signed by Microsoft Director, HE Shaikh Omar bin Khalid Al Hamdan, on Monday.",
     "Omar bin Khalid Al Hamdan"),
    ("The deal was signed by Microsoft Director, HE Engineer Tariq bin Saleh Al-Faisal, on Monday.",
     "Tariq bin Saleh Al-Faisal"),
])
def test_posts_a_title_then_honorifics_then_the_name(extractor: Extractor, text: str, person: str) -> None:
    assert ("memberOf", person, "Microsoft") in named_facts(extractor, text, "en", "memberOf")


def test_posts_the_engineer_s_abbreviation_and_bint_in_a_name(extractor: Extractor) -> None:
    text = "The deal was signed by Eng. Salma bint Nasser al Harthy, Managing Director of Microsoft, on Monday."
    assert ("memberOf", "Salma bint Nasser al Harthy", "Microsoft") in named_facts(extractor, text, "en", "memberOf")
