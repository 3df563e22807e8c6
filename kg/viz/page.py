"""The explorer page: one self-contained HTML file whose data is inline or fetched from a URL.

The data is one JSON object (``explorer_data``); a server that feeds the page live serves it
at the URL given to ``explorer_page``::

    {"version": 1, "title": str, "events": "edges" | "nodes", "summary": bool,
     "styles": {"types": {type: {"label", "plural", "color", "shape"}},
                "relations": {relation: {"label", "color", "symmetric"}}},
     "options": {vis-network options},
     "articles": {article id: {"title", "url" (http(s) or null), "date", "language", "source"}},
     "nodes": [{"id", "label" (short, drawn), "shape", "color", "size", "x", "y",
                "name" (whole), "type", "aliases": [str], "roles": [str], "country" (node id or null),
                "domains": [node id], "degree", "centrality" (0-1), "cluster",
                "date", "evidence" (event nodes only), "extra" (waits behind "+N more"), "hops" (from the focus)}],
     "edges": [{"id", "from", "to", "label", "color", "arrows",
                "relation", "directed", "confidence" (0-1 or null), "sources", "dates": [str],
                "start", "end" (ISO days or null), "domains": [node id],
                "evidence": [{"text", "language", "date", "confidence", "article" (article id)}]}],
     "clusters": [{"id": "cluster:" + key, "key", "label", "type", "size", "x", "y", "members"}],
     "focus": node id or null (the centre of a neighbourhood), "more": int (nodes marked extra),
     "article": article id or null (the page shows the relations this article states)}

Every string from an article stays data: the page builds DOM text from it, never HTML.
"""

from __future__ import annotations

import base64
import hashlib
import importlib.util
from functools import cache
from pathlib import Path
from typing import Any

import networkx as nx

from kg.errors import ResourceError
from kg.viz.render import node_size, place, to_network
from kg.viz.styles import Styles, load_styles
from kg.viz.templating import json_for_html, render

__all__ = ["explorer_assets", "explorer_data", "explorer_page", "json_for_html", "render_html"]

HERE = Path(__file__).parent
#: Above this many nodes the page opens on the summary (countries, domains, other groups).
SUMMARY_THRESHOLD = 1500
#: The vis-network build the page inlines: pyvis's copy, pinned by version and checksum.
VIS_NETWORK_VERSION = "9.1.2"
VIS_NETWORK_FILE = f"lib/vis-{VIS_NETWORK_VERSION}/vis-network.min.js"
VIS_NETWORK_SHA256 = "1f20f0736f32cb9bedf8f6383b25cfea2f839e1abe80d6e8040b4d5bea378c69"
APP_SCRIPTS = ("model.js", "ui.js", "panel.js", "labels.js", "explorer.js")


def explorer_data(graph: nx.Graph, *, title: str = "Digipol KG", summary: bool | None = None,
                  styles: Styles | None = None) -> dict[str, Any]:
    """The page's data for a projected graph (positions are computed when missing)."""
    styles = styles or load_styles()
    summary = len(graph) > SUMMARY_THRESHOLD if summary is None else summary
    place(graph, grouped=summary)
    net = to_network(graph, styles=styles)
    nodes = [{**item, **_node_facts(graph.nodes[item["id"]])} for item in net.nodes]
    edge_data = [data for _, _, data in graph.edges(data=True)]
    edges = [{**item, **_edge_facts(data)} for item, data in zip(net.edges, edge_data, strict=True)]
    return {
        "version": 1, "title": title, "events": graph.graph.get("events", "edges"),
        "summary": summary,
        "styles": styles.model_dump(include={"types", "relations"}), "options": net.options,
        "articles": graph.graph.get("articles", {}), "nodes": nodes, "edges": edges,
        "clusters": _clusters(graph, styles),
        "focus": graph.graph.get("focus"), "more": graph.graph.get("more", 0),
        "article": graph.graph.get("article"),
    }


_NODE_FACTS = ("type", "aliases", "roles", "country", "domains", "degree", "centrality", "cluster", "date",
               "evidence", "extra", "hops")
