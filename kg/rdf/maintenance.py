"""Keep the shared facts graph equal to what the article graphs support.

A direct relation triple stays while some article holds a statement of it (either way round
for a symmetric relation); an entity's
type and label stay while some article mentions it; an event stays while some article
reports it, and so does a cooperation. When articles are replaced, only the resources their old graphs named are
checked again, in the same transaction as the replacement.
"""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox

from kg.models import SYMMETRIC, RelationType
from kg.vocab import EXT, dp, node

RELATIONS = " ".join(str(dp(kind.value)) for kind in RelationType)
SYMMETRIC_RELATIONS = ", ".join(str(dp(kind.value)) for kind in sorted(SYMMETRIC))
DESCRIPTIONS = f"{node(EXT.type)} {node(EXT.label)} {node(EXT.sameAs)}"
EVENT_CORE = " ".join(str(dp(term)) for term in ("participant", "location", "agreement", "cameoCode", "party"))


def named_resources_query(graphs: Iterable[str]) -> str | None:
    """A SELECT of every IRI the given graphs name, as subject or object."""
    values = " ".join(str(ox.NamedNode(name)) for name in graphs)
    if not values:
        return None
    return (f"SELECT DISTINCT ?r WHERE {{ VALUES ?g {{ {values} }} "
            "{ GRAPH ?g { ?r ?p ?o } } UNION { GRAPH ?g { ?s ?p ?r FILTER(isIRI(?r)) } } }")


def cleanup_update(facts_graph: ox.NamedNode, resources: Iterable[ox.NamedNode]) -> str | None:
    """A SPARQL update removing facts about these resources that no article supports."""
    values = " ".join(str(resource) for resource in resources)
    if not values:
        return None
    facts = str(facts_graph)
    subject = f"VALUES ?s {{ {values} }} GRAPH {facts} {{ ?s ?p ?o }}"
    statement = (f"GRAPH ?g {{ ?st {node(EXT.subject)} ?s ; {node(EXT.predicate)} ?p ; "
                 f"{node(EXT.object)} ?o }}")
    inverse = (f"GRAPH ?g {{ ?st {node(EXT.subject)} ?o ; {node(EXT.predicate)} ?p ; "
               f"{node(EXT.object)} ?s }} FILTER(?p IN ({SYMMETRIC_RELATIONS}))")
    mentioned = f"GRAPH ?g {{ ?article {dp('mentions')} ?s }}"
    reported = f"GRAPH ?g {{ ?s {node(EXT.wasDerivedFrom)} ?article }}"
    delete = f"DELETE {{ GRAPH {facts} {{ ?s ?p ?o }} }} WHERE {{ {subject}"
    return " ;\n".join([
        f"{delete} VALUES ?p {{ {RELATIONS} }} FILTER NOT EXISTS {{ {statement} }} "
        f"FILTER NOT EXISTS {{ {inverse} }} }}",
        f"{delete} VALUES ?p {{ {DESCRIPTIONS} }} FILTER NOT EXISTS {{ {mentioned} }} "
        f"FILTER NOT EXISTS {{ {reported} }} }}",
        f"{delete} VALUES ?p {{ {EVENT_CORE} }} FILTER NOT EXISTS {{ {reported} }} }}",
    ])
