"""The endpoint's parts on their own: negotiation, protocol rules, examples, workers, guard, CLI."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.errors import InputError, QueryRefused, QueryTooLarge
from kg.server import jobs
from kg.server.negotiation import negotiate, prefers_html
from kg.server.pages import examples, script_json
from kg.server.protocol import operation_from
from kg.server.worker import Worker, WorkerSettings, graph_update
from kg.settings import DEFAULT_BASE_IRI
from kg.sparql.guard import check_update, declares_dataset, mask, nesting_depth
from tests.support.server_support import build_store

# -- negotiation -----------------------------------------------------------------------------


@pytest.mark.parametrize(("accept", "results", "graph"), [
    (None, "json", "turtle"),
    ("*/*", "json", "turtle"),
    ("application/sparql-results+xml", "xml", "turtle"),
    ("application/json", "json", "jsonld"),
    ("text/csv;q=0.5, text/tab-separated-values", "tsv", "turtle"),
    ("application/rdf+xml, application/sparql-results+xml;q=0.9", "xml", "rdfxml"),
    ("text/plain", "json", "ntriples"),
    ("text/*", "csv", "turtle"),
    ("image/png", "json", "turtle"),
    ("application/sparql-results+json;q=0, text/csv;q=0.1", "csv", "turtle"),
])
def test_server_negotiation_picks_formats(accept: str | None, results: str, graph: str) -> None:
    choice = negotiate(accept)
    assert (choice.results.name, choice.graph.name) == (results, graph)


@pytest.mark.parametrize(("param", "results", "graph"), [
    ("csv", "csv", "turtle"), ("json", "json", "jsonld"), ("nt", "json", "ntriples"),
    ("text/turtle", "json", "turtle"), ("unknown", "json", "turtle"),
])
def test_server_negotiation_format_parameter(param: str, results: str, graph: str) -> None:
    choice = negotiate("application/sparql-results+xml", param)
    assert (choice.results.name, choice.graph.name) == (results, graph)


@pytest.mark.parametrize(("accept", "html"), [
    ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", True),
    ("application/sparql-results+json", False), (None, False), ("*/*", False),
])
def test_server_prefers_html(accept: str | None, html: bool) -> None:
    assert prefers_html(accept) is html


# -- protocol --------------------------------------------------------------------------------

def test_server_protocol_reads_a_query_with_its_dataset() -> None:
    operation = operation_from([("query", "ASK {}"), ("default-graph-uri", "urn:a"), ("default-graph-uri", "urn:b"),
                                ("named-graph-uri", "urn:c"), ("format", "csv")], post=False)
    assert operation is not None
    assert (operation.kind, operation.default_graphs, operation.named_graphs, operation.format) == (
        "query", ("urn:a", "urn:b"), ("urn:c",), "csv")


def test_server_protocol_without_a_query_asks_for_the_description() -> None:
    assert operation_from([("format", "json")], post=False) is None
    with pytest.raises(InputError):
        operation_from([], post=True)


# -- pages -----------------------------------------------------------------------------------

def test_server_examples_all_run(sample_store) -> None:
    for example in examples(DEFAULT_BASE_IRI):
        result = sample_store.query(example["query"])
        assert len(list(result)) > 0, example["name"]


def test_server_script_json_cannot_close_the_script() -> None:
    assert "</script>" not in script_json({"text": "</script><script>alert(1)</script>"})


# -- workers ---------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def worker(tmp_path_factory: pytest.TempPathFactory) -> Worker:
    store = build_store(tmp_path_factory.mktemp("worker") / "store")
    return Worker(WorkerSettings(str(store), DEFAULT_BASE_IRI, allow_service=False, max_result_bytes=2000))


def test_server_worker_answers_in_the_asked_format(worker: Worker) -> None:
    reply = worker.handle(jobs.QueryJob("SELECT ?p WHERE { ?p a dp:Person }", results="csv"))
    assert reply.ok and reply.format == "csv" and reply.body.startswith(b"p\r\n")


@pytest.mark.parametrize(("query", "status", "error"), [
    ("CONSTRUCT WHERE { ?s ?p ?o }", 507, "ResultTooLarge"),
    ("SELECT ?x WHERE { ?x }", 400, "QuerySyntaxError"),
    ("SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }", 403, "QueryRefused"),
])
def test_server_worker_reports_errors(worker: Worker, query: str, status: int, error: str) -> None:
    reply = worker.handle(jobs.QueryJob(query))
    assert (reply.status, reply.error) == (status, error)


def test_server_worker_reads_a_missing_graph_as_404(worker: Worker) -> None:
    assert worker.handle(jobs.GraphReadJob("urn:graph:none")).status == 404


@pytest.mark.parametrize(("graph", "replace"), [("urn:g", True), ("urn:g", False), (None, True), (None, False)])
def test_server_graph_update_is_valid_sparql(graph: str | None, replace: bool) -> None:
    store = ox.Store()
    store.update(graph_update(graph, ['<urn:s> <urn:p> "o"'], replace=replace))
    assert len(store) == 1


# -- the guard's additions for the endpoint ----------------------------------------------------

@pytest.mark.parametrize("update", [
    "LOAD <http://example.org/data.ttl>",
    "load silent <http://example.org/data.ttl> into graph <urn:g>",
    "INSERT { ?s ?p ?o } WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
    "DELETE WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
])
def test_server_guard_refuses_network_updates(update: str) -> None:
    with pytest.raises(QueryRefused):
        check_update(update)


def test_server_guard_allows_local_updates() -> None:
    check_update('INSERT DATA { <urn:a> <urn:b> "LOAD SERVICE" } ; CLEAR GRAPH <http://example.org/g>')


@pytest.mark.parametrize("query", [
    "SELECT * WHERE { ?s ?p " + "[ <urn:p> " * 200 + "1" + " ]" * 200 + " }",
    "SELECT * WHERE { FILTER(" + "! " * 200 + "true) }",
    "SELECT * WHERE { FILTER(" + "-" * 200 + "1) }",
])
def test_server_guard_bounds_brackets_and_unary_chains(query: str) -> None:
    with pytest.raises(QueryTooLarge):
        check_update(query)


def test_server_guard_nesting_ignores_iris_and_comparisons() -> None:
    masked = mask("SELECT * { ?s <http://x/a(b)[c]> ?o FILTER(?o < 3 && ?o > -1 && !BOUND(?x)) }")
    assert nesting_depth(masked) == 3


@pytest.mark.parametrize(("query", "declared"), [
    ("SELECT * FROM <urn:g> { ?s ?p ?o }", True),
    ("SELECT * FROM NAMED <urn:g> { GRAPH ?g { ?s ?p ?o } }", True),
    ('SELECT * { ?s ?p "FROM <urn:g>" }', False),
])
def test_server_guard_sees_dataset_clauses(query: str, declared: bool) -> None:
    assert declares_dataset(query) is declared


# -- command line ----------------------------------------------------------------------------

@pytest.mark.parametrize(("args", "code", "message"), [
    (["--store", "http://example.org/sparql"], 2, "never proxies"),
    (["--allow-update"], 2, "bearer token"),
])
def test_server_cli_refuses_unservable_setups(tmp_path: Path, args: list[str], code: int, message: str) -> None:
    result = CliRunner().invoke(cli, ["serve", "--store", str(tmp_path / "store"), *args])
    assert result.exit_code == code
    assert message in result.output


def test_server_cli_refuses_a_missing_store(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["serve", "--store", str(tmp_path / "nothing")])
    assert result.exit_code == 3
    assert "no store here yet" in result.output
