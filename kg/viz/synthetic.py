"""Synthetic projections of any size, shaped like real ones, for benchmarks and scale tests."""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

import networkx as nx

from kg.viz.metrics import enrich
from kg.viz.projection import SYMMETRIC, edge_attributes

#: Share of nodes of each type (countries and domains are counted apart).
_MIX = {"Person": 0.45, "GovernmentBody": 0.2, "Organization": 0.15, "Place": 0.06, "Policy": 0.06,
        "Agreement": 0.08}
_DOMAINS = ("artificial intelligence", "cybersecurity", "data science", "digital transformation",
            "digital skills", "e-government", "semiconductors", "health", "education", "fintech")


def synthetic_graph(nodes: int, edges_per_node: float = 4.0, *, seed: int = 1) -> nx.MultiDiGraph:
    """A graph of about ``nodes`` entities and ``edges_per_node * nodes`` relations."""
    rng = random.Random(seed)
    graph = nx.MultiDiGraph(events="edges", articles={})
    countries = [_add(graph, "Country", f"country/c{i:03d}", f"Country {i}") for i in range(max(4, nodes // 40))]
    domains = [_add(graph, "PolicyDomain", f"domain/d{i}", name) for i, name in enumerate(_DOMAINS)]
    rest = max(0, nodes - len(countries) - len(domains))
    by_type: dict[str, list[str]] = {"Country": countries, "PolicyDomain": domains}
    for kind, share in _MIX.items():
        by_type[kind] = [_add(graph, kind, f"{kind.lower()}/n{i}", f"{kind} {i}") for i in range(int(rest * share))]
    articles = _articles(graph, rng, max(10, nodes // 4))
    link = _linker(graph, rng, articles, domains)
    _structure(by_type, rng, link)
    target = int(nodes * edges_per_node)
    actors = by_type["Person"] + by_type["GovernmentBody"] + by_type["Organization"]
    count = graph.number_of_edges()
    while count < target:
        if rng.random() < 0.8:
            count += link(rng.choice(actors), "meets", rng.choice(actors))
        else:
            count += link(rng.choice(countries), "cooperatesWith", rng.choice(countries))
    enrich(graph)
    return graph


def _add(graph: nx.MultiDiGraph, kind: str, node: str, label: str) -> str:
    graph.add_node(node, type=kind, label=label, aliases=[label.upper()], roles=[], iri=f"urn:synthetic:{node}")
    return node


def _articles(graph: nx.MultiDiGraph, rng: random.Random, count: int) -> list[str]:
    keys = []
    for index in range(count):
        key = f"article/a{index}"
        date = f"{rng.randint(2019, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        graph.graph["articles"][key] = {"title": f"Article {index}", "url": f"https://news.example/{index}",
                                        "date": date, "language": "en", "source": "Synthetic"}
        keys.append(key)
    return keys


def _linker(graph: nx.MultiDiGraph, rng: random.Random, articles: list[str],
            domains: list[str]) -> Callable[[str, str, str], bool]:
    def link(source: str, relation: str, target: str) -> bool:
        if relation in SYMMETRIC and target < source:
            source, target = target, source
        if source == target or graph.has_edge(source, target, key=relation):
            return False
        evidence = [_evidence(rng, articles, graph, source, relation, target) for _ in range(rng.randint(1, 2))]
        attributes = edge_attributes(relation, evidence, graph.graph["articles"])
        graph.add_edge(source, target, key=relation, **attributes)
        return True

    return link


def _evidence(rng: random.Random, articles: list[str], graph: nx.MultiDiGraph, source: str, relation: str,
              target: str) -> dict[str, Any]:
    article = rng.choice(articles)
    date = graph.graph["articles"][article]["date"][: rng.choice((4, 7, 10))]
    sentence = f"{graph.nodes[source]['label']} {relation} {graph.nodes[target]['label']}."
    return {"text": sentence, "language": "en", "date": date, "confidence": round(rng.uniform(0.5, 1), 2),
            "article": article}


def _structure(by_type: dict[str, list[str]], rng: random.Random, link: Callable[[str, str, str], bool]) -> None:
    countries = by_type["Country"]
    for body in by_type["GovernmentBody"]:
        link(body, "partOf", rng.choice(countries))
    for person in by_type["Person"]:
        link(person, "memberOf", rng.choice(by_type["GovernmentBody"] + by_type["Organization"]))
    for country in countries:
        for domain in rng.sample(by_type["PolicyDomain"], 3):
            link(country, "cooperatesOn", domain)
    for policy in by_type["Policy"]:
        link(rng.choice(countries), "hasPolicy", policy)
    for agreement in by_type["Agreement"]:
        for party in rng.sample(countries, 2):
            link(party, "signs", agreement)
    for place in by_type["Place"]:
        link(rng.choice(by_type["Person"]), "visits", place)
