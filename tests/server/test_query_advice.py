"""The endpoint and the query page: per-kind prefixes, advice on unknown terms, hints on syntax errors."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator

import httpx
import pytest

from kg.sparql.terms import WARNINGS_HEADER
from tests.support.server_support import Server, fixture_served_store, fixture_server  # noqa: F401

pytestmark = [pytest.mark.server]

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]
BASE = "https://w3id.org/digipol/id/"


def _ask(server: Server, query: str) -> httpx.Response:
    return httpx.post(server.endpoint, data={"query": query}, timeout=30,
                      headers={"Accept": "application/sparql-results+json"})


def test_server_kind_prefixes_are_predefined(server: Server) -> None:
    response = _ask(server, "SELECT ?p WHERE { country:ma dp:cooperatesWith ?p }")
    assert response.status_code == 200, response.text
    values = [row["p"]["value"] for row in response.json()["results"]["bindings"]]
    assert values == [BASE + "country/us"]
    assert WARNINGS_HEADER not in response.headers


def test_server_warns_on_unknown_term(server: Server) -> None:
    response = _ask(server, "SELECT ?d WHERE { country:ma dp:cooperateOn ?d }")
    assert response.status_code == 200, response.text
    warnings = json.loads(response.headers[WARNINGS_HEADER])
    assert warnings == ["dp:cooperateOn is not a term of the ontology, so it matches nothing; "
                        "did you mean dp:cooperatesOn?"]


def test_server_slash_in_name_says_how_to_write_it(server: Server) -> None:
    response = _ask(server, "SELECT ?p WHERE { dpr:country/ma dp:cooperatesWith ?p }")
    assert response.status_code == 400
    assert "write country:ma" in response.json()["message"]


@pytest.fixture
def page() -> Iterator:
    if not shutil.which(CHROMIUM):
        pytest.skip("headless Chromium is not installed (the Debian 'chromium' package)")
    playwright_api = pytest.importorskip("playwright.sync_api")
    with playwright_api.sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        opened = browser.new_page()
        errors: list[str] = []
        opened.on("pageerror", lambda error: errors.append(str(error)))
        yield opened
        browser.close()
        assert errors == [], f"the page raised: {errors}"


@pytest.mark.browser
def test_server_query_page_shows_term_warnings(server: Server, page) -> None:
    page.goto(f"{server.url}/")
    page.fill("#editor", "SELECT ?d WHERE { country:ma dp:cooperateOn ?d }")
    page.click("#run")
    warning = page.locator("#warnings li")
    warning.first.wait_for()
    assert warning.all_inner_texts() == ["dp:cooperateOn is not a term of the ontology, so it matches nothing; "
                                         "did you mean dp:cooperatesOn?"]
    assert page.locator("#warnings").is_visible()
    page.fill("#editor", "SELECT ?d WHERE { country:ma dp:cooperatesOn ?d }")
    page.click("#run")
    page.locator("#results tbody tr").first.wait_for()
    assert page.locator("#results tbody tr").count() == 2
    assert page.locator("#warnings").is_hidden()
