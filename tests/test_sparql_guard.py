"""Queries that would reach the network or overwhelm the parser are refused before parsing."""

from __future__ import annotations

import pytest

from kg.errors import QueryRefused, QueryTooLarge
from kg.sparql_guard import Limits, check_query

BASE = "https://w3id.org/digipol/id/"


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * { SERVICE <http://evil.example/sparql> { ?s ?p ?o } }",
        "select * { service silent <http://evil.example/sparql> { ?s ?p ?o } }",
        "SELECT * FROM <http://evil.example/data.ttl> { ?s ?p ?o }",
        "SELECT * FROM NAMED <http://evil.example/g> { GRAPH ?g { ?s ?p ?o } }",
        "LOAD <http://evil.example/data.ttl>",
    ],
)
def test_sparql_guard_refuses_network(query: str) -> None:
    with pytest.raises(QueryRefused):
        check_query(query, local_graphs=BASE)


@pytest.mark.parametrize(
    "query",
    [
        'SELECT * { ?s ?p "SERVICE <http://x> LOAD" }',
        "SELECT * { ?s ?p ?o } # SERVICE <http://x>",
        f"SELECT * FROM <{BASE}article/abc> {{ ?s ?p ?o }}",
        "SELECT ?service { ?service a <http://example.org/Service> }",
        "SELECT * { ?s <http://example.org/LOAD> ?o }",
        "SELECT ?from ?to { ?from <http://example.org/p> ?to }",
        "SELECT ?from { ?from ex:p <http://evil.example/x> }",
    ],
)
def test_sparql_guard_allows_local_queries(query: str) -> None:
    check_query(query, local_graphs=BASE)


def test_sparql_guard_variable_named_from_is_no_dataset() -> None:
    from kg.sparql_guard import declares_dataset

    assert not declares_dataset("SELECT ?from { ?from dp:mergedWith ?to }")
    assert declares_dataset("SELECT * FROM dpr:graph\\/facts { ?s ?p ?o }")


def test_sparql_guard_allows_network_when_asked() -> None:
    check_query("SELECT * { SERVICE <http://x.example/> { ?s ?p ?o } }", allow_network=True)


def test_sparql_guard_bounds_nesting() -> None:
    deep = "SELECT * " + "{ " * 5000 + "?s ?p ?o" + " }" * 5000
    with pytest.raises(QueryTooLarge, match="nests 5000 levels"):
        check_query(deep)


def test_sparql_guard_bounds_length() -> None:
    with pytest.raises(QueryTooLarge, match="characters long"):
        check_query("SELECT * { ?s ?p ?o }" + " " * 100, limits=Limits(max_length=50))
