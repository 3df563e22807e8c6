"""Queries that would reach the network or overwhelm a parser are refused, decided on the grammar's tokens."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import QueryRefused, QuerySyntaxError, QueryTooLarge
from kg.sparql.guard import Limits, check_query, check_update, declares_dataset, engine_message, mask
from tests.support.ssrf_corpus import QUERIES, UPDATES, fill

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
    from kg.sparql.guard import declares_dataset

    assert not declares_dataset("SELECT ?from { ?from dp:mergedWith ?to }")
    assert declares_dataset("SELECT * FROM dpr:graph\\/facts { ?s ?p ?o }")


def test_sparql_guard_allows_network_when_asked() -> None:
    check_query("SELECT * { SERVICE <http://x.example/> { ?s ?p ?o } }", allow_network=True)


def test_sparql_guard_bounds_nesting() -> None:
    deep = "SELECT * " + "{ " * 5000 + "?s ?p ?o" + " }" * 5000
    with pytest.raises(QueryTooLarge, match="nests more than 100 levels"):
        check_query(deep)


def test_sparql_guard_bounds_length() -> None:
    with pytest.raises(QueryTooLarge, match="characters long"):
        check_query("SELECT * { ?s ?p ?o }" + " " * 100, limits=Limits(max_length=50))


# -- decisions on tokens ---------------------------------------------------------------------------

RECORDER = "http://127.0.0.1:9"
QUERIES_DIR = Path(__file__).parents[2] / "kg" / "queries"
README_QUERIES = [
    "SELECT DISTINCT ?name ?body WHERE { ?p a dp:Person ; rdfs:label ?name ; dp:memberOf ?b . "
    "?b rdfs:label ?body } ORDER BY ?name LIMIT 3",
    'SELECT ?partner ?name WHERE { dpr:country\\/ma dp:cooperatesWith ?partner . ?partner rdfs:label ?name . '
    'FILTER(LANG(?name) = "en") }',
    "SELECT * WHERE { ?s ?p ?o } LIMIT 5",
]


@pytest.mark.parametrize("template", [query for _, query in QUERIES], ids=[name for name, _ in QUERIES])
def test_sparql_guard_refuses_the_corpus(template: str) -> None:
    with pytest.raises((QueryRefused, QueryTooLarge, QuerySyntaxError)):
        check_query(fill(template, RECORDER), local_graphs=BASE)


@pytest.mark.parametrize("template", [update for _, update in UPDATES], ids=[name for name, _ in UPDATES])
def test_sparql_guard_refuses_the_update_corpus(template: str) -> None:
    with pytest.raises((QueryRefused, QueryTooLarge, QuerySyntaxError)):
        check_update(fill(template, RECORDER))


@pytest.mark.parametrize("path", sorted(QUERIES_DIR.glob("*.rq")), ids=lambda path: path.stem)
def test_sparql_guard_allows_the_shipped_queries(path: Path) -> None:
    check_query(path.read_text(encoding="utf-8"), local_graphs=BASE)


@pytest.mark.parametrize("query", [
    *README_QUERIES,
    f"SELECT * FROM dpr:graph\\/facts FROM NAMED <{BASE}article/abc> {{ ?s ?p ?o }}",
    f"BASE <{BASE}> SELECT * FROM <graph/facts> {{ ?s ?p ?o }}",
    "SELECT * { ?s prov:wasDerivedFrom ?service . ?service dp:loadFactor 'SERVICE <http://x> LOAD' }",
    "SELECT * { ?s ?p '''a ''SERVICE'' b''' } # FROM <http://x/> \r",
    "SELECT * { ?s ?p 'caf\\u00e9' ; <http://x/\\u0061#f> ?o } ",
    'SELECT * { ?s ?p "\\"quoted\\" \\\\ back" }',
])
def test_sparql_guard_allows_names_and_text_that_only_look_like_keywords(query: str) -> None:
    check_query(query, local_graphs=BASE)


def test_sparql_guard_allows_the_readme_update() -> None:
    check_update('INSERT DATA { GRAPH <urn:notes> { dpr:country\\/ma rdfs:comment "checked" } }')


@pytest.mark.parametrize(("query", "message"), [
    ("SELECT * { ?s ?p 'open }", "line 1, column 18"),
    ("SELECT * {\n  ?s ?p ?o .\n  ?s ?p ` }", "line 3, column 9"),
    ("SELECT * { ?s ?p '\\UFFFFFFFF' }", "no character"),
])
def test_sparql_guard_names_where_a_query_does_not_lex(query: str, message: str) -> None:
    with pytest.raises(QuerySyntaxError, match=message):
        check_query(query)


def test_sparql_guard_counts_brackets_an_engine_may_read_inside_an_iri() -> None:
    with pytest.raises(QueryTooLarge, match="nests"):
        check_query("SELECT * { FILTER(?a<" + "(" * 3000 + "1" + ")" * 3000 + ">?b) }")


def test_sparql_guard_sees_a_prefixed_from() -> None:
    assert declares_dataset("PREFIX e: <http://x/> SELECT * FROM e:x { ?s ?p ?o }")
    assert not declares_dataset("SELECT * { ?s prov:wasDerivedFrom 'FROM <urn:x>' }")
    with pytest.raises(QueryRefused, match="outside this store"):
        check_query("PREFIX e: <http://x/> SELECT * FROM e:x { ?s ?p ?o }", local_graphs=BASE)
    with pytest.raises(QueryRefused, match="not declared"):
        check_query("SELECT * FROM e:x { ?s ?p ?o }", local_graphs=BASE)


def test_sparql_guard_engine_message_withholds_the_body() -> None:
    error = OSError("Error 500 Internal Server Error returned by http://10.0.0.1/x with payload:\nsecret page")
    assert engine_message(error) == ("Error 500 Internal Server Error returned by http://10.0.0.1/x"
                                     " (the answer's body is withheld)")


def test_sparql_guard_mask_keeps_positions() -> None:
    query = "SELECT * { ?s ?p 'a { b' } # c }\r?x"
    masked = mask(query)
    assert len(masked) == len(query)
    assert masked == "SELECT * { ?s ?p " + " " * 7 + " } " + " " * 5 + "\r?x"
