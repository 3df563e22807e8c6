"""Helpers for the endpoint's tests: a sample store on disk, real servers on loopback, a recorder.

Holds no tests itself; the test_server_* modules import the fixtures they use from here
(as ``fixture_<name>``, so that a test's parameter ``<name>`` does not shadow an import).
"""

from __future__ import annotations

import contextlib
import json
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

from tests.support.localserver import free_port

DATA = Path(__file__).parents[1] / "data"
TOKEN = "test-token-5b1f"
ARTICLE_GRAPH = "https://w3id.org/digipol/id/article/sample0001"
STARTUP_SECONDS = 90.0


def build_store(folder: Path) -> Path:
    """An on-disk store with the reference graph and the sample article, closed again."""
    from kg.models import Extraction
    from kg.rdf.iris import Iris
    from kg.rdf.mapping import article_graph
    from kg.services.ingest import ensure_reference
    from kg.store.oxigraph import EmbeddedStore

    extraction = Extraction.model_validate(json.loads((DATA / "sample_extraction.json").read_text("utf-8")))
    store = EmbeddedStore(folder)
    ensure_reference(store)
    store.replace_graphs({Iris().article(extraction.article.id).value: article_graph(extraction)})
    store.close()
    return folder


@dataclass
class Server:
    """A ``kg serve`` process on a free loopback port."""

    store: Path
    options: tuple[str, ...] = ()
    port: int = field(default_factory=free_port)
    process: subprocess.Popen[bytes] | None = None
    log: Path | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def endpoint(self) -> str:
        return f"{self.url}/sparql"

    def start(self, log: Path) -> Server:
        command = [sys.executable, "-c", "from kg.cli import main; main()", "serve", "--store", str(self.store),
                   "--host", "127.0.0.1", "--port", str(self.port), *self.options]
        self.log = log
        with log.open("wb") as output:
            self.process = subprocess.Popen(command, stdout=output, stderr=subprocess.STDOUT)
        self._wait_ready(log)
        return self

    def _wait_ready(self, log: Path) -> None:
        deadline = time.monotonic() + STARTUP_SECONDS
        while time.monotonic() < deadline:
            assert self.process is not None
            if self.process.poll() is not None:
                pytest.fail(f"kg serve exited at start:\n{log.read_text(errors='replace')}")
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(f"{self.url}/health", timeout=2).status_code == 200:
                    return
            time.sleep(0.2)
        self.stop()
        pytest.fail(f"kg serve did not become ready:\n{log.read_text(errors='replace')}")

    def health(self) -> dict:
        return httpx.get(f"{self.url}/health", timeout=10).json()

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


@contextlib.contextmanager
def running(store: Path, log: Path, *options: str) -> Iterator[Server]:
    server = Server(store, options).start(log)
    try:
        yield server
    finally:
        server.stop()


class Recorder:
    """An HTTP server on loopback that answers anything and remembers every request it got."""

    def __init__(self) -> None:
        self.requests: list[str] = []
        recorder = self

        class Handler(BaseHTTPRequestHandler):
            def _record(self) -> None:
                recorder.requests.append(f"{self.command} {self.path}")
                body = b'{"head":{"vars":[]},"results":{"bindings":[]}}'
                self.send_response(200)
                self.send_header("Content-Type", "application/sparql-results+json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = do_PUT = _record

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> Recorder:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join()


@pytest.fixture(scope="session", name="served_store")
def fixture_served_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("served") / "store")


@pytest.fixture(scope="session", name="server")
def fixture_server(served_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """A read-only endpoint with default options, but a long timeout so that only the
    tests about timeouts meet one."""
    with running(served_store, tmp_path_factory.mktemp("logs") / "read-only.log", "--timeout", "120") as live:
        yield live


@pytest.fixture(scope="session", name="writable")
def fixture_writable(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """An endpoint started with --allow-update on a store of its own."""
    store = build_store(tmp_path_factory.mktemp("writable") / "store")
    log = tmp_path_factory.mktemp("logs") / "writable.log"
    with running(store, log, "--allow-update", "--token", TOKEN) as live:
        yield live


@pytest.fixture(scope="session", name="quick")
def fixture_quick(served_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """An endpoint with a 2 s query timeout and two workers."""
    log = tmp_path_factory.mktemp("logs") / "quick.log"
    with running(served_store, log, "--timeout", "2", "--workers", "2") as live:
        yield live


@pytest.fixture(name="recorder")
def fixture_recorder() -> Iterator[Recorder]:
    with Recorder() as live:
        yield live


def eventually(condition, what: str, patience: float = 60.0, pause: float = 0.1) -> None:
    """Wait for a state the server reaches on its own (a bound for a hung server, not a timing)."""
    deadline = time.monotonic() + patience
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"never happened: {what}")
        time.sleep(pause)
