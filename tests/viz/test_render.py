"""Styles, layout, the pyvis network, the page and its data."""

from __future__ import annotations

import base64
import hashlib
import json
import math
import re
from html import unescape
from pathlib import Path

import networkx as nx
import pytest

from kg import viz
from kg.errors import ResourceError
from kg.viz.layout import grouped_positions, positions
from kg.viz.page import explorer_data, json_for_html
from kg.viz.render import node_size, short_label, vis_edge, vis_options
from kg.viz.styles import load_styles
from kg.viz.synthetic import synthetic_graph
from tests.viz import test_projection as test_viz_projection

viz_store = test_viz_projection.viz_store


@pytest.fixture
def graph(viz_store):
    return viz.graph(viz_store)


def test_styles_cover_every_type_and_relation() -> None:
    styles = load_styles()
    from kg.models import EntityType, RelationType

    assert {kind.value for kind in EntityType} <= set(styles.types)
    assert {kind.value for kind in RelationType} <= set(styles.relations)
    assert styles.relations["meets"].symmetric and not styles.relations["visits"].symmetric


@pytest.mark.parametrize("text", ["types: [", "types: {}\nrelations: {}\nsize: {min: 1, max: 2}\nextra: 1",
                                  "types: {Person: {label: P, plural: P, color: red, shape: dot}}\n"
                                  "relations: {}\nsize: {min: 1, max: 2}"])
def test_styles_errors_name_the_file(tmp_path: Path, text: str) -> None:
    path = tmp_path / "styles.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ResourceError, match=r"styles\.yaml"):
        load_styles(path)


def test_render_sizes_grow_with_centrality() -> None:
    styles = load_styles()
    sizes = [node_size(c, styles) for c in (0.0, 0.25, 1.0, None)]
    assert sizes[0] == styles.size.min == sizes[3]
    assert sizes[0] < sizes[1] < sizes[2] == styles.size.max


def test_render_short_labels() -> None:
    assert short_label("Morocco") == "Morocco"
    assert len(short_label("x" * 80)) == 32 and short_label("x" * 80).endswith("…")


@pytest.mark.parametrize(("relation", "directed", "arrows"), [("meets", False, ""), ("visits", True, "to")])
def test_render_edges_have_arrows_unless_symmetric(relation, directed, arrows) -> None:
    item = vis_edge(0, "a", "b", {"relation": relation, "directed": directed}, load_styles())
    assert item["arrows"] == arrows and item["label"]


def test_render_options_turn_physics_off() -> None:
    options = vis_options(5000, 20000)
    assert options["physics"]["enabled"] is False
    assert options["layout"]["improvedLayout"] is False
    assert options["interaction"]["hideEdgesOnDrag"] is True


def test_render_network_is_a_positioned_pyvis_network(graph) -> None:
    net = viz.network(graph)
    assert net.num_nodes() == len(graph)
    assert net.num_edges() == graph.number_of_edges()
    assert all(isinstance(node["x"], float) for node in net.nodes)
    assert net.options["physics"]["enabled"] is False


def test_layout_parts_do_not_overlap_and_repeat() -> None:
    graph = nx.disjoint_union_all([nx.path_graph(5), nx.star_graph(30), nx.empty_graph(3)])
    first, again = positions(graph), positions(graph)
    assert first == again
    points = list(first.values())
    closest = min(math.dist(a, b) for i, a in enumerate(points) for b in points[i + 1:])
    assert closest > 5


def test_layout_groups_sit_in_discs_apart() -> None:
    graph = synthetic_graph(300)
    groups = {node: data["cluster"] for node, data in graph.nodes(data=True)}
    placed, discs = grouped_positions(graph, groups)
    assert set(placed) == set(graph)
    keys = sorted(discs)
    for i, a in enumerate(keys):
        for b in keys[i + 1:]:
            (ax, ay, ar), (bx, by, br) = discs[a], discs[b]
            assert math.dist((ax, ay), (bx, by)) >= (ar + br) * 0.95
    for node, (x, y) in placed.items():
        cx, cy, radius = discs[groups[node]]
        assert math.dist((x, y), (cx, cy)) <= radius + 1


def test_page_data_shape(graph) -> None:
    data = explorer_data(graph, title="Test")
    assert data["version"] == 1 and data["summary"] is False
    assert len(data["nodes"]) == len(graph) and len(data["edges"]) == graph.number_of_edges()
    node = next(n for n in data["nodes"] if n["id"] == "country/ma")
    assert {"label", "name", "shape", "color", "size", "x", "y", "type", "aliases", "country"} <= set(node)
    edge = data["edges"][0]
    assert {"from", "to", "relation", "evidence", "start", "end", "confidence", "sources"} <= set(edge)
    assert {c["key"] for c in data["clusters"]} >= {"country/ma", "type/Place"}
    json.dumps(data)


def test_page_summary_starts_above_the_threshold() -> None:
    assert explorer_data(synthetic_graph(60), summary=True)["summary"] is True
    assert explorer_data(synthetic_graph(60))["summary"] is False


def test_page_is_self_contained_and_safe(graph) -> None:
    html = viz.render_html(graph, title="<Test & title>")
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)=", html)
    assert "https://cdn" not in html and "<title>&lt;Test &amp; title&gt;</title>" in html
    assert "<img src=x onerror" not in html and "</script><script>window.__pwned" not in html
    policy = unescape(re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1))
    assert "connect-src 'none'" in policy and "unsafe-inline" not in policy.split("style-src")[0]
    for body in re.findall(r"<script>(.*?)</script>", html, flags=re.S):
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        assert f"sha256-{digest}" in policy


@pytest.mark.parametrize("text", ["</script><script>alert(1)</script>", "<!-- x", "a\u2028b", "&amp;"])
def test_page_json_cannot_leave_its_element(text: str) -> None:
    encoded = json_for_html({"text": text})
    assert "<" not in encoded and ">" not in encoded and "&" not in encoded and "\u2028" not in encoded
    assert json.loads(encoded) == {"text": text}


def test_page_fed_from_a_url_names_it_and_allows_only_its_origin() -> None:
    html = viz.explorer_page("/explore/data.json")
    assert 'name="kg-data-url" content="/explore/data.json"' in html
    assert "connect-src 'self'" in unescape(html)
    assert '<script type="application/json" id="kg-data">null</script>' in html


def test_page_assets_for_a_server() -> None:
    assets = viz.explorer_assets()
    assert set(assets) == {"explorer.css", "explorer.js", "vis-network.min.js"}
    assert "kgExplorerReady" in assets["explorer.js"] and "innerHTML" not in assets["explorer.js"]


def test_page_write_html(graph, tmp_path: Path) -> None:
    path = viz.write_html(graph, tmp_path / "out" / "graph.html")
    assert path.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert not list(path.parent.glob("*.partial"))
