"""Where a body's name ends and which words its canonical name keeps: a demonym after "and" opens the
next phrase, "of the Government of <Country>" is "of <Country>". Sentences written for the purpose."""

from __future__ import annotations

import pytest

from kg.nlp import Extractor
from tests.support.nlp_support import run


def _bodies(extractor: Extractor, text: str) -> set[str]:
    return {e.name for e in run(extractor, text, "en").entities if e.type.value == "GovernmentBody"}


@pytest.mark.parametrize(("text", "name"), [
    ("The Ruritanian Data Safety Authority and Ukrainian experts will meet in Kyiv next week.",
     "Ruritanian Data Safety Authority"),
    ("Talks between the Cyber Resilience Agency and the Turkish delegation ended on Friday.",
     "Cyber Resilience Agency"),
])
def test_a_demonym_after_and_is_no_word_of_a_body_s_name(extractor: Extractor, text: str, name: str) -> None:
    names = _bodies(extractor, text)
    assert any(n.startswith(name) for n in names)
    assert not [n for n in names if "Ukrainian" in n or "Turkish" in n]


def test_a_body_of_the_government_of_a_country_is_named_of_the_country(extractor: Extractor) -> None:
    text = "Engineers of the Space and Radio Frequency Authority of the Government of Mongolia visited the site."
    names = _bodies(extractor, text)
    assert "Space and Radio Frequency Authority of Mongolia" in names
    assert not [n for n in names if "Government" in n]


def test_an_office_of_the_government_keeps_its_own_name(extractor: Extractor) -> None:
    names = _bodies(extractor, "The Office of the Government of Vietnam hosted the delegation in Hanoi.")
    assert "Office of the Government of Vietnam" in names
    assert "Office of Vietnam" not in names


def test_a_ministry_named_with_initials_is_the_ministry_its_initials_spell(extractor: Extractor) -> None:
    text = ("The Ministry of Information Technology and Telecommunication of Ruritania hosted the forum in Paris. "
            "Later the Ministry of IT said the event was a success.")
    names = _bodies(extractor, text)
    assert names == {"Ministry of Information Technology and Telecommunication of Ruritania"}


def test_initials_do_not_spell_two_portfolios_joined_by_and(extractor: Extractor) -> None:
    text = ("The Ministry of Industry and Trade of Ruritania hosted the forum in Paris. "
            "Later the Ministry of IT said the event was a success.")
    assert "Ministry of IT" in _bodies(extractor, text)
