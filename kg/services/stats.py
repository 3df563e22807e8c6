"""Counts of what the store holds: articles, entities by type, relations and events by type.

Relations are counted two ways: statements (one per article sentence that states a relation,
so a fact three articles report counts three times) and distinct facts (subject, relation,
object, either way round for a symmetric relation: what the explorer draws as one link).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.models import SYMMETRIC
from kg.queries.named import term_text
from kg.store.base import Store
from kg.vocab import dp

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
FACTS = f"""
SELECT ?type (COUNT(DISTINCT ?fact) AS ?count) WHERE {{
  ?statement a rdf:Statement ; rdf:predicate ?type ; rdf:subject ?subject ; rdf:object ?object .
  BIND(?type IN ({", ".join(str(dp(kind.value)) for kind in sorted(SYMMETRIC))}) && STR(?object) < STR(?subject)
       AS ?swapped)
  BIND(IF(?swapped, CONCAT(STR(?object), " ", STR(?subject)), CONCAT(STR(?subject), " ", STR(?object))) AS ?fact)
}} GROUP BY ?type ORDER BY ?type
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
    facts: dict[str, int] = field(default_factory=dict)
    events: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict:
        return self.__dict__.copy()

    def lines(self) -> list[str]:
        out = [f"articles   {self.articles}", f"quads      {self.quads}"]
        out.append(f"entities   {sum(self.entities.values())}")
        out.extend(f"  {name:24} {count}" for name, count in self.entities.items())
        out.append(f"relations  {sum(self.facts.values())} distinct facts (the explorer's links), stated "
                   f"{sum(self.relations.values())} times (one statement per article sentence)")
        out.extend(f"  {name:24} {self.facts.get(name, 0):5} facts {count:6} statements"
                   for name, count in self.relations.items())
        out.append(f"events     {sum(self.events.values())}")
        out.extend(f"  {name:24} {count}" for name, count in self.events.items())
        return out


def store_stats(store: Store) -> Stats:
    return Stats(
        articles=int(_scalar(store, ARTICLES)),
        quads=store.count(),
        entities=_counts(store, ENTITIES),
        relations=_counts(store, RELATIONS),
        facts=_counts(store, FACTS),
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
