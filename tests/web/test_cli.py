"""The web commands at the command line, and the endpoint that never fetches on a user's behalf."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

from kg.cli import cli
from tests.support.server_support import (  # noqa: F401
    Recorder,
    Server,
    fixture_recorder,
    fixture_served_store,
    fixture_server,
)
from tests.support.web_support import WebServer
from tests.web.test_ingest import page

KG = Path(__file__).parents[2] / "kg"


@pytest.fixture(name="fetch_settings_file")
def fixture_fetch_settings_file(tmp_path: Path) -> Path:
    settings = tmp_path / "fetch.yaml"
    settings.write_text("rate_per_host: 0\nbackoff: 0.01\n", encoding="utf-8")
    return settings


def test_cli_ingest_urls_file_then_reextract(tmp_path: Path, fetch_settings_file: Path):
    with WebServer({"/en": page("en-page.html"), "/fr": page("fr-page.html")}) as site:
        urls = tmp_path / "urls.txt"
        lines = ["# press rooms", site.url("/en"), "", site.url("/fr"), site.url("/gone")]
        urls.write_text("\n".join(lines) + "\n", encoding="utf-8")
        runner = CliRunner()
        env = {"KG_WEB_FETCH": str(fetch_settings_file)}
        store = str(tmp_path / "store")
        result = runner.invoke(cli, ["--store", store, "ingest", "--urls", str(urls)], env=env)
    assert result.exit_code == 1, result.output
    assert f"{site.url('/gone')}: HTTP 404" in result.output
    assert "2 ingested, 0 skipped, 1 failed" in result.output
    assert (tmp_path / "store.captures" / "index.jsonl").exists()
    again = runner.invoke(cli, ["--store", store, "reextract"], env=env)
    assert again.exit_code == 0, again.output
    assert "2 re-extracted, 0 skipped, 0 failed" in again.output


def test_cli_extract_prints_the_contract_json_of_a_url(fetch_settings_file: Path):
    with WebServer({"/fr": page("fr-page.html")}) as site:
        result = CliRunner().invoke(cli, ["extract", site.url("/fr"), "--format", "jsonl"],
                                    env={"KG_WEB_FETCH": str(fetch_settings_file)})
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout.splitlines()[0])
    assert record["article"]["url"] == site.url("/fr") and record["article"]["language"] == "fr"
    assert any(entity["id"] == "country/sn" for entity in record["entities"])


def test_cli_ingest_refuses_other_schemes_naming_them(tmp_path: Path):
    result = CliRunner().invoke(cli, ["--store", str(tmp_path / "store"), "ingest", "ftp://127.0.0.1/a.html"])
    assert result.exit_code == 1
    assert "ftp://127.0.0.1/a.html: only http and https URLs are fetched, not 'ftp'" in result.output


def test_server_code_never_imports_the_web_fetcher():
    for module in (KG / "server").glob("*.py"):
        tree = ast.parse(module.read_text(encoding="utf-8"))
        imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module}
        imported |= {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
        assert not any(name.startswith("kg.web") for name in imported), module.name


@pytest.mark.server
@pytest.mark.parametrize(("method", "path", "params"), [
    ("GET", "/explore", {"url": "{u}/page"}),
    ("GET", "/explore/neighbours", {"iri": "{u}/page"}),
    ("GET", "/store", {"graph": "{u}/page"}),
    ("POST", "/ingest", {"url": "{u}/page"}),
    ("GET", "/sparql", {"query": "SELECT * FROM <{u}/page> WHERE { ?s ?p ?o }"}),
])
def test_server_serving_is_not_fetching(server: Server, recorder: Recorder, method: str, path: str, params: dict):
    filled = {key: value.replace("{u}", recorder.url) for key, value in params.items()}
    response = httpx.request(method, server.url + path, params=filled, timeout=30)
    assert response.status_code < 500
    assert recorder.requests == []
