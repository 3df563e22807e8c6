"""The day a page was put out is not the day of what it reports: a byline stamp with an hour ("posted 12 June 2025
10:15"), whatever the words around it, leaves an undated event in the month. Sentences written for the purpose."""

from __future__ import annotations

import pytest

from kg.nlp import Extractor
from tests.support.nlp_support import run


def _signing_dates(extractor: Extractor, text: str) -> set[str | None]:
    return {r.date for r in run(extractor, text, "en", published="2025-06-12").relations if r.type.value == "signs"}


@pytest.mark.parametrize("text", [
    "Ministry of Digital Affairs of Chile, posted 12 June 2025 10:15\n\n"
    "Chile and Kenya signed a memorandum of understanding on cybersecurity.",
    "Posted by the Ministry of Digital Affairs of Chile on Thursday, 12 June 2025 | 10:15 AM\n\n"
    "Chile and Kenya signed a memorandum of understanding on cybersecurity.",
])
def test_nlp_a_report_stamp_leaves_an_undated_signing_in_its_month(extractor: Extractor, text: str) -> None:
    assert _signing_dates(extractor, text) == {"2025-06"}


def test_nlp_a_signing_the_text_dates_keeps_its_day(extractor: Extractor) -> None:
    text = "On 12 June 2025, Chile and Kenya signed a memorandum of understanding on cybersecurity."
    assert _signing_dates(extractor, text) == {"2025-06-12"}
