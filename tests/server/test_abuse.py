"""Careless and hostile uploads against a real endpoint: aborted bodies, stalled bodies, XML entity bombs."""

from __future__ import annotations

import functools
import socket
from collections.abc import Iterator

import httpx
import pytest

from tests.support import server_support
from tests.support.server_support import TOKEN, Server, build_store, running

pytestmark = pytest.mark.server

AUTH = {"Authorization": f"Bearer {TOKEN}"}
ABORTS = 50
#: A bound on a reply from a hung server, never a timing that is asserted.
PATIENCE = 60.0
GRAPH = "urn:graph:upload"
#: Ten levels of entities, each ten of the one below: a 1.4 KB document that expands to 10^10 "lol"s.
BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE rdf:RDF [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
  <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
  <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
  <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
  <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
  <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/">
  <rdf:Description rdf:about="http://example.org/laugh">
    <ex:says>&lol9;</ex:says>
  </rdf:Description>
</rdf:RDF>
"""
PLAIN_RDF_XML = b"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/">
  <rdf:Description rdf:about="http://example.org/plain"><ex:says>hello</ex:says></rdf:Description>
</rdf:RDF>
"""


@pytest.fixture(scope="module", name="uploads")
def fixture_uploads(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """A writable endpoint that gives a client 2 s to send a body."""
    store = build_store(tmp_path_factory.mktemp("uploads") / "store")
    log = tmp_path_factory.mktemp("logs") / "uploads.log"
    with running(store, log, "--allow-update", "--token", TOKEN, "--body-timeout", "2") as live:
        yield live


def head(method: str, path: str, content_type: str, length: int) -> bytes:
    return (f"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {TOKEN}\r\n"
            f"Content-Type: {content_type}\r\nContent-Length: {length}\r\n\r\n").encode()


UPLOADS = {
    "sparql": ("POST", "/sparql", "application/sparql-update"),
    "store": ("PUT", f"/store?graph={GRAPH}", "text/turtle"),
}


def log_lines(server: Server) -> list[str]:
    assert server.log is not None
    return server.log.read_text(errors="replace").splitlines()


eventually = functools.partial(server_support.eventually, patience=PATIENCE)


@pytest.mark.parametrize("target", sorted(UPLOADS))
def test_server_aborted_uploads_log_one_line_each(uploads: Server, target: str) -> None:
    method, path, media = UPLOADS[target]
    before = len(log_lines(uploads))
    for _ in range(ABORTS):
        with socket.create_connection(("127.0.0.1", uploads.port), timeout=PATIENCE) as connection:
            connection.sendall(head(method, path, media, 100_000) + b"INSERT DATA { <urn:a> <urn:b> " * 100)
    path_only = path.split("?")[0]
    aborted = lambda: [line for line in log_lines(uploads)[before:] if f" {method} {path_only} 499 " in line]  # noqa: E731
    eventually(lambda: len(aborted()) == ABORTS, f"{ABORTS} aborted uploads logged with status 499")
    # Only this case's uploads: GET lines are probes (start-up health checks, or the previous case's
    # closing ASK, whose line the server may write after that case has returned).
    new = [line for line in log_lines(uploads)[before:] if " GET /" not in line]
    assert not [line for line in new if "Traceback" in line or "Error" in line]
    assert len(new) == ABORTS
    assert httpx.get(uploads.endpoint, params={"query": "ASK { <urn:a> ?p ?o }"}).json()["boolean"] is False


@pytest.mark.parametrize("sent", [0, 10])
@pytest.mark.parametrize("target", sorted(UPLOADS))
def test_server_stalled_body_is_408_and_closed(uploads: Server, target: str, sent: int) -> None:
    method, path, media = UPLOADS[target]
    with socket.create_connection(("127.0.0.1", uploads.port), timeout=PATIENCE) as connection:
        connection.sendall(head(method, path, media, 1000) + b"#" * sent)
        answer = b""
        while chunk := connection.recv(65536):  # the server answers, then closes the connection
            answer += chunk
    assert answer.startswith(b"HTTP/1.1 408"), answer[:200]
    assert f"{sent:,} bytes received".encode() in answer
    assert b"connection: close" in answer.lower()


def test_server_refuses_rdf_xml_with_entities(uploads: Server) -> None:
    replaced = httpx.get(f"{uploads.url}/health").json()["replaced"]
    response = httpx.put(f"{uploads.url}/store", params={"graph": "urn:graph:laughs"}, content=BILLION_LAUGHS,
                         headers={"Content-Type": "application/rdf+xml", **AUTH}, timeout=PATIENCE)
    assert len(BILLION_LAUGHS) < 1500
    assert response.status_code == 400
    assert "DOCTYPE" in response.json()["message"]
    assert httpx.get(f"{uploads.url}/store", params={"graph": "urn:graph:laughs"}).status_code == 404
    assert httpx.get(f"{uploads.url}/health").json()["replaced"] == replaced


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_server_refuses_a_doctype_in_any_encoding(uploads: Server, encoding: str) -> None:
    document = BILLION_LAUGHS.decode().replace('encoding="utf-8"', "").replace(
        '<?xml version="1.0"?>', f'<?xml version="1.0" encoding="{encoding}"?>').encode(encoding)
    response = httpx.post(f"{uploads.url}/store", params={"graph": "urn:graph:laughs"}, content=document,
                          headers={"Content-Type": "application/rdf+xml", **AUTH}, timeout=PATIENCE)
    assert response.status_code == 400
    assert "DOCTYPE" in response.json()["message"]


def test_server_accepts_rdf_xml_without_doctype(uploads: Server) -> None:
    response = httpx.put(f"{uploads.url}/store", params={"graph": "urn:graph:plain"}, content=PLAIN_RDF_XML,
                         headers={"Content-Type": "application/rdf+xml", **AUTH}, timeout=PATIENCE)
    assert response.status_code == 201, response.text
    read = httpx.get(f"{uploads.url}/store", params={"graph": "urn:graph:plain"},
                     headers={"Accept": "application/n-triples"})
    assert '"hello"' in read.text

