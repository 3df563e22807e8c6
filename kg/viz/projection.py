"""Project the store onto a networkx graph: entities as nodes, relations (or events) as edges.

Node attributes: ``type``, ``label``, ``aliases``, ``roles``, ``iri``, ``country``, ``domains``,
``degree``, ``betweenness``, ``centrality`` (see :mod:`kg.viz.metrics`). Edge attributes:
``relation``, ``directed``, ``confidence`` (the highest), ``sources`` (distinct articles),
``dates`` (as stated), ``start`` / ``end`` (ISO days, falling back to the articles' dates),
``domains`` and ``evidence`` (one item per statement: ``text``, ``language``, ``date``,
``confidence``, ``article``). ``graph.graph["articles"]`` maps an article's id to its
``title``, ``url``, ``date``, ``language`` and ``source``.
"""

from __future__ import annotations

import calendar
import re
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

import networkx as nx
import pyoxigraph as ox

from kg.errors import InputError
from kg.settings import DEFAULT_BASE_IRI
from kg.store.base import Store
from kg.viz.metrics import enrich
from kg.viz.rows import Entity, Rows, Statement, read_rows

SYMMETRIC = frozenset({"meets", "cooperatesWith"})
EVENT_RELATIONS = frozenset({"meets", "visits", "signs"})
EVENT_MODES = ("edges", "nodes")
_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def project(store: Store, *, events: str = "edges", base_iri: str | None = None) -> nx.MultiDiGraph:
    """The graph of entities and relations in the store, with events as edges or as nodes."""
    if events not in EVENT_MODES:
        raise InputError(f"events must be one of {', '.join(EVENT_MODES)}, not {events!r}")
    base = base_iri or store.base_iri or DEFAULT_BASE_IRI
    rows = read_rows(store, with_events=events == "nodes")
    return build_graph(rows, events=events, base_iri=base)


def build_graph(rows: Rows, *, events: str = "edges", base_iri: str = DEFAULT_BASE_IRI) -> nx.MultiDiGraph:
    """Assemble the graph from rows read from a store (pure; see :func:`project`)."""
    names = _Names(base_iri)
    graph = nx.MultiDiGraph(events=events)
    graph.graph["articles"] = {names(iri): _article(fields) for iri, fields in sorted(rows.articles.items())}
    for entity in sorted(rows.entities.values(), key=lambda item: item.iri):
        graph.add_node(names(entity.iri), **_entity_attributes(entity))
    statements = [s for s in rows.statements if not (events == "nodes" and s.relation in EVENT_RELATIONS)]
    truthy = {t for t in rows.truthy if not (events == "nodes" and t[1] in EVENT_RELATIONS)}
    _add_relations(graph, names, statements, truthy)
    if events == "nodes":
        _add_events(graph, names, rows)
    enrich(graph)
    return graph


class _Names:
    """Short node ids (``person/leila-elmergawi``) for IRIs under the base, full IRIs otherwise."""

    def __init__(self, base: str) -> None:
        self.base = base

    def __call__(self, iri: str) -> str:
        return iri[len(self.base):] if iri.startswith(self.base) and len(iri) > len(self.base) else iri


def _article(fields: dict[str, str | None]) -> dict[str, str | None]:
    url = fields.get("url")
    return {"title": fields.get("title") or "(untitled article)",
            "url": url if url and url.startswith(("http://", "https://")) else None,
            "date": fields.get("issued"), "language": fields.get("language"), "source": fields.get("source")}


def _entity_attributes(entity: Entity) -> dict[str, Any]:
    label = _best_label(entity.labels, entity.iri)
    seen = {label.casefold()}
    aliases = []
    for alias in [*(literal.value for literal in entity.labels), *entity.aliases]:
        if alias.casefold() not in seen:
            seen.add(alias.casefold())
            aliases.append(alias)
    return {"type": entity.type, "label": label, "aliases": aliases,
            "roles": sorted(set(entity.roles)), "iri": entity.iri}


def _best_label(labels: list[ox.Literal], iri: str) -> str:
    def rank(literal: ox.Literal) -> tuple[int, str]:
        return ({"en": 0, None: 1}.get(literal.language, 2), literal.value)

    if not labels:
        return iri.rstrip("/").rsplit("/", 1)[-1].replace("-", " ")
    return min(labels, key=rank).value


