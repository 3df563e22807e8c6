"""The endpoint speaks SPARQL 1.1 Protocol to real clients: SPARQLWrapper, rdflib, plain HTTP."""

from __future__ import annotations

import io
import json

import httpx
import pytest
import rdflib
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import CSV, JSON, JSONLD, N3, POST, RDFXML, TSV, TURTLE, XML, SPARQLWrapper

from kg.server.negotiation import GRAPH_FORMATS, RESULT_FORMATS
from tests.support.server_support import ARTICLE_GRAPH, Server, fixture_served_store, fixture_server  # noqa: F401

pytestmark = pytest.mark.server

PERSONS = "SELECT ?person ?name WHERE { ?person a dp:Person ; rdfs:label ?name } ORDER BY ?name"
PERSON_GRAPH = "CONSTRUCT WHERE { ?person a dp:Person ; rdfs:label ?name }"
ASK_MOROCCO = "ASK { dpr:country\\/ma ?p ?o }"
DESCRIBE_MOROCCO = "DESCRIBE <https://w3id.org/digipol/id/country/ma>"
RDFLIB_FORMATS = {"turtle": "turtle", "ntriples": "nt", "jsonld": "json-ld", "rdfxml": "xml"}
SD = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")


def select_json(server: Server, query: str, **params: str) -> list[dict]:
    response = httpx.post(server.endpoint, data={"query": query, **params},
                          headers={"Accept": "application/sparql-results+json"}, timeout=30)
    assert response.status_code == 200, response.text
    return response.json()["results"]["bindings"]


def count(server: Server, query: str, **params: str) -> int:
    return int(select_json(server, query, **params)[0]["n"]["value"])


@pytest.fixture(scope="module")
def persons(server: Server) -> int:
    found = len(select_json(server, PERSONS))
    assert found > 0
    return found


@pytest.fixture(scope="module")
def person_triples(server: Server) -> int:
    return count(server, "SELECT (COUNT(*) AS ?n) WHERE { ?person a dp:Person ; rdfs:label ?name }") * 2


# -- real clients ----------------------------------------------------------------------------

def wrapper(server: Server, query: str, fmt: str, method: str | None = None) -> SPARQLWrapper:
    client = SPARQLWrapper(server.endpoint)
    client.setQuery(query)
    client.setReturnFormat(fmt)
    if method:
        client.setMethod(method)
    return client


@pytest.mark.parametrize("method", [None, POST])
@pytest.mark.parametrize("fmt", [JSON, XML, CSV, TSV])
def test_server_sparqlwrapper_select_in_every_results_format(server: Server, persons: int, fmt: str,
                                                            method: str | None) -> None:
    result = wrapper(server, PERSONS, fmt, method).queryAndConvert()
    if fmt == JSON:
        assert len(result["results"]["bindings"]) == persons
    elif fmt == XML:
        assert len(result.getElementsByTagName("result")) == persons
    else:
        parsed = rdflib.query.Result.parse(io.BytesIO(result), format=fmt)
        assert len(list(parsed)) == persons


@pytest.mark.parametrize("fmt", [JSON, XML])
def test_server_sparqlwrapper_ask(server: Server, fmt: str) -> None:
    result = wrapper(server, ASK_MOROCCO, fmt).queryAndConvert()
    answer = result["boolean"] if fmt == JSON else result.getElementsByTagName("boolean")[0].firstChild.data
    assert answer in (True, "true")


# SPARQLWrapper builds rdflib's deprecated ConjunctiveGraph for RDF/XML and JSON-LD answers.
@pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")
@pytest.mark.parametrize("fmt", [TURTLE, N3, RDFXML, JSONLD])
@pytest.mark.parametrize("query", [PERSON_GRAPH, DESCRIBE_MOROCCO])
def test_server_sparqlwrapper_construct_and_describe(server: Server, query: str, fmt: str) -> None:
    result = wrapper(server, query, fmt).queryAndConvert()
    graph = result if isinstance(result, rdflib.Graph) else rdflib.Graph().parse(data=result, format="turtle")
    assert len(graph) > 0


def test_server_rdflib_sparqlstore(server: Server, persons: int) -> None:
    graph = rdflib.Graph(store=SPARQLStore(server.endpoint))
    person = rdflib.URIRef("https://w3id.org/digipol/ontology#Person")
    assert len(list(graph.query(PERSONS))) == persons
    assert graph.query(ASK_MOROCCO).askAnswer is True
    assert len(graph.query(PERSON_GRAPH).graph) > 0
    assert len(list(graph.triples((None, rdflib.RDF.type, person)))) == persons


