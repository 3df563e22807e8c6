"""The dates layer alone, on the sentences of the parse: each sentence gets the event's date."""

from __future__ import annotations

from tests.support.layer_run import before, upstream


def test_dates_needs_only_the_sentences() -> None:
    assert upstream("fr", "dates") == []


def test_dates_an_undated_sentence_takes_the_date_of_the_one_before() -> None:
    state, layer = before("Le 10 juin, les ministres se sont vus.\nIls ont signé un accord.", "fr", "dates")
    assert [s.date for s in state.sentences] == [None, None]
    layer(state)
    assert [s.date for s in state.sentences] == ["2025-06-10", "2025-06-10"]


def test_dates_a_weekday_is_the_last_such_day_before_publication() -> None:
    state, layer = before("The ministers met on Monday in Rabat.", "en", "dates", published="2025-06-12")
    layer(state)
    assert [s.date for s in state.sentences] == ["2025-06-09"]


def test_dates_no_date_anywhere_keeps_the_month_of_a_month_dated_report() -> None:
    state, layer = before("Les deux pays ont signé un accord.", "fr", "dates", published="2021-11")
    layer(state)
    assert [s.date for s in state.sentences] == ["2021-11"]


def test_dates_a_month_of_last_year_keeps_its_month() -> None:
    """"In February last year": the month of the year before publication, not the year alone."""
    state, layer = before("In February last year, the two ministers met in Accra.", "en", "dates",
                          published="2025-06-12")
    layer(state)
    assert [s.date for s in state.sentences] == ["2024-02"]


def test_dates_a_french_month_of_last_year_keeps_its_month() -> None:
    state, layer = before("En mars de l'année dernière, les ministres se sont vus à Dakar.", "fr", "dates",
                          published="2025-06-12")
    layer(state)
    assert [s.date for s in state.sentences] == ["2024-03"]
