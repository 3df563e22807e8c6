"""The remote store's failures: each one a clear error of ours, and no half-written batch."""

from __future__ import annotations

import contextlib
import http.client
import inspect
import io
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import httpx
import pyoxigraph as ox
import pytest

from kg.errors import AuthenticationError, InputError, QuerySyntaxError, StoreError, StoreUnavailable
from kg.store.remote import RemoteConfig, RemoteStore, replace_request, update_endpoint
from tests.store.test_contract import quad, quad_set, running_oxigraph
from tests.support.localserver import free_port

G1, G2 = "https://w3id.org/digipol/id/article/remote1", "https://w3id.org/digipol/id/article/remote2"
ASK_TRUE = b'{"head":{},"boolean":true}'

#: What a stub answers: (status, content type, body), given the method, path, headers and body.
Answer = Callable[[str, str, dict[str, str], bytes], tuple[int, str, bytes]]


# -- small loopback servers -----------------------------------------------------------------

@contextlib.contextmanager
def stub_server(answer: Answer) -> Iterator[str]:
    """An HTTP server on 127.0.0.1 answering every request with ``answer``; yields its /query URL."""

    class Handler(BaseHTTPRequestHandler):
        def _reply(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            status, kind, content = answer(self.command, self.path, dict(self.headers), body)
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(content)))
            if status == 401:
                self.send_header("WWW-Authenticate", 'Basic realm="sparql"')
            self.end_headers()
            self.wfile.write(content)

        do_GET = do_POST = _reply

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/query"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def fixed(status: int, body: bytes = b"", kind: str = "text/plain") -> Answer:
    return lambda method, path, headers, content: (status, kind, body)


def remote(url: str, **environ: str) -> RemoteStore:
    return RemoteStore(url, config=RemoteConfig.from_location(url, environ))


@pytest.fixture
def closing() -> Iterator[Callable[[RemoteStore], RemoteStore]]:
    stores: list[RemoteStore] = []
    yield lambda store: stores.append(store) or store
    for store in stores:
        store.close()


# -- endpoints and settings -----------------------------------------------------------------

@pytest.mark.parametrize(("query", "update"), [
    ("http://127.0.0.1:7878/query", "http://127.0.0.1:7878/update"),
    ("http://fuseki:3030/ds/query", "http://fuseki:3030/ds/update"),
    ("http://graphdb:7200/repositories/digipol", "http://graphdb:7200/repositories/digipol/statements"),
    ("http://virtuoso:8890/sparql", "http://virtuoso:8890/sparql"),
])
def test_remote_update_endpoint_by_convention(query: str, update: str) -> None:
    assert update_endpoint(query) == update


def test_remote_settings_from_environment() -> None:
    config = RemoteConfig.from_location("https://db.example.org/sparql", {
        "KG_UPDATE_ENDPOINT": "https://db.example.org/sparql/update", "KG_STORE_TIMEOUT": "5",
        "KG_GRAPH_STORE": "https://db.example.org/data", "KG_UNION_DEFAULT_GRAPH": "server"})
    assert (config.update, config.graph_store, config.timeout, config.union_param) == (
        "https://db.example.org/sparql/update", "https://db.example.org/data", 5.0, False)
    assert RemoteConfig.from_location("http://127.0.0.1:7878/query", {}).union_param
    digest = RemoteConfig.from_location("http://virtuoso:8890/sparql-auth", {
        "KG_STORE_USER": "dba", "KG_STORE_PASSWORD": "x", "KG_STORE_AUTH": "digest"})
    assert isinstance(digest.auth, httpx.DigestAuth) and not digest.union_param


@pytest.mark.parametrize("environ", [{"KG_STORE_TIMEOUT": "soon"}, {"KG_STORE_TIMEOUT": "0"},
                                     {"KG_UNION_DEFAULT_GRAPH": "yes"}, {"KG_STORE_AUTH": "kerberos"}])
def test_remote_bad_settings_are_named(environ: dict[str, str]) -> None:
    with pytest.raises(InputError, match=next(iter(environ))):
        RemoteConfig.from_location("http://127.0.0.1:7878/query", environ)


def test_remote_batch_is_one_request(closing) -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(204)

    url = "http://127.0.0.1:7878/query"
    store = closing(RemoteStore(url, config=RemoteConfig.from_location(url, {}),
                                transport=httpx.MockTransport(handler)))
    store.replace_graphs({name: [quad("a", ox.Literal(name), name)] for name in (G1, G2)})
    assert [str(r.url) for r in sent] == ["http://127.0.0.1:7878/update"]
    update = parse_qs(sent[0].content.decode())["update"][0]
    assert update.count("INSERT DATA") == 1 and update.count("DROP SILENT GRAPH") == 2


