"""The OpenAPI 3 description of the endpoint's HTTP API, built from the formats it serves."""

from __future__ import annotations

from typing import Any

from kg.server.config import ServerConfig
from kg.server.negotiation import GRAPH_FORMATS, RESULT_FORMATS

ERROR = {"$ref": "#/components/schemas/Error"}
EXAMPLE = "SELECT ?country ?name WHERE { ?country a dp:Country ; rdfs:label ?name } LIMIT 10"
FORMAT_NAMES = ["json", "xml", "csv", "tsv", "turtle", "ttl", "ntriples", "nt", "jsonld", "json-ld", "rdfxml", "rdf"]


def _errors(*statuses: int) -> dict[str, Any]:
    reasons = {
        400: "The request or the query is malformed, too long or nested too deeply (the parser's message).",
        401: "An update without this endpoint's bearer token.",
        403: "Refused: an update on a read-only endpoint, or a query that would reach the network.",
        404: "No such graph.",
        408: "The request body did not arrive within the body deadline.",
        413: "The request body or URL is larger than the endpoint accepts.",
        415: "A body in a media type the endpoint does not read.",
        429: "This client already has as many requests waiting or running as it may (see Retry-After).",
        500: "The engine failed on this request (the endpoint goes on).",
        503: "The query ran past the time limit, was stopped as slow on the reserved worker, "
             "or every worker stayed busy.",
        507: "The result is larger than the result cap, or the query needed more memory than a worker may use.",
    }
    return {str(status): {"description": reasons[status], "content": {"application/json": {"schema": ERROR}}}
            for status in statuses}


#: The shape of a SPARQL JSON result (SELECT has head.vars and results, ASK a boolean).
RESULTS_JSON = {"type": "object", "required": ["head"], "properties": {
    "head": {"type": "object"}, "results": {"type": "object"}, "boolean": {"type": "boolean"}}}
JSON_SCHEMAS = {"application/sparql-results+json": RESULTS_JSON, "application/ld+json": {}}


def _answers() -> dict[str, Any]:
    media = [m for fmt in (*RESULT_FORMATS, *GRAPH_FORMATS) for m in fmt.media_types[:1]]
    return {media_type: {"schema": JSON_SCHEMAS.get(media_type, {"type": "string"})} for media_type in media}


def _graph_params() -> list[dict[str, Any]]:
    array = {"type": "array", "items": {"type": "string", "format": "iri"}}
    return [
        {"name": "default-graph-uri", "in": "query", "schema": array, "style": "form", "explode": True,
         "description": "Graphs whose merge is the default graph (instead of the union of all graphs)."},
        {"name": "named-graph-uri", "in": "query", "schema": array, "style": "form", "explode": True,
         "description": "Graphs that GRAPH may name (instead of all of them)."},
    ]


def _query_param() -> dict[str, Any]:
    return {"name": "query", "in": "query", "schema": {"type": "string"}, "example": EXAMPLE,
            "description": "A SPARQL 1.1 query; common prefixes (dp:, dpr:, rdfs:, …) are predefined."}


def _format_param() -> dict[str, Any]:
    return {"name": "format", "in": "query", "schema": {"type": "string", "enum": FORMAT_NAMES},
            "description": "A serialization, overriding the Accept header (handy for download links)."}


def _sparql_paths(config: ServerConfig) -> dict[str, Any]:
    query_errors = _errors(400, 403, 408, 413, 429, 500, 503, 507)
    form = {"type": "object", "properties": {
        "query": {"type": "string", "example": EXAMPLE}, "update": {"type": "string"},
        "default-graph-uri": {"type": "array", "items": {"type": "string"}},
        "named-graph-uri": {"type": "array", "items": {"type": "string"}},
        "format": {"type": "string", "enum": FORMAT_NAMES}}}
    return {"/sparql": {
        "get": {"summary": "Run a query (SPARQL 1.1 Protocol); without one, the service description",
                "operationId": "query",
                "parameters": [_query_param(), *_graph_params(), _format_param()],
                "responses": {"200": {"description": "Results (SELECT, ASK), a graph (CONSTRUCT, DESCRIBE) "
                                                     "or the service description", "content": _answers()},
                              "303": {"description": "A browser asking for HTML is sent to the query page."},
                              **query_errors}},
        "post": {"summary": "Run a query or, on an endpoint started with --allow-update, an update",
                 "operationId": "queryOrUpdate",
                 "parameters": [*_graph_params(), _format_param()],
                 "requestBody": {"required": True, "content": {
                     "application/x-www-form-urlencoded": {"schema": form},
                     "application/sparql-query": {"schema": {"type": "string"}, "example": EXAMPLE},
                     "application/sparql-update": {"schema": {"type": "string"}}}},
                 "security": [{}, {"bearer": []}],
                 "responses": {"200": {"description": "Results or a graph", "content": _answers()},
                               "204": {"description": "The update was applied."},
                               **query_errors, **_errors(401, 415)}},
    }}


