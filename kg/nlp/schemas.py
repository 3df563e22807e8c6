"""Pydantic schemas of the lexicon data files, validated row by row when loaded."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from kg.models import EntityType


class Row(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class CountryRow(Row):
    """One line of the countries reference table."""

    alpha2: str = Field(pattern=r"^[A-Za-z]{2}$")
    alpha3: str = ""
    name_en: str = Field(min_length=1)
    name_fr: str = ""
    wikidata: str | None = None
    capital_en: list[str] = Field(default_factory=list)
    capital_fr: list[str] = Field(default_factory=list)
    demonyms_en: list[str] = Field(default_factory=list)
    demonyms_fr: list[str] = Field(default_factory=list)
    aliases_en: list[str] = Field(default_factory=list)
    aliases_fr: list[str] = Field(default_factory=list)

    @field_validator("wikidata")
    @classmethod
    def _wikidata(cls, value: str | None) -> str | None:
        if value and not re.match(r"^Q[1-9]\d*$", value):
            raise ValueError(f"{value!r} is not a Wikidata id")
        return value or None


class NamedRow(Row):
    """A body, organisation or place with its surface forms per language."""

    name: str = Field(min_length=1)
    wikidata: str | None = Field(default=None, pattern=r"^Q[1-9]\d*$")
    country: str | None = Field(default=None, pattern=r"^[a-z]{2}$")
    type: EntityType | None = None
    en: list[str] = Field(default_factory=list)
    fr: list[str] = Field(default_factory=list)


class PortfolioRow(Row):
    """A ministerial portfolio and the phrases naming it."""

    en: str = Field(min_length=1)
    fr: list[str] = Field(default_factory=list)
    en_variants: list[str] = Field(default_factory=list)


class RoleRow(Row):
    """Role nouns (titles) in each language, and the kind of body they imply."""

    fr: list[str] = Field(default_factory=list)
    en: list[str] = Field(default_factory=list)
    body: str | None = None


class TitlesFile(Row):
    honorifics: dict[str, list[str]]
    roles: list[RoleRow]


class HeadRow(Row):
    text: str = Field(min_length=1)
    kind: str


class PersonCue(Row):
    text: str = Field(min_length=1)
    role: str = Field(min_length=1)
    gender: Literal["f", "m"] | None = None


class CorefFile(Row):
    person: dict[str, list[PersonCue]]
    pair: dict[str, list[str]]
    people_pair: dict[str, list[str]] = Field(default_factory=dict)
    body_pair: dict[str, list[str]] = Field(default_factory=dict)
    official: dict[str, list[str]] = Field(default_factory=dict)
    kingdom: dict[str, list[str]]
    kingdoms: list[str] = Field(default_factory=list)
    body: dict[str, list[str]] = Field(default_factory=dict)
    pronoun: dict[str, list[str]] = Field(default_factory=dict)
    capital: dict[str, list[str]] = Field(default_factory=dict)
    gender: dict[Literal["f", "m"], list[str]] = Field(default_factory=dict)


class DomainHeads(Row):
    after: dict[str, list[str]] = Field(default_factory=dict)
    before: dict[str, list[str]] = Field(default_factory=dict)


class RelativeDate(Row):
    text: str = Field(min_length=1)
    days: int
    unit: str = "day"


class DatesFile(Row):
    months: dict[str, list[str]]
    weekdays: dict[str, list[str]]
    relative: dict[str, list[RelativeDate]]

    @field_validator("months")
    @classmethod
    def _twelve(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        for language, names in value.items():
            if len(names) != 12:
                raise ValueError(f"{language}: expected 12 months, got {len(names)}")
        return value


class DomainVariants(Row):
    en: list[str] = Field(default_factory=list)
    fr: list[str] = Field(default_factory=list)


def check_pattern(pattern: str) -> str:
    """A regular expression that compiles, or a ValueError saying why not."""
    try:
        re.compile(pattern)
    except re.error as error:
        raise ValueError(f"bad regular expression {pattern!r}: {error}") from None
    return pattern


class AgreementKind(Row):
    """A kind of agreement, its English label and the phrases naming it."""

    label: str = Field(min_length=1)
    fr: list[str] = Field(default_factory=list)
    en: list[str] = Field(default_factory=list)


class EntityTypeRow(Row):
    type: EntityType
