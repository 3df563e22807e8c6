"""The endpoint is safe to expose: read-only unless told, no outbound requests, survives any query."""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import psutil
import pytest

from tests.support import server_support
from tests.support.server_support import (  # noqa: F401
    TOKEN,
    Recorder,
    Server,
    fixture_quick,
    fixture_recorder,
    fixture_served_store,
    fixture_server,
    fixture_writable,
    running,
)

pytestmark = pytest.mark.server

AUTH = {"Authorization": f"Bearer {TOKEN}"}
#: A cross product of the whole store with itself four times: it never finishes on its own.
ENDLESS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
POLL_SECONDS = 60.0


def update(server: Server, text: str, headers: dict | None = None) -> httpx.Response:
    return httpx.post(server.endpoint, data={"update": text}, headers=headers or {}, timeout=30)


def ask(server: Server, query: str) -> bool:
    response = httpx.post(server.endpoint, data={"query": query}, headers={"Accept": "application/json"})
    assert response.status_code == 200, response.text
    return response.json()["boolean"]


eventually = functools.partial(server_support.eventually, patience=POLL_SECONDS)


def workers_of(server: Server) -> set[int]:
    assert server.process is not None
    return {child.pid for child in psutil.Process(server.process.pid).children()}


# -- updates ---------------------------------------------------------------------------------

def test_server_refuses_updates_when_read_only(server: Server) -> None:
    response = update(server, "INSERT DATA { <urn:a> <urn:b> <urn:c> }", AUTH)
    assert response.status_code == 403
    assert "read-only" in response.json()["message"]


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong"}, {"Authorization": TOKEN}])
def test_server_updates_need_the_token(writable: Server, headers: dict) -> None:
    response = update(writable, "INSERT DATA { <urn:refused> <urn:b> <urn:c> }", headers)
    assert response.status_code == 401
    assert response.headers["www-authenticate"].startswith("Bearer")
    assert not ask(writable, "ASK { <urn:refused> ?p ?o }")


def test_server_update_with_token_is_seen_by_later_queries(writable: Server) -> None:
    assert not ask(writable, "ASK { <urn:accepted> ?p ?o }")
    response = update(writable, "INSERT DATA { GRAPH <urn:graph:test> { <urn:accepted> <urn:b> 'c' } }", AUTH)
    assert response.status_code == 204
    assert all(ask(writable, "ASK { <urn:accepted> ?p ?o }") for _ in range(4))


def test_server_update_syntax_error_is_400(writable: Server) -> None:
    response = update(writable, "INSERT DATA { <urn:a> }", AUTH)
    assert response.status_code == 400
    assert response.json()["error"] == "QuerySyntaxError"


def test_server_graph_store_protocol(writable: Server) -> None:
    store = f"{writable.url}/store"
    graph = {"graph": "http://example.org/graph/gsp"}
    turtle = {"Content-Type": "text/turtle"}
    created = httpx.put(store, params=graph, content=b"<urn:s> <urn:p> 'one' .", headers={**turtle, **AUTH})
    added = httpx.post(store, params=graph, content=b"<urn:s> <urn:p> 'two' .", headers={**turtle, **AUTH})
    read = httpx.get(store, params=graph, headers={"Accept": "application/n-triples"})
    assert (created.status_code, added.status_code, read.status_code) == (201, 204, 200)
    assert sorted(read.text.split("\n"))[1:] == ['<urn:s> <urn:p> "one" .', '<urn:s> <urn:p> "two" .']
    assert httpx.put(store, params=graph, content=b"", headers=turtle).status_code == 401
    assert httpx.delete(store, params=graph, headers=AUTH).status_code == 204
    assert httpx.get(store, params=graph).status_code == 404


def test_server_graph_store_refuses_writes_when_read_only(server: Server) -> None:
    response = httpx.put(f"{server.url}/store", params={"default": ""}, content=b"",
                         headers={"Content-Type": "text/turtle", **AUTH})
    assert response.status_code == 403


