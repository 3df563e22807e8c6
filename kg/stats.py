"""Counts of what the store holds: articles, entities by type, relations and events by type."""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.query import term_text
from kg.store.base import Store

ENTITIES = """
SELECT ?type (COUNT(DISTINCT ?entity) AS ?count) WHERE {
  ?article a dp:Article ; dp:mentions ?entity .
  ?entity a ?type .
  FILTER(STRSTARTS(STR(?type), STR(dp:)) && ?type != dp:CountryRecord)
} GROUP BY ?type ORDER BY ?type
"""
RELATIONS = """
SELECT ?type (COUNT(?statement) AS ?count) WHERE {
  ?statement a rdf:Statement ; rdf:predicate ?type .
} GROUP BY ?type ORDER BY ?type
"""
EVENTS = """
SELECT ?type (COUNT(DISTINCT ?event) AS ?count) WHERE {
  VALUES ?type { dp:Meeting dp:Visit dp:Signing }
  ?event a ?type .
} GROUP BY ?type ORDER BY ?type
"""
ARTICLES = "SELECT (COUNT(?article) AS ?count) WHERE { ?article a dp:Article }"


@dataclass
class Stats:
    articles: int = 0
    quads: int = 0
    entities: dict[str, int] = field(default_factory=dict)
    relations: dict[str, int] = field(default_factory=dict)
    events: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict:
        return self.__dict__.copy()

    def lines(self) -> list[str]:
        out = [f"articles   {self.articles}", f"quads      {self.quads}"]
        for title, counts in (("entities", self.entities), ("relations", self.relations),
                              ("events", self.events)):
            out.append(f"{title:10} {sum(counts.values())}")
            out.extend(f"  {name:24} {count}" for name, count in counts.items())
        return out


def store_stats(store: Store) -> Stats:
    return Stats(
        articles=int(_scalar(store, ARTICLES)),
        quads=store.count(),
        entities=_counts(store, ENTITIES),
        relations=_counts(store, RELATIONS),
        events=_counts(store, EVENTS),
    )


def _scalar(store: Store, sparql: str) -> str:
    for solution in store.query(sparql):  # type: ignore[union-attr]
        return term_text(solution[0])
    return "0"


def _counts(store: Store, sparql: str) -> dict[str, int]:
    counts = {}
    for solution in store.query(sparql):  # type: ignore[union-attr]
        name = term_text(solution["type"]).rsplit("#", 1)[-1]
        counts[name] = int(term_text(solution["count"]))
    return counts
