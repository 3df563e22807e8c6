"""Paging of query results: ``kg query --limit/--offset`` and the text it runs."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from kg.errors import InputError
from kg.queries.named import paged, run_query

NAMES = "SELECT ?name { ?p a dp:Person ; rdfs:label ?name } ORDER BY ?name"


def _names(store, sparql: str) -> list[str]:
    return [row["name"].value for row in run_query(store, sparql)]


@pytest.mark.parametrize(("limit", "offset"), [(1, 0), (1, 1), (5, 1), (None, 1), (0, 0)])
def test_query_paged_returns_that_slice(sample_store, limit: int | None, offset: int) -> None:
    everything = _names(sample_store, NAMES)
    end = None if limit is None else offset + limit
    assert _names(sample_store, paged(NAMES, limit, offset)) == everything[offset:end]


def test_query_paged_leaves_an_unpaged_query_alone() -> None:
    assert paged(NAMES) == NAMES


@pytest.mark.parametrize("sparql", [NAMES + " LIMIT 3", NAMES + " offset 2 # page two", "ASK { ?s ?p ?o }"])
def test_query_paged_refuses_queries_it_cannot_page(sparql: str) -> None:
    with pytest.raises(InputError):
        paged(sparql, 10, 0)


def test_query_paged_ignores_limit_in_strings_and_comments(sample_store) -> None:
    sparql = 'SELECT ?name { ?p rdfs:label ?name FILTER(?name != "LIMIT 3") } ORDER BY ?name # LIMIT 3'
    assert len(_names(sample_store, paged(sparql, 1, 0))) == 1


def test_query_cli_limit_and_offset(tmp_path, sample) -> None:
    from kg.cli import cli
    from kg.rdf.iris import Iris
    from kg.rdf.mapping import article_graph
    from kg.services.ingest import ensure_reference, write_articles
    from kg.store.oxigraph import EmbeddedStore

    store = EmbeddedStore(tmp_path / "store")
    ensure_reference(store)
    iris = Iris()
    write_articles(store, {iris.article(sample.article.id).value: article_graph(sample, iris)}, iris)
    store.close()
    runner = CliRunner()
    base = ["--store", str(tmp_path / "store"), "query", NAMES, "--format", "csv"]
    first = runner.invoke(cli, [*base, "--limit", "1"])
    second = runner.invoke(cli, [*base, "--limit", "1", "--offset", "1"])
    assert first.exit_code == 0 and second.exit_code == 0, first.output + second.output
    assert first.output.splitlines()[1:] == ["Amal El Fallah Seghrouchni"]
    assert second.output.splitlines()[1:] == ["Leila Elmergawi"]
    refused = runner.invoke(cli, ["--store", str(tmp_path / "store"), "query", NAMES + " LIMIT 2", "--limit", "1"])
    assert refused.exit_code == 2 and "its own LIMIT" in refused.output
