"""Derived node attributes: degree, centrality, country, policy domains and summary cluster."""

from __future__ import annotations

from collections import Counter
from typing import Any

import networkx as nx

from kg.viz.domains import assign_domains

#: Betweenness is estimated from a sample of sources so that it costs about this many edge visits.
BETWEENNESS_BUDGET = 330_000
MIN_SOURCES = 10

#: Which relation, followed from a node of a type, leads to the node's country.
_COUNTRY_PATHS: dict[str, tuple[tuple[str, str], ...]] = {
    "GovernmentBody": (("out", "partOf"),),
    "Organization": (("out", "partOf"),),
    "Person": (("out", "memberOf"),),
    "Policy": (("in", "hasPolicy"),),
}


def enrich(graph: nx.MultiDiGraph) -> None:
    """Set ``degree``, ``betweenness``, ``centrality``, ``country``, ``domains`` and ``cluster``.

    Edges get their ``domains`` too (see :mod:`kg.viz.domains`).
    """
    _centralities(graph)
    _countries(graph)
    assign_domains(graph)
    for node, data in graph.nodes(data=True):
        data["cluster"] = cluster_of(data, node)


def _centralities(graph: nx.MultiDiGraph) -> None:
    simple = undirected(graph)
    sources = max(MIN_SOURCES, BETWEENNESS_BUDGET // max(simple.number_of_edges(), 1))
    if sources < len(simple):
        betweenness = nx.betweenness_centrality(simple, k=sources, seed=7)
    else:
        betweenness = nx.betweenness_centrality(simple)
    top_betweenness = max(betweenness.values(), default=0.0) or 1.0
    top_degree = max((d for _, d in simple.degree()), default=0) or 1
    for node, data in graph.nodes(data=True):
        degree = simple.degree(node)
        data["degree"] = degree
        data["betweenness"] = round(betweenness.get(node, 0.0), 6)
        share = (degree / top_degree + betweenness.get(node, 0.0) / top_betweenness) / 2
        data["centrality"] = round(share, 6)


def undirected(graph: nx.MultiDiGraph) -> nx.Graph:
    """The simple undirected graph underneath (one edge per linked pair, no self-loops)."""
    simple = nx.Graph()
    simple.add_nodes_from(graph)
    simple.add_edges_from((u, v) for u, v in graph.edges() if u != v)
    return simple


def _countries(graph: nx.MultiDiGraph) -> None:
    for node, data in graph.nodes(data=True):
        data["country"] = node if data["type"] == "Country" else None
    for kind in ("GovernmentBody", "Organization", "Person", "Policy"):
        for node, data in graph.nodes(data=True):
            if data["type"] == kind:
                data["country"] = _country_of(graph, node, kind)


def _country_of(graph: nx.MultiDiGraph, node: str, kind: str) -> str | None:
    votes: Counter[str] = Counter()
    for direction, relation in _COUNTRY_PATHS[kind]:
        edges = graph.out_edges(node, keys=True, data=True) if direction == "out" else graph.in_edges(
            node, keys=True, data=True)
        for source, target, key, data in edges:
            other = target if direction == "out" else source
            country = graph.nodes[other].get("country")
            if key == relation and country:
                votes[country] += max(1, data.get("sources") or 0)
    return min(votes, key=lambda c: (-votes[c], c)) if votes else None


def cluster_of(data: dict[str, Any], node: str) -> str:
    """The group a node folds into in the summary view: its country, its domain, or its type."""
    if data.get("country"):
        return str(data["country"])
    if data["type"] == "PolicyDomain":
        return node
    return f"type/{data['type']}"