# -- no outbound requests --------------------------------------------------------------------

@pytest.mark.parametrize("template", [
    "SELECT * WHERE {{ SERVICE <{url}/sparql> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ SERVICE SILENT <{url}/sparql> {{ ?s ?p ?o }} }}",
    "SELECT * FROM <{url}/data.ttl> WHERE {{ ?s ?p ?o }}",
    "SELECT * FROM NAMED <{url}/data.ttl> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}",
])
def test_server_queries_make_no_outbound_requests(server: Server, recorder: Recorder, template: str) -> None:
    response = httpx.get(server.endpoint, params={"query": template.format(url=recorder.url)})
    assert response.status_code == 403
    assert recorder.requests == []


def test_server_dataset_parameters_fetch_nothing(server: Server, recorder: Recorder) -> None:
    response = httpx.get(server.endpoint, params={"query": "ASK { ?s ?p ?o }",
                                                  "default-graph-uri": f"{recorder.url}/g",
                                                  "named-graph-uri": f"{recorder.url}/h"})
    assert response.status_code == 200
    assert recorder.requests == []


@pytest.mark.parametrize("template", [
    "LOAD <{url}/data.ttl>",
    "LOAD SILENT <{url}/data.ttl> INTO GRAPH <urn:g>",
    "INSERT {{ ?s ?p ?o }} WHERE {{ SERVICE <{url}/sparql> {{ ?s ?p ?o }} }}",
])
def test_server_updates_make_no_outbound_requests(writable: Server, recorder: Recorder, template: str) -> None:
    response = update(writable, template.format(url=recorder.url), AUTH)
    assert response.status_code == 403
    assert recorder.requests == []


def test_server_json_ld_remote_context_is_not_fetched(writable: Server, recorder: Recorder) -> None:
    document = f'{{"@context": "{recorder.url}/context.jsonld", "@id": "urn:x", "name": "x"}}'
    response = httpx.put(f"{writable.url}/store", params={"graph": "urn:graph:jsonld"}, content=document.encode(),
                         headers={"Content-Type": "application/ld+json", **AUTH})
    assert response.status_code == 400
    assert recorder.requests == []


def test_server_allow_service_does_reach_out(served_store: Path, recorder: Recorder, tmp_path: Path) -> None:
    """The control for the tests above: the recorder does see a federated query when allowed."""
    with running(served_store, tmp_path / "federating.log", "--allow-service") as federating:
        query = f"SELECT * WHERE {{ SERVICE <{recorder.url}/sparql> {{ ?s ?p ?o }} }}"
        response = httpx.get(federating.endpoint, params={"query": query}, timeout=30)
    assert response.status_code == 200
    assert recorder.requests


# -- surviving any query ---------------------------------------------------------------------

@pytest.mark.parametrize("query", [
    "SELECT * WHERE " + "{ " * 5000 + "?s ?p ?o" + " }" * 5000,
    "SELECT * WHERE { FILTER(" + "(" * 5000 + "1" + ")" * 5000 + ") }",
    "SELECT * WHERE { ?s ?p " + "[dp:p " * 5000 + "1" + "]" * 5000 + " }",
    "SELECT * WHERE { FILTER(" + "!" * 5000 + "true) }",
])
@pytest.mark.parametrize("method", ["GET", "POST"])
def test_server_deep_nesting_is_400_and_the_server_goes_on(server: Server, query: str, method: str) -> None:
    if method == "GET":
        response = httpx.get(server.endpoint, params={"query": query})
    else:
        response = httpx.post(server.endpoint, data={"query": query})
    assert response.status_code == 400
    assert "nests" in response.json()["message"]
    assert ask(server, "ASK { ?s ?p ?o }")


