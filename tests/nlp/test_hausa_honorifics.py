"""Hausa honorifics before a name ("Malam …", "Alhaji …") are no part of the person's name. Sentences written
for the purpose."""

from __future__ import annotations

from kg.nlp import Extractor
from tests.support.nlp_support import run


def test_malam_is_an_honorific() -> None:
    text = "The accord was signed by the agency's Director-General, Malam Sani Bello, in Abuja on Monday."
    people = {e.name for e in run(Extractor(), text, "en").entities if e.type.value == "Person"}
    assert "Sani Bello" in people
    assert not any(name.startswith("Malam") for name in people)


def test_alhaji_is_an_honorific() -> None:
    text = "Minister of Communications Alhaji Musa Garba met the visiting delegation in Kano on Friday."
    people = {e.name for e in run(Extractor(), text, "en").entities if e.type.value == "Person"}
    assert any(name.endswith("Musa Garba") and "Alhaji" not in name for name in people)
