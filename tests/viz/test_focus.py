"""What a focus opens: entities, events, articles and statements; a capped neighbourhood around its centre."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from kg import viz
from kg.errors import InputError
from kg.services.ingest import load
from kg.viz.layout import focused_positions
from kg.viz.subgraph import FOCUS_CAP
from tests.support.explorer_support import ARTICLES, hub_extraction

BASE = "https://w3id.org/digipol/id/"


@pytest.fixture
def store(memory_store, tmp_path: Path):
    hub = tmp_path / "hub.json"
    hub.write_text(json.dumps(hub_extraction()), encoding="utf-8")
    report = load([*ARTICLES, hub], memory_store)
    assert report.failed == 0, report.problems
    return memory_store


def test_viz_focus_depth_two_keeps_the_best_supported_nodes(store) -> None:
    graph = viz.graph(store, focus="country/ma", depth=2)
    shown = [node for node, data in graph.nodes(data=True) if not data["extra"]]
    assert len(shown) == FOCUS_CAP < len(graph)
    assert graph.graph["more"] == len(graph) - FOCUS_CAP
    hops = {node: data["hops"] for node, data in graph.nodes(data=True)}
    nearest = [node for node in graph if hops[node] == 1]
    assert set(nearest) <= set(shown)  # the whole first ring fits, the second is cut
    extra_two = [node for node in graph if hops[node] == 2 and node not in shown]
    assert extra_two and all(graph.nodes[node]["type"] == "GovernmentBody" for node in extra_two)


def test_viz_focus_small_neighbourhood_is_not_cut(store) -> None:
    graph = viz.graph(store, focus="country/gh", depth=1)
    assert graph.graph["more"] == 0 and not any(data["extra"] for _, data in graph.nodes(data=True))


def test_viz_focus_layout_puts_the_focus_in_the_middle(store) -> None:
    graph = viz.graph(store, focus="country/ma", depth=2)
    placed = focused_positions(graph, "country/ma")
    assert placed["country/ma"] == (0.0, 0.0)
    assert set(placed) == set(graph)
    assert all(math.isfinite(x) and math.isfinite(y) for x, y in placed.values())
    shown = [placed[n] for n, d in graph.nodes(data=True) if not d["extra"]]
    xs, ys = [x for x, _ in shown], [y for _, y in shown]
    assert min(xs) < 0 < max(xs) and min(ys) < 0 < max(ys)


def test_viz_focus_on_an_article_draws_its_relations(store) -> None:
    graph = viz.graph(store, focus=BASE + "article/twopairs0001")
    assert {"country/ma", "country/gh", "domain/health"} <= set(graph)
    for _, _, data in graph.edges(data=True):
        assert "article/twopairs0001" in {item["article"] for item in data["evidence"]}
    with pytest.raises(InputError, match="no article"):
        viz.graph(store, focus="article/missing")


def test_viz_focus_on_an_event_draws_it_as_a_node(store) -> None:
    event = next(row["e"].value for row in store.query("SELECT ?e WHERE { ?e a dp:Meeting } LIMIT 1"))
    graph = viz.graph(store, focus=event)
    node = event[len(BASE):]
    assert graph.nodes[node]["type"] == "Meeting" and len(graph) >= 3


def test_viz_focus_on_a_statement_draws_its_two_ends(store) -> None:
    statement = next(row["s"].value for row in store.query(
        "SELECT ?s WHERE { ?s rdf:predicate dp:cooperatesWith ; rdf:subject dpr:country\\/gh }"))
    graph = viz.graph(store, focus=statement)
    assert set(graph) == {"country/gh", "country/de"}
    with pytest.raises(InputError, match="statement"):
        viz.graph(store, focus="statement/nothing-here")