_EDGE_FACTS = ("relation", "directed", "confidence", "sources", "dates", "start", "end", "domains", "evidence")


def _node_facts(data: dict[str, Any]) -> dict[str, Any]:
    facts = {key: data[key] for key in _NODE_FACTS if key in data}
    facts["name"] = data["label"]
    return facts


def _edge_facts(data: dict[str, Any]) -> dict[str, Any]:
    return {key: data.get(key) for key in _EDGE_FACTS}


def _clusters(graph: nx.Graph, styles: Styles) -> list[dict[str, Any]]:
    members: dict[str, list[str]] = {}
    for node, data in graph.nodes(data=True):
        members.setdefault(data.get("cluster") or node, []).append(node)
    largest = max((len(group) for group in members.values()), default=1)
    discs = graph.graph.get("groups", {})
    clusters = []
    for key, group in sorted(members.items()):
        anchor = graph.nodes[key] if key in graph else None
        kind = anchor["type"] if anchor else key.removeprefix("type/")
        label = anchor["label"] if anchor else f"{styles.of_type(kind).plural} (no country)"
        x, y = (sum(graph.nodes[n][axis] for n in group) / len(group) for axis in ("x", "y"))
        size = node_size((len(group) / largest) ** 0.5, styles) * 1.3
        if key in discs:
            x, y, size = discs[key][0], discs[key][1], max(size, discs[key][2] * 0.45)
        clusters.append({"id": f"cluster:{key}", "key": key, "label": label, "type": kind if anchor else "Cluster",
                         "size": round(size, 1), "members": len(group), "x": round(x, 1), "y": round(y, 1)})
    return clusters


def render_html(graph: nx.Graph, *, title: str = "Digipol KG", summary: bool | None = None) -> str:
    """The whole explorer as one HTML document, its data inline; it reaches no network."""
    return _page(title, data=explorer_data(graph, title=title, summary=summary), data_url="")


def explorer_page(data_url: str, *, title: str = "Digipol KG explorer") -> str:
    """The explorer as one HTML document that fetches its data (``explorer_data``) from a URL."""
    return _page(title, data=None, data_url=data_url)


def explorer_assets() -> dict[str, str]:
    """The explorer's stylesheet and scripts by file name, for a server that serves them."""
    return {"explorer.css": _asset("explorer.css"), "explorer.js": _app_script(),
            "vis-network.min.js": _vis_script()}


def _page(title: str, *, data: dict[str, Any] | None, data_url: str) -> str:
    """The page from templates/page.html: our scripts and styles inline, pinned by hash in its policy."""
    scripts = {"vis": _vis_script(), "app": _app_script()}
    connect = "'self'" if data_url else "'none'"
    hashes = " ".join(f"'sha256-{_digest(text)}'" for text in scripts.values())
    policy = (f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; img-src data:; "
              f"connect-src {connect}; base-uri 'none'; form-action 'none'")
    return render(HERE, "page.html", title=title, csp=policy, style=_asset("explorer.css"), data_url=data_url,
                  data=data, **scripts)


def _digest(text: str) -> str:
    return base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


@cache
def _asset(name: str) -> str:
    return (HERE / name).read_text(encoding="utf-8")


@cache
def _app_script() -> str:
    return "\n".join(_asset(name) for name in APP_SCRIPTS)


@cache
def _vis_script() -> str:
    """vis-network as shipped inside the pyvis package: the pinned file, its checksum checked."""
    spec = importlib.util.find_spec("pyvis")
    folders = list(spec.submodule_search_locations or []) if spec else []
    found = [path for folder in folders if (path := Path(folder, VIS_NETWORK_FILE)).is_file()]
    if not found:
        raise ResourceError(f"{VIS_NETWORK_FILE} not found in the pyvis package (is pyvis 0.3.2 installed?)")
    data = found[0].read_bytes()
    if hashlib.sha256(data).hexdigest() != VIS_NETWORK_SHA256:
        raise ResourceError(f"{found[0]} is not vis-network {VIS_NETWORK_VERSION} as pinned (checksum differs)")
    # As a text file reads: an HTML parser turns CR LF into LF, and the page's hash must match.
    return data.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
