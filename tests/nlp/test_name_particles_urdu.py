"""Urdu names join their words with a lower-case "ur" or "ul" ("Zafar ul Mulk"): one person, not its first word.

Sentences written for the purpose."""

from __future__ import annotations

import pytest

from kg.nlp import Extractor
from tests.support.nlp_support import ids, run


@pytest.mark.parametrize(("text", "person"), [
    ("Professor Naseer ur Khaliq, chairman of the Pakistan Science Board, visited Beijing on Monday.",
     "person/naseer-ur-khaliq"),
    ("The memorandum was signed by Minister Zafar ul Mulk and the Chinese ambassador in Islamabad.",
     "person/zafar-ul-mulk"),
])
def test_nlp_urdu_particle_stays_inside_the_name(extractor: Extractor, text: str, person: str) -> None:
    assert person in ids(run(extractor, text, "en"))
