"""A deal first told by a bare kind word ("signed an agreement", "signed an agreement on cybersecurity"), then
by a precise kind between the same parties in a later sentence, is one deal named after the precise kind; not
one of another field (sentences written for the purpose)."""

from __future__ import annotations

import pytest

from kg.nlp import Extractor
from tests.support.nlp_support import relations, run

TEXTS = {
    "en": ("Kenya and Japan have signed an agreement{first}. A Memorandum of Understanding{second} was signed "
           "between the two countries in Nairobi on Monday."),
    "fr": ("Le Kenya et le Japon ont signé un accord{first}. Un mémorandum d'entente{second} a été signé entre "
           "les deux pays à Nairobi lundi."),
}
FIELDS = {
    "en": (" on cybersecurity", " on health"),
    "fr": (" sur la cybersécurité", " sur la santé"),
}


def deals(extractor: Extractor, language: str, first: str, second: str) -> set[str]:
    extraction = run(extractor, TEXTS[language].format(first=first, second=second), language)
    return {e.name for e in extraction.entities if e.type.value == "Agreement"}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_bare_agreement_then_a_memorandum_is_one_deal(extractor: Extractor, language: str) -> None:
    cyber, _ = FIELDS[language]
    assert deals(extractor, language, "", "") == {"Japan-Kenya Memorandum of Understanding"}
    found = deals(extractor, language, cyber, cyber)
    assert found == {"Japan-Kenya Memorandum of Understanding on Cybersecurity"}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_an_agreement_of_another_field_stays_apart(extractor: Extractor, language: str) -> None:
    cyber, health = FIELDS[language]
    assert deals(extractor, language, cyber, health) == {"Japan-Kenya Agreement on Cybersecurity",
                                                        "Japan-Kenya Memorandum of Understanding on Health"}


def test_both_countries_sign_the_one_deal(extractor: Extractor) -> None:
    cyber, _ = FIELDS["en"]
    extraction = run(extractor, TEXTS["en"].format(first=cyber, second=cyber), "en")
    deal = next(e.id for e in extraction.entities if e.type.value == "Agreement")
    assert {("signs", "country/ke", deal), ("signs", "country/jp", deal)} <= relations(extraction)


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Kenya and Japan have signed an agreement on health. A Memorandum of Understanding on health was also "
           "signed between the two countries in Nairobi on Monday."),
    ("fr", "Le Kenya et le Japon ont signé un accord sur la santé. Un mémorandum d'entente sur la santé a également "
           "été signé entre les deux pays à Nairobi lundi."),
])
def test_a_deal_told_as_also_signed_is_another_one(extractor: Extractor, language: str, text: str) -> None:
    found = {e.name for e in run(extractor, text, language).entities if e.type.value == "Agreement"}
    assert found == {"Japan-Kenya Agreement on Health", "Japan-Kenya Memorandum of Understanding on Health"}
