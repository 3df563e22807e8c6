"""Domains come from each party's own facts: two deals in one article do not mix."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg import viz
from kg.services.ingest import load
from kg.viz.projection import project
from tests.support import browser_support

browser = browser_support.browser
browser_page = browser_support.browser_page

TWO_PAIRS = Path(__file__).parents[1] / "data" / "viz" / "two_pairs_extraction.json"
CYBER, HEALTH = "domain/cybersecurity", "domain/health"


@pytest.fixture
def two_pairs(memory_store):
    report = load([TWO_PAIRS], memory_store)
    assert report.failed == 0, report.problems
    return project(memory_store)


@pytest.mark.parametrize(("node", "domains"), [
    ("country/ma", [CYBER]), ("country/us", [CYBER]), ("country/gh", [HEALTH]), ("country/de", [HEALTH]),
    ("person/karim-alaoui", [CYBER]), ("person/kwame-mensah", [HEALTH]),
    ("body/german-federal-ministry-of-health", [HEALTH]),
])
def test_viz_domains_of_a_node_are_its_own(two_pairs, node: str, domains: list[str]) -> None:
    assert two_pairs.nodes[node]["domains"] == domains


@pytest.mark.parametrize(("source", "target", "relation", "domains"), [
    ("country/ma", "country/us", "cooperatesWith", [CYBER]),
    ("country/de", "country/gh", "cooperatesWith", [HEALTH]),
    ("person/karim-alaoui", "country/us", "visits", [CYBER]),
    ("body/moroccan-cyber-agency", "country/ma", "partOf", []),  # a post, not a deal
])
def test_viz_domains_of_a_relation_come_from_its_parties(two_pairs, source, target, relation, domains) -> None:
    assert two_pairs.edges[source, target, relation]["domains"] == domains


@pytest.mark.browser
def test_viz_domains_filter_keeps_that_domain_only(browser_page, memory_store, tmp_path: Path) -> None:
    assert load([TWO_PAIRS], memory_store).failed == 0
    graph = viz.graph(memory_store)
    page = browser_page
    page.goto(viz.write_html(graph, tmp_path / "graph.html").as_uri())
    page.evaluate("window.kgExplorerReady")
    page.select_option("#domain-filter", HEALTH)
    nodes = set(page.evaluate("kgExplorer.drawnNodeIds()"))
    edges = page.evaluate("kgExplorer.drawnEdgeIds().map(id => kgExplorer.model.edgeById.get(id).relation)")
    assert {"country/gh", "country/de", "person/kwame-mensah", HEALTH} <= nodes
    assert not nodes & {"country/ma", "country/us", "person/karim-alaoui", CYBER}
    assert sorted(edges) == ["cooperatesOn", "cooperatesOn", "cooperatesWith", "meets"]
    page.locator("#search").fill("Kwame")
    page.locator("#search").press("Enter")
    assert "health" in page.locator("#panel .facts").inner_text()
    assert "cybersecurity" not in page.locator("#panel .facts").inner_text()
