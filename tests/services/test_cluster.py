"""Ingest on a real Dask cluster: a scheduler and two workers on loopback, as separate processes."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.services.cluster import cluster_extractor
from kg.services.ingest import ingest
from kg.store.oxigraph import EmbeddedStore

# A run that hangs (a cluster that never answers) fails with the stacks of every thread
# instead of holding the suite: each test takes under 20 s on an idle machine.
pytestmark = [pytest.mark.slow, pytest.mark.timeout(600, method="thread")]
ARTICLES = Path(__file__).parents[2] / "data" / "articles"
DASK = [str(Path(sys.executable).with_name("dask"))]  # the `dask` command of this environment
COUNT = len(list(ARTICLES.iterdir()))


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait_for_port(port: int, process: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"dask process exited with {process.returncode}")
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    raise RuntimeError(f"nothing listens on port {port} after {seconds} s")


class Cluster:
    """A `dask scheduler` and two `dask worker` processes; workers known by their port."""

    def __init__(self, folder: Path) -> None:
        self.port = free_port()
        self.address = f"tcp://127.0.0.1:{self.port}"
        self.processes: list[subprocess.Popen] = []
        self.workers: dict[int, subprocess.Popen] = {}
        self.log = folder

    def _start(self, name: str, arguments: list[str]) -> subprocess.Popen:
        with (self.log / f"{name}.log").open("wb") as out:
            process = subprocess.Popen([*DASK, *arguments], stdout=out, stderr=subprocess.STDOUT)
        self.processes.append(process)
        return process

    def start(self) -> None:
        scheduler = self._start("scheduler", ["scheduler", "--host", "127.0.0.1", "--port", str(self.port),
                                              "--no-dashboard", "--dashboard-address", f"127.0.0.1:{free_port()}",
                                              "--no-show"])
        _wait_for_port(self.port, scheduler)
        for number in range(2):
            port = free_port()
            self.workers[port] = self._start(f"worker-{number}", [
                "worker", self.address, "--host", "127.0.0.1", "--worker-port", str(port), "--nthreads", "1",
                "--no-nanny", "--no-dashboard", "--death-timeout", "60"])

    def kill_worker(self, port: int) -> None:
        self.workers[port].send_signal(signal.SIGKILL)
        self.workers[port].wait(10)

    def stop(self) -> None:
        for process in reversed(self.processes):
            if process.poll() is None:
                process.terminate()
        for process in self.processes:
            try:
                process.wait(15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(5)


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cluster]:
    running = Cluster(tmp_path_factory.mktemp("dask"))
    try:
        running.start()
        yield running
    finally:
        running.stop()
    assert all(process.poll() is not None for process in running.processes)


@pytest.fixture(scope="module")
def local_quads(tmp_path_factory: pytest.TempPathFactory) -> set:
    """The store a local ingest of the sample articles gives, as a set of quads."""
    from kg.nlp import Extractor

    store = EmbeddedStore(tmp_path_factory.mktemp("local") / "store")
    report = ingest([ARTICLES], store, extractor=Extractor())
    assert (report.loaded, report.failed) == (COUNT, 0)
    quads = set(store.quads())
    store.close()
    return quads


def _dumped(store: EmbeddedStore) -> list:
    quads = list(store.quads())
    store.close()
    return quads


def _same_store(quads: list, expected: set) -> bool:
    """Quad for quad; quads with blank nodes (the ontology's axioms) up to their renaming."""
    from rdflib.compare import isomorphic

    def blank(quad) -> bool:
        return any(isinstance(term, ox.BlankNode) for term in (quad.subject, quad.object))

    named = {quad for quad in quads if not blank(quad)}
    if named != {quad for quad in expected if not blank(quad)}:
        return False
    mine, theirs = [q for q in quads if blank(q)], [q for q in expected if blank(q)]
    graphs = {q.graph_name for q in mine} == {q.graph_name for q in theirs}
    return graphs and len(mine) == len(theirs) and isomorphic(_triples(mine), _triples(theirs))


def _triples(quads: list):
    from rdflib import Graph

    graph = Graph()
    graph.parse(data="".join(f"{ox.Triple(q.subject, q.predicate, q.object)} .\n" for q in quads), format="nt")
    return graph


def test_cluster_ingest_equals_local_ingest(cluster: Cluster, local_quads: set, tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path / "store")
    with cluster_extractor(cluster.address) as engine:
        report = ingest([ARTICLES], store, extractor=engine)
    assert (report.loaded, report.skipped, report.failed) == (COUNT, 0, 0)
    quads = _dumped(store)
    assert len(quads) == len(set(quads))
    assert _same_store(quads, local_quads)


def test_cluster_ingest_survives_a_killed_worker(cluster: Cluster, local_quads: set, tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path / "store")
    killed: list[int] = []
    with cluster_extractor(cluster.address) as engine:
        engine.client.wait_for_workers(2, timeout=60)
        engine.batch_size = 2

        returned: list[str] = []

        def kill_a_busy_worker(origin: str, status: str) -> None:
            # A busy worker is killed as soon as one is seen; on a loaded machine none may be
            # busy at the moment an article comes back, so by half the run any worker is killed.
            returned.append(origin)
            if killed:
                return
            processing = engine.client.processing()
            busy = [address for address, keys in processing.items() if keys]
            if busy or len(returned) >= COUNT // 2:
                port = int((busy or sorted(processing))[0].rsplit(":", 1)[1])
                cluster.kill_worker(port)
                killed.append(port)

        report = ingest([ARTICLES], store, extractor=engine, batch_size=2, on_progress=kill_a_busy_worker)
    assert killed, "no worker was killed during the run"
    assert cluster.workers[killed[0]].poll() is not None
    assert (report.loaded, report.failed) == (COUNT, 0)
    quads = _dumped(store)
    assert len(quads) == len(set(quads))
    assert _same_store(quads, local_quads)


def test_cluster_cli_local_cluster_equals_local_ingest(local_quads: set, tmp_path: Path) -> None:
    # A fresh `kg` process, as a user runs it: the local cluster forks its workers from a
    # process without the threads earlier tests leave behind.
    store = tmp_path / "store"
    result = _run([str(Path(sys.executable).with_name("kg")), "--store", str(store), "ingest", str(ARTICLES),
                   "--local-cluster", "2"])
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"{COUNT} ingested, 0 skipped, 0 failed" in result.stdout + result.stderr
    assert _same_store(_dumped(EmbeddedStore(store)), local_quads)


def _run(command: list[str], seconds: int = 300) -> subprocess.CompletedProcess:
    """Runs a command in its own process group; one that outlives ``seconds`` is killed with its children."""
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               start_new_session=True)
    try:
        stdout, stderr = process.communicate(timeout=seconds)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        stdout, stderr = process.communicate()
        pytest.fail(f"{command[0]} still running after {seconds} s:\n{stdout}\n{stderr}")
    return subprocess.CompletedProcess(command, process.returncode, stdout, stderr)


