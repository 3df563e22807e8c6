"""From the projection to a pyvis network: shapes, colours, sizes, positions and options."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import networkx as nx

from kg.viz.layout import focused_positions, grouped_positions
from kg.viz.layout import positions as compute_positions
from kg.viz.styles import Styles, load_styles

if TYPE_CHECKING:
    from pyvis.network import Network

#: Longer labels are shortened on the canvas (the side panel shows them whole).
LABEL_LENGTH = 32
#: From this many edges on, edges hide while the view is dragged or zoomed.
BIG_GRAPH_EDGES = 3000


def place(graph: nx.Graph, *, grouped: bool = False, seed: int = 7) -> None:
    """Give every node ``x`` and ``y`` (kept when all nodes already have them).

    ``grouped`` sets each summary group's members in a disc of their own and records the
    discs in ``graph.graph["groups"]`` (key -> x, y, radius).
    """
    if all("x" in data and "y" in data for _, data in graph.nodes(data=True)) and (
            not grouped or "groups" in graph.graph):
        return
    if grouped:
        groups = {node: data.get("cluster") or node for node, data in graph.nodes(data=True)}
        placed, graph.graph["groups"] = grouped_positions(graph, groups, seed=seed)
    elif graph.graph.get("focus") in graph:
        placed = focused_positions(graph, graph.graph["focus"], seed=seed)
    else:
        placed = compute_positions(graph, seed=seed)
    for node, (x, y) in placed.items():
        graph.nodes[node]["x"], graph.nodes[node]["y"] = x, y


def node_size(centrality: float | None, styles: Styles) -> float:
    """Pixels: the square root keeps hubs from swallowing the page."""
    share = math.sqrt(max(0.0, min(1.0, centrality or 0.0)))
    return round(styles.size.min + (styles.size.max - styles.size.min) * share, 1)


def short_label(label: str) -> str:
    return label if len(label) <= LABEL_LENGTH else label[: LABEL_LENGTH - 1].rstrip() + "…"


def vis_node(node: str, data: Mapping[str, Any], styles: Styles) -> dict[str, Any]:
    """The vis-network options of one node."""
    style = styles.of_type(data["type"])
    return {"id": node, "label": short_label(data["label"]), "shape": style.shape, "color": style.color,
            "size": node_size(data.get("centrality"), styles), "x": data.get("x", 0.0), "y": data.get("y", 0.0)}


def vis_edge(index: int, source: str, target: str, data: Mapping[str, Any], styles: Styles) -> dict[str, Any]:
    """The vis-network options of one edge; symmetric relations have no arrow."""
    style = styles.of_relation(data["relation"])
    colour = {"color": style.color, "highlight": style.color, "hover": style.color, "opacity": 0.75}
    return {"id": f"e{index}", "from": source, "to": target, "label": style.label, "color": colour,
            "arrows": "to" if data.get("directed", True) else ""}


def vis_options(node_count: int, edge_count: int) -> dict[str, Any]:
    """Options for a graph whose positions are known: no physics, fast drawing when big."""
    big = edge_count >= BIG_GRAPH_EDGES
    return {
        "autoResize": True,
        "physics": {"enabled": False},
        "layout": {"improvedLayout": False},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": big, "hideEdgesOnZoom": big,
                        "navigationButtons": False, "keyboard": False, "zoomSpeed": 0.8},
        "nodes": {"borderWidth": 1, "borderWidthSelected": 3,
                  "font": {"size": 14, "face": "system-ui, sans-serif", "color": "#1f2328",
                           "strokeWidth": 3, "strokeColor": "#ffffff"},
                  "scaling": {"label": {"drawThreshold": 9 if node_count > 500 else 5}}},
        "edges": {"smooth": False, "width": 1.2, "selectionWidth": 2.5, "hoverWidth": 1.5,
                  "font": {"size": 10, "color": "#57606a", "strokeWidth": 3, "strokeColor": "#ffffff",
                           "align": "middle"},
                  "arrows": {"to": {"enabled": True, "scaleFactor": 0.45}},
                  "scaling": {"label": {"drawThreshold": 8}}},
    }


def to_network(graph: nx.Graph, *, styles: Styles | None = None, seed: int = 7) -> Network:
    """A pyvis Network of the graph, positioned and styled (for notebooks and the page).

    Nodes and edges are appended to the Network's lists directly: its ``add_node`` and
    ``add_edge`` check membership in Python lists, which is quadratic on large graphs.
    """
    # deferred: pyvis takes ~0.2 s to import, and only to_network needs it
    from pyvis.edge import Edge
    from pyvis.network import Network
    from pyvis.node import Node

    styles = styles or load_styles()
    place(graph, seed=seed)
    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line")
    for node, data in graph.nodes(data=True):
        options = vis_node(node, data, styles)
        shape, label = options.pop("shape"), options.pop("label")
        item = Node(options.pop("id"), shape, label=label, **options).options
        net.nodes.append(item)
        net.node_ids.append(node)
        net.node_map[node] = item
    for index, (source, target, data) in enumerate(graph.edges(data=True)):
        options = vis_edge(index, source, target, data, styles)
        net.edges.append(Edge(options.pop("from"), options.pop("to"), **options).options)
    net.options = vis_options(len(graph), graph.number_of_edges())
    return net
