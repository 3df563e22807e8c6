"""Date expressions normalised against the article date."""

from __future__ import annotations

from datetime import date

import pytest

from kg.nlp.dates import DateReader, parse_published
from kg.nlp.lexicon import load_lexicon

BASE = date(2025, 6, 12)  # a Thursday


@pytest.fixture(scope="module")
def readers() -> dict[str, DateReader]:
    packs = load_lexicon().packs
    return {language: DateReader(packs[language].dates, language) for language in ("fr", "en")}


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("fr", "En mars 2025, la ministre a voyagé.", "2025-03"),
    ("fr", "Elle a reçu mardi 10 juin la délégation.", "2025-06-10"),
    ("fr", "Le dialogue engagé en mars dernier.", "2025-03"),
    ("fr", "La visite a eu lieu hier.", "2025-06-11"),
    ("fr", "Une visite de trois jours, du 7 au 9 octobre 2024.", "2024-10-07"),
    ("fr", "Ils se sont vus lundi.", "2025-06-09"),
    ("fr", "La semaine dernière, les deux pays ont signé.", "2025-06"),
    ("en", "Last week the two countries signed.", "2025-06"),
    ("en", "They signed the memorandum on Tuesday.", "2025-06-10"),
    ("en", "Talks held in March paved the way.", "2025-03"),
    ("en", "On 3 February 2025 the deal was done.", "2025-02-03"),
    ("en", "On July 4, 2024 the deal was done.", "2024-07-04"),
    ("en", "The ministers may meet again.", None),
    ("en", "Nothing is dated here.", None),
])
def test_nlp_dates_found_and_resolved(readers: dict[str, DateReader], language: str, text: str,
                                      expected: str | None) -> None:
    assert readers[language].find(text, BASE) == expected


def test_nlp_dates_relative_without_article_date_is_unknown(readers: dict[str, DateReader]) -> None:
    assert readers["fr"].find("Ils se sont vus hier.", None) is None


@pytest.mark.parametrize(("value", "expected"), [
    ("2025-06-12", date(2025, 6, 12)), ("2025-06", date(2025, 6, 1)), ("2025", date(2025, 1, 1)),
    (None, None),
])
def test_nlp_dates_published(value: str | None, expected: date | None) -> None:
    assert parse_published(value) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The pact was signed on Feb. 4 in Lima.", "2025-02-04"),
    ("Both sides met on Sept. 30, 2024 in Quito.", "2024-09-30"),
    ("They agreed on 9 Dec 2024 to work together.", "2024-12-09"),
    ("The ministers discussed a decade of joint work.", None),  # "dec" inside a word is no month
])
def test_nlp_dates_abbreviated_months(readers: dict[str, DateReader], text: str, expected: str | None) -> None:
    assert readers["en"].find(text, BASE) == expected
