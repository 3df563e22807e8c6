"""A name ending in "Declaration" or "Dialogue" is a document's or a meeting's, never a person's. Sentences
written for the purpose."""

from __future__ import annotations

from kg.nlp import Extractor
from tests.support.nlp_support import run


def test_nlp_a_declaration_is_no_person(extractor: Extractor) -> None:
    text = "Tonga stays committed to the Kolovai Declaration, the minister said."
    people = {e.name for e in run(extractor, text, "en").entities if e.type.value == "Person"}
    assert not any("Declaration" in name for name in people)


def test_nlp_a_dialogue_is_no_person(extractor: Extractor) -> None:
    text = "Delegates attend the Lakatoi Dialogue in New Delhi."
    people = {e.name for e in run(extractor, text, "en").entities if e.type.value == "Person"}
    assert not any("Dialogue" in name for name in people)
