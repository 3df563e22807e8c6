"""Policy domains from each party's own facts: an edge is about the domains its parties cooperate on.

An article may report several deals (Morocco and the United States on cybersecurity, Ghana and
Germany on health); the domains of a relation come from the ``cooperatesOn`` statements of its
own parties (an entity or its country) in the same article, never from the article as a whole.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import networkx as nx

#: Relations that can be about a policy domain (cooperation and events); the others never are.
ABOUT_DOMAINS = frozenset({"cooperatesWith", "meets", "visits", "signs", "participant", "location", "agreement"})

Stated = dict[tuple[str | None, str], set[str]]


def assign_domains(graph: nx.MultiDiGraph) -> None:
    """Set ``domains`` on every edge, then on every node (the union of its edges')."""
    stated = _stated(graph)
    for source, target, key, data in graph.edges(keys=True, data=True):
        data["domains"] = sorted(edge_domains(graph, source, target, key, data, stated))
    for node, data in graph.nodes(data=True):
        data["domains"] = sorted(_node_domains(graph, node, data))


def _stated(graph: nx.MultiDiGraph) -> Stated:
    """(article, party) -> the domains that party cooperates on according to that article."""
    stated: Stated = defaultdict(set)
    for source, target, key, data in graph.edges(keys=True, data=True):
        if key == "cooperatesOn" and graph.nodes[target].get("type") == "PolicyDomain":
            for article in _articles(data):
                stated[article, source].add(target)
    return stated


def _articles(data: dict[str, Any]) -> set[str | None]:
    """The articles an edge's evidence comes from; ``None`` stands for a fact with no statement."""
    found = {item.get("article") for item in data.get("evidence") or ()}
    return found or {None}


def edge_domains(graph: nx.MultiDiGraph, source: str, target: str, key: str, data: dict[str, Any],
                 stated: Stated) -> set[str]:
    """What one relation is about, from the domains its own parties cooperate on in its articles."""
    if key == "cooperatesOn":
        return {target} if graph.nodes[target].get("type") == "PolicyDomain" else set()
    if key not in ABOUT_DOMAINS:
        return set()
    domains: set[str] = set()
    for article in _articles(data):
        left, right = _party_domains(graph, source, article, stated), _party_domains(graph, target, article, stated)
        domains |= (left & right) if left and right else (left or right)
    return domains


def _party_domains(graph: nx.MultiDiGraph, node: str, article: str | None, stated: Stated) -> set[str]:
    country = graph.nodes[node].get("country")
    own = stated.get((article, node), set())
    return own | stated.get((article, country), set()) if country and country != node else set(own)


def _node_domains(graph: nx.MultiDiGraph, node: str, data: dict[str, Any]) -> set[str]:
    if data.get("type") == "PolicyDomain":
        return {node}
    domains: set[str] = set()
    for _, _, edge in graph.out_edges(node, data=True):
        domains.update(edge.get("domains") or ())
    for _, _, edge in graph.in_edges(node, data=True):
        domains.update(edge.get("domains") or ())
    return domains