def test_remote_replace_request_drops_then_inserts() -> None:
    text = replace_request({G1: [quad("a", ox.Literal("x"), G1)], G2: []})
    assert text.index(f"DROP SILENT GRAPH <{G2}>") < text.index("INSERT DATA")
    assert f"GRAPH <{G2}>" not in text.split("INSERT DATA")[1]


# -- failures -------------------------------------------------------------------------------

def test_remote_server_down(closing) -> None:
    url = f"http://127.0.0.1:{free_port()}/query"
    store = closing(remote(url))
    with pytest.raises(StoreUnavailable, match=r"cannot reach the store.*is the server running") as caught:
        store.count()
    assert caught.value.where == url
    with pytest.raises(StoreUnavailable, match="nothing was written"):
        store.replace_graphs({G1: [quad("a", ox.Literal("x"), G1)]})


def test_remote_unauthorized_says_which_variables(closing) -> None:
    with stub_server(fixed(401, b"Unauthorized")) as url:
        store = closing(remote(url))
        with pytest.raises(AuthenticationError, match=r"HTTP 401.*set KG_STORE_USER and KG_STORE_PASSWORD"):
            store.query("ASK { ?s ?p ?o }")
        with pytest.raises(AuthenticationError, match="check KG_STORE_USER"):
            closing(remote(url, KG_STORE_USER="me", KG_STORE_PASSWORD="wrong")).count()


@pytest.mark.parametrize(("environ", "in_url", "expected"), [
    ({"KG_STORE_USER": "me", "KG_STORE_PASSWORD": "secret"}, False, "Basic bWU6c2VjcmV0"),
    ({"KG_STORE_TOKEN": "t0k3n"}, False, "Bearer t0k3n"),
    ({}, True, "Basic bWU6c2VjcmV0"),
])
def test_remote_sends_credentials(closing, environ: dict[str, str], in_url: bool, expected: str) -> None:
    def answer(method: str, path: str, headers: dict[str, str], body: bytes) -> tuple[int, str, bytes]:
        if headers.get("Authorization") != expected:
            return 401, "text/plain", b"who are you?"
        return 200, "application/sparql-results+json", ASK_TRUE

    with stub_server(answer) as url:
        location = url.replace("http://", "http://me:secret@") if in_url else url
        store = closing(remote(location, **environ))
        assert store.query("ASK { ?s ?p ?o }")
        assert "secret" not in store.location


@pytest.mark.parametrize(("status", "error", "message"), [
    (500, StoreError, r"failed the query \(HTTP 500\): boom"),
    (503, StoreUnavailable, r"HTTP 503"),
    (404, StoreError, r"no SPARQL query endpoint here"),
    (400, QuerySyntaxError, r"rejected the query: error at 1:7"),
])
def test_remote_http_errors_are_clear(closing, status: int, error: type[StoreError], message: str) -> None:
    body = b"error at 1:7: expected a variable" if status == 400 else b"boom\n  at line 3"
    with stub_server(fixed(status, body)) as url, pytest.raises(error, match=message):
        closing(remote(url)).query("SELECT * WHERE { ?s ?p ?o }")


def test_remote_failed_update_says_nothing_was_written(closing) -> None:
    with stub_server(fixed(500, b"disk full")) as url, \
            pytest.raises(StoreError, match=r"HTTP 500.*disk full.*nothing was written"):
        closing(remote(url)).replace_graphs({G1: [quad("a", ox.Literal("x"), G1)]})


def test_remote_timeout(closing) -> None:
    release = threading.Event()

    def stall(method: str, path: str, headers: dict[str, str], body: bytes) -> tuple[int, str, bytes]:
        release.wait(30)
        return 200, "application/sparql-results+json", ASK_TRUE

    with stub_server(stall) as url:
        store = closing(remote(url, KG_STORE_TIMEOUT="0.2"))
        try:
            with pytest.raises(StoreUnavailable, match=r"did not answer the query within 0.2 s"):
                store.query("ASK { ?s ?p ?o }")
            with pytest.raises(StoreUnavailable, match="loading the same articles again is safe"):
                store.replace_graphs({G1: [quad("a", ox.Literal("x"), G1)]})
        finally:
            release.set()


