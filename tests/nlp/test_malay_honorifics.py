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