def _store_paths() -> dict[str, Any]:
    params = [{"name": "graph", "in": "query", "schema": {"type": "string", "format": "iri"},
               "description": "The graph's IRI (or give 'default' instead)."},
              {"name": "default", "in": "query", "schema": {"type": "string"}, "allowEmptyValue": True,
               "description": "Present (empty) to address the store's default graph."}]
    rdf = {fmt.media_types[0]: {"schema": JSON_SCHEMAS.get(fmt.media_types[0], {"type": "string"})}
           for fmt in GRAPH_FORMATS}
    write = {"requestBody": {"required": True, "content": rdf}, "security": [{"bearer": []}],
             "responses": {"201": {"description": "The graph was created."},
                           "204": {"description": "The graph was written."},
                           **_errors(400, 401, 403, 408, 413, 415, 429, 500, 503, 507)}}
    return {"/store": {
        "parameters": params,
        "get": {"summary": "Read one graph (Graph Store Protocol)", "operationId": "getGraph",
                "parameters": [_format_param()],
                "responses": {"200": {"description": "The graph", "content": rdf},
                              **_errors(400, 404, 413, 429, 500, 503, 507)}},
        "put": {"summary": "Replace a graph", "operationId": "putGraph", **write},
        "post": {"summary": "Add triples to a graph", "operationId": "postGraph", **write},
        "delete": {"summary": "Delete a graph", "operationId": "deleteGraph", "security": [{"bearer": []}],
                   "responses": {"204": {"description": "The graph was deleted."},
                                 **_errors(400, 401, 403, 404, 413, 500, 503)}},
    }}


def _page(summary: str) -> dict[str, Any]:
    return {"get": {"summary": summary, "responses": {
        "200": {"description": "An HTML page", "content": {"text/html": {"schema": {"type": "string"}}}}}}}


def _explore_params() -> list[dict[str, Any]]:
    return [{"name": "focus", "in": "query", "schema": {"type": "string"},
             "description": "An entity's id (country/ma), IRI or name: show its neighbourhood only."},
            {"name": "depth", "in": "query", "schema": {"type": "integer", "minimum": 0, "maximum": 3},
             "description": "How many relations away from the focus (default 1)."}]


def _other_paths() -> dict[str, Any]:
    health = {"type": "object", "required": ["status", "workers"], "properties": {
        "status": {"type": "string"}, "workers": {"type": "integer"}, "idle": {"type": "integer"},
        "replaced": {"type": "integer"}, "read_only": {"type": "boolean"}}}
    return {
        "/": _page("The query page: an editor, the shipped queries as examples, results as a table"),
        "/explore": {"get": {**_page("The visual explorer, fed live from the store")["get"],
                             "parameters": _explore_params()}},
        "/explore/data.json": {"get": {
            "summary": "The explorer's data: the whole graph or one entity's neighbourhood",
            "parameters": _explore_params(), "responses": {
                "200": {"description": "Nodes, edges, articles and styles",
                        "content": {"application/json": {"schema": {"type": "object"}}}},
                **_errors(400, 500, 503, 507)}}},
        "/explore/neighbours": {"get": {**_page("A light explorer expanding neighbours through /sparql")["get"],
                                        "parameters": _explore_params()[:1]}},
        "/health": {"get": {"summary": "Whether the endpoint is up and its workers ready", "responses": {
            "200": {"description": "Ready, or degraded while workers are replaced (status and reason in the body)",
                    "content": {"application/json": {"schema": health}}},
            "503": {"description": "Starting or shutting down", "content": {"application/json": {"schema": health}}}}}},
        "/openapi.json": {"get": {"summary": "This description", "responses": {
            "200": {"description": "OpenAPI 3", "content": {"application/json": {"schema": {"type": "object"}}}}}}},
    }


def openapi_document(config: ServerConfig) -> dict[str, Any]:
    """The API as OpenAPI 3.0: the SPARQL Protocol, the Graph Store Protocol and the pages."""
    error = {"type": "object", "required": ["error", "message", "status"], "properties": {
        "error": {"type": "string"}, "message": {"type": "string"}, "status": {"type": "integer"}}}
    mode = "read-write (updates need the bearer token)" if config.allow_update else "read-only"
    return {
        "openapi": "3.0.3",
        "info": {"title": "Digipol KG SPARQL endpoint", "version": "1.0",
                 "description": f"A SPARQL 1.1 endpoint over the Digipol knowledge graph; this one is {mode}."},
        "paths": {**_sparql_paths(config), **_store_paths(), **_other_paths()},
        "components": {"schemas": {"Error": error},
                       "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}}},
    }
