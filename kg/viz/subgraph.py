"""Parts of the projection: a node's neighbourhood, an article's or a statement's relations, what a query names."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

import networkx as nx
import pyoxigraph as ox

from kg.errors import InputError
from kg.settings import DEFAULT_BASE_IRI
from kg.store.base import Store
from kg.viz.rows import RELATIONS

#: Ids of things that are not entities start with these (``article/…``, ``event/meeting/…``).
FOCUS_KINDS = {"article/": "article", "event/": "event", "statement/": "statement"}
#: A neighbourhood shows at most this many nodes at first; the rest wait behind "+N more".
FOCUS_CAP = 30
STATEMENT_ENDS = "SELECT ?subject ?object WHERE { ?statement rdf:subject ?subject ; rdf:object ?object }"


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold().strip()


def find_node(graph: nx.Graph, name: str) -> str:
    """The node whose id, name or alias is ``name`` (accents and case aside), else a clear error."""
    wanted = _fold(name)
    if name in graph:
        return name
    exact, partial = [], []
    for node, data in graph.nodes(data=True):
        names = [_fold(data.get("label", "")), *(_fold(alias) for alias in data.get("aliases", ()))]
        if wanted in names:
            exact.append(node)
        elif any(wanted in candidate for candidate in names):
            partial.append(node)
    found = exact or partial
    if len(found) == 1:
        return found[0]
    if not found:
        raise InputError(f"no entity is called {name!r}")
    shown = ", ".join(f"{graph.nodes[n]['label']} ({n})" for n in sorted(found)[:6])
    raise InputError(f"{name!r} names {len(found)} entities: {shown}; give the id or a longer name")


def short_id(focus: str, base_iri: str | None = None) -> str:
    """A focus given as a full IRI under the base, as the short id the projection uses."""
    base = base_iri or DEFAULT_BASE_IRI
    return focus[len(base):] if focus.startswith(base) and len(focus) > len(base) else focus


def focus_kind(focus: str) -> str:
    """``article``, ``event``, ``statement`` or ``entity``: what a focus id names."""
    return next((kind for prefix, kind in FOCUS_KINDS.items() if focus.startswith(prefix)), "entity")


def focus_part(graph: nx.MultiDiGraph, store: Store, focus: str, depth: int = 1) -> nx.MultiDiGraph:
    """The part of the graph a focus opens: an entity's or event's neighbourhood, an article's or
    a statement's relations."""
    kind = focus_kind(focus)
    if kind == "article":
        return article_part(graph, focus)
    if kind == "statement":
        return statement_part(graph, store, focus)
    return neighbourhood(graph, focus, depth)


def article_part(graph: nx.MultiDiGraph, article: str) -> nx.MultiDiGraph:
    """The relations an article states (those with a sentence from it), and their ends."""
    if article not in graph.graph.get("articles", {}):
        raise InputError(f"no article {article!r} in the store")
    part = nx.MultiDiGraph(**graph.graph)
    for source, target, key, data in graph.edges(keys=True, data=True):
        if any(item.get("article") == article for item in data.get("evidence") or ()):
            part.add_node(source, **graph.nodes[source])
            part.add_node(target, **graph.nodes[target])
            part.add_edge(source, target, key=key, **data)
    part.graph["article"] = article
    return part


def statement_part(graph: nx.MultiDiGraph, store: Store, statement: str) -> nx.MultiDiGraph:
    """The two entities a statement links and the relations between them."""
    base = store.base_iri or DEFAULT_BASE_IRI
    try:
        iri = ox.NamedNode(base + statement)
    except ValueError:
        raise InputError(f"{statement!r} is not a statement id") from None
    result = store.query(STATEMENT_ENDS, substitutions={"statement": iri})  # bound as a term, not spliced
    assert isinstance(result, ox.QuerySolutions)
    ends = [short_id(row[name].value, base) for row in result for name in ("subject", "object")
            if isinstance(row[name], ox.NamedNode)]
    nodes = [end for end in dict.fromkeys(ends) if end in graph]
    if not nodes:
        raise InputError(f"no statement {statement!r} in the store")
    part = graph.subgraph(nodes).copy()
    part.graph["focus"] = nodes[0]
    return part


