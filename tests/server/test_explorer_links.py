"""Every IRI the query page shows opens something useful: clicked in headless Chromium, kind by kind."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.support import browser_support
from tests.support.explorer_support import fixture_explorer_server, fixture_explorer_store  # noqa: F401

browser = browser_support.browser

pytestmark = [pytest.mark.server, pytest.mark.browser]

BASE = "https://w3id.org/digipol/id/"
KINDS = """SELECT ?entity ?event ?article ?statement WHERE {
  ?event a dp:Meeting ; prov:wasDerivedFrom ?article .
  ?statement a rdf:Statement ; prov:wasDerivedFrom ?article ; rdf:subject ?entity .
} ORDER BY ?statement LIMIT 1"""


@pytest.fixture
def page(browser, explorer_server) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    opened = context.new_page()
    opened.recorded = browser_support.watch(opened, (explorer_server.url,))
    yield opened
    context.close()


def run_query(page: Any, url: str, sparql: str) -> None:
    page.goto(f"{url}/")
    page.fill("#editor", sparql)
    page.click("#run")
    page.locator("#results tbody tr").first.wait_for()


@pytest.mark.parametrize("column", ["entity", "event", "article", "statement"])
def test_explorer_links_open_the_explorer_on_each_kind(page, explorer_server, column: str) -> None:
    run_query(page, explorer_server.url, KINDS)
    index = ["entity", "event", "article", "statement"].index(column)
    link = page.locator("#results tbody tr").first.locator("td").nth(index).locator("a")
    iri = link.get_attribute("title")
    assert iri.startswith(BASE)
    link.click()
    page.wait_for_url("**/explore?focus=*")
    page.locator("#counts", has_text="Showing").wait_for()
    drawn = page.evaluate("() => kgExplorer.drawnNodeIds()")
    assert len(drawn) >= 2
    if column in ("entity", "event"):
        assert iri[len(BASE):] in drawn
    if column == "article":
        title = page.evaluate(f"() => kgExplorer.model.articles['{iri[len(BASE):]}'].title")
        assert f"Relations stated in {title}" in page.locator("#banner").inner_text()
    assert page.recorded.console_errors == [] and page.recorded.page_errors == []


def test_explorer_links_graphs_and_outside_terms(page, explorer_server) -> None:
    run_query(page, explorer_server.url, "SELECT ?g ?class WHERE { GRAPH ?g { ?x a ?class } "
              "FILTER(STRSTARTS(STR(?g), STR(dpr:graph))) } LIMIT 1")
    cells = page.locator("#results tbody tr").first.locator("td a")
    graph, outside = cells.nth(0), cells.nth(1)
    assert graph.get_attribute("href").startswith("/store?graph=")
    assert outside.get_attribute("href") == outside.get_attribute("title")
    assert outside.get_attribute("rel") == "noopener noreferrer"
    response = page.request.get(explorer_server.url + graph.get_attribute("href"))
    assert response.status == 200 and len(response.body()) > 0
