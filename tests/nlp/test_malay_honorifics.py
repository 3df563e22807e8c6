"""Honorifics before a name ("Dato' …", its apostrophe a token of its own; "Lt. General …") are no part of the
person's name nor a person. Sentences written for the purpose."""

from __future__ import annotations

from kg.nlp import Extractor
from tests.support.nlp_support import run


def test_dato_is_an_honorific() -> None:
    text = "The ambassador, H.E. Dato' Aminah Rahman, welcomed the delegation in Manila on Monday."
    people = {e.name for e in run(Extractor(), text, "en").entities if e.type.value == "Person"}
    assert "Dato" not in people
    assert any(name.endswith("Aminah Rahman") and "Dato" not in name for name in people)


def test_a_military_rank_is_an_honorific() -> None:
    text = "H.H. Lt. General Sheikh Omar bin Khalid Al Haddad received the visiting minister on Sunday."
    people = {e.name for e in run(Extractor(), text, "en").entities if e.type.value == "Person"}
    assert "Lt" not in people
    assert any("Omar" in name for name in people)


def test_an_honorific_of_two_words_is_no_part_of_the_name() -> None:
    text = ("Trade Minister Tan Sri Harun Idris met the visiting delegation in Kuala Lumpur on Tuesday. "
            "Harun Idris said the talks had gone well.")
    people = {e.name for e in run(Extractor(), text, "en").entities if e.type.value == "Person"}
    assert "Harun Idris" in people
    assert not any(name.startswith(("Tan", "Sri")) for name in people)


def test_a_short_word_of_an_honorific_stays_a_name_word() -> None:
    text = "The agreement was signed by Director General Kumara Sri Wijesinghe in Colombo on Friday."
    people = {e.name for e in run(Extractor(), text, "en").entities if e.type.value == "Person"}
    assert "Kumara Sri Wijesinghe" in people
