"""What the explorer draws at a glance: labels by importance and zoom, views that fit, a capped focus."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kg import viz
from kg.store.oxigraph import EmbeddedStore
from kg.viz.subgraph import FOCUS_CAP
from tests.support import browser_support
from tests.support.explorer_support import build_explorer_store, fixture_explorer_server, fixture_explorer_store  # noqa: F401

browser = browser_support.browser
browser_page = browser_support.browser_page

pytestmark = pytest.mark.browser

#: Every drawn label box, and which nodes have their centre on the canvas.
DRAWN = """() => {
  const net = kgExplorer.network, canvas = document.querySelector('#graph canvas');
  const width = canvas.clientWidth, height = canvas.clientHeight;
  const on = kgExplorer.drawnNodeIds().filter((id) => {
    const body = net.body.nodes[id];
    if (body.options.hidden) return false;
    const p = net.canvasToDOM({x: body.x, y: body.y});
    return p.x >= 0 && p.y >= 0 && p.x <= width && p.y <= height;
  });
  return {labels: kgExplorer.labelBoxes(), onScreen: on, width, height, scale: net.getScale()};
}"""


@pytest.fixture(scope="module")
def big_page_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The explorer page of the test articles and the hub article (about 80 entities)."""
    folder = tmp_path_factory.mktemp("view")
    store = EmbeddedStore(build_explorer_store(folder / "store"), read_only=True)
    try:
        return viz.write_html(viz.graph(store), folder / "graph.html")
    finally:
        store.close()


def _open(page: Any, path: Path) -> Any:
    page.goto(path.as_uri())
    page.evaluate("window.kgExplorerReady")
    return page


#: Whether the view stays where it is for 150 ms (checked in the page, so that it is not fooled by a frame).
STILL = """() => new Promise((done) => {
  const net = kgExplorer.network, before = net.getViewPosition(), scale = net.getScale();
  setTimeout(() => { const now = net.getViewPosition();
    done(now.x === before.x && now.y === before.y && net.getScale() === scale); }, 150);
})"""


def _settled(page: Any) -> dict[str, Any]:
    """What is drawn once the view has stopped moving (fits and zooms are animated)."""
    for _ in range(100):
        if page.evaluate(STILL):
            break
    page.evaluate("kgExplorer.network.redraw()")
    return page.evaluate(DRAWN)


def _overlaps(boxes: list[dict[str, Any]]) -> list[tuple[str, str]]:
    found = []
    for index, first in enumerate(boxes):
        a = first["box"]
        for second in boxes[index + 1:]:
            b = second["box"]
            if a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]:
                found.append((first["text"], second["text"]))
    return found


def test_explorer_view_first_view_labels_the_most_central_nodes(browser_page, big_page_file: Path) -> None:
    page = _open(browser_page, big_page_file)
    drawn = _settled(page)
    labelled = {box["id"] for box in drawn["labels"] if box["kind"] == "node"}
    ranked = page.evaluate("kgExplorer.model.nodes.slice().sort((a, b) => b.centrality - a.centrality)"
                           ".slice(0, 5).map((n) => n.id)")
    assert len(labelled) >= 10
    assert len(set(ranked) & labelled) >= 4  # the hubs are named from the start
    assert _overlaps(drawn["labels"]) == []
    for box in drawn["labels"]:
        x0, y0, x1, y1 = box["box"]
        assert 0 <= x0 < x1 <= drawn["width"] and 0 <= y0 < y1 <= drawn["height"]
    assert page.recorded.console_errors == [] and page.recorded.page_errors == []


def test_explorer_view_zooming_in_shows_more_labels_without_overlap(browser_page, big_page_file: Path) -> None:
    page = _open(browser_page, big_page_file)
    before = _settled(page)
    page.evaluate("kgExplorer.network.moveTo({scale: kgExplorer.network.getScale() * 3, animation: false})")
    after = _settled(page)
    share = [len([b for b in d["labels"] if b["kind"] == "node"]) / max(len(d["onScreen"]), 1) for d in (before, after)]
    assert share[1] > share[0] * 1.5, share
    assert _overlaps(after["labels"]) == []
    assert any(box["kind"] == "edge" for box in after["labels"])  # relation names appear close up


def test_explorer_view_filter_fits_what_it_leaves(browser_page, big_page_file: Path) -> None:
    page = _open(browser_page, big_page_file)
    start = _settled(page)
    country = page.evaluate("kgExplorer.model.nodes.find((n) => n.type === 'Country').id")
    page.select_option("#country-filter", country)
    after = _settled(page)
    shown = page.evaluate("kgExplorer.drawnNodeIds().filter((id) => !kgExplorer.network.body.nodes[id].options.hidden)")
    assert after["scale"] > start["scale"] * 1.2  # the view closed in on the few nodes left
    assert set(shown) == set(after["onScreen"])  # and every one of them is on the canvas


def test_explorer_view_focus_fits_the_neighbourhood(browser_page, big_page_file: Path) -> None:
    page = _open(browser_page, big_page_file)
    start = _settled(page)
    node = page.evaluate("kgExplorer.model.nodes.find((n) => n.type === 'Person').id")
    page.evaluate(f"kgExplorer.reveal('{node}')")
    page.locator("#panel button", has_text="Focus on neighbours").click()
    after = _settled(page)
    lit = page.evaluate("kgExplorer.drawnNodeIds().filter((id) => kgExplorer.opacity(id) === 1)")
    assert node in lit and set(lit) <= set(after["onScreen"])
    assert after["scale"] > start["scale"]


def test_explorer_view_search_zooms_to_the_node(browser_page, big_page_file: Path) -> None:
    page = _open(browser_page, big_page_file)
    start = _settled(page)
    name = page.evaluate("kgExplorer.model.nodes.find((n) => n.type === 'GovernmentBody').name")
    page.locator("#search").fill(name)
    page.locator("#search").press("Enter")
    after = _settled(page)
    assert after["scale"] >= 1.45 > start["scale"]  # ZOOM_TO, give or take the view's own rounding
    selected = page.evaluate("kgExplorer.network.getSelectedNodes()")
    assert len(selected) == 1 and selected[0] in {box["id"] for box in after["labels"]}


@pytest.fixture
def served_page(browser, explorer_server) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1400, "height": 850})
    opened = context.new_page()
    opened.recorded = browser_support.watch(opened, (explorer_server.url,))
    yield opened
    context.close()


@pytest.mark.server
def test_explorer_view_depth_two_is_capped_and_grouped(served_page, explorer_server) -> None:
    page = served_page
    page.goto(f"{explorer_server.url}/explore?focus=country/ma&depth=2")
    page.locator("#counts", has_text="Showing").wait_for()
    drawn = _settled(page)
    total = page.evaluate("kgExplorer.model.nodes.length")
    assert len(drawn["onScreen"]) <= FOCUS_CAP < total
    more = page.locator("#more")
    assert more.inner_text() == f"+{total - FOCUS_CAP} more: show"
    focus = page.evaluate("""() => { const net = kgExplorer.network, n = net.body.nodes['country/ma'];
        return net.canvasToDOM({x: n.x, y: n.y}); }""")
    assert 0.3 < focus["x"] / drawn["width"] < 0.7 and 0.3 < focus["y"] / drawn["height"] < 0.7
    assert "country/ma" in {box["id"] for box in drawn["labels"]}
    more.click()
    expanded = _settled(page)
    assert len(expanded["onScreen"]) == total
    assert _overlaps(expanded["labels"]) == []
    assert page.recorded.console_errors == [] and page.recorded.page_errors == []
