"""The qualify layer (kg/nlp/qualify.py): generic ministry names carry their country."""

from __future__ import annotations

import pytest

from kg.models import EntityType
from kg.nlp import roles
from kg.nlp.build import build
from kg.nlp.extractor import Extractor
from kg.nlp.qualify import qualify_generic
from tests.support.article_state import drafts, mention, state_for, term
from tests.support.nlp_support import ids, run

E = EntityType


@pytest.fixture(scope="module")
def whole():
    return Extractor()


@pytest.fixture(scope="module")
def people_layer():
    return Extractor().layers("en").people


def _two_trade_ministers(people_layer):
    text = ("Lena Brandt, Sweden's Minister of Trade and Industry, met Omar Haddad, "
            "Jordan's Minister of Trade and Industry, on Monday.")
    state = state_for(text, "en")
    mention(state, "Sweden", term(E.COUNTRY, "Sweden", "se"))
    mention(state, "Jordan", term(E.COUNTRY, "Jordan", "jo"))
    people = [mention(state, name, term(E.PERSON, name), source="ner") for name in ("Lena Brandt", "Omar Haddad")]
    roles.find_roles(state, people, people_layer.roles(state.doc))
    roles.memberships(state, people_layer.role_body)
    roles.part_of(state)
    return state, people


def test_qualify_a_generic_ministry_takes_its_country_into_name_and_id(people_layer) -> None:
    state, people = _two_trade_ministers(people_layer)
    qualify_generic(state)
    facts = {(kind, subject, obj) for _, kind, subject, obj, _ in drafts(state)}
    assert ("memberOf", people[0].id, "body/ministry-of-trade-and-industry-of-sweden") in facts
    assert ("partOf", "body/ministry-of-trade-and-industry-of-sweden", "country/se") in facts


def test_qualify_two_countries_ministries_of_one_name_stay_apart(people_layer) -> None:
    """Each minister's ministry belongs to their own country, under its own id."""
    state, people = _two_trade_ministers(people_layer)
    facts = {(kind, subject, obj) for _, kind, subject, obj, _ in drafts(state)}
    assert ("memberOf", people[0].id, "body/ministry-of-trade-and-industry-of-sweden") in facts
    assert ("memberOf", people[1].id, "body/ministry-of-trade-and-industry-of-jordan") in facts
    assert ("partOf", "body/ministry-of-trade-and-industry-of-jordan", "country/jo") in facts


def test_qualify_keeps_the_built_name_as_an_alias(people_layer) -> None:
    state, _ = _two_trade_ministers(people_layer)
    qualify_generic(state)
    extraction, _ = build(state_article(), state)
    body = extraction.entity("body/ministry-of-trade-and-industry-of-sweden")
    assert body is not None and body.name == "Ministry of Trade and Industry of Sweden"
    assert "Ministry of Trade and Industry" in body.aliases


def test_qualify_leaves_known_bodies_alone() -> None:
    text = "The Ministry of Digital Transition and Administrative Reform spoke."
    state = state_for(text, "en")
    known = state.lexicon.known("body/ministry-of-digital-transition-and-administrative-reform")
    assert known is not None
    mention(state, "Ministry of Digital Transition and Administrative Reform", known)
    roles.part_of(state)
    qualify_generic(state)
    assert {(subject, obj) for _, _, subject, obj, _ in drafts(state)} == {(known.id, "country/ma")}


def test_qualify_leaves_a_body_whose_country_is_unknown_alone() -> None:
    state = state_for("The Ministry of Transport spoke.", "en")
    found = mention(state, "Ministry of Transport", term(E.GOVERNMENT_BODY, "Ministry of Transport"))
    roles.part_of(state)
    qualify_generic(state)
    assert found.id == "body/ministry-of-transport" and not state.aliases


def state_article():
    from kg.models import Article
    return Article(id="0000000000000000", title="t", url="https://example.org/a", published="2025-01-01",
                   language="en", source="test")


