"""The dates layer fed sentences by hand: a sentence's own date, its list's, the article's."""

from __future__ import annotations

import pytest

from kg.nlp.extractor import Extractor
from tests.support.article_state import state_for


@pytest.fixture(scope="module")
def layers():
    extractor = Extractor()
    return {language: extractor.layers(language) for language in ("fr", "en")}


def test_dates_a_sentence_without_a_date_takes_the_article_s_first(layers) -> None:
    state = state_for("Le 10 juin, les ministres se sont vus.\nIls ont signé un accord.", "fr", "2025-06-12")
    layers["fr"].date_sentences(state)
    assert [s.date for s in state.sentences] == ["2025-06-10", "2025-06-10"]


def test_dates_a_bullet_takes_its_introduction_s_date(layers) -> None:
    text = "Intro without a date.\nOn Monday they agreed on these fields:\n- cybersecurity;\n- AI."
    state = state_for(text, "en", "2025-06-12")
    layers["en"].date_sentences(state)
    assert [s.date for s in state.sentences] == ["2025-06-09"] * 4


def test_dates_the_dateline_is_not_the_event_s_date(layers) -> None:
    state = state_for("RABAT, 12 juin – Les deux pays ont signé hier.", "fr", "2025-06-12")
    layers["fr"].date_sentences(state)
    assert state.sentences[0].date == "2025-06-11"


def test_dates_no_date_anywhere_takes_the_publication_month(layers) -> None:
    state = state_for("They signed an agreement.", "en", "2025-06-12")
    layers["en"].date_sentences(state)
    assert state.sentences[0].date == "2025-06"  # the report's day is not the event's


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Les deux pays ont signé jeudi un accord à Kigali."),
    ("en", "The two countries signed an agreement in Kigali on Thursday."),
    ("en", "The two countries signed an agreement yesterday."),
])
def test_dates_a_weekday_against_a_month_only_publication_date_names_that_month(layers, language: str,
                                                                               text: str) -> None:
    state = state_for(text, language, "2021-11")
    layers[language].date_sentences(state)
    assert [s.date for s in state.sentences] == ["2021-11"]


def test_dates_an_undated_sentence_keeps_the_precision_of_the_publication_date(layers) -> None:
    state = state_for("Les deux pays ont signé un accord.", "fr", "2021-11")
    layers["fr"].date_sentences(state)
    assert [s.date for s in state.sentences] == ["2021-11"]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("fr", "Dakar, le 9 novembre 2024 – Un accord a été signé. L'accord, conclu le 8 novembre 2024, vise loin.",
     ["2024-11-08", "2024-11-08"]),
    ("en", "Nairobi, 9 November 2024 – An agreement was signed. It was concluded on 8 November 2024.",
     ["2024-11-08", "2024-11-08"]),
])
def test_dates_a_dateline_with_a_date_is_not_the_event_s_date(layers, language: str, text: str,
                                                              expected: list[str]) -> None:
    state = state_for(text, language, "2024-11-09")
    layers[language].date_sentences(state)
    assert [s.date for s in state.sentences] == expected


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Tuesday, 25 June 2024\nKenya and Japan signed a memorandum."),
    ("fr", "Mardi 25 juin 2024\nLe Kenya et le Japon ont signé un mémorandum."),
])
def test_dates_a_date_after_the_report_is_no_event_s_date(layers, language: str, text: str) -> None:
    state = state_for(text, language, "2021-09-16")
    layers[language].date_sentences(state)
    assert [s.date for s in state.sentences] == ["2021-09", "2021-09"]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Thursday, November 29, 2018\nChile and Washington State signed a memorandum."),
    ("fr", "Jeudi 29 novembre 2018\nLe Chili et l'État de Washington ont signé un mémorandum."),
])
def test_dates_a_line_that_is_only_the_page_s_date_dates_nothing_else(layers, language: str, text: str) -> None:
    state = state_for(text, language, "2018-11-29")
    layers[language].date_sentences(state)
    assert [s.date for s in state.sentences] == ["2018-11-29", "2018-11"]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "They had signed a loan agreement just a few weeks ago.", "2021-04"),
    ("en", "Singapore signed its first pact two months ago.", "2021-03"),
    ("fr", "Ils avaient signé un premier accord il y a deux mois.", "2021-03"),
])
def test_dates_some_weeks_or_months_ago_name_a_month(layers, language: str, text: str, expected: str) -> None:
    state = state_for(text, language, "2021-05-08")
    layers[language].date_sentences(state)
    assert state.sentences[0].date == expected


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Mardi, les deux pays ont publié un communiqué. L'annonce de ce 29 octobre fait date."),
    ("en", "On Tuesday the two countries issued a statement. The announcement of October 29 matters."),
])
def test_dates_a_weekday_in_a_month_dated_report_is_the_day_it_names_elsewhere(layers, language: str,
                                                                             text: str) -> None:
    state = state_for(text, language, "2019-10")
    layers[language].date_sentences(state)
    assert [s.date for s in state.sentences] == ["2019-10-29", "2019-10-29"]


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Le 10 juin, le Ghana et le Togo ont signé un accord.\nLes ministres l'ont paraphé en marge du "
           "sommet, qui se tient à Accra du 8 au 12 juin."),
    ("en", "On 10 June, Ghana and Togo signed an agreement.\nThe ministers initialled it on the sidelines of the "
           "summit, which runs in Accra from 8 to 12 June."),
])
def test_dates_a_date_in_a_relative_clause_dates_another_thing(layers, language: str, text: str) -> None:
    state = state_for(text, language, "2025-06-12")
    layers[language].date_sentences(state)
    assert [s.date for s in state.sentences] == ["2025-06-10", "2025-06-10"]


