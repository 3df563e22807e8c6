"""Sentence splitting (kg/nlp/state.py): a sentence the parse ends on an abbreviated honorific runs on."""

from __future__ import annotations

from kg.nlp.state import _joined


def test_sentences_one_ending_on_an_abbreviated_honorific_runs_into_the_next() -> None:
    full = "The minister held talks with Eng. Karim Alaoui on Monday. They discussed payments."
    parts = [("The minister held talks with Eng. ", 0), ("Karim Alaoui on Monday. ", 34),
             ("They discussed payments.", 58)]
    assert _joined(parts, frozenset({"Eng.", "Dr."}), full) == [
        ("The minister held talks with Eng. Karim Alaoui on Monday. ", 0), ("They discussed payments.", 58)]


def test_sentences_without_the_abbreviations_stay_as_parsed() -> None:
    full = "Talks ended. Karim Alaoui left."
    parts = [("Talks ended. ", 0), ("Karim Alaoui left.", 13)]
    assert _joined(parts, frozenset({"Eng."}), full) == parts
