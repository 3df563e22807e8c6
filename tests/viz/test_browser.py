"""The explorer page in headless Chromium: offline, faithful to the projection, filterable, safe."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg import viz
from kg.viz.synthetic import synthetic_graph
from tests.support import browser_support
from tests.viz import test_projection as test_viz_projection

browser = browser_support.browser
browser_page = browser_support.browser_page
viz_store = test_viz_projection.viz_store

pytestmark = pytest.mark.browser

XSS_NAME = "<img src=x onerror=alert(1)>"
CSP_PROBE = ("window.__violations = [];"
             "document.addEventListener('securitypolicyviolation',"
             " e => window.__violations.push(e.violatedDirective));")


@pytest.fixture
def graph(viz_store):
    return viz.graph(viz_store)


def _open(page, graph, tmp_path: Path, name: str = "graph.html", **options):
    path = viz.write_html(graph, tmp_path / name, **options)
    page.add_init_script(CSP_PROBE)
    page.goto(path.as_uri())
    page.evaluate("window.kgExplorerReady")
    return page


def _drawn(page) -> tuple[list[str], list[str]]:
    return page.evaluate("[kgExplorer.drawnNodeIds(), kgExplorer.drawnEdgeIds()]")


def _click_at(page, x: float, y: float, double: bool = False) -> None:
    """Click the canvas at a point given in graph coordinates."""
    point = page.evaluate(f"""(() => {{
        const dom = kgExplorer.network.canvasToDOM({{x: {x}, y: {y}}});
        const box = document.querySelector('#graph canvas').getBoundingClientRect();
        return [box.left + dom.x, box.top + dom.y];
    }})()""")
    (page.mouse.dblclick if double else page.mouse.click)(*point)


def _position(page, node: str) -> tuple[float, float]:
    found = page.evaluate(f"kgExplorer.network.getPositions([{json.dumps(node)}])[{json.dumps(node)}]")
    return found["x"], found["y"]


def test_viz_browser_loads_offline_without_errors(browser_page, graph, tmp_path: Path) -> None:
    page = _open(browser_page, graph, tmp_path)
    recorded = page.recorded
    assert recorded.requests == [] and recorded.console_errors == [] and recorded.page_errors == []
    assert page.evaluate("window.__violations") == []
    assert "14 of 14 entities" in page.locator("#counts").inner_text()


def test_viz_browser_draws_every_node_and_edge_of_the_projection(browser_page, graph, tmp_path: Path) -> None:
    nodes, edges = _drawn(_open(browser_page, graph, tmp_path))
    assert sorted(nodes) == sorted(graph.nodes)
    assert len(edges) == graph.number_of_edges()


def test_viz_browser_type_filter_hides_that_type(browser_page, graph, tmp_path: Path) -> None:
    page = _open(browser_page, graph, tmp_path)
    page.locator("#type-filter label", has_text="People").click()
    nodes, edges = _drawn(page)
    people = {n for n, d in graph.nodes(data=True) if d["type"] == "Person"}
    assert set(nodes) == set(graph) - people
    assert len(edges) == sum(1 for u, v in graph.edges() if u not in people and v not in people)


def test_viz_browser_date_slider_hides_earlier_relations(browser_page, graph, tmp_path: Path) -> None:
    page = _open(browser_page, graph, tmp_path)
    months = page.evaluate("kgExplorer.model.months")
    assert months[0] == "2024-06" and months[-1] == "2025-03"
    page.locator("#date-from").fill(str(months.index("2025-03")))
    assert page.locator("#date-from-label").inner_text() == "Mar 2025"
    nodes, edges = _drawn(page)
    assert "person/img-onerror" not in nodes and "org/acme" not in nodes
    assert "country/ma" in nodes
    assert len(edges) == sum(1 for _, _, d in graph.edges(data=True) if d["end"] >= "2025-03-01")


def test_viz_browser_clicking_an_edge_shows_its_evidence(browser_page, graph, tmp_path: Path) -> None:
    page = _open(browser_page, graph, tmp_path)
    (ax, ay), (bx, by) = _position(page, "country/ma"), _position(page, "country/us")
    page.evaluate("kgExplorer.network.fit()")
    _click_at(page, (ax + bx) / 2, (ay + by) / 2)
    panel = page.locator("#panel")
    assert "Les deux pays vont coopérer." in panel.locator(".evidence blockquote").all_inner_texts()
    link = panel.locator(".evidence a").first
    assert link.inner_text() == "Rabat et Washington renforcent leur coopération numérique"
    assert link.get_attribute("href") == "https://www.example-news.ma/rabat-washington-numerique"


def test_viz_browser_search_focuses_the_node(browser_page, graph, tmp_path: Path) -> None:
    page = _open(browser_page, graph, tmp_path)
    page.locator("#search").fill("maroc")
    assert page.locator("#search-results li").first.inner_text().startswith("Morocco")
    page.locator("#search").press("Enter")
    assert page.evaluate("kgExplorer.network.getSelectedNodes()") == ["country/ma"]
    assert page.locator("#panel h2").inner_text() == "Morocco"
    centred = """([x, y]) => {
        const centre = kgExplorer.network.getViewPosition();
        return Math.abs(centre.x - x) < 1 && Math.abs(centre.y - y) < 1;
    }"""
    page.wait_for_function(centred, arg=list(_position(page, "country/ma")), timeout=5000)


def test_viz_browser_focus_mode_fades_the_rest(browser_page, graph, tmp_path: Path) -> None:
    page = _open(browser_page, graph, tmp_path)
    page.evaluate("kgExplorer.reveal('person/leila-elmergawi')")
    page.locator("#panel button", has_text="Focus on neighbours").click()
    opacity = page.evaluate("Object.fromEntries(kgExplorer.model.nodes.map(n => [n.id, kgExplorer.opacity(n.id)]))")
    assert opacity["person/leila-elmergawi"] == 1 and opacity["body/united-states-department-of-state"] == 1
    assert opacity["place/washington"] < 0.5
    assert "Focus: Leila Elmergawi" in page.locator("#banner").inner_text()


def test_viz_browser_article_text_never_runs(browser_page, graph, tmp_path: Path) -> None:
    page = _open(browser_page, graph, tmp_path)
    _click_at(page, *_position(page, "person/img-onerror"))
    assert page.locator("#panel h2").inner_text() == XSS_NAME
    assert "window.__pwned = 1" in page.locator("#panel .facts").inner_text()
    page.evaluate("kgExplorer.showEdge(kgExplorer.model.edges.find(e => e.from === 'person/img-onerror').id)")
    quote = page.locator("#panel .evidence blockquote").inner_text()
    assert "</script><script>window.__pwned = 2</script><img src=x onerror=alert(5)>" in quote
    page.mouse.move(0, 0)
    x, y = _position(page, "person/img-onerror")
    point = page.evaluate(f"kgExplorer.network.canvasToDOM({{x: {x}, y: {y}}})")
    box = page.locator("#graph canvas").bounding_box()
    page.mouse.move(box["x"] + point["x"], box["y"] + point["y"])
    page.locator("#tooltip").wait_for(state="visible")
    assert page.locator("#tooltip").inner_text().startswith(XSS_NAME)
    assert page.evaluate("[window.__pwned, document.images.length, window.__violations.length]") == [None, 0, 0]
    assert page.recorded.dialogs == [] and page.recorded.page_errors == [] and page.recorded.requests == []


def test_viz_browser_summary_expands_on_demand(browser_page, tmp_path: Path) -> None:
    graph = synthetic_graph(400, seed=3)
    page = _open(browser_page, graph, tmp_path, summary=True)
    nodes, _ = _drawn(page)
    assert any(node.startswith("cluster:") for node in nodes) and len(nodes) < len(graph) / 2
    country = next(n for n in nodes if n.startswith("cluster:country/"))
    _click_at(page, *_position(page, country), double=True)
    members = {n for n, d in graph.nodes(data=True) if f"cluster:{d['cluster']}" == country}
    expanded, _ = _drawn(page)
    assert members <= set(expanded) and country not in expanded
    page.locator("#banner button", has_text="Show all entities").click()
    assert len(_drawn(page)[0]) == len(graph)


def test_viz_browser_filter_applies_within_a_second(browser_page, tmp_path: Path) -> None:
    page = _open(browser_page, synthetic_graph(1000, seed=2), tmp_path)
    timing = page.evaluate("kgExplorer.measure(e => { e.model.state.types.delete('Person'); e.apply(); })")
    assert timing["frames"] < 60 and timing["ms"] < 1000


def test_viz_browser_events_as_nodes(browser_page, viz_store, tmp_path: Path) -> None:
    graph = viz.graph(viz_store, events="nodes")
    page = _open(browser_page, graph, tmp_path)
    nodes, _ = _drawn(page)
    assert any(node.startswith("event/meeting/") for node in nodes)
    assert page.locator("#type-filter label", has_text="Meetings").count() == 1


def test_viz_browser_page_can_fetch_its_data(browser_page, graph) -> None:
    page = browser_page
    origin = "http://explorer.test"
    html = viz.explorer_page("/explore/data.json")
    data = json.dumps(viz.explorer_data(graph))
    page.route(f"{origin}/explore", lambda route: route.fulfill(body=html, content_type="text/html"))
    page.route(f"{origin}/explore/data.json", lambda route: route.fulfill(body=data, content_type="application/json"))
    page.goto(f"{origin}/explore")
    page.evaluate("window.kgExplorerReady")
    assert len(_drawn(page)[0]) == len(graph)
    assert page.recorded.requests == [] and page.recorded.page_errors == []
