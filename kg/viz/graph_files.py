"""The projection as GraphML or GEXF for Gephi, with dates as attributes for its timeline."""

from __future__ import annotations

from typing import IO, Any

import networkx as nx

from kg.errors import InputError
from kg.store.base import Store
from kg.viz.projection import project

#: Attributes that are lists or records in the projection, written as text.
_JOINED = ("aliases", "roles", "domains", "dates")
#: Attributes too large or nested for a graph file (read them in the explorer instead).
_DROPPED = ("evidence",)


def write_network(store: Store, fmt: str, output: IO[bytes], *, events: str = "edges") -> None:
    """Write the store's projection as ``graphml`` or ``gexf`` to a binary stream."""
    write_graph(project(store, events=events), fmt, output)


def write_graph(graph: nx.MultiDiGraph, fmt: str, output: IO[bytes]) -> None:
    """Write a projected graph; GEXF carries edge start/end so Gephi's timeline works."""
    flat = flatten(graph)
    if fmt == "graphml":
        nx.write_graphml(flat, output)
    elif fmt == "gexf":
        nx.write_gexf(_dynamic(flat), output)
    else:
        raise InputError(f"unknown graph format {fmt!r}; choose graphml or gexf")


def flatten(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose attributes are all strings, numbers or booleans (no None, no lists)."""
    flat = nx.MultiDiGraph()
    flat.graph.update({"events": graph.graph.get("events", "edges"), "articles": len(graph.graph.get("articles", {}))})
    for node, data in graph.nodes(data=True):
        flat.add_node(node, **_flat(data))
    for source, target, key, data in graph.edges(keys=True, data=True):
        attributes = _flat(data)
        attributes["evidence"] = " | ".join(item["text"] for item in data.get("evidence", []) if item.get("text"))
        attributes.setdefault("start", "")
        attributes.setdefault("end", "")
        flat.add_edge(source, target, key=key, **attributes)
    return flat


def _flat(data: dict[str, Any]) -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in data.items():
        if key in _DROPPED or value is None:
            continue
        flat[key] = "; ".join(map(str, value)) if key in _JOINED else value
    return flat


def _dynamic(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """GEXF's own start/end only on dated edges; undated ones and all nodes stay always present."""
    dynamic = nx.MultiDiGraph(**graph.graph)
    for node, data in graph.nodes(data=True):
        dynamic.add_node(node, **{k: v for k, v in data.items() if k not in ("start", "end")})
    for source, target, key, data in graph.edges(keys=True, data=True):
        attributes = {k: v for k, v in data.items() if k not in ("start", "end") or v}
        attributes["date_start"], attributes["date_end"] = data.get("start", ""), data.get("end", "")
        dynamic.add_edge(source, target, key=key, **attributes)
    return dynamic


def write_graphml(store: Store, output: IO[bytes]) -> None:
    """The store's projection as GraphML (the registry's writer for ``graphml``)."""
    write_network(store, "graphml", output)


def write_gexf(store: Store, output: IO[bytes]) -> None:
    """The store's projection as GEXF (the registry's writer for ``gexf``)."""
    write_network(store, "gexf", output)