@pytest.fixture
def endless_query(quick: Server) -> Iterator[dict]:
    """Runs ENDLESS on the quick server in a thread; yields what it got once done.

    It starts once both workers are idle and yields once it holds one, so that it runs on the
    slow-lane worker and the short queries of the test get the reserved one (sent earlier,
    they could take the slow lane and leave the endless query the reserved worker, where it
    would be stopped as slow rather than timed out)."""
    eventually(lambda: quick.health()["idle"] == 2, "both workers are idle")
    outcome: dict = {}

    def send() -> None:
        outcome["response"] = httpx.get(quick.endpoint, params={"query": ENDLESS}, timeout=120)

    thread = threading.Thread(target=send)
    thread.start()
    outcome["thread"] = thread
    eventually(lambda: quick.health()["idle"] == 1, "the endless query holds a worker")
    yield outcome
    thread.join()


def test_server_timeout_stops_a_query_while_others_are_served(quick: Server, endless_query: dict) -> None:
    before = workers_of(quick)
    served_meanwhile, running_then = [], []
    for _ in range(5):  # on a loaded machine the 2 s timeout may end it before the fifth answer
        served_meanwhile.append(ask(quick, "ASK { ?s ?p ?o }"))
        running_then.append(endless_query["thread"].is_alive())
    assert running_then[0], "a short query should be answered while the endless one runs"
    endless_query["thread"].join()
    response = endless_query["response"]
    assert all(served_meanwhile)
    assert response.status_code == 503
    assert response.json()["error"] == "QueryTimeout"
    eventually(lambda: len(before - workers_of(quick)) == 1, "the timed-out worker is gone")
    eventually(lambda: quick.health()["workers"] == 2, "a replacement worker is ready")


def test_server_abandoned_query_stops_using_cpu(server: Server) -> None:
    before, replaced = workers_of(server), server.health()["replaced"]
    with pytest.raises(httpx.ReadTimeout):
        httpx.get(server.endpoint, params={"query": ENDLESS}, timeout=1.5)
    eventually(lambda: server.health()["replaced"] == replaced + 1, "the abandoned query's worker is stopped")
    assert len(before - workers_of(server)) == 1


def cpu_seconds(pid: int) -> float:
    return sum(psutil.Process(pid).cpu_times()[:2])


def busy_worker(pids: set[int]) -> int:
    """The worker that is running a query: the first to burn a good share of a second of CPU."""
    start = {pid: cpu_seconds(pid) for pid in pids}
    found: list[int] = []
    eventually(lambda: found.extend(pid for pid in pids if cpu_seconds(pid) - start[pid] > 0.3) or found,
               "a worker runs the query")
    return found[0]


def test_server_survives_a_crashing_worker(server: Server) -> None:
    """On the endpoint with a long timeout, so that only the crash can end the query. It starts
    once every worker is ready and idle: a replacement still starting (after an earlier test)
    burns CPU too, and would be taken for the worker running the query."""
    eventually(lambda: (lambda h: h["status"] == "ok" and h["idle"] == h["workers"])(server.health()),
               "every worker is ready and idle")
    outcome: dict = {}
    thread = threading.Thread(target=lambda: outcome.update(
        response=httpx.get(server.endpoint, params={"query": ENDLESS}, timeout=120)))
    pids = workers_of(server)
    thread.start()
    psutil.Process(busy_worker(pids)).send_signal(11)  # as the engine's own segfault would
    thread.join()
    assert outcome["response"].status_code == 500
    assert outcome["response"].json()["error"] == "QueryCrashed"
    assert ask(server, "ASK { ?s ?p ?o }")


def _dead(pid: int) -> bool:
    try:
        return psutil.Process(pid).status() == psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return True


def test_server_replaces_a_worker_that_died_idle(quick: Server) -> None:
    eventually(lambda: quick.health()["idle"] == 2, "both workers are idle")
    killed = workers_of(quick)
    for pid in killed:
        psutil.Process(pid).kill()
    # SIGKILL takes effect a moment later: the workers have died idle once they are gone or zombies
    eventually(lambda: all(_dead(pid) for pid in killed), "the killed workers are dead")
    assert all(ask(quick, "ASK { ?s ?p ?o }") for _ in range(3))
