"""The IRIs the mappers build, under one base, and the triple type they share.

Its own module so that the mappers (mapping, events, cooperation, reference) all import it and
none of them imports another for its types.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox

from kg.ids import short_hash
from kg.models import Relation
from kg.settings import DEFAULT_BASE_IRI
from kg.vocab import node

#: Subject, predicate and object of a statement, before a graph is given to it.
Triple = tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode | ox.Literal]


@dataclass(frozen=True)
class Iris:
    """Builds the IRIs of resources under one base."""

    base: str = DEFAULT_BASE_IRI

    def entity(self, entity_id: str) -> ox.NamedNode:
        return node(self.base + entity_id)

    def article(self, article_id: str) -> ox.NamedNode:
        return node(f"{self.base}article/{article_id}")

    def statement(self, article_id: str, relation: Relation) -> ox.NamedNode:
        start = str(relation.evidence.start) if relation.evidence else ""
        key = short_hash(article_id, relation.type, relation.subject, relation.object, start)
        return ox.NamedNode(f"{self.base}statement/{key}")

    def event(self, kind: str, key: str) -> ox.NamedNode:
        return ox.NamedNode(f"{self.base}event/{kind}/{key}")

    def cooperation(self, key: str) -> ox.NamedNode:
        return ox.NamedNode(f"{self.base}cooperation/{key}")

    @property
    def reference_graph(self) -> ox.NamedNode:
        return node(f"{self.base}graph/reference")

    @property
    def facts_graph(self) -> ox.NamedNode:
        return node(f"{self.base}graph/facts")
