"""Extraction on a Dask cluster, behind the same ``extract_many`` interface as the local pool.

The client sends batches of articles to the cluster's workers and gets contract records
back; resolving entities and writing to the store stay with the client (``kg.services.ingest``),
so a cluster run keeps the per-article atomic replace, the content-hash skip and the
failed report of a local run. A worker that dies takes its batches with it; the scheduler
runs them again on another worker, and the client still takes each result once, in order.
"""

from __future__ import annotations

import contextlib
import itertools
import multiprocessing
import uuid
from collections import deque
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from kg.errors import ClusterUnavailable, InputError, KgError, RecordError
from kg.models import Extraction
from kg.nlp.extractor import Extractor
from kg.nlp.parallel import chunked

INSTALL_HINT = "cluster extraction needs Dask: pip install 'digipol-kg[cluster]' (dask[distributed])"
CONNECT_SECONDS = 30  # to reach the scheduler, and for its first worker
TASK_RETRIES = 2
#: Dask's own sampling, which on one machine takes CPU from the writer: the workers' statistical
#: profiler (a stack sample every 10 ms), the nannies' and system monitors' polls, and each
#: server's event-loop health check (every 20 ms in the scheduler, each nanny and each worker).
QUIET_LOCAL_CLUSTER = {
    "distributed.worker.profile.enabled": False,
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.admin.system-monitor.interval": "2s",
    "distributed.admin.tick.interval": "1s",
}


def _distributed() -> Any:
    try:
        import distributed  # deferred: Dask is the optional 'cluster' extra (~0.4 s to import)
    except ImportError:
        raise InputError(INSTALL_HINT) from None
    return distributed


class ClusterExtractor:
    """Sends articles to a Dask cluster's workers; yields each with its extraction, in order."""

    #: Takes the whole stream of documents, keeping batches in flight while the client writes
    #: (long documents are cut into pieces on the workers).
    streams = True

    def __init__(self, client: Any, *, batch_size: int = 16, shared_paths: bool = False,
                 root: Path | None = None) -> None:
        from kg.services.cluster_worker import ExtractorPlugin  # deferred: the worker side imports Dask (optional)

        self.client = client
        self.batch_size = batch_size
        self.shared_paths = shared_paths
        client.register_plugin(ExtractorPlugin(str(root) if root else None))

    def workers(self) -> int:
        """How many workers the cluster has now (at least one is waited for)."""
        try:
            self.client.wait_for_workers(1, timeout=CONNECT_SECONDS)
        except TimeoutError:
            raise ClusterUnavailable(f"the Dask scheduler has no workers after {CONNECT_SECONDS} s",
                                   where=str(self.client.scheduler.address)) from None
        return max(1, len(self.client.scheduler_info()["workers"]))

    def extract_many(self, documents: Iterable[Any], workers: int = 1,
                     batch_size: int | None = None) -> Iterator[tuple[Any, Extraction | KgError]]:
        """Each document with its extraction or error; two batches per worker in flight.

        Results are fetched from the workers as each batch finishes, in the background, not
        when the client asks for them: the client takes them in order from what has arrived.
        ``workers`` is part of the local pool's interface and has no effect here: the
        cluster has the workers it has.
        """
        from kg.services.cluster_worker import extract_batch  # deferred: the worker side imports Dask (optional)

        size = batch_size or self.batch_size
        in_flight = 2 * self.workers()
        run = uuid.uuid4().hex[:12]
        arrivals = Arrivals(_distributed().as_completed(loop=self.client.loop, with_results=True, raise_errors=False))
        pending: deque[tuple[list[Any], Any]] = deque()
        for number, chunk in zip(itertools.count(), chunked(documents, size), strict=False):
            items = [self._item(document) for document in chunk]
            future = self.client.submit(extract_batch, items, key=f"extract-{run}-{number}", retries=TASK_RETRIES)
            arrivals.add(future)
            pending.append((chunk, future))
            if len(pending) >= in_flight:
                yield from _results(*pending.popleft(), arrivals)
        while pending:
            yield from _results(*pending.popleft(), arrivals)

    def _item(self, document: Any) -> dict[str, Any]:
        if self.shared_paths and Path(document.origin).is_file():
            return {"path": str(Path(document.origin).resolve()), "id": document.article.id,
                    "hash": document.content_hash}
        return {"article": document.article.model_dump(mode="json"), "text": document.text,
                "origin": document.origin}


