"""Contract models (SPEC section 2): the extraction JSON every piece agrees on."""

from __future__ import annotations

import re
from datetime import date
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator, model_validator


class EntityType(StrEnum):
    PERSON = "Person"
    COUNTRY = "Country"
    GOVERNMENT_BODY = "GovernmentBody"
    ORGANIZATION = "Organization"
    PLACE = "Place"
    POLICY = "Policy"
    AGREEMENT = "Agreement"
    POLICY_DOMAIN = "PolicyDomain"


class RelationType(StrEnum):
    MEETS = "meets"
    VISITS = "visits"
    MEMBER_OF = "memberOf"
    PART_OF = "partOf"
    COOPERATES_WITH = "cooperatesWith"
    COOPERATES_ON = "cooperatesOn"
    HAS_POLICY = "hasPolicy"
    SIGNS = "signs"


#: The prefix of an entity id for each type: ``person/amal-el-fallah-seghrouchni``.
ID_PREFIX: dict[EntityType, str] = {
    EntityType.PERSON: "person",
    EntityType.COUNTRY: "country",
    EntityType.GOVERNMENT_BODY: "body",
    EntityType.ORGANIZATION: "org",
    EntityType.PLACE: "place",
    EntityType.POLICY: "policy",
    EntityType.AGREEMENT: "agreement",
    EntityType.POLICY_DOMAIN: "domain",
}

E = EntityType
_PARTY = frozenset({E.COUNTRY, E.GOVERNMENT_BODY, E.ORGANIZATION, E.PERSON})
_ACTOR = frozenset({E.PERSON, E.GOVERNMENT_BODY, E.ORGANIZATION})

#: Allowed (subject types, object types) for each relation type.
SIGNATURES: dict[RelationType, tuple[frozenset[EntityType], frozenset[EntityType]]] = {
    RelationType.MEETS: (_ACTOR, _ACTOR),
    RelationType.VISITS: (frozenset({E.PERSON}), frozenset({E.PLACE, E.COUNTRY})),
    RelationType.MEMBER_OF: (frozenset({E.PERSON}), frozenset({E.GOVERNMENT_BODY, E.ORGANIZATION})),
    RelationType.PART_OF: (frozenset({E.GOVERNMENT_BODY}), frozenset({E.COUNTRY})),
    RelationType.COOPERATES_WITH: (_PARTY, _PARTY),
    RelationType.COOPERATES_ON: (
        frozenset({E.COUNTRY, E.ORGANIZATION, E.GOVERNMENT_BODY}),
        frozenset({E.POLICY_DOMAIN}),
    ),
    RelationType.HAS_POLICY: (frozenset({E.COUNTRY, E.GOVERNMENT_BODY}), frozenset({E.POLICY})),
    RelationType.SIGNS: (_PARTY, frozenset({E.AGREEMENT})),
}

SYMMETRIC = frozenset({RelationType.MEETS, RelationType.COOPERATES_WITH})

ENTITY_ID_PATTERN = r"^(person|country|body|org|place|policy|agreement|domain)/[a-z0-9]+(-[a-z0-9]+)*$"
ARTICLE_ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"
PARTIAL_DATE_PATTERN = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")

EntityId = Annotated[str, StringConstraints(pattern=ENTITY_ID_PATTERN)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


def check_partial_date(value: str | None) -> str | None:
    """Accept YYYY, YYYY-MM or YYYY-MM-DD naming a real day; reject anything else."""
    if value is None:
        return None
    if not PARTIAL_DATE_PATTERN.match(value):
        raise ValueError(f"date {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    if len(value) == 10:
        try:
            date.fromisoformat(value)
        except ValueError:
            raise ValueError(f"date {value!r} is not a real day") from None
    return value


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Article(Model):
    """Metadata of one news article."""

    id: Annotated[str, StringConstraints(pattern=ARTICLE_ID_PATTERN)]
    title: Text
    url: str | None = None
    published: str | None = Field(default=None, description="YYYY-MM-DD, YYYY-MM or YYYY")
    language: Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}$")]
    source: str | None = None

    _check_published = field_validator("published")(classmethod(lambda cls, v: check_partial_date(v)))

    @field_validator("url")
    @classmethod
    def _check_url(cls, value: str | None) -> str | None:
        if value is not None and not re.match(r"^https?://[^\s<>\"{}|\\^`]+$", value):
            raise ValueError(f"url {value!r} is not an http(s) URL")
        return value


class Mention(Model):
    """One place in the text where an entity is named."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _check_span(self) -> Mention:
        if self.end < self.start:
            raise ValueError(f"mention end {self.end} is before its start {self.start}")
        return self


class Entity(Model):
    """A typed entity with a stable id shared across articles."""

    id: EntityId
    type: EntityType
    name: Text
    aliases: list[str] = Field(default_factory=list)
    role: str | None = None
    wikidata: Annotated[str, StringConstraints(pattern=r"^Q[1-9]\d*$")] | None = None
    mentions: list[Mention] = Field(default_factory=list)

    @model_validator(mode="after")
    def _check_prefix(self) -> Entity:
        prefix = ID_PREFIX[self.type]
        if not self.id.startswith(prefix + "/"):
            raise ValueError(f"entity {self.id!r} of type {self.type} must have an id '{prefix}/…'")
        return self


class Evidence(Model):
    """The sentence a relation was read from, with its offsets in the article text."""

    text: Text
    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _check_span(self) -> Evidence:
        if self.end < self.start:
            raise ValueError(f"evidence end {self.end} is before its start {self.start}")
        return self


class Relation(Model):
    """A typed relation between two entities of the same extraction."""

    type: RelationType
    subject: EntityId
    object: EntityId
    confidence: float = Field(ge=0.0, le=1.0)
    date: str | None = None
    evidence: Evidence | None = None

    _check_date = field_validator("date")(classmethod(lambda cls, v: check_partial_date(v)))


class Extraction(Model):
    """Everything read from one article: the contract of ``kg extract`` and ``kg load``."""

    article: Article
    entities: list[Entity] = Field(default_factory=list)
    relations: list[Relation] = Field(default_factory=list)

    @model_validator(mode="after")
    def _check_references(self) -> Extraction:
        types: dict[str, EntityType] = {}
        for entity in self.entities:
            if entity.id in types:
                raise ValueError(f"entity id {entity.id!r} appears twice")
            types[entity.id] = entity.type
        for index, relation in enumerate(self.relations):
            _check_relation(relation, types, index)
        return self

    def entity(self, entity_id: str) -> Entity:
        return next(e for e in self.entities if e.id == entity_id)


def _check_relation(relation: Relation, types: dict[str, EntityType], index: int) -> None:
    where = f"relation {index} ({relation.type})"
    allowed_subjects, allowed_objects = SIGNATURES[relation.type]
    for end, allowed in ((relation.subject, allowed_subjects), (relation.object, allowed_objects)):
        if end not in types:
            raise ValueError(f"{where} points at {end!r}, which is not among the entities")
        if types[end] not in allowed:
            names = ", ".join(sorted(allowed))
            raise ValueError(f"{where}: {end!r} is a {types[end]}, expected one of {names}")


def json_schema() -> dict:
    """The JSON Schema of the contract, for annotation tools elsewhere."""
    schema = Extraction.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://w3id.org/digipol/schema/extraction.json"
    return schema