def test_dates_without_a_publication_date_a_day_takes_the_year_the_text_writes_most(layers) -> None:
    text = "Le 14 mars, les deux ministres ont signé un accord.\nLe plan 2019 succède à celui de 2017, lancé en 2019."
    state = state_for(text, "fr", None)
    layers["fr"].date_sentences(state)
    assert state.sentences[0].date == "2019-03-14"  # not 2017, a year the text writes less


def test_dates_without_a_publication_date_the_page_stamp_stands_for_it(layers) -> None:
    state = state_for(" date 2022-10 The ministers met on Wednesday 12 October and signed a pact.", "en", None)
    layers["en"].date_sentences(state)
    assert state.sentences[0].date == "2022-10-12"


def test_dates_without_a_publication_date_a_weekday_takes_the_day_the_text_names(layers) -> None:
    text = "The pact was signed on Tuesday in Rabat.\nThe talks had opened on 12 April 2022 in Rabat."
    state = state_for(text, "en", None)
    layers["en"].date_sentences(state)
    assert [s.date for s in state.sentences] == ["2022-04-12", "2022-04-12"]  # not December, the year's end


def test_dates_without_a_publication_date_nor_a_year_nothing_is_dated(layers) -> None:
    state = state_for("Les deux pays ont signé hier un accord.", "fr", None)
    layers["fr"].date_sentences(state)
    assert state.sentences[0].date is None


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Monday, June 9th, 2025 10:15 | By\nThe two ministers signed a pact in Lima."),
    ("fr", "Publié le 9 juin 2025 à 10h15\nLes deux ministres ont signé un pacte à Lima."),
])
def test_dates_the_page_s_stamp_does_not_date_the_text(layers, language: str, text: str) -> None:
    state = state_for(text, language, "2025-06-09")
    layers[language].date_sentences(state)
    assert state.sentences[-1].date == "2025-06"  # the publication month, not the stamped day


def test_dates_a_dateline_without_an_hour_is_no_stamp(layers) -> None:
    state = state_for("LIMA, Peru, June 9. The two ministers signed a pact.\nIt covers cybersecurity.", "en",
                      "2025-06-09")
    layers["en"].date_sentences(state)
    assert state.sentences[-1].date == "2025-06-09"


def test_dates_a_sentence_telling_the_event_on_the_publication_day_dates_the_text(layers) -> None:
    text = "The two ministers met in Lima on 9 June 2025 to discuss a new pact.\nThey signed it."
    state = state_for(text, "en", "2025-06-09")
    layers["en"].date_sentences(state)
    assert [s.date for s in state.sentences] == ["2025-06-09", "2025-06-09"]
