"""Headers of a real ``kg serve``: nosniff everywhere, pages never framed, Host names checked."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest

from kg.server.middleware import allowed_hosts, host_name
from tests.support import browser_support
from tests.support.server_support import (  # noqa: F401
    Server,
    fixture_served_store,
    fixture_server,
    running,
)

PAGES = ["/", "/explore", "/explore/neighbours"]


@pytest.fixture(scope="module", name="browser")
def fixture_browser() -> Iterator[Any]:
    """Chromium for this module only, closed before another module starts its own."""
    if not os.path.exists(browser_support.CHROMIUM):
        pytest.skip(f"headless Chromium not found at {browser_support.CHROMIUM}")
    sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright's Python package is not installed")
    with sync_api.sync_playwright() as playwright:
        launched = browser_support.launch_chromium(playwright)
        yield launched
        launched.close()


@pytest.mark.server
@pytest.mark.parametrize(("method", "path", "params"), [
    ("GET", "/", {}),
    ("GET", "/health", {}),
    ("GET", "/openapi.json", {}),
    ("GET", "/sparql", {"query": "ASK { ?s ?p ?o }"}),
    ("GET", "/sparql", {"query": "SELECT * WHERE {"}),
    ("GET", "/sparql", {"query": "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }"}),
    ("POST", "/sparql", {"update": "INSERT DATA { <urn:a> <urn:b> <urn:c> }"}),
    ("GET", "/no/such/page", {}),
    ("GET", "/static/no-such-file.js", {}),
    ("OPTIONS", "/sparql", {}),
])
def test_server_headers_nosniff_on_every_response(server: Server, method: str, path: str, params: dict) -> None:
    headers = {"Origin": "https://example.org", "Access-Control-Request-Method": "POST"} if method == "OPTIONS" else {}
    response = httpx.request(method, server.url + path, params=params if method == "GET" else None,
                             data=params if method == "POST" else None, headers=headers, timeout=60)
    assert response.headers.get("x-content-type-options") == "nosniff", (response.status_code, response.headers)


@pytest.mark.server
@pytest.mark.parametrize("path", PAGES)
def test_server_headers_pages_refuse_framing(server: Server, path: str) -> None:
    response = httpx.get(server.url + path, timeout=60)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert "frame-ancestors 'none'" in response.headers.get_list("content-security-policy")
    assert response.headers["x-frame-options"] == "DENY"


@pytest.mark.server
@pytest.mark.parametrize(("host", "status"), [
    ("127.0.0.1", 200), ("localhost:7878", 200), ("[::1]:7878", 200), ("LOCALHOST", 200),
    ("evil.example", 400), ("evil.example:7878", 400), ("127.0.0.1.evil.example", 400), ("", 400),
])
def test_server_headers_loopback_server_checks_the_host(server: Server, host: str, status: int) -> None:
    response = httpx.get(f"{server.url}/sparql", params={"query": "ASK { ?s ?p ?o }"}, headers={"Host": host})
    assert response.status_code == status
    if status == 400:
        assert response.json()["error"] == "HostNotAllowed"
        assert response.headers.get("x-content-type-options") == "nosniff"


@pytest.mark.server
def test_server_headers_allowed_host_option(served_store: Path, tmp_path: Path) -> None:
    with running(served_store, tmp_path / "named.log", "--allowed-host", "kg.example.org") as named:
        statuses = [httpx.get(f"{named.url}/health", headers={"Host": host}).status_code
                    for host in ("kg.example.org", "kg.example.org:443", "127.0.0.1", "other.example.org")]
    assert statuses == [200, 200, 200, 400]


@pytest.mark.parametrize(("bound", "given", "expected"), [
    ("127.0.0.1", (), ("localhost", "127.0.0.1", "::1")),
    ("::1", ("kg.example.org",), ("localhost", "127.0.0.1", "::1", "kg.example.org")),
    ("0.0.0.0", (), ("*",)),
    ("0.0.0.0", ("KG.example.org",), ("localhost", "127.0.0.1", "::1", "kg.example.org")),
    ("192.0.2.7", (), ("localhost", "127.0.0.1", "::1", "192.0.2.7")),
    ("192.0.2.7", ("*",), ("*",)),
])
def test_server_headers_allowed_hosts_defaults(bound: str, given: tuple[str, ...], expected: tuple[str, ...]) -> None:
    assert allowed_hosts(bound, given) == expected


@pytest.mark.parametrize(("header", "name"), [
    ("example.org", "example.org"), ("Example.org:8080", "example.org"), ("[::1]:7878", "::1"), ("[::1]", "::1"),
    ("::1", "::1"),
])
def test_server_headers_host_name(header: str, name: str) -> None:
    assert host_name(header) == name


class Framer:
    """A page on another loopback port (so another origin) that frames two addresses."""

    def __init__(self, *sources: str) -> None:
        body = "".join(f'<iframe name="frame{index}" src="{source}"></iframe>'
                       for index, source in enumerate(sources)).encode()

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.mark.server
@pytest.mark.browser
@pytest.mark.parametrize("path", PAGES)
def test_server_headers_chromium_refuses_to_frame_the_pages(server: Server, browser, path: str) -> None:
    """A page of another origin frames a page and a JSON answer: Chromium shows the JSON (the
    control: framing works) and refuses the page."""
    framer = Framer(server.url + path, f"{server.url}/health")
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(framer.url)
        page.wait_for_load_state("load")
        frames = {frame.name: frame for frame in page.frames if frame.name}
        assert '"status"' in frames["frame1"].inner_text("body")
        assert not frames["frame0"].url.startswith(server.url)
        assert frames["frame0"].query_selector("textarea, canvas, input") is None
    finally:
        context.close()
        framer.close()
