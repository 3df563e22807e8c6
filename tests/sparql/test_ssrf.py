"""No query text reaches the network: the corpus against a real loopback recorder, through the
embedded store, ``kg query``, a real ``kg serve`` (read-only and with the update token), and the
barrier below the text check on its own (a worker and ``kg query`` with that check bypassed)."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import asdict
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from multiprocessing.connection import Connection
from pathlib import Path

import httpx
import pytest

from kg.errors import KgError
from kg.server import jobs
from kg.server.worker import WorkerSettings
from kg.store.oxigraph import EmbeddedStore
from tests.support.server_support import (  # noqa: F401
    TOKEN,
    Server,
    fixture_served_store,
    fixture_server,
    fixture_writable,
    running,
)
from tests.support.ssrf_corpus import QUERIES, UPDATES, fill

SECRET = "internal-page-7c41: do not show"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
#: Runs the ``kg`` command or a query worker with the text check replaced by one that passes
#: everything, so that only the barrier below it stands between a query and the network.
BYPASS = ("import sys, kg.store.oxigraph as store, kg.server.worker as worker\n"
          "store.check_query = worker.check_update = lambda *args, **kwargs: None\n")


class FailingRecorder:
    """An HTTP server on loopback that counts every request and answers 500 with a private body."""

    def __init__(self) -> None:
        self.requests: list[str] = []
        recorder = self

        class Handler(BaseHTTPRequestHandler):
            def _answer(self) -> None:
                recorder.requests.append(f"{self.command} {self.path}")
                body = SECRET.encode()
                self.send_response(500)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = do_PUT = _answer

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join()


@pytest.fixture(name="recorder")
def fixture_recorder() -> Iterator[FailingRecorder]:
    live = FailingRecorder()
    yield live
    live.close()


@pytest.fixture(name="empty_store", scope="module")
def fixture_empty_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("ssrf") / "store"
    EmbeddedStore(folder).close()
    return folder


# -- the embedded store ------------------------------------------------------------------------

@pytest.mark.parametrize("template", [query for _, query in QUERIES], ids=[name for name, _ in QUERIES])
def test_ssrf_embedded_store_refuses_and_sends_nothing(recorder: FailingRecorder, template: str) -> None:
    store = EmbeddedStore(None)
    with pytest.raises(KgError) as refused:
        store.query(fill(template, recorder.url))
    assert refused.value.http_status in (400, 403)
    assert recorder.requests == []


# -- kg query ------------------------------------------------------------------------------------

def kg(store: Path, *args: str, bypass: bool = False) -> subprocess.CompletedProcess[str]:
    code = (BYPASS if bypass else "import sys\n") + "from kg.cli import main\nsys.argv[0] = 'kg'\nmain()\n"
    return subprocess.run([sys.executable, "-c", code, "--store", str(store), *args],
                          capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("name", ["comment-ended-by-cr", "uchar-in-iri", "glued-to-prefix", "from-prefixed-name",
                                  "deep-behind-cr-comment"])
def test_ssrf_kg_query_refuses_and_sends_nothing(recorder: FailingRecorder, empty_store: Path, name: str) -> None:
    result = kg(empty_store, "query", fill(dict(QUERIES)[name], recorder.url))
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert recorder.requests == []


def test_ssrf_kg_query_barrier_holds_without_the_text_check(recorder: FailingRecorder, empty_store: Path) -> None:
    query = f"SELECT * WHERE {{ SERVICE <{recorder.url}/sparql> {{ ?s ?p ?o }} }}"
    result = kg(empty_store, "query", query, bypass=True)
    assert result.returncode == 3
    assert "Permission denied" in result.stderr
    assert "Traceback" not in result.stderr
    assert SECRET not in result.stderr + result.stdout
    assert recorder.requests == []


def test_ssrf_kg_query_bypass_reaches_out_when_network_is_allowed(recorder: FailingRecorder,
                                                                   empty_store: Path) -> None:
    """The control for the test above: the bypass is real, only the barrier stopped it."""
    query = f"SELECT * WHERE {{ SERVICE <{recorder.url}/sparql> {{ ?s ?p ?o }} }}"
    result = kg(empty_store, "query", "--allow-network", query, bypass=True)
    assert recorder.requests
    assert result.returncode == 3
    assert "withheld" in result.stderr
    assert SECRET not in result.stderr + result.stdout


# -- a query worker with the text check bypassed -------------------------------------------------

class BypassedWorker:
    """A real worker process whose text check passes everything."""

    def __init__(self, store: Path, *, allow_service: bool) -> None:
        ours, theirs = socket.socketpair()
        settings = WorkerSettings(str(store), "https://w3id.org/digipol/id/", allow_service, 1 << 20)
        code = BYPASS + "worker.main(sys.argv[1:])\n"
        self.process = subprocess.Popen([sys.executable, "-c", code, str(theirs.fileno()),
                                         json.dumps(asdict(settings))], pass_fds=[theirs.fileno()],
                                        stderr=subprocess.PIPE)
        theirs.close()
        self.connection = Connection(ours.detach())
        assert self.connection.recv() == "ready"

    def run(self, job: jobs.Job) -> jobs.Reply:
        self.connection.send(job)
        return self.connection.recv()

    def stop(self) -> str:
        self.connection.close()
        _, errors = self.process.communicate(timeout=60)
        return errors.decode()


def corpus_jobs(url: str) -> list[jobs.Job]:
    # The deep one is left out: with the text check bypassed it would crash the worker.
    return [*(jobs.QueryJob(fill(query, url)) for name, query in QUERIES if name != "deep-behind-cr-comment"),
            *(jobs.UpdateJob(fill(update, url)) for _, update in UPDATES)]


def test_ssrf_worker_barrier_holds_without_the_text_check(recorder: FailingRecorder, empty_store: Path) -> None:
    worker = BypassedWorker(empty_store, allow_service=False)
    replies = [worker.run(job) for job in corpus_jobs(recorder.url)]
    log = worker.stop()
    assert recorder.requests == []
    assert not [reply for reply in replies if SECRET in reply.message]
    assert "no network barrier" not in log


def test_ssrf_worker_bypass_reaches_out_with_allow_service(recorder: FailingRecorder, empty_store: Path) -> None:
    """The control: the same worker and jobs with --allow-service do send requests."""
    worker = BypassedWorker(empty_store, allow_service=True)
    replies = [worker.run(job) for job in corpus_jobs(recorder.url)]
    worker.stop()
    assert len(recorder.requests) >= 10
    assert not [reply for reply in replies if SECRET in reply.message]


# -- a real kg serve -----------------------------------------------------------------------------

@pytest.mark.server
@pytest.mark.parametrize("method", ["GET", "POST"])
def test_ssrf_server_refuses_the_corpus(server: Server, recorder: FailingRecorder, method: str) -> None:
    statuses = {}
    for name, template in QUERIES:
        query = fill(template, recorder.url)
        response = (httpx.get(server.endpoint, params={"query": query}, timeout=60) if method == "GET"
                    else httpx.post(server.endpoint, data={"query": query}, timeout=60))
        statuses[name] = response.status_code
    assert {name: status for name, status in statuses.items() if status not in (400, 403)} == {}
    assert recorder.requests == []


@pytest.mark.server
@pytest.mark.parametrize("headers", [{}, AUTH], ids=["no-token", "token"])
def test_ssrf_server_refuses_the_update_corpus(writable: Server, recorder: FailingRecorder, headers: dict) -> None:
    statuses = {}
    for name, template in UPDATES:
        response = httpx.post(writable.endpoint, data={"update": fill(template, recorder.url)}, headers=headers,
                              timeout=60)
        statuses[name] = response.status_code
    assert {name: status for name, status in statuses.items() if status not in (400, 401, 403)} == {}
    assert recorder.requests == []


@pytest.mark.server
def test_ssrf_server_with_allow_service_withholds_the_answer_body(served_store: Path, recorder: FailingRecorder,
                                                                   tmp_path: Path) -> None:
    with running(served_store, tmp_path / "federating.log", "--allow-service") as federating:
        query = f"SELECT * WHERE {{ SERVICE <{recorder.url}/sparql> {{ ?s ?p ?o }} }}"
        response = httpx.get(federating.endpoint, params={"query": query}, timeout=60)
    assert recorder.requests
    assert response.status_code >= 500
    assert SECRET not in response.text