def test_remote_unreadable_answer(closing) -> None:
    with stub_server(fixed(200, b"<html>welcome</html>", "text/html")) as url, \
            pytest.raises(StoreError, match=r"results we cannot read \(text/html\)"):
        closing(remote(url)).query("SELECT * WHERE { ?s ?p ?o }")


def _foreign_errors() -> list[type[Exception]]:
    found = [cls for _, cls in inspect.getmembers(httpx, inspect.isclass) if issubclass(cls, httpx.RequestError)]
    return [*found, httpx.InvalidURL]


@pytest.mark.parametrize("foreign", _foreign_errors(), ids=lambda cls: cls.__name__)
def test_remote_every_httpx_error_is_mapped(closing, foreign: type[Exception]) -> None:
    def fail(request: httpx.Request) -> httpx.Response:
        if foreign is httpx.InvalidURL:
            raise foreign("it went wrong")
        raise foreign("it went wrong", request=request)

    url = "http://127.0.0.1:7878/query"
    store = closing(RemoteStore(url, config=RemoteConfig.from_location(url, {}),
                                transport=httpx.MockTransport(fail)))
    with pytest.raises(StoreError) as caught:
        store.count()
    assert caught.value.where == url
    expected = "within 60 s" if issubclass(foreign, httpx.TimeoutException) else "it went wrong"
    assert expected in str(caught.value)


# -- against a real server: nothing is lost -------------------------------------------------

@contextlib.contextmanager
def rejecting_proxy(upstream: str, marker: str) -> Iterator[str]:
    """A proxy to ``upstream`` that answers 500 to any update mentioning ``marker``."""
    target = urlsplit(upstream)

    def answer(method: str, path: str, headers: dict[str, str], body: bytes) -> tuple[int, str, bytes]:
        if path.startswith("/update") and marker in parse_qs(body.decode()).get("update", [""])[0]:
            return 500, "text/plain", b"simulated failure"
        connection = http.client.HTTPConnection(target.hostname or "", target.port, timeout=30)
        try:
            forwarded = {k: v for k, v in headers.items() if k.lower() in ("content-type", "accept")}
            connection.request(method, path, body=body, headers=forwarded)
            response = connection.getresponse()
            return response.status, response.getheader("Content-Type") or "text/plain", response.read()
        finally:
            connection.close()

    with stub_server(answer) as url:
        yield url


@pytest.mark.server
def test_remote_failed_batch_keeps_earlier_graphs(closing, tmp_path: Path) -> None:
    with running_oxigraph(tmp_path / "db") as upstream, rejecting_proxy(upstream, G2) as url:
        store = closing(remote(url))
        store.replace_graphs({G1: [quad("a", ox.Literal("old"), G1)]})
        with pytest.raises(StoreError, match="HTTP 500"):
            store.replace_graphs({G1: [quad("a", ox.Literal("new"), G1)], G2: [quad("b", ox.Literal("x"), G2)]})
        assert quad_set(store) == {str(quad("a", ox.Literal("old"), G1))}


@pytest.mark.server
def test_remote_server_stopping_loses_nothing(closing, tmp_path: Path) -> None:
    port = free_port()
    with running_oxigraph(tmp_path / "db", port) as url:
        closing(remote(url)).replace_graphs({G1: [quad("a", ox.Literal("kept"), G1)]})
    with pytest.raises(StoreUnavailable):
        closing(remote(url)).replace_graphs({G1: [], G2: [quad("b", ox.Literal("x"), G2)]})
    with running_oxigraph(tmp_path / "db", port) as url:
        assert quad_set(closing(remote(url))) == {str(quad("a", ox.Literal("kept"), G1))}


@pytest.mark.server
def test_remote_graph_store_and_paged_dumps_agree(closing, tmp_path: Path, monkeypatch) -> None:
    graphs = {f"{G1}-{n}": [quad(f"s{n}", ox.Literal(str(n)), f"{G1}-{n}")] for n in range(5)}
    with running_oxigraph(tmp_path / "db") as url:
        paged = closing(remote(url))
        paged.replace_graphs(graphs)
        monkeypatch.setattr("kg.store.remote.GRAPHS_PER_PAGE", 2)
        via_gsp = closing(remote(url, KG_GRAPH_STORE=url.replace("/query", "/store")))
        assert quad_set(paged) == quad_set(via_gsp) == {str(q) for qs in graphs.values() for q in qs}
        buffer = io.BytesIO()
        via_gsp.dump(buffer, ox.RdfFormat.TRIG)
        assert buffer.getvalue().count(b"{") == 5