class Arrivals:
    """Batch results fetched by Dask as each batch finishes, handed out by future on request."""

    def __init__(self, completed: Any) -> None:
        self.completed = completed  # distributed.as_completed, with results, errors as values
        self.arrived: dict[str, tuple[Any, Any]] = {}

    def add(self, future: Any) -> None:
        self.completed.add(future)

    def take(self, future: Any) -> list[dict[str, Any]]:
        """The records of ``future``'s batch, waiting for it if needed; raises what the batch raised."""
        while future.key not in self.arrived:
            done, result = next(self.completed)
            self.arrived[done.key] = (done, result)
        _, result = self.arrived.pop(future.key)
        # Judged by the value that arrived, not by the future's status now: a worker that died
        # after its result arrived sets the status back to pending, and the result is still good.
        if isinstance(result, BaseException):  # cancelled
            raise result
        if isinstance(result, tuple):  # (type, exception, traceback): the task raised
            raise result[1]
        return list(result)


def _results(chunk: list[Any], future: Any, arrivals: Arrivals) -> Iterator[tuple[Any, Extraction | KgError]]:
    try:
        records = arrivals.take(future)
    except Exception as error:  # the batch failed on every worker it was given: report, go on
        failure = RecordError(f"extraction failed on the cluster: {type(error).__name__}: {error}")
        future.release()
        yield from ((document, failure) for document in chunk)
        return
    future.release()
    for document, record in zip(chunk, records, strict=True):
        yield document, _from_record(record)


def _from_record(record: dict[str, Any]) -> Extraction | KgError:
    if "error" in record:
        return RecordError(record["error"])
    try:
        return Extraction.model_validate_json(record["extraction"])
    except ValidationError as error:
        return RecordError(f"a worker returned an invalid record: {error.errors()[0]['msg']}")


@contextlib.contextmanager
def cluster_extractor(scheduler: str | None = None, local_workers: int | None = None, *,
                      shared_paths: bool = False, root: Path | None = None,
                      connect_seconds: float = CONNECT_SECONDS) -> Iterator[ClusterExtractor]:
    """A ClusterExtractor on the scheduler at ``scheduler``, or on a local cluster of N workers."""
    distributed = _distributed()
    if bool(scheduler) == bool(local_workers):
        raise InputError("give either a scheduler address or a number of local workers, not both")
    with contextlib.ExitStack() as stack:
        if local_workers:
            cluster = stack.enter_context(_local_cluster(distributed, local_workers, root))
            # The texts travel with the batches here too: reading and hashing each file again
            # costs the workers more CPU than the texts cost to send (docs/benchmarks.md).
            address = cluster.scheduler_address
        else:
            address = scheduler
        try:
            client = stack.enter_context(distributed.Client(address, timeout=f"{connect_seconds}s"))
        except (OSError, TimeoutError) as error:
            raise ClusterUnavailable(f"cannot reach the Dask scheduler: {error}", where=str(address)) from None
        yield ClusterExtractor(client, shared_paths=shared_paths, root=root)


def _local_cluster(distributed: Any, workers: int, root: Path | None) -> Any:
    """A cluster of worker processes on this machine; where the platform can fork, they start
    with this process's pipelines already loaded, as the local process pool's workers do."""
    import dask  # deferred: Dask is the optional 'cluster' extra

    from kg.services.cluster_worker import LANGUAGES  # deferred: the worker side imports Dask (optional)
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    if method == "fork":
        extractor = Extractor(root)
        for language in LANGUAGES:
            extractor.layers(language)  # cached per process, so forked workers inherit them
    with dask.config.set({"distributed.worker.multiprocessing-method": method, **QUIET_LOCAL_CLUSTER}):
        # Loopback only, and the scheduler's HTTP server on a free port rather than 8787.
        return distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                                        dashboard_address="127.0.0.1:0")
