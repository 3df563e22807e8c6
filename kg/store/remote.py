"""The remote store: a SPARQL 1.1 endpoint over HTTP behind the same Store protocol."""

from __future__ import annotations

import os
import re
from collections.abc import Generator, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import IO, cast
from urllib.parse import urlsplit, urlunsplit

import httpx
import pyoxigraph as ox

from kg.errors import AuthenticationError, InputError, QuerySyntaxError, StoreError, StoreUnavailable
from kg.settings import DEFAULT_BASE_IRI
from kg.sparql.guard import check_query, declares_dataset
from kg.sparql.text import bind_values, query_form, replace_request
from kg.store.base import QueryResult
from kg.store.formats import QUAD_FORMATS
from kg.vocab import PREFIXES, sparql_prefixes

RESULTS_JSON = "application/sparql-results+json"
N_TRIPLES = "application/n-triples"
N_QUADS = "application/n-quads"
DEFAULT_TIMEOUT = 60.0
#: Graphs fetched per request when dumping quads without the Graph Store Protocol.
GRAPHS_PER_PAGE = 500



@dataclass(frozen=True)
class RemoteConfig:
    """Where the endpoints are and how to reach them, from the location and KG_* variables."""

    query: str
    update: str
    graph_store: str | None = None
    auth: httpx.Auth | None = None
    timeout: float = DEFAULT_TIMEOUT
    union_param: bool = True

    @classmethod
    def from_location(cls, location: str, environ: Mapping[str, str] | None = None) -> RemoteConfig:
        env = os.environ if environ is None else environ
        query, url_auth = _strip_credentials(location)
        union = env.get("KG_UNION_DEFAULT_GRAPH", "param" if query.endswith("/query") else "server")
        if union not in ("param", "server"):
            raise InputError(f"KG_UNION_DEFAULT_GRAPH is {union!r}; use 'param' or 'server'")
        return cls(
            query=query,
            update=env.get("KG_UPDATE_ENDPOINT") or update_endpoint(query),
            graph_store=env.get("KG_GRAPH_STORE") or None,
            auth=_auth_from_env(env) or url_auth,
            timeout=_timeout(env.get("KG_STORE_TIMEOUT")),
            union_param=union == "param",
        )


def update_endpoint(query_url: str) -> str:
    """The update endpoint by convention: ``…/query`` → ``…/update`` (Oxigraph, Fuseki),
    GraphDB's ``…/repositories/NAME`` → ``…/statements``; else the query URL itself."""
    if query_url.endswith("/query"):
        return query_url.removesuffix("/query") + "/update"
    if re.search(r"/repositories/[^/]+/?$", query_url):
        return query_url.rstrip("/") + "/statements"
    return query_url


def _strip_credentials(location: str) -> tuple[str, httpx.Auth | None]:
    parts = urlsplit(location)
    if parts.username is None:
        return location, None
    netloc = parts.netloc.rsplit("@", 1)[1]
    auth = httpx.BasicAuth(parts.username, parts.password or "")
    return urlunsplit(parts._replace(netloc=netloc)), auth


def _auth_from_env(env: Mapping[str, str]) -> httpx.Auth | None:
    scheme = env.get("KG_STORE_AUTH", "basic")
    if scheme not in ("basic", "digest"):
        raise InputError(f"KG_STORE_AUTH is {scheme!r}; use 'basic' or 'digest'")
    if env.get("KG_STORE_TOKEN"):
        return _BearerAuth(env["KG_STORE_TOKEN"])
    if env.get("KG_STORE_USER"):
        kind = httpx.DigestAuth if scheme == "digest" else httpx.BasicAuth
        return kind(env["KG_STORE_USER"], env.get("KG_STORE_PASSWORD", ""))
    return None


def _timeout(value: str | None) -> float:
    if not value:
        return DEFAULT_TIMEOUT
    try:
        seconds = float(value)
    except ValueError:
        raise InputError(f"KG_STORE_TIMEOUT is {value!r}, not a number of seconds") from None
    if seconds <= 0:
        raise InputError("KG_STORE_TIMEOUT must be a positive number of seconds")
    return seconds


class _BearerAuth(httpx.Auth):
    def __init__(self, token: str) -> None:
        self._header = f"Bearer {token}"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = self._header
        yield request