def _add_relations(graph: nx.MultiDiGraph, names: _Names, statements: list[Statement],
                   truthy: set[tuple[str, str, str]]) -> None:
    grouped: dict[tuple[str, str, str], list[Statement]] = defaultdict(list)
    for statement in statements:
        grouped[_edge_key(names(statement.subject), statement.relation, names(statement.object))].append(statement)
    for subject, relation, obj in truthy:
        grouped.setdefault(_edge_key(names(subject), relation, names(obj)), [])
    for (source, relation, target), group in sorted(grouped.items()):
        if source in graph and target in graph and source != target:
            evidence = [_evidence_item(s, names) for s in group]
            attributes = edge_attributes(relation, evidence, graph.graph["articles"])
            graph.add_edge(source, target, key=relation, **attributes)


def _edge_key(source: str, relation: str, target: str) -> tuple[str, str, str]:
    if relation in SYMMETRIC and target < source:
        source, target = target, source
    return source, relation, target


def _evidence_item(statement: Statement, names: _Names) -> dict[str, Any]:
    return {"text": statement.evidence or "", "language": statement.language, "date": statement.date,
            "confidence": statement.confidence,
            "article": names(statement.article) if statement.article else None}


def edge_attributes(relation: str, evidence: list[dict[str, Any]], articles: dict[str, dict[str, Any]]
                    ) -> dict[str, Any]:
    """The attributes of one edge from its evidence items (its ``domains`` are set later, from its parties)."""
    evidence = sorted(evidence, key=lambda item: (item["date"] or "", item["article"] or "", item["text"]))
    sources = {item["article"] for item in evidence if item["article"]}
    stated = sorted({item["date"] for item in evidence if item["date"]})
    reported = sorted({articles[a]["date"] for a in sources if a in articles and articles[a]["date"]})
    confidences = [item["confidence"] for item in evidence if item["confidence"] is not None]
    start, end = date_span(stated or reported)
    return {"relation": relation, "directed": relation not in SYMMETRIC,
            "confidence": max(confidences) if confidences else None, "sources": len(sources),
            "dates": stated, "start": start, "end": end, "evidence": evidence, "domains": []}


def date_span(dates: Iterable[str | None]) -> tuple[str | None, str | None]:
    """The first and last day covered by ISO dates, months or years."""
    spans = [span for value in dates if value and (span := _day_span(value))]
    if not spans:
        return None, None
    return min(start for start, _ in spans), max(end for _, end in spans)


def _day_span(value: str) -> tuple[str, str] | None:
    match = _DATE.match(value)
    if not match:
        return None
    year, month, day = match.groups()
    if day:
        return f"{year}-{month}-{day}", f"{year}-{month}-{day}"
    if month:
        last = calendar.monthrange(int(year), int(month))[1] if 1 <= int(month) <= 12 else 28
        return f"{year}-{month}-01", f"{year}-{month}-{last:02d}"
    return f"{year}-01-01", f"{year}-12-31"


def _add_events(graph: nx.MultiDiGraph, names: _Names, rows: Rows) -> None:
    by_article: dict[str | None, list[Statement]] = defaultdict(list)
    for statement in rows.statements:
        if statement.relation in EVENT_RELATIONS:
            by_article[statement.article].append(statement)
    for event in sorted(rows.events.values(), key=lambda item: item.iri):
        members = {names(iri): role for iri, role in event.members.items() if names(iri) in graph}
        if not members:
            continue
        statements = [s for article in sorted(event.articles) for s in by_article[article]
                      if {names(s.subject), names(s.object)} <= set(members)]
        node = names(event.iri)
        evidence = [_evidence_item(s, names) for s in statements]
        span = edge_attributes(event.kind, evidence, graph.graph["articles"])
        if event.date:
            span["start"], span["end"] = date_span([event.date])
        graph.add_node(node, type=event.kind, label=event.label or event.kind, aliases=[], roles=[],
                       iri=event.iri, date=event.date, evidence=span["evidence"], start=span["start"],
                       end=span["end"], domains=span["domains"])
        for member, role in sorted(members.items()):
            own = [item for item, s in zip(evidence, statements, strict=True)
                   if member in (names(s.subject), names(s.object))]
            attributes = edge_attributes(role, own, graph.graph["articles"])
            attributes["start"], attributes["end"] = span["start"], span["end"]
            graph.add_edge(node, member, key=role, **attributes)
