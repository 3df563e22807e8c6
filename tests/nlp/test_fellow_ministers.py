"""Ministers of one government listed together share its country; a country written bare before a
title is the title's. Sentences written for the purpose."""

from __future__ import annotations

from tests.support.layer_run import before


def test_a_fellow_minister_s_guessed_country_does_not_exclude_it() -> None:
    text = ("Minister of Finance, Peter Gray, Minister of Telecommunications, Anna Bell, opened a school in "
            "Guyana. Guyana thanked Norway for the grant, and Guyana will report on it each year.")
    state, layer = before(text, "en", "home-countries")
    layer(state)
    assert state.body_country["body/ministry-of-telecommunications"][0] == "country/gy"


def test_a_country_written_bare_before_a_title_is_the_title_s() -> None:
    text = ("Joe Lee, Fiji's Minister of Trade, met Sam Toa, Tuvalu Minister for Transport, and Ana Vea, "
            "Tonga Minister of Health, in Suva to discuss undersea cables with Samoa and Niue.")
    state, _ = before(text, "en", "home-countries")
    assert state.person_country["person/sam-toa"] == "tv"
    assert state.person_country["person/ana-vea"] == "to"
