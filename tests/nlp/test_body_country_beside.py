"""A body's own phrase says whose it is ("Costa Rica's Ministry of …", "the Ministry of … of Peru"): that
country, not the country of a person said to be in it, is the body's (kg/nlp/offices.py `beside_country`)."""

from __future__ import annotations

from tests.support.nlp_support import headline_posts as posts


def test_the_genitive_before_a_named_body_outweighs_its_member_s_country(extractor) -> None:
    text = ("Spain and Peru signed a digital memorandum in Madrid. Spanish engineer Lucia Ferrer, an adviser "
            "at Peru's Ministry of Transport and Communications, presented the plan.")
    found = posts(extractor, "Spain and Peru sign memorandum", text, "en")
    assert any(t == "partOf" and o == "Peru" and "Transport" in s for t, s, o in found), found
    assert not any(t == "partOf" and o == "Spain" and "Transport" in s for t, s, o in found), found


def test_a_country_closing_a_body_s_apposition_is_the_body_s(extractor) -> None:
    """"the Ministry of Lands and Housing, Rwanda, and …": the country alone after the body's name, closing it."""
    text = ("Uganda hosted the regional housing week in Kampala. Uganda and Rwanda agreed on land registries. The "
            "session heard the Ministry of Lands and Housing, Rwanda, and the Uganda Land Commission.")
    found = posts(extractor, "Uganda hosts housing week", text, "en")
    assert ("partOf", "Ministry of Lands and Housing", "Rwanda") in found, found
    assert ("partOf", "Ministry of Lands and Housing", "Uganda") not in found, found


def test_a_country_after_a_body_s_comma_that_opens_a_clause_is_not_the_body_s(extractor) -> None:
    """"… the Ministry of Posts and Digital Services, Rwanda's partner, …": a country's genitive opens a new phrase."""
    text = ("Uganda hosted the regional ICT week in Kampala. Uganda's Ministry of Posts and Digital Services, Rwanda's "
            "partner in the project, opened the session.")
    found = posts(extractor, "Uganda hosts ICT week", text, "en")
    assert ("partOf", "Ministry of Posts and Digital Services", "Uganda") in found, found
    assert not any(t == "partOf" and "Digital Services" in s and o == "Rwanda" for t, s, o in found), found


def test_a_country_before_a_body_qualifies_it_only_where_the_language_lets_it(extractor) -> None:
    """"وزارة … في دولة الإمارات ووزارة … في جمهورية إندونيسيا": the country that ends the first body's phrase
    is not the second body's, written right before it."""
    text = ("أبرمت وزارة الاقتصاد في دولة الإمارات ووزارة الصناعة في جمهورية إندونيسيا مذكرة تفاهم للتعاون في "
            "التحول الرقمي.")
    found = posts(extractor, "الإمارات وإندونيسيا توقعان مذكرة تفاهم", text, "ar")
    assert any(t == "partOf" and "Industry" in s and o == "Indonesia" for t, s, o in found), found
    assert not any(t == "partOf" and "Industry" in s and o == "United Arab Emirates" for t, s, o in found), found
