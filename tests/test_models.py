"""The contract models accept the SPEC example and reject bad records with a reason."""

from __future__ import annotations

import copy

import pytest
from pydantic import ValidationError

from kg.models import Extraction, json_schema


def test_models_accept_sample(sample_record: dict) -> None:
    extraction = Extraction.model_validate(sample_record)
    assert extraction.article.language == "fr"
    assert len(extraction.entities) == 11
    assert extraction.entity("country/ma").name == "Morocco"


def _broken(record: dict, path: tuple, value: object) -> dict:
    broken = copy.deepcopy(record)
    target = broken
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return broken


@pytest.mark.parametrize(
    ("path", "value", "reason"),
    [
        (("entities", 0, "type"), "Ministry", "Input should be"),
        (("relations", 0, "type"), "likes", "Input should be"),
        (("relations", 1, "object"), "person/nobody", "not among the entities"),
        (("relations", 0, "object"), "country/ma", None),
        (("relations", 0, "date"), "2025-02-30", "not a real day"),
        (("relations", 0, "date"), "18/03/2025", "YYYY"),
        (("article", "published"), "March 2025", "YYYY"),
        (("relations", 0, "confidence"), 1.5, "less than or equal"),
        (("entities", 0, "id"), "person/Amal", "should match pattern"),
        (("entities", 4, "id"), "person/morocco", "must have an id 'country/"),
        (("relations", 4, "object"), "place/washington", "expected one of Country"),
        (("article", "url"), "javascript:alert(1)", "not an http(s) URL"),
    ],
)
def test_models_reject_bad_record(sample_record: dict, path: tuple, value: object, reason: str | None) -> None:
    record = _broken(sample_record, path, value)
    if reason is None:  # a visit to a country is allowed
        Extraction.model_validate(record)
        return
    with pytest.raises(ValidationError) as info:
        Extraction.model_validate(record)
    assert reason in str(info.value)


def test_models_reject_duplicate_entity(sample_record: dict) -> None:
    sample_record["entities"].append(sample_record["entities"][0])
    with pytest.raises(ValidationError, match="appears twice"):
        Extraction.model_validate(sample_record)


def test_models_reject_unknown_field(sample_record: dict) -> None:
    sample_record["article"]["author"] = "someone"
    with pytest.raises(ValidationError, match="Extra inputs"):
        Extraction.model_validate(sample_record)


def test_models_json_schema_describes_contract() -> None:
    schema = json_schema()
    assert schema["$schema"].startswith("https://json-schema.org/")
    assert set(schema["properties"]) == {"article", "entities", "relations"}
    entity_types = schema["$defs"]["EntityType"]["enum"]
    assert "GovernmentBody" in entity_types and len(entity_types) == 8
