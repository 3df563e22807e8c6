"""Capitalised words after a comma past a body's last head word, none a portfolio word ("Ministry of
Health and Social Care, Amara Okonkwo"), are set off after the name: the body ends at the comma; a list of
portfolios goes on (kg/nlp/generic.py)."""

from __future__ import annotations

from kg.nlp.generic import capitalised_names
from kg.nlp.lexicon import load_lexicon
from kg.nlp.pipeline import load_pipeline
from tests.support.nlp_support import headline_posts as posts


def test_person_set_off_after_a_ministry(extractor) -> None:
    text = ("The plan was presented by his counterpart from Ghana's Ministry of Health and Social Care, "
            "Kwesi Darkowaa, on Monday.")
    found = posts(extractor, "A plan presented", text)
    assert not any("Darkowaa" in body for _, _, body in found), found
    assert any(kind == "partOf" and body.startswith("Ministry of Health") for kind, body, _ in found), found


def test_portfolios_listed_after_a_comma_stay_in_the_name(extractor) -> None:
    text = "The Ministry of Trade, Industry and Tourism of Ruritania opened an office in Accra on Monday."
    found = posts(extractor, "An office in Accra", text)
    assert not any(body == "Ministry of Trade" for _, body, _ in found), found


def test_unknown_person_after_a_comma_ends_the_body_name() -> None:
    """Even when no layer reads the words after the comma as a person."""
    doc = load_pipeline("en")("He met an official of the Ruritanian Space Agency, Orvan Telki Mostovar.")
    names = [found.text for found in capitalised_names(doc, load_lexicon(), "en")]
    assert "Space Agency" in " ".join(names) and not any("Orvan" in name for name in names), names
