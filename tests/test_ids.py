"""Stable ids: slugs, entity ids, article ids."""

from __future__ import annotations

import pytest

from kg.ids import article_id, entity_id, slugify


@pytest.mark.parametrize(
    ("text", "slug"),
    [("Département d'État", "departement-d-etat"), ("  Digital Maroc 2030 ", "digital-maroc-2030"),
     ("Côte d’Ivoire", "cote-d-ivoire"), ("AI ethics", "ai-ethics")],
)
def test_ids_slugify(text: str, slug: str) -> None:
    assert slugify(text) == slug


def test_ids_entity_id_uses_type_prefix() -> None:
    assert entity_id("GovernmentBody", "United States Department of State") == "body/united-states-department-of-state"


def test_ids_entity_id_refuses_empty_name() -> None:
    with pytest.raises(ValueError, match="cannot make an id"):
        entity_id("Person", "«»")


def test_ids_article_id_names_article_not_content() -> None:
    assert article_id("https://a.example/x", "file") == article_id("https://a.example/x", "other")
    assert article_id(None, "file") != article_id(None, "other")
    assert len(article_id(None, "file")) == 16
