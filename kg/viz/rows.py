"""Read what the explorer needs from the store: entities, statements, articles and events."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import pyoxigraph as ox

from kg.models import EntityType, RelationType
from kg.store.base import Store

ENTITY_TYPES = tuple(kind.value for kind in EntityType)
RELATIONS = tuple(kind.value for kind in RelationType)
EVENT_KINDS = ("Meeting", "Visit", "Signing")

_TYPES = " ".join(f"dp:{kind}" for kind in ENTITY_TYPES)
_PREDICATES = " ".join(f"dp:{kind}" for kind in RELATIONS)

ENTITIES = f"""
SELECT ?entity ?type ?label WHERE {{
  {{ SELECT DISTINCT ?entity WHERE {{
      {{ ?article dp:mentions ?entity }} UNION {{ ?statement rdf:subject ?entity }}
      UNION {{ ?statement rdf:object ?entity }}
      UNION {{ VALUES ?p {{ {_PREDICATES} }} ?entity ?p ?other }}
      UNION {{ VALUES ?p {{ {_PREDICATES} }} ?other ?p ?entity }}
  }} }}
  VALUES ?type {{ {_TYPES} }}
  ?entity a ?type .
  OPTIONAL {{ ?entity rdfs:label ?label }}
}}"""
ALIASES = "SELECT ?entity ?alias WHERE { ?entity skos:altLabel|skos:prefLabel ?alias }"
ROLES = "SELECT ?entity ?role WHERE { ?entity a dp:Person ; dp:role ?role }"
STATEMENTS = """
SELECT ?statement ?subject ?predicate ?object ?article ?confidence ?date ?evidence WHERE {
  ?statement a rdf:Statement ; rdf:subject ?subject ; rdf:predicate ?predicate ; rdf:object ?object .
  OPTIONAL { ?statement prov:wasDerivedFrom ?article }
  OPTIONAL { ?statement dp:confidence ?confidence }
  OPTIONAL { ?statement dp:date ?date }
  OPTIONAL { ?statement dp:evidence ?evidence }
}"""
TRUTHY = f"""
SELECT ?subject ?predicate ?object WHERE {{ VALUES ?predicate {{ {_PREDICATES} }} ?subject ?predicate ?object }}"""
ARTICLES = """
SELECT ?article ?title ?issued ?url ?language ?source WHERE {
  ?article a dp:Article .
  OPTIONAL { ?article dcterms:title ?title }
  OPTIONAL { ?article dcterms:issued ?issued }
  OPTIONAL { ?article schema:url ?url }
  OPTIONAL { ?article dcterms:language ?language }
  OPTIONAL { ?article dp:sourceName ?source }
}"""
EVENTS = """
SELECT ?event ?kind ?label ?date ?article ?role ?target WHERE {
  VALUES ?kind { dp:Meeting dp:Visit dp:Signing }
  ?event a ?kind .
  { ?event dp:participant ?target BIND("participant" AS ?role) }
  UNION { ?event dp:location ?target BIND("location" AS ?role) }
  UNION { ?event dp:agreement ?target BIND("agreement" AS ?role) }
  OPTIONAL { ?event prov:wasDerivedFrom ?article }
  OPTIONAL { ?event rdfs:label ?label }
  OPTIONAL { ?event dp:date ?date }
}"""


@dataclass
class Entity:
    iri: str
    type: str
    labels: list[ox.Literal] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Statement:
    subject: str
    relation: str
    object: str
    article: str | None
    confidence: float | None
    date: str | None
    evidence: str | None
    language: str | None


@dataclass
class Event:
    iri: str
    kind: str
    label: str = ""
    date: str | None = None
    articles: set[str] = field(default_factory=set)
    members: dict[str, str] = field(default_factory=dict)  # entity IRI -> role


@dataclass
class Rows:
    """Everything read from the store, keyed by full IRIs."""

    entities: dict[str, Entity]
    statements: list[Statement]
    truthy: set[tuple[str, str, str]]
    articles: dict[str, dict[str, str | None]]
    events: dict[str, Event]


def read_rows(store: Store, *, with_events: bool = False) -> Rows:
    """Run the explorer's queries over the store's union graph."""
    entities = _entities(store)
    for iri, alias in _pairs(store, ALIASES, "entity", "alias"):
        if iri in entities:
            entities[iri].aliases.append(alias)
    for iri, role in _pairs(store, ROLES, "entity", "role"):
        if iri in entities:
            entities[iri].roles.append(role)
    return Rows(entities, list(_statements(store)), _truthy(store), _articles(store),
                _events(store) if with_events else {})


def _solutions(store: Store, sparql: str) -> ox.QuerySolutions:
    result = store.query(sparql)
    assert isinstance(result, ox.QuerySolutions)
    return result


def _value(term: object) -> str | None:
    return term.value if isinstance(term, ox.NamedNode | ox.Literal) else None


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1]


def _entities(store: Store) -> dict[str, Entity]:
    entities: dict[str, Entity] = {}
    for row in _solutions(store, ENTITIES):
        iri = str(_value(row["entity"]))
        kind = _local(str(_value(row["type"])))
        entity = entities.get(iri)
        if entity is None or ENTITY_TYPES.index(kind) < ENTITY_TYPES.index(entity.type):
            entity = entities[iri] = Entity(iri, kind, entity.labels if entity else [])
        label = row["label"]
        if isinstance(label, ox.Literal) and label not in entity.labels:
            entity.labels.append(label)
    return entities


def _pairs(store: Store, sparql: str, key: str, value: str) -> Iterator[tuple[str, str]]:
    for row in _solutions(store, sparql):
        left, right = _value(row[key]), _value(row[value])
        if left is not None and right is not None:
            yield left, right


def _statements(store: Store) -> Iterator[Statement]:
    for row in _solutions(store, STATEMENTS):
        relation = _local(str(_value(row["predicate"])))
        if relation not in RELATIONS:
            continue
        evidence = row["evidence"]
        yield Statement(
            subject=str(_value(row["subject"])), relation=relation, object=str(_value(row["object"])),
            article=_value(row["article"]), confidence=_number(row["confidence"]), date=_value(row["date"]),
            evidence=_value(evidence), language=evidence.language if isinstance(evidence, ox.Literal) else None,
        )


def _number(term: object) -> float | None:
    try:
        return float(term.value) if isinstance(term, ox.Literal) else None
    except ValueError:
        return None


def _truthy(store: Store) -> set[tuple[str, str, str]]:
    triples = set()
    for row in _solutions(store, TRUTHY):
        triples.add((str(_value(row["subject"])), _local(str(_value(row["predicate"]))), str(_value(row["object"]))))
    return triples


def _articles(store: Store) -> dict[str, dict[str, str | None]]:
    articles: dict[str, dict[str, str | None]] = {}
    for row in _solutions(store, ARTICLES):
        iri = str(_value(row["article"]))
        found = {name: _value(row[name]) for name in ("title", "issued", "url", "language", "source")}
        previous = articles.get(iri, {})
        articles[iri] = {name: previous.get(name) or found[name] for name in found}
    return articles


def _events(store: Store) -> dict[str, Event]:
    events: dict[str, Event] = {}
    for row in _solutions(store, EVENTS):
        iri = str(_value(row["event"]))
        event = events.setdefault(iri, Event(iri, _local(str(_value(row["kind"])))))
        event.label = event.label or (_value(row["label"]) or "")
        event.date = event.date or _value(row["date"])
        article = _value(row["article"])
        if article:
            event.articles.add(article)
        event.members.setdefault(str(_value(row["target"])), str(_value(row["role"])))
    return events
