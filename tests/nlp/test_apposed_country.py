"""The country closing a title's apposition ("X, Minister of Finance, Iceland and Y, …") or written in brackets
right after the name ("finance minister X (Iceland)") is the person's, and the ministry's the title implies
(kg/nlp/roles.py `_apposed_country`), before any country the article names more often."""

from __future__ import annotations

from tests.support.nlp_support import headline_posts as posts


def test_a_country_closing_the_apposition_owns_the_ministry(extractor) -> None:
    text = ("Brazil hosted the forum in Brasilia. Brazil and Kenya agreed to share e-government tools. The talks "
            "brought together Amara Velez, Minister of Finance, Kenya and Tomas Lindqvist, Director of Trade, "
            "Brazil.")
    found = posts(extractor, "Brazil hosts e-government forum", text, "en")
    assert ("memberOf", "Amara Velez", "Ministry of Finance of Kenya") in found, found
    assert ("memberOf", "Amara Velez", "Ministry of Finance of Brazil") not in found, found


def test_a_country_in_brackets_after_the_name(extractor) -> None:
    text = ("Norway hosted the Nordic ministers in Oslo. Norway presented its plans. Present were finance minister "
            "Einar Holt (Iceland) and the hosts.")
    found = posts(extractor, "Nordic ministers meet in Norway", text, "en")
    assert ("memberOf", "Einar Holt", "Ministry of Finance of Iceland") in found, found
    assert ("memberOf", "Einar Holt", "Ministry of Finance of Norway") not in found, found


def test_a_country_after_a_name_with_its_title_before_closes_no_apposition(extractor) -> None:
    """"The host, Minister of Finance X, Kenya and Chile signed": the countries after the name are the next
    parties; the host's ministry is the host country's."""
    text = ("Brazil hosted the forum in Brasilia. Brazil and Kenya agreed to share tools. The host, Minister of "
            "Finance Amara Velez, Kenya and Chile signed the declaration.")
    found = posts(extractor, "Brazil hosts forum", text, "en")
    assert ("memberOf", "Amara Velez", "Ministry of Finance of Brazil") in found, found
    assert ("memberOf", "Amara Velez", "Ministry of Finance of Kenya") not in found, found