# -- every format parsed back ----------------------------------------------------------------

@pytest.mark.parametrize("fmt", RESULT_FORMATS, ids=lambda fmt: fmt.name)
def test_server_results_format_parses_back(server: Server, persons: int, fmt) -> None:
    response = httpx.get(server.endpoint, params={"query": PERSONS}, headers={"Accept": fmt.media_types[0]})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith(fmt.media_types[0])
    parsed = rdflib.query.Result.parse(io.BytesIO(response.content), format=fmt.name)
    assert len(list(parsed)) == persons


@pytest.mark.parametrize("fmt", GRAPH_FORMATS, ids=lambda fmt: fmt.name)
def test_server_graph_format_parses_back(server: Server, person_triples: int, fmt) -> None:
    response = httpx.get(server.endpoint, params={"query": PERSON_GRAPH}, headers={"Accept": fmt.media_types[0]})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith(fmt.media_types[0])
    graph = rdflib.Graph().parse(data=response.content, format=RDFLIB_FORMATS[fmt.name])
    assert len(graph) == person_triples


@pytest.mark.parametrize(("name", "media"), [("csv", "text/csv"), ("turtle", "text/turtle"),
                                             ("jsonld", "application/sparql-results+json")])
def test_server_format_parameter_overrides_accept(server: Server, name: str, media: str) -> None:
    query = PERSON_GRAPH if name == "turtle" else PERSONS
    response = httpx.get(server.endpoint, params={"query": query, "format": name},
                         headers={"Accept": "application/rdf+xml"})
    assert response.headers["content-type"].startswith(media)


def test_server_defaults_to_json_results_and_turtle_graphs(server: Server) -> None:
    results = httpx.get(server.endpoint, params={"query": PERSONS}, headers={"Accept": "image/png"})
    graph = httpx.get(server.endpoint, params={"query": PERSON_GRAPH})
    assert results.headers["content-type"] == "application/sparql-results+json"
    assert graph.headers["content-type"].startswith("text/turtle")


def test_server_get_form_and_direct_post_agree(server: Server) -> None:
    accept = {"Accept": "application/sparql-results+json"}
    answers = [
        httpx.get(server.endpoint, params={"query": PERSONS}, headers=accept),
        httpx.post(server.endpoint, data={"query": PERSONS}, headers=accept),
        httpx.post(server.endpoint, content=PERSONS.encode(),
                   headers={**accept, "Content-Type": "application/sparql-query"}),
    ]
    assert len({answer.content for answer in answers}) == 1


# -- dataset ---------------------------------------------------------------------------------

ALL = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def test_server_default_graph_uri_narrows_the_default_graph(server: Server) -> None:
    in_graph = count(server, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{ARTICLE_GRAPH}> {{ ?s ?p ?o }} }}")
    assert count(server, ALL, **{"default-graph-uri": ARTICLE_GRAPH}) == in_graph
    assert count(server, f"SELECT (COUNT(*) AS ?n) FROM <{ARTICLE_GRAPH}> WHERE {{ ?s ?p ?o }}") == in_graph
    assert count(server, ALL) > in_graph


def test_server_named_graph_uri_limits_graph(server: Server) -> None:
    rows = select_json(server, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }",
                       **{"named-graph-uri": ARTICLE_GRAPH})
    assert [row["g"]["value"] for row in rows] == [ARTICLE_GRAPH]


# -- errors and the service description ------------------------------------------------------

def test_server_bad_query_gets_400_with_the_parser_message(server: Server) -> None:
    response = httpx.get(server.endpoint, params={"query": "SELECT ?x WHERE { ?x ?p }"})
    assert response.status_code == 400
    problem = response.json()
    assert problem["error"] == "QuerySyntaxError"
    assert "error at" in problem["message"]


@pytest.mark.parametrize(("method", "kwargs", "status"), [
    ("POST", {"content": b"SELECT * {}", "headers": {"Content-Type": "text/plain"}}, 415),
    ("POST", {"content": b"format=json", "headers": {"Content-Type": "application/x-www-form-urlencoded"}}, 400),
    ("POST", {"data": {"query": "ASK {}", "update": "CLEAR ALL"}}, 400),
    ("GET", {"params": {"update": "CLEAR ALL"}}, 400),
    ("GET", {"params": [("query", "ASK {}"), ("query", "ASK {}")]}, 400),
    ("GET", {"params": {"query": "ASK {}", "default-graph-uri": "not an iri"}}, 400),
    ("POST", {"data": {"update": "CLEAR ALL", "using-graph-uri": "http://x/g"}}, 400),
    ("PUT", {"content": b"ASK {}"}, 405),
])
def test_server_protocol_errors(server: Server, method: str, kwargs: dict, status: int) -> None:
    response = httpx.request(method, server.endpoint, **kwargs)
    assert response.status_code == status
    assert set(response.json()) == {"error", "message", "status"}
    assert "Traceback" not in response.text


