"""Topics of talks that only lie ahead when the sentence is written are no fields of a cooperation
(`CooperationRules.talks_held`); talks that took place give their topics; on sentences written for the purpose."""

from __future__ import annotations

from kg.nlp import Extractor
from tests.support.nlp_support import relations, run


def test_planned_talks_give_no_fields(extractor: Extractor) -> None:
    found = relations(run(extractor, "Kenya and Ghana held talks in Nairobi on Monday. The two sides will meet "
                          "again in May to discuss cybersecurity.", "en"))
    assert ("cooperatesOn", "country/gh", "domain/cybersecurity") not in found
    assert ("cooperatesOn", "country/ke", "domain/cybersecurity") not in found


def test_held_talks_give_their_topics(extractor: Extractor) -> None:
    found = relations(run(extractor, "Kenya and Ghana held talks in Nairobi on Monday. "
                          "The two sides discussed cybersecurity.", "en"))
    assert ("cooperatesOn", "country/gh", "domain/cybersecurity") in found
