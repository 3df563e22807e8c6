"""The query page and the explorer work in headless Chromium against a live endpoint."""

from __future__ import annotations

import pytest

from tests.support import browser_support
from tests.support.server_support import Server, fixture_served_store, fixture_server  # noqa: F401

pytestmark = [pytest.mark.server, pytest.mark.browser]

browser = browser_support.browser  # Chromium for this module only (see tests/support/browser_support.py)


page = browser_support.quiet_page


def test_server_query_page_runs_a_canned_query(server: Server, page) -> None:
    page.goto(f"{server.url}/")
    page.get_by_role("button", name="Who holds what").click()
    rows = page.locator("#results tbody tr")
    rows.first.wait_for()
    assert rows.count() > 0
    assert "row" in page.locator("#status").inner_text()
    assert page.locator("#downloads a", has_text="csv").count() == 1


def test_server_query_page_shows_errors_and_graphs(server: Server, page) -> None:
    page.goto(f"{server.url}/")
    page.fill("#editor", "SELECT ?x WHERE { ?x ?p }")
    page.click("#run")
    page.locator("#results .error").wait_for()
    assert "QuerySyntaxError" in page.locator("#results .error").inner_text()
    page.fill("#editor", "CONSTRUCT WHERE { ?p a dp:Person }")
    page.keyboard.press("Control+Enter")
    page.locator("#results tbody tr").first.wait_for()
    assert page.locator("#results th").all_inner_texts() == ["subject", "predicate", "object"]


@pytest.mark.parametrize("address", ["/explore", "/explore?focus=country/ma&depth=1"])
def test_server_explorer_draws_the_live_graph(server: Server, page, address: str) -> None:
    page.goto(f"{server.url}{address}")
    page.locator("#counts", has_text="Showing").wait_for()  # the page's CSP forbids string evaluation
    assert page.evaluate("() => window.kgExplorer.drawnNodeIds().length") > 1
    counts = page.locator("#counts")
    assert " facts" in counts.inner_text()  # the unit kg stats calls facts, not its statements
    assert "kg stats" in (counts.get_attribute("title") or "")


def test_server_neighbours_page_expands_through_the_endpoint(server: Server, page) -> None:
    page.goto(f"{server.url}/explore/neighbours")
    page.locator("#entities button", has_text="Morocco").first.click()
    page.locator("#canvas circle").nth(1).wait_for()
    assert page.locator("#canvas circle").count() > 1
