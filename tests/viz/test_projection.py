"""The projection: entities, relations, evidence, countries, events, and the parts of a graph."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import InputError
from kg.services.ingest import load
from kg.viz.projection import date_span, project
from kg.viz.subgraph import find_node, from_query, neighbourhood

DATA = Path(__file__).parents[1] / "data"
SAMPLE = DATA / "sample_extraction.json"
HOSTILE = DATA / "viz" / "hostile_extraction.json"


@pytest.fixture
def viz_store(memory_store):
    """The sample article and an article full of markup, loaded the way users load them."""
    report = load([SAMPLE, HOSTILE], memory_store)
    assert report.failed == 0, report.problems
    return memory_store


@pytest.fixture
def graph(viz_store):
    return project(viz_store)


def test_projection_has_the_mentioned_entities_only(graph) -> None:
    assert len(graph) == 14
    assert graph.nodes["country/ma"]["type"] == "Country"
    assert "country/fr" not in graph  # in the reference table, named by no article


def test_projection_prefers_english_labels_and_keeps_aliases(graph) -> None:
    morocco = graph.nodes["country/ma"]
    assert morocco["label"] == "Morocco"
    assert {"Maroc", "Royaume"} <= set(morocco["aliases"])


def test_projection_keeps_roles_and_derives_countries(graph) -> None:
    person = graph.nodes["person/amal-el-fallah-seghrouchni"]
    assert person["roles"][0].startswith("ministre déléguée")
    assert person["country"] == "country/ma"
    assert graph.nodes["person/leila-elmergawi"]["country"] == "country/us"
    assert graph.nodes["policy/digital-maroc-2030"]["country"] == "country/ma"
    assert graph.nodes["place/washington"]["country"] is None


def test_projection_symmetric_relations_are_one_undirected_edge(graph) -> None:
    meets = [(u, v, d) for u, v, k, d in graph.edges(keys=True, data=True) if k == "meets"
             and "person/leila-elmergawi" in (u, v)]
    assert len(meets) == 1
    assert meets[0][2]["directed"] is False
    assert graph.edges["person/amal-el-fallah-seghrouchni", "place/washington", "visits"]["directed"] is True


def test_projection_edges_carry_evidence_dates_and_sources(graph) -> None:
    edge = graph.edges["country/ma", "country/us", "cooperatesWith"]
    assert edge["confidence"] == pytest.approx(0.85)
    assert edge["sources"] == 1
    assert edge["dates"] == ["2025-03"]
    assert (edge["start"], edge["end"]) == ("2025-03-01", "2025-03-31")
    assert edge["evidence"][0]["text"] == "Les deux pays vont coopérer."
    article = graph.graph["articles"][edge["evidence"][0]["article"]]
    assert article["title"] == "Rabat et Washington renforcent leur coopération numérique"
    assert article["url"].startswith("https://")


def test_projection_undated_relations_take_the_article_date(graph) -> None:
    edge = graph.edges["country/ma", "policy/digital-maroc-2030", "hasPolicy"]
    assert edge["dates"] == []
    assert edge["start"] == edge["end"] == "2025-03-18"


def test_projection_node_attributes_are_complete(graph) -> None:
    for _, data in graph.nodes(data=True):
        assert {"type", "label", "aliases", "country", "degree", "centrality", "domains", "cluster"} <= set(data)
        assert 0.0 <= data["centrality"] <= 1.0
    assert max(data["centrality"] for _, data in graph.nodes(data=True)) == 1.0
    assert "domain/cybersecurity" in graph.nodes["country/us"]["domains"]


def test_projection_events_as_nodes(viz_store) -> None:
    graph = project(viz_store, events="nodes")
    kinds = {data["type"] for _, data in graph.nodes(data=True)}
    assert {"Meeting", "Visit", "Signing"} <= kinds
    assert not [k for _, _, k in graph.edges(keys=True) if k in ("meets", "visits", "signs")]
    meeting = next(n for n, d in graph.nodes(data=True) if d["type"] == "Meeting"
                   and "person/leila-elmergawi" in graph[n])
    assert graph.edges[meeting, "person/leila-elmergawi", "participant"]["evidence"][0]["text"].startswith("Elle")


def test_projection_rejects_unknown_event_mode(viz_store) -> None:
    with pytest.raises(InputError):
        project(viz_store, events="bubbles")


@pytest.mark.parametrize(("dates", "span"), [
    (["2025"], ("2025-01-01", "2025-12-31")),
    (["2024-02"], ("2024-02-01", "2024-02-29")),
    (["2025-03-17", "2024-06"], ("2024-06-01", "2025-03-17")),
    ([None, "not a date"], (None, None)),
    ([], (None, None)),
])
def test_projection_date_span(dates, span) -> None:
    assert date_span(dates) == span


@pytest.mark.parametrize(("name", "node"), [
    ("country/ma", "country/ma"), ("morocco", "country/ma"), ("Maroc", "country/ma"),
    ("Etats-Unis", "country/us"), ("elmergawi", "person/leila-elmergawi"),
])
def test_subgraph_find_node_by_id_name_or_alias(graph, name, node) -> None:
    assert find_node(graph, name) == node


@pytest.mark.parametrize(("name", "message"), [("Atlantis", "no entity"), ("e", "names")])
def test_subgraph_find_node_errors_are_clear(graph, name, message) -> None:
    with pytest.raises(InputError, match=message):
        find_node(graph, name)


def test_subgraph_neighbourhood_depth(graph) -> None:
    one = neighbourhood(graph, "Leila Elmergawi", 1)
    assert set(one) == {"person/leila-elmergawi", "person/amal-el-fallah-seghrouchni",
                        "body/united-states-department-of-state"}
    assert len(neighbourhood(graph, "Leila Elmergawi", 2)) > len(one)
    assert one.graph["articles"]


def test_subgraph_from_select_keeps_the_entities_bound(graph, viz_store) -> None:
    part = from_query(graph, viz_store, "SELECT ?c WHERE { ?c a dp:Country }")
    assert set(part) == {"country/ma", "country/us"}
    assert part.has_edge("country/ma", "country/us")


def test_subgraph_from_construct_keeps_the_relations_returned(graph, viz_store) -> None:
    part = from_query(graph, viz_store, "CONSTRUCT { ?a dp:meets ?b } WHERE { ?a dp:meets ?b }")
    assert {k for _, _, k in part.edges(keys=True)} == {"meets"}
    assert "person/leila-elmergawi" in part and "country/ma" not in part


def test_subgraph_from_ask_is_refused(graph, viz_store) -> None:
    with pytest.raises(InputError, match="ASK"):
        from_query(graph, viz_store, "ASK { ?s ?p ?o }")
