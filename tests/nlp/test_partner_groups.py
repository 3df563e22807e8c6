"""A group of many parties on one side of "with" (the states at a forum) partners the other side, not
each other; a few parties on one side, or many listed after "between", still pair (kg/nlp/cooperation.py, among).
Sentences written for the purpose."""

from __future__ import annotations

from tests.support.nlp_support import partner_pairs


def test_many_countries_before_with_partner_the_one_after_it_not_each_other(extractor) -> None:
    text = ("Ghana, Togo, Benin, Niger and Mali signed an agreement with Japan on Monday to cooperate on "
            "cybersecurity.")
    pairs = partner_pairs(extractor, text, "en")
    for country in ("country/gh", "country/tg", "country/bj", "country/ne", "country/ml"):
        assert frozenset({"country/jp", country}) in pairs
    assert frozenset({"country/gh", "country/tg"}) not in pairs
    assert frozenset({"country/ne", "country/ml"}) not in pairs


def test_two_countries_before_with_still_partner_each_other(extractor) -> None:
    text = "Ghana and Togo signed an agreement with Japan on Monday to cooperate on cybersecurity."
    pairs = partner_pairs(extractor, text, "en")
    assert frozenset({"country/gh", "country/tg"}) in pairs
    assert frozenset({"country/gh", "country/jp"}) in pairs


def test_many_countries_listed_after_between_still_partner_each_other(extractor) -> None:
    text = ("The cable agreement between the government of Ghana and the governments of Togo, Benin and Niger was "
            "signed on Monday, which coincided with the African Telecommunications Union assembly.")
    pairs = partner_pairs(extractor, text, "en")
    assert frozenset({"country/gh", "country/tg"}) in pairs
    assert frozenset({"country/bj", "country/ne"}) in pairs