class RemoteStore:
    """A store behind SPARQL 1.1 query and update endpoints (and optionally the Graph Store Protocol)."""

    def __init__(self, location: str, *, base_iri: str = DEFAULT_BASE_IRI,
                 config: RemoteConfig | None = None, transport: httpx.BaseTransport | None = None) -> None:
        self.config = config or RemoteConfig.from_location(location)
        self.location = self.config.query
        self.base_iri = base_iri
        self._client = httpx.Client(auth=self.config.auth, timeout=httpx.Timeout(self.config.timeout),
                                    transport=transport, headers={"User-Agent": "digipol-kg"})

    # -- writing ------------------------------------------------------------------------------

    def replace_graphs(self, graphs: Mapping[str, Sequence[ox.Quad]], *, shared: Sequence[ox.Quad] = (),
                       cleanup: str | None = None) -> None:
        if graphs or shared or cleanup:
            self.update(replace_request(graphs, shared, cleanup))

    def remove_graphs(self, names: Iterable[str]) -> None:
        drops = " ;\n".join(f"DROP SILENT GRAPH {ox.NamedNode(name)}" for name in names)
        if drops:
            self.update(drops)

    def update(self, sparql: str) -> None:
        """Run a SPARQL update in one request (callers check permission and network use first)."""
        self._post(self.config.update, {"update": sparql_prefixes(self.base_iri) + sparql}, accept="*/*",
                   action="update")

    # -- reading ------------------------------------------------------------------------------

    def query(self, sparql: str, *, allow_network: bool = False,
              substitutions: Mapping[str, ox.NamedNode | ox.Literal] | None = None) -> QueryResult:
        sparql = bind_values(sparql, substitutions or {})
        check_query(sparql, allow_network=allow_network, local_graphs=self.base_iri)  # the text sent
        return self._query(sparql)

    def graph_names(self) -> set[str]:
        solutions = self._select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        return {solution["g"].value for solution in solutions if isinstance(solution["g"], ox.NamedNode)}

    def count(self) -> int:
        solutions = self._select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        return int(next(iter(solutions))["n"].value)

    def dump(self, output: IO[bytes], rdf_format: ox.RdfFormat) -> None:
        if rdf_format in QUAD_FORMATS:
            quads = self._graph_store_quads() if self.config.graph_store else self._paged_quads()
            ox.serialize(quads, output, rdf_format, prefixes=PREFIXES)
            return
        union = cast(list[ox.Triple], self._query("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"))
        ox.serialize(dict.fromkeys(union), output, rdf_format, prefixes=PREFIXES)

    def quads(self) -> Iterator[ox.Quad]:
        """Every quad of the named graphs, graph by graph."""
        return self._graph_store_quads() if self.config.graph_store else self._paged_quads()

    def close(self) -> None:
        self._client.close()

    # -- the protocol -------------------------------------------------------------------------

    def _query(self, sparql: str) -> QueryResult:
        form = query_form(sparql)
        accept = N_TRIPLES if form in ("CONSTRUCT", "DESCRIBE") else RESULTS_JSON
        fields = {"query": sparql_prefixes(self.base_iri) + sparql}
        if self.config.union_param and not declares_dataset(sparql):  # FROM names the graphs itself
            fields["union-default-graph"] = "true"
        response = self._post(self.config.query, fields, accept=accept, action="query")
        return self._parse_results(response, accept)

    def _select(self, sparql: str) -> ox.QuerySolutions:
        return cast(ox.QuerySolutions, self._query(sparql))

    def _paged_quads(self) -> Iterator[ox.Quad]:
        names = sorted(self.graph_names())
        for start in range(0, len(names), GRAPHS_PER_PAGE):
            graphs = " ".join(str(ox.NamedNode(name)) for name in names[start:start + GRAPHS_PER_PAGE])
            page = self._select(f"SELECT ?s ?p ?o ?g WHERE {{ VALUES ?g {{ {graphs} }} GRAPH ?g {{ ?s ?p ?o }} }}")
            for row in page:
                yield ox.Quad(row["s"], row["p"], row["o"], row["g"])

    def _graph_store_quads(self) -> Iterator[ox.Quad]:
        url = cast(str, self.config.graph_store)
        response = self._request("GET", url, accept=N_QUADS, action="read")
        try:
            yield from ox.parse(response.content, format=ox.RdfFormat.N_QUADS)
        except SyntaxError as error:
            raise StoreError(f"the Graph Store answered with N-Quads we cannot read: {error}",
                             where=url) from None

    def _parse_results(self, response: httpx.Response, accept: str) -> QueryResult:
        try:
            if accept == N_TRIPLES:
                return [quad.triple for quad in ox.parse(response.content, format=ox.RdfFormat.N_TRIPLES)]
            return ox.parse_query_results(response.content, format=ox.QueryResultsFormat.JSON)
        except (SyntaxError, ValueError) as error:
            kind = response.headers.get("content-type", "no content type")
            raise StoreError(f"the store answered with results we cannot read ({kind}): {error}",
                             where=self.location) from None

    def _post(self, url: str, fields: dict[str, str], *, accept: str, action: str) -> httpx.Response:
        return self._request("POST", url, accept=accept, action=action, data=fields)

    def _request(self, method: str, url: str, *, accept: str, action: str,
                 data: dict[str, str] | None = None) -> httpx.Response:
        """The one seam where httpx errors and HTTP statuses become our errors."""
        try:
            response = self._client.request(method, url, data=data, headers={"Accept": accept})
        except httpx.ConnectTimeout:
            raise StoreUnavailable(f"could not connect within {self.config.timeout:g} s; is the server running"
                                   f" and is the URL right?{_nothing_written(action)}", where=url) from None
        except httpx.TimeoutException:
            raise StoreUnavailable(_timeout_message(action, self.config.timeout), where=url) from None
        except (httpx.NetworkError, httpx.ProxyError, httpx.RemoteProtocolError) as error:
            raise StoreUnavailable(f"cannot reach the store ({_reason(error)}); is the server running "
                                   f"and is the URL right?{_nothing_written(action)}", where=url) from None
        except (httpx.HTTPError, httpx.InvalidURL) as error:
            raise StoreError(f"the {action} request failed: {_reason(error)}{_nothing_written(action)}",
                             where=url) from None
        check_status(response, action, url, has_credentials=self.config.auth is not None)
        return response