@pytest.mark.parametrize(("written", "name", "alias"), [
    ("National Agency of Digital Records of the State of Norway", "National Agency of Digital Records of Norway",
     "National Agency of Digital Records"),
    ("Ministry of Trade of the Kingdom of Norway", "Ministry of Trade of Norway", "Ministry of Trade"),
])
def test_qualify_a_long_country_phrase_becomes_the_country_s_name(written: str, name: str, alias: str) -> None:
    state = state_for(f"The {written} opened an office.", "en")
    found = mention(state, written, term(E.GOVERNMENT_BODY, written, "no"))
    roles.part_of(state)
    qualify_generic(state)
    assert found.term.name == name
    assert alias in state.aliases[found.id]
    assert ("partOf", found.id, "country/no") in {(kind, s, o) for _, kind, s, o, _ in drafts(state)}


def test_qualify_keeps_a_portfolio_before_the_country() -> None:
    written = "Agency of Information Systems of Norway"
    state = state_for(f"The {written} opened an office.", "en")
    found = mention(state, written, term(E.GOVERNMENT_BODY, written, "no"))
    qualify_generic(state)
    assert found.term.name == written


def test_qualify_a_title_finds_the_known_ministry_by_one_of_its_surface_forms(people_layer) -> None:
    """Poland's ministry is known as "Ministry of Digital Affairs"; its surface forms also name it
    the ministry of digitalisation, which is what a minister's title says."""
    text = "Adam Nowak, Poland's Minister of Digitalisation, arrived on Monday."
    state = state_for(text, "en")
    mention(state, "Poland", term(E.COUNTRY, "Poland", "pl"))
    person = mention(state, "Adam Nowak", term(E.PERSON, "Adam Nowak"), source="ner")
    roles.find_roles(state, [person], people_layer.roles(state.doc))
    roles.memberships(state, people_layer.role_body)
    member = {d[3] for d in drafts(state) if d[1] == "memberOf"}
    assert member == {"body/ministry-of-digital-affairs-of-poland"}


@pytest.mark.parametrize(("language", "text", "body"), [
    ("fr", "Le ministre saoudien des Télécommunications et des Technologies de l'information, Khalid Nasser, "
           "a signé l'accord.", "body/ministry-of-communications-and-information-technology-of-saudi-arabia"),
    ("en", "Jane Holt, Australia's Minister for Foreign Affairs, met the delegation in Canberra on Monday.",
     "body/department-of-foreign-affairs-and-trade"),
    ("fr", "Le ministre français de l'Économie et des Finances, Paul Girard, a signé l'accord.",
     "body/ministry-of-the-economy-and-finance"),
    ("en", "The deal was signed by ICT Cabinet Secretary Wanjiru Kamau, who represented Kenya.",
     "body/ministry-of-information-communications-and-the-digital-economy"),
    ("en", "Zimbabwe's ICT Minister, Rudo Moyo, opened the new data centre in Harare.",
     "body/ministry-of-information-communication-technology-postal-and-courier-services"),
    ("en", "Uganda's Minister of ICT, Peter Okello, launched the broadband plan in Kampala.",
     "body/ministry-of-information-and-communications-technology-and-national-guidance"),
    ("en", "Samoa's Minister of Communications, Tavita Leota, welcomed the cable landing in Apia.",
     "body/ministry-of-communications-and-information-technology-of-samoa"),
    ("en", "The Estonian minister of foreign trade and ICT, Mari Tamm, opened the forum in Tallinn.",
     "body/ministry-of-economic-affairs-and-communications"),
    ("en", "Zambia's Minister of Science and Technology, Joseph Banda, toured the innovation hub in Lusaka.",
     "body/ministry-of-technology-and-science"),
    ("en", "Malawi's Minister of Information, Grace Phiri, spoke at the launch in Lilongwe.",
     "body/ministry-of-information-and-digitalization"),
    ("en", "Australia's Minister for Home Affairs and Cyber Security, Jane Smith, arrived in Suva on Monday.",
     "body/department-of-home-affairs"),
])
def test_a_ministry_known_under_its_official_name_takes_it(whole, language, text, body):
    assert body in ids(run(whole, text, language))