def test_server_unknown_path_is_a_json_404(server: Server) -> None:
    response = httpx.get(f"{server.url}/nothing-here")
    assert response.status_code == 404
    assert response.json()["status"] == 404


def test_server_limits_request_and_query_size(server: Server) -> None:
    huge = httpx.post(server.endpoint, content=b"#" * (9 * 1024 * 1024),
                      headers={"Content-Type": "application/sparql-query"})
    long = httpx.post(server.endpoint, data={"query": "ASK {}" + " " * 250_000})
    assert huge.status_code == 413
    assert long.status_code == 400
    assert "characters long" in long.json()["message"]


def test_server_service_description(server: Server) -> None:
    response = httpx.get(server.endpoint, headers={"Accept": "text/turtle"})
    graph = rdflib.Graph().parse(data=response.text, format="turtle")
    service = next(graph.subjects(rdflib.RDF.type, SD.Service))
    assert (service, SD.endpoint, rdflib.URIRef(server.endpoint)) in graph
    assert (service, SD.supportedLanguage, SD.SPARQL11Query) in graph
    assert (service, SD.supportedLanguage, SD.SPARQL11Update) not in graph


def test_server_sends_browsers_to_the_query_page(server: Server) -> None:
    response = httpx.get(server.endpoint, headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert response.status_code == 303
    assert response.headers["location"] == "/"


# -- CORS, health, log, pages ----------------------------------------------------------------

def test_server_cors_lets_pages_query_but_not_send_tokens(server: Server) -> None:
    origin = {"Origin": "https://yasgui.example"}
    simple = httpx.get(server.endpoint, params={"query": "ASK {}"}, headers=origin)
    preflight = httpx.options(server.endpoint, headers={**origin, "Access-Control-Request-Method": "POST",
                                                        "Access-Control-Request-Headers": "content-type"})
    with_token = httpx.options(server.endpoint, headers={**origin, "Access-Control-Request-Method": "POST",
                                                         "Access-Control-Request-Headers": "authorization"})
    assert simple.headers["access-control-allow-origin"] == "*"
    assert preflight.status_code == 200
    assert with_token.status_code == 400


def test_server_health_and_one_log_line_per_request(server: Server) -> None:
    health = server.health()
    assert health["status"] == "ok" and health["workers"] >= 1 and health["read_only"] is True
    httpx.get(f"{server.url}/health?marker=1")
    assert server.log is not None
    lines = [line for line in server.log.read_text().splitlines() if "GET /health 200" in line]
    assert lines and all(" ms " in line for line in lines)


def test_server_openapi_describes_the_api(server: Server) -> None:
    document = httpx.get(f"{server.url}/openapi.json").json()
    assert document["openapi"].startswith("3.")
    assert {"/sparql", "/store", "/health", "/", "/explore"} <= set(document["paths"])


def test_server_query_page_lists_the_shipped_queries(server: Server) -> None:
    from kg.queries.named import named_queries

    page = httpx.get(f"{server.url}/").text
    data = json.loads(page.split('id="page-data">')[1].split("</script>")[0])
    assert [example["title"] for example in data["examples"]] == [q.title for q in named_queries().values()]
    assert httpx.get(f"{server.url}/static/query.js").status_code == 200


def test_server_explorer_data_is_live_from_the_store(server: Server) -> None:
    whole = httpx.get(f"{server.url}/explore/data.json", timeout=60).json()
    morocco = httpx.get(f"{server.url}/explore/data.json",
                        params={"focus": "https://w3id.org/digipol/id/country/ma", "depth": "1"}, timeout=60).json()
    ids = {node["id"] for node in morocco["nodes"]}
    assert "country/ma" in ids and 1 < len(ids) <= len(whole["nodes"])
    assert "explore/data.json?focus=country%2Fma" in httpx.get(f"{server.url}/explore?focus=country/ma").text


@pytest.mark.parametrize("params", [{"focus": "nobody-by-this-name"}, {"depth": "9"}, {"depth": "-1"}])
def test_server_explorer_data_refuses_bad_parameters(server: Server, params: dict) -> None:
    assert httpx.get(f"{server.url}/explore/data.json", params=params, timeout=60).status_code == 400
