"""The query page shows a long result a page at a time, in headless Chromium against a live endpoint."""

from __future__ import annotations

import pytest

from tests.support import browser_support
from tests.support.server_support import Server, fixture_served_store, fixture_server  # noqa: F401

pytestmark = [pytest.mark.server, pytest.mark.browser]

browser = browser_support.browser  # Chromium for this module only (see tests/browser_support.py)

#: 250 rows from the query alone, so the pages do not depend on what the store holds.
_VALUES = " ".join(map(str, range(1, 251)))
NUMBERS = f"SELECT ?n WHERE {{ VALUES ?x {{ {_VALUES} }} BIND(?x AS ?n) }} ORDER BY ?n"


page = browser_support.quiet_page


def _shown(page) -> tuple[str, str, int]:
    """The first and last number shown, and how many rows."""
    cells = page.locator("#results tbody tr td:first-child")
    return cells.first.inner_text(), cells.last.inner_text(), cells.count()


def _wait_for_first(page, value: str) -> None:
    page.locator("#results tbody tr:first-child td", has_text=value).wait_for()


def test_server_query_page_pages_through_a_long_result(server: Server, page) -> None:
    page.goto(f"{server.url}/")
    page.fill("#editor", NUMBERS)
    page.click("#run")
    _wait_for_first(page, "1")
    assert _shown(page) == ("1", "100", 100)
    assert page.locator("#page-rows").inner_text() == "rows 1–100"
    assert page.locator("#previous").is_disabled() and page.locator("#next").is_enabled()
    page.fill("#editor", "SELECT * WHERE { ?s ?p ?o }")  # the pages keep the query that was run
    page.click("#next")
    _wait_for_first(page, "101")
    assert _shown(page) == ("101", "200", 100)
    page.click("#next")
    _wait_for_first(page, "201")
    assert _shown(page) == ("201", "250", 50)
    assert page.locator("#next").is_disabled() and page.locator("#previous").is_enabled()
    assert page.locator("#page-rows").inner_text() == "rows 201–250"
    page.click("#previous")
    _wait_for_first(page, "101")
    assert _shown(page) == ("101", "200", 100)
    download = page.locator("#downloads a", has_text="csv").get_attribute("href") or ""
    assert "LIMIT" not in download and "250" in download  # downloads hold every row, not the page


@pytest.mark.parametrize("query", [NUMBERS + " LIMIT 120", NUMBERS + " LIMIT 120 # its own page",
                                   'SELECT ?n WHERE { VALUES ?n { "LIMIT 5" } }'])
def test_server_query_page_leaves_short_or_self_paged_queries_whole(server: Server, page, query: str) -> None:
    page.goto(f"{server.url}/")
    page.fill("#editor", query)
    page.click("#run")
    page.locator("#results tbody tr").first.wait_for()
    rows = page.locator("#results tbody tr").count()
    assert rows == (120 if "LIMIT 120" in query else 1)
    assert page.locator("#pager").is_hidden()
