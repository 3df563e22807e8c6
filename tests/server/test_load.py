"""The endpoint under load: slow queries leave a worker to short ones, one client cannot take all,
/health reports degraded rather than dead, and a query past the memory cap costs one worker only.

Clients are told apart by their remote address: each test client binds its own loopback address
(127.0.0.0/8 is all loopback on Linux).
"""

from __future__ import annotations

import contextlib
import functools
import socket
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode

import httpx
import pytest

from tests.support import server_support
from tests.support.server_support import Server, fixture_served_store, running  # noqa: F401

pytestmark = pytest.mark.server

#: A cross product of the store with itself four times: it never finishes on its own.
ENDLESS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
SMALL = "ASK { ?s ?p ?o }"
#: The query of the report: sorting the store's cross product with itself takes gigabytes.
MEMORY_HOG = "SELECT * { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f LIMIT 10"
#: A bound on a reply from a hung server, never a timing that is asserted.
PATIENCE = 90.0


def endless(tag: str) -> str:
    """ENDLESS under a text of its own (the server remembers slow texts as well as slow clients)."""
    return f"# {tag}\n{ENDLESS}"


def client(address: str) -> httpx.Client:
    """An HTTP client whose requests come from ``address``."""
    return httpx.Client(transport=httpx.HTTPTransport(local_address=address), timeout=PATIENCE)


@contextlib.contextmanager
def pending(server: Server, query: str, address: str) -> Iterator[socket.socket]:
    """A query sent from ``address`` over a raw socket and left running; closing the socket abandons it."""
    connection = socket.create_connection(("127.0.0.1", server.port), timeout=PATIENCE,
                                          source_address=(address, 0))
    target = "/sparql?" + urlencode({"query": query})
    connection.sendall(f"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode())
    try:
        yield connection
    finally:
        connection.close()


def read_response(connection: socket.socket) -> bytes:
    chunks = []
    while chunk := connection.recv(65536):
        chunks.append(chunk)
    return b"".join(chunks)


eventually = functools.partial(server_support.eventually, patience=PATIENCE, pause=0.05)


def settled(server: Server) -> None:
    """Wait until every worker is up and idle (a test before may have had some replaced)."""
    eventually(lambda: server.health()["idle"] == 2, "both workers are idle")


@pytest.fixture(scope="module", name="lanes")
def fixture_lanes(served_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """Two workers, one kept for short queries; queries are slow past 1 s and stopped past 120 s."""
    log = tmp_path_factory.mktemp("logs") / "lanes.log"
    with running(served_store, log, "--workers", "2", "--slow-after", "1", "--timeout", "120",
                 "--max-client-queries", "1") as live:
        yield live


def test_server_small_query_answers_while_slow_ones_hold_workers(lanes: Server) -> None:
    settled(lanes)
    with pending(lanes, endless("a"), "127.0.0.2"):
        eventually(lambda: lanes.health()["slow"] == 1, "the first endless query counts as slow")
        with pending(lanes, endless("b"), "127.0.0.3") as second:
            stopped = read_response(second)
            with client("127.0.0.4") as http:
                answers = [http.post(lanes.endpoint, data={"query": SMALL}) for _ in range(5)]
    assert stopped.startswith(b"HTTP/1.1 503"), stopped[:200]
    assert b"SlowQueryStopped" in stopped and b"Retry-After" in stopped.replace(b"retry-after", b"Retry-After")
    assert [answer.status_code for answer in answers] == [200] * 5
    assert all(answer.json()["boolean"] for answer in answers)


def test_server_query_seen_slow_waits_in_the_slow_lane(lanes: Server) -> None:
    """A query already seen slow goes to the slow lane at once: it waits, and short queries still pass."""
    settled(lanes)
    with pending(lanes, endless("c"), "127.0.0.5"):
        eventually(lambda: lanes.health()["slow"] == 1, "the endless query counts as slow")
        with pending(lanes, endless("c"), "127.0.0.6"), client("127.0.0.7") as http:
            eventually(lambda: lanes.health()["waiting"] == 1, "the same query from another client waits")
            assert lanes.health()["idle"] == 1, "the reserved worker stays free of the waiting slow query"
            answer = http.post(lanes.endpoint, data={"query": SMALL})
    assert answer.status_code == 200


def test_server_client_seen_slow_twice_waits_in_the_slow_lane(lanes: Server) -> None:
    settled(lanes)
    with pending(lanes, endless("d"), "127.0.0.12"):
        eventually(lambda: lanes.health()["slow"] == 1, "the endless query counts as slow")
        for tag in ("e", "f"):  # two new texts from one client, each stopped on the reserved worker
            with pending(lanes, endless(tag), "127.0.0.13") as stopped:
                assert read_response(stopped).startswith(b"HTTP/1.1 503")
            eventually(lambda: lanes.health()["idle"] == 1, "the stopped query's worker is replaced")
        with pending(lanes, endless("g"), "127.0.0.13"):
            eventually(lambda: lanes.health()["waiting"] == 1, "the client's third new query waits")
            assert lanes.health()["idle"] == 1


def test_server_per_client_limit_is_429_with_retry_after(lanes: Server) -> None:
    settled(lanes)
    with pending(lanes, endless("h"), "127.0.0.8"), client("127.0.0.8") as same, client("127.0.0.9") as other:
        eventually(lambda: lanes.health()["idle"] == 1, "the endless query runs")
        refused = same.post(lanes.endpoint, data={"query": SMALL})
        served = other.post(lanes.endpoint, data={"query": SMALL})
    assert refused.status_code == 429
    assert refused.json()["error"] == "TooManyRequests"
    assert "127.0.0.8" in refused.json()["message"] and "--max-client-queries" in refused.json()["message"]
    assert int(refused.headers["retry-after"]) >= 1
    assert served.status_code == 200


def test_server_health_is_degraded_while_a_worker_is_replaced(lanes: Server) -> None:
    settled(lanes)
    replaced = lanes.health()["replaced"]
    seen: list[httpx.Response] = []

    def degraded() -> bool:
        seen.append(httpx.get(f"{lanes.url}/health", timeout=PATIENCE))
        return seen[-1].json()["status"] == "degraded" and seen[-1].json()["replaced"] >= replaced + 1

    with pending(lanes, endless("i"), "127.0.0.10"):
        eventually(lambda: lanes.health()["idle"] == 1, "the endless query runs")
    # The client left: its worker is killed, and /health says so while another one starts.
    eventually(degraded, "/health reports a worker being replaced")
    assert seen[-1].status_code == 200
    assert "being replaced" in seen[-1].json()["reason"]
    eventually(lambda: lanes.health()["status"] == "ok", "the replacement is ready")


def test_server_memory_cap_is_507_and_costs_one_worker(served_store: Path, tmp_path: Path) -> None:
    with running(served_store, tmp_path / "capped.log", "--workers", "2", "--max-memory", "300",
                 "--timeout", "120") as capped, client("127.0.0.11") as http:
        response = http.post(capped.endpoint, data={"query": MEMORY_HOG})
        after = [http.post(capped.endpoint, data={"query": SMALL}).status_code for _ in range(3)]
        replaced = capped.health()["replaced"]
    assert response.status_code == 507, response.text
    assert response.json()["error"] == "MemoryLimitExceeded"
    assert "300 MB" in response.json()["message"]
    assert after == [200] * 3
    assert replaced == 1