def test_a_known_ministry_written_with_its_country_is_the_known_one(whole):
    text = "The plan was drawn up with the Ministry of Electronics and Information Technology of India last year."
    found = ids(run(whole, text, "en"))
    assert "body/ministry-of-electronics-and-information-technology" in found
    assert "body/ministry-of-electronics-and-information-technology-of-india" not in found


@pytest.mark.parametrize(("text", "name", "body"), [
    ("Ken Sato, Japan's Minister for Digital Transformation, arrived on Monday.", "Ken Sato", "body/digital-agency"),
    ("Talks went on with the UK minister of data and digital infrastructure, Ruth Cole, on Tuesday.", "Ruth Cole",
     "body/department-for-science-innovation-and-technology"),
    ("Mari Tamm, Estonia's Minister of Economic Affairs and Information Technology, arrived on Monday.", "Mari Tamm",
     "body/ministry-of-economic-affairs-and-communications"),
])
def test_qualify_a_title_finds_the_known_ministry_by_its_ministers_portfolios(people_layer, text, name, body) -> None:
    """The reference data gives the portfolios of a body's ministers that its name does not: Japan's
    minister for digital transformation heads its Digital Agency."""
    state = state_for(text, "en")
    for country, code in (("Japan", "jp"), ("UK", "gb"), ("Estonia", "ee")):
        if country in text:
            mention(state, country, term(E.COUNTRY, country, code))
    person = mention(state, name, term(E.PERSON, name), source="ner")
    roles.find_roles(state, [person], people_layer.roles(state.doc))
    roles.memberships(state, people_layer.role_body)
    assert {d[3] for d in drafts(state) if d[1] == "memberOf"} == {body}


def test_qualify_a_title_wider_than_the_declared_portfolios_builds_its_own_ministry(people_layer) -> None:
    text = "Ken Sato, Japan's Minister for Digital Transformation and Health, arrived on Monday."
    state = state_for(text, "en")
    mention(state, "Japan", term(E.COUNTRY, "Japan", "jp"))
    person = mention(state, "Ken Sato", term(E.PERSON, "Ken Sato"), source="ner")
    roles.find_roles(state, [person], people_layer.roles(state.doc))
    roles.memberships(state, people_layer.role_body)
    assert "body/digital-agency" not in {d[3] for d in drafts(state) if d[1] == "memberOf"}


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Namibian Minister of Information Jane Roe received the delegation in Windhoek on Monday. The Namibian "
     "Ministry of Information and Digitalisation will host the next round."),
    ("fr", "La ministre namibienne de l'Information, Jane Roe, a reçu la délégation lundi à Windhoek. Le ministère "
     "namibien de l'Information et de la Digitalisation accueillera la prochaine réunion."),
])
def test_qualify_a_title_with_some_of_a_ministry_s_portfolios_is_that_ministry(whole, language, text) -> None:
    extraction = run(whole, text, language)
    names = {e.id: e.name for e in extraction.entities}
    bodies = {e.name for e in extraction.entities if e.type is EntityType.GOVERNMENT_BODY}
    assert bodies == {"Ministry of Information and Digitalisation of Namibia"}
    assert ("Jane Roe", "Ministry of Information and Digitalisation of Namibia") in {
        (names[r.subject], names[r.object]) for r in extraction.relations if r.type.value == "memberOf"}


def test_qualify_a_title_within_two_ministries_of_its_country_stays_itself(whole) -> None:
    text = ("Namibian Minister of Information Jane Roe spoke in Windhoek on Monday. The Namibian Ministry of "
            "Information and Digitalisation will host the talks. The Namibian Ministry of Information and Tourism "
            "sent an observer.")
    bodies = {e.name for e in run(whole, text, "en").entities if e.type is EntityType.GOVERNMENT_BODY}
    assert "Ministry of Information of Namibia" in bodies