def neighbourhood(graph: nx.MultiDiGraph, name: str, depth: int = 1, *, cap: int = FOCUS_CAP) -> nx.MultiDiGraph:
    """The entity called ``name`` and everything within ``depth`` relations of it.

    At most ``cap`` nodes are shown at first: nearer ones before farther ones, and among equals
    those with the most evidence towards what is already kept, then the most central. The others
    stay in the graph marked ``extra`` (the page offers them as "+N more"); their count is
    ``graph.graph["more"]``.
    """
    if depth < 0:
        raise InputError("depth must be 0 or more")
    centre = find_node(graph, name)
    reached = nx.single_source_shortest_path_length(graph.to_undirected(as_view=True), centre, cutoff=depth)
    part = graph.subgraph(reached).copy()
    part.graph["focus"] = centre
    kept = _ranked(part, centre, reached, cap)
    for node, data in part.nodes(data=True):
        data["extra"] = node not in kept
        data["hops"] = reached[node]
    part.graph["more"] = len(part) - len(kept)
    return part


def _ranked(part: nx.MultiDiGraph, centre: str, reached: dict[str, int], cap: int) -> set[str]:
    """The nodes shown first: ring by ring from the centre, best supported first, up to ``cap``."""
    kept = {centre}
    for ring in range(1, max(reached.values(), default=0) + 1):
        candidates = [node for node, hops in reached.items() if hops == ring]
        support = {node: _support(part, node, kept) for node in candidates}
        candidates.sort(key=lambda node: (-support[node], -part.nodes[node].get("centrality", 0.0), node))
        for node in candidates:
            if len(kept) >= cap:
                return kept
            if support[node] > 0:
                kept.add(node)
    return kept


def _support(part: nx.MultiDiGraph, node: str, kept: set[str]) -> int:
    """How many articles link a node to the nodes already kept (a link with no article counts once)."""
    total = 0
    for source, target, data in [*part.out_edges(node, data=True), *part.in_edges(node, data=True)]:
        if (target if source == node else source) in kept:
            total += max(1, data.get("sources") or 0)
    return total


def from_query(graph: nx.MultiDiGraph, store: Store, sparql: str, *, allow_network: bool = False) -> nx.MultiDiGraph:
    """The part of the graph a query defines.

    A CONSTRUCT keeps the relations it returns (``?s dp:meets ?o``) and the entities it names;
    a SELECT keeps the entities bound in its results and the relations among them.
    """
    result = store.query(sparql, allow_network=allow_network)
    if isinstance(result, ox.QueryBoolean):
        raise InputError("an ASK query defines no subgraph; use SELECT or CONSTRUCT")
    by_iri = {data.get("iri"): node for node, data in graph.nodes(data=True)}
    if isinstance(result, ox.QuerySolutions):
        nodes = {by_iri[term.value] for row in result for term in row if _named(term) and term.value in by_iri}
        return graph.subgraph(nodes).copy()
    return _constructed(graph, by_iri, list(result))


def _named(term: object) -> bool:
    return isinstance(term, ox.NamedNode)


def _constructed(graph: nx.MultiDiGraph, by_iri: dict[str | None, str],
                 triples: Iterable[ox.Triple]) -> nx.MultiDiGraph:
    nodes: set[str] = set()
    wanted: set[tuple[str, str, str]] = set()
    for triple in triples:
        ends = [by_iri.get(term.value) for term in (triple.subject, triple.object) if isinstance(term, ox.NamedNode)]
        nodes.update(end for end in ends if end)
        relation = triple.predicate.value.rsplit("#", 1)[-1]
        if len(ends) == 2 and all(ends) and relation in RELATIONS:
            wanted.add((str(ends[0]), relation, str(ends[1])))
    if not wanted:
        return graph.subgraph(nodes).copy()
    part = nx.MultiDiGraph(**graph.graph)
    part.add_nodes_from((node, graph.nodes[node]) for node in nodes)
    for source, target, key, data in graph.edges(keys=True, data=True):
        if (source, key, target) in wanted or (not data.get("directed", True) and (target, key, source) in wanted):
            part.add_edge(source, target, key=key, **data)
    return part