def test_cluster_cli_refuses_two_clusters(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from kg.cli import cli

    result = CliRunner().invoke(cli, ["--store", str(tmp_path / "store"), "ingest", str(ARTICLES),
                                      "--scheduler", "tcp://127.0.0.1:9", "--local-cluster", "2"])
    assert result.exit_code == 2 and "not both" in result.output


def test_cluster_unreachable_scheduler_is_a_clear_error(tmp_path: Path) -> None:
    from kg.errors import ClusterUnavailable

    with pytest.raises(ClusterUnavailable, match="cannot reach the Dask scheduler"), \
            cluster_extractor(f"tcp://127.0.0.1:{free_port()}", connect_seconds=2):
        pass


def test_cluster_worker_reads_shared_paths_and_refuses_changed_files(tmp_path: Path) -> None:
    from kg.readers.base import Document, read_file
    from kg.services.cluster_worker import _document

    path = tmp_path / "article.txt"
    path.write_text((ARTICLES / "en-01-morocco-us-cybersecurity-ai.txt").read_text(encoding="utf-8"), encoding="utf-8")
    original = next(item for item in read_file(path) if isinstance(item, Document))
    item = {"path": str(path), "id": original.article.id, "hash": original.content_hash}
    read = _document(item)
    assert isinstance(read, Document) and read.text == original.text
    path.write_text(path.read_text(encoding="utf-8") + "\nOne more sentence.", encoding="utf-8")
    assert "changed" in _document(item)


def test_cluster_ingest_reads_a_long_article_in_pieces_as_a_local_ingest(cluster: Cluster, tmp_path: Path) -> None:
    """An article longer than one piece of text is cut into pieces on the worker, as locally."""
    from kg.nlp import Extractor
    from kg.nlp.pieces import PIECE_CHARS

    source = (ARTICLES / "en-01-morocco-us-cybersecurity-ai.txt").read_text(encoding="utf-8")
    head, body = source.split("---\n", 2)[1:]
    folder = tmp_path / "long"
    folder.mkdir()
    (folder / "long.txt").write_text(f"---\n{head}---\n" + "\n\n".join([body] * (PIECE_CHARS // len(body) + 2)),
                                     encoding="utf-8")
    stores = {name: EmbeddedStore(tmp_path / name) for name in ("local", "cluster")}
    local = ingest([folder], stores["local"], extractor=Extractor())
    with cluster_extractor(cluster.address) as engine:
        remote = ingest([folder], stores["cluster"], extractor=engine)
    assert (remote.loaded, remote.failed) == (local.loaded, local.failed) == (1, 0), remote.problems
    assert _same_store(_dumped(stores["cluster"]), set(_dumped(stores["local"])))


def test_cluster_batch_that_fails_everywhere_is_reported_per_article(cluster: Cluster) -> None:
    """A batch whose task raises on the workers fails its own articles only; the next batch is served."""
    import operator

    from distributed import Client, as_completed

    from kg.errors import RecordError
    from kg.services.cluster import Arrivals, _results

    with Client(cluster.address, timeout="30s") as client:
        arrivals = Arrivals(as_completed(loop=client.loop, with_results=True, raise_errors=False))
        failing = client.submit(operator.truediv, 1, 0, key="fails-everywhere", retries=0)
        fine = client.submit(list, [{"error": "not an article"}], key="served")
        arrivals.add(failing)
        arrivals.add(fine)
        failed = list(_results(["a", "b"], failing, arrivals))
        served = list(_results(["c"], fine, arrivals))
    assert [document for document, _ in failed] == ["a", "b"]
    assert all(isinstance(result, RecordError) and "ZeroDivisionError" in str(result) for _, result in failed)
    assert served[0][0] == "c" and isinstance(served[0][1], RecordError)
    assert str(served[0][1]) == "not an article"


def test_cluster_local_workers_run_without_dask_sampling() -> None:
    """A local cluster's workers share the machine with the writer: no statistical profiler, slow polls."""
    script = (
        "import dask, json\n"
        "from kg.services.cluster import cluster_extractor\n"
        "keys = ('distributed.worker.profile.enabled', 'distributed.worker.memory.monitor-interval',\n"
        "        'distributed.admin.tick.interval')\n"
        "with cluster_extractor(local_workers=1) as extractor:\n"
        "    extractor.workers()\n"
        "    print(json.dumps(list(extractor.client.run(lambda: [dask.config.get(k) for k in keys]).values())))\n"
    )
    result = _run([sys.executable, "-c", script])
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1]) == [[False, "1s", "1s"]]


def test_cluster_records_travel_as_json_bytes(sample_record: dict) -> None:
    """A worker's record holds the extraction as JSON bytes, which Dask weighs without walking
    them; the client reads back the same model, and a record that is not one is an error."""
    from kg.errors import RecordError
    from kg.models import Extraction
    from kg.services.cluster import _from_record
    from kg.services.cluster_worker import _record

    extraction = Extraction.model_validate(sample_record)
    record = _record(extraction)
    assert isinstance(record["extraction"], bytes)
    assert _from_record(record) == extraction
    assert isinstance(_from_record({"extraction": b'{"article": 1}'}), RecordError)
