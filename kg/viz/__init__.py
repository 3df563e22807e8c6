"""The visual explorer: project the store onto a graph, draw it as one HTML page, export it.

For notebooks::

    from kg.store import open_store
    from kg import viz

    store = open_store("kg-store", read_only=True)
    graph = viz.graph(store, focus="Morocco", depth=2)   # a networkx MultiDiGraph
    net = viz.network(graph)                              # a pyvis Network, positioned and styled
    viz.write_html(graph, "morocco.html")                 # the explorer, one offline file

Each function imports its module when called (deferred on purpose): the server imports this
package when it starts, and networkx and pyvis together take ~0.35 s to import.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import networkx as nx
    from pyvis.network import Network

    from kg.store.base import Store

__all__ = ["explorer_assets", "explorer_data", "explorer_page", "graph", "network", "render_html", "write_html"]


def graph(store: Store, *, events: str = "edges", focus: str | None = None, depth: int = 1,
          query: str | None = None) -> nx.MultiDiGraph:
    """The store as a graph: all of it, a neighbourhood (``focus``), or what a query defines.

    ``focus`` names an entity (id, name or alias), an event (drawn as a node), an article (the
    relations it states) or a statement (the relation it records), by id or full IRI.
    """
    # deferred, as the module docstring says: networkx takes ~0.1 s to import
    from kg.viz.projection import project
    from kg.viz.subgraph import focus_kind, focus_part, short_id

    base = store.base_iri or None
    focus = short_id(focus, base) if focus is not None else None
    if focus is not None and focus_kind(focus) == "event":
        events = "nodes"
    projected = project(store, events=events)
    if query is not None:
        from kg.viz.subgraph import from_query  # deferred, as the module docstring says: networkx ~0.1 s

        projected = from_query(projected, store, query)
    if focus is not None:
        projected = focus_part(projected, store, focus, depth)
    return projected


def network(projected: nx.Graph) -> Network:
    """A pyvis Network of a projected graph (positions computed, physics off)."""
    from kg.viz.render import to_network  # deferred (module docstring): pyvis and networkx ~0.2 s

    return to_network(projected)


def render_html(projected: nx.Graph, *, title: str = "Digipol KG", summary: bool | None = None) -> str:
    """The explorer page holding the graph: one HTML document that needs no network."""
    from kg.viz.page import render_html as render  # deferred (module docstring): pyvis and networkx ~0.2 s

    return render(projected, title=title, summary=summary)


def write_html(source: nx.Graph | Store, path: str | Path, *, title: str = "Digipol KG",
               summary: bool | None = None) -> Path:
    """Write the explorer page of a projected graph, or of a whole store, to a file.

    The page goes through a partial file, so a reader never sees half of it.
    """
    import networkx  # deferred, as the module docstring says: networkx ~0.1 s

    projected = source if isinstance(source, networkx.Graph) else graph(source)
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.write_text(render_html(projected, title=title, summary=summary), encoding="utf-8")
    partial.replace(target)
    return target


def explorer_data(projected: nx.Graph, *, title: str = "Digipol KG", summary: bool | None = None) -> dict[str, Any]:
    """The explorer's JSON data for a graph (its shape is documented in :mod:`kg.viz.page`)."""
    from kg.viz.page import explorer_data as data  # deferred (module docstring): pyvis and networkx ~0.2 s

    return data(projected, title=title, summary=summary)


def explorer_page(data_url: str, *, title: str = "Digipol KG explorer") -> str:
    """The explorer page that fetches :func:`explorer_data` JSON from ``data_url`` (same origin)."""
    from kg.viz.page import explorer_page as page  # deferred (module docstring): pyvis and networkx ~0.2 s

    return page(data_url, title=title)


def explorer_assets() -> dict[str, str]:
    """The explorer's CSS and scripts by file name (``explorer.css``, ``explorer.js``, ``vis-network.min.js``)."""
    from kg.viz.page import explorer_assets as assets  # deferred (module docstring): pyvis and networkx ~0.2 s

    return assets()
