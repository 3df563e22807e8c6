"""A counted group of agreements whose sentence lists as many subjects as the count ("four MoUs on A, B, C, and
D") is told apart: each is an agreement of its own, signed by the parties. Two subjects joined by "and" tell
nothing apart, nor does a list of another length. Sentences written for the purpose."""

from __future__ import annotations

import pytest

from kg.nlp import Extractor
from tests.support.nlp_support import run


def deals(extractor: Extractor, text: str, language: str) -> tuple[set[str], int]:
    extraction = run(extractor, text, language)
    agreements = {e.id for e in extraction.entities if e.type.value == "Agreement"}
    signs = sum(1 for r in extraction.relations if r.type.value == "signs" and r.object in agreements)
    return agreements, signs


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Chile and Peru signed four MoUs on digital trade, health and family welfare, energy, and cybersecurity."),
    ("en", "Chile and Peru signed three MoUs on digital trade, health and energy."),
    ("fr", "Le Chili et le Pérou ont signé trois accords portant sur le commerce numérique, la santé et l'énergie."),
])
def test_each_counted_agreement_of_a_subject_list_is_its_own(extractor: Extractor, language: str,
                                                             text: str) -> None:
    count = 4 if "four" in text else 3
    agreements, signs = deals(extractor, text, language)
    assert len(agreements) == count
    assert signs == 2 * count


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Chile and Peru signed three MoUs on digital trade and health."),
    ("fr", "Le Chili et le Pérou ont signé deux accords sur le commerce numérique et la santé."),
])
def test_a_subject_list_of_another_length_tells_nothing_apart(extractor: Extractor, language: str,
                                                              text: str) -> None:
    assert deals(extractor, text, language) == (set(), 0)


@pytest.mark.parametrize("text", [
    "Chile and Peru signed three MoUs in Lima, Peru, on Monday.",
    "Chile and Peru signed three MoUs on Monday, Tuesday and Friday.",
])
def test_places_and_days_after_a_counted_group_are_no_subjects(extractor: Extractor, text: str) -> None:
    extraction = run(extractor, text, "en")
    assert {"Chile", "Peru"} <= {e.name for e in extraction.entities if e.type.value == "Country"}
    assert not [e.name for e in extraction.entities if e.type.value == "Agreement" and "of 3" in e.name]
