"""Article text stays inert in every HTML page: it can neither close a script nor run as a template."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import re
from html import unescape
from pathlib import Path

import pytest

from kg import viz
from kg.server.pages import render
from kg.viz.page import VIS_NETWORK_FILE, VIS_NETWORK_SHA256, VIS_NETWORK_VERSION, _vis_script
from kg.viz.synthetic import synthetic_graph
from tests.support import browser_support

browser = browser_support.browser
browser_page = browser_support.browser_page

PAYLOAD = "</script><script>alert(1)</script> {{7*7}} {% raw %}"


def _pages() -> dict[str, str]:
    graph = synthetic_graph(60)
    node = next(iter(graph.nodes))
    graph.nodes[node]["label"] = PAYLOAD
    return {
        "explorer": viz.render_html(graph, title=PAYLOAD),
        "explorer-live": viz.explorer_page(f"/explore/data.json?focus={PAYLOAD}", title=PAYLOAD),
        "query": render("query.html", {"examples": [{"name": PAYLOAD, "title": PAYLOAD, "description": PAYLOAD,
                                                     "query": PAYLOAD}], "endpoint": "/sparql", "base": PAYLOAD})
        .body.decode(),
        "neighbours": render("neighbours.html", {"endpoint": "/sparql", "base": "x", "focus": PAYLOAD}).body.decode(),
    }


def _data(page: str) -> object:
    found = re.search(r'<script type="application/json" id="(?:kg|page)-data">(.*?)</script>', page, flags=re.S)
    assert found is not None
    return json.loads(found.group(1))


def _title(page: str) -> str:
    found = re.search(r"<title>(.*?)</title>", page, flags=re.S)
    return unescape(found.group(1)) if found else ""


@pytest.mark.parametrize("name", ["explorer", "explorer-live", "query", "neighbours"])
def test_pages_article_text_is_inert(name: str) -> None:
    """The text comes back whole where the page keeps it, as data, never as markup or template."""
    page = _pages()[name]
    assert "<script>alert(1)" not in page and "</script><script>alert" not in page
    kept = json.dumps(_data(page), ensure_ascii=False)
    if name.startswith("explorer"):
        assert _title(page) == PAYLOAD  # escaped in the document, read back whole
    if name == "explorer-live":
        assert unescape(re.search(r'name="kg-data-url" content="([^"]*)"', page).group(1)).endswith(PAYLOAD)
    else:
        assert PAYLOAD in kept  # {{7*7}} survives as text: nothing evaluated it


@pytest.mark.browser
def test_pages_article_text_is_inert_in_chromium(browser_page, tmp_path: Path) -> None:
    for name, page in _pages().items():
        path = tmp_path / f"{name}.html"
        path.write_text(page, encoding="utf-8")
        browser_page.goto(path.as_uri())
        data = browser_page.evaluate("document.querySelector('script[type=\"application/json\"]').textContent")
        if name != "explorer-live":
            assert PAYLOAD in json.dumps(json.loads(data), ensure_ascii=False), name
        else:
            assert browser_page.evaluate("document.title") == PAYLOAD
        running = browser_page.evaluate("[...document.scripts].filter(s => !s.type && /alert\\(1\\)/.test("
                                        "s.textContent)).length")
        assert running == 0, name
    assert browser_page.recorded.dialogs == []


def test_pages_vis_network_is_the_pinned_file() -> None:
    script = _vis_script()
    assert f"@version {VIS_NETWORK_VERSION}" in script[:400] and "\r" not in script
    spec = importlib.util.find_spec("pyvis")
    shipped = Path(next(iter(spec.submodule_search_locations)), VIS_NETWORK_FILE).read_bytes()
    assert hashlib.sha256(shipped).hexdigest() == VIS_NETWORK_SHA256
    assert VIS_NETWORK_FILE.endswith(f"vis-{VIS_NETWORK_VERSION}/vis-network.min.js")


def test_pages_vis_network_other_than_pinned_is_refused(monkeypatch) -> None:
    from kg.errors import ResourceError
    from kg.viz import page

    monkeypatch.setattr(page, "VIS_NETWORK_SHA256", "0" * 64)
    page._vis_script.cache_clear()
    try:
        with pytest.raises(ResourceError, match=r"not vis-network 9\.1\.2 as pinned"):
            page._vis_script()
    finally:
        page._vis_script.cache_clear()