def check_status(response: httpx.Response, action: str, url: str, *, has_credentials: bool) -> None:
    """Raise the error an HTTP error status means; 2xx passes."""
    status = response.status_code
    if status < 300:
        return
    detail = _body_excerpt(response)
    if status in (401, 403):
        hint = ("check KG_STORE_USER / KG_STORE_PASSWORD or KG_STORE_TOKEN" if has_credentials
                else "set KG_STORE_USER and KG_STORE_PASSWORD, or KG_STORE_TOKEN")
        raise AuthenticationError(f"the store refused the {action} (HTTP {status}); {hint}", where=url)
    if status == 400:
        raise QuerySyntaxError(f"the store rejected the {action}: {detail}", where=url)
    if status == 404:
        raise StoreError(f"no SPARQL {action} endpoint here (HTTP 404); check --store / KG_STORE"
                         " and KG_UPDATE_ENDPOINT", where=url)
    if status == 413:
        raise StoreError(f"the store found the {action} too large (HTTP 413); load fewer articles at once",
                         where=url)
    error = StoreUnavailable if status in (408, 429, 502, 503, 504) else StoreError
    raise error(f"the store failed the {action} (HTTP {status}): {detail}{_nothing_written(action)}",
                where=url)


def _body_excerpt(response: httpx.Response, limit: int = 300) -> str:
    text = " ".join(response.text.split())
    return (text[:limit] + "…" if len(text) > limit else text) or response.reason_phrase or "no details"


def _reason(error: Exception) -> str:
    return str(error) or type(error).__name__


def _nothing_written(action: str) -> str:
    return "; nothing was written" if action == "update" else ""


def _timeout_message(action: str, seconds: float) -> str:
    message = f"the store did not answer the {action} within {seconds:g} s (KG_STORE_TIMEOUT)"
    if action == "update":
        message += ("; the store may still apply it, and since each article's graph is replaced whole,"
                    " loading the same articles again is safe")
    return message

