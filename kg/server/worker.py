"""A worker process: opens the store read-only, runs one job at a time, answers in bytes.

Queries run here rather than in the server so that an engine crash or a runaway query
costs one worker, which the server kills and replaces, and never the server itself.
"""

from __future__ import annotations

import ctypes
import io
import json
import signal
import sys
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

import pyoxigraph as ox

from kg import viz
from kg.errors import InputError, KgError, ResultTooLarge, StoreError
from kg.rdf.jsonld import write_jsonld
from kg.server import jobs
from kg.server.negotiation import GRAPH_FORMATS, RESULT_FORMATS, by_name
from kg.sparql.guard import check_update, engine_message
from kg.sparql.sandbox import raise_barrier
from kg.store.oxigraph import EmbeddedStore
from kg.vocab import PREFIXES

CONSTRUCT_ALL = "CONSTRUCT WHERE { ?s ?p ?o }"


@dataclass(frozen=True)
class WorkerSettings:
    """What every worker needs to know, passed on its command line as JSON."""

    store: str
    base_iri: str
    allow_service: bool
    max_result_bytes: int


class GraphNotFound(InputError):
    """The Graph Store Protocol names a graph the store does not hold."""

    http_status = 404


class CappedBuffer(io.BytesIO):
    """A buffer that refuses to grow past the result cap, stopping serialization early."""

    def __init__(self, cap: int) -> None:
        super().__init__()
        self.cap = cap

    def write(self, data: Any) -> int:
        if self.tell() + len(data) > self.cap:
            raise ResultTooLarge(f"the result is larger than the cap of {self.cap:,} bytes; "
                                 "add a LIMIT or narrow the query")
        return super().write(data)


class Worker:
    """Runs jobs against the store, opening it read-only lazily and for writing on demand."""

    def __init__(self, settings: WorkerSettings) -> None:
        self.settings = settings
        self._reader: EmbeddedStore | None = None

    def handle(self, job: jobs.Job) -> jobs.Reply:
        try:
            return self._dispatch(job)
        except KgError as error:
            return jobs.Reply(status=error.http_status, error=type(error).__name__, message=error.message)
        except MemoryError:  # the server names the limit and replaces this worker
            return jobs.Reply(status=507, error="MemoryLimit", message="out of memory")
        except Exception as error:  # the engine's own errors: report the message, not a trace
            return jobs.Reply(status=500, error="QueryFailed", message=f"the query failed: {engine_message(error)}")

    def _dispatch(self, job: jobs.Job) -> jobs.Reply:
        if isinstance(job, jobs.QueryJob):
            return self._query(job)
        if isinstance(job, jobs.GraphReadJob):
            return self._read_graph(job)
        if isinstance(job, jobs.ExploreJob):
            return self._explore(job)
        if isinstance(job, jobs.ReleaseJob):
            self.release()
            return jobs.Reply(status=204)
        return self._write(job)

    @property
    def reader(self) -> EmbeddedStore:
        if self._reader is None:
            self._reader = EmbeddedStore(self.settings.store, read_only=True, base_iri=self.settings.base_iri)
        return self._reader

    def release(self) -> None:
        if self._reader is not None:
            self._reader.close()
            self._reader = None

    def _query(self, job: jobs.QueryJob) -> jobs.Reply:
        result = self.reader.query(
            job.text, allow_network=self.settings.allow_service,
            default_graph=[ox.NamedNode(iri) for iri in job.default_graphs] or None,
            named_graphs=[ox.NamedNode(iri) for iri in job.named_graphs] or None)
        return self._serialized(result, job.results, job.graph)

    def _serialized(self, result: Any, results: str, graph: str) -> jobs.Reply:
        buffer = CappedBuffer(self.settings.max_result_bytes)
        if isinstance(result, ox.QuerySolutions | ox.QueryBoolean):
            fmt = by_name(RESULT_FORMATS, results) or RESULT_FORMATS[0]
            result.serialize(buffer, getattr(ox.QueryResultsFormat, fmt.engine))
        else:
            fmt = by_name(GRAPH_FORMATS, graph) or GRAPH_FORMATS[0]
            if fmt.name == "jsonld":  # the same shape as kg export, compacted by our context
                write_jsonld(result, buffer)
            else:
                ox.serialize(result, buffer, fmt.rdf_format, prefixes=PREFIXES)
        return jobs.Reply(body=buffer.getvalue(), format=fmt.name)

    def _read_graph(self, job: jobs.GraphReadJob) -> jobs.Reply:
        if job.graph is not None and job.graph not in self.reader.graph_names():
            raise GraphNotFound(f"the store holds no graph {job.graph}")
        target = ox.NamedNode(job.graph) if job.graph else ox.DefaultGraph()
        result = self.reader.query(CONSTRUCT_ALL, default_graph=[target])
        return self._serialized(result, "json", job.format)

    def _explore(self, job: jobs.ExploreJob) -> jobs.Reply:
        graph = viz.graph(self.reader, focus=job.focus, depth=job.depth)
        buffer = CappedBuffer(self.settings.max_result_bytes)
        buffer.write(json.dumps(viz.explorer_data(graph), ensure_ascii=False).encode("utf-8"))
        return jobs.Reply(body=buffer.getvalue(), format="explorer")

    def _write(self, job: jobs.Job) -> jobs.Reply:
        self.release()
        writer = EmbeddedStore(self.settings.store, base_iri=self.settings.base_iri)
        try:
            return self._writers()[type(job)](writer, job)
        except OSError as error:
            raise StoreError(f"could not write to the store: {engine_message(error)}") from None
        finally:
            writer.close()

    def _writers(self) -> dict[type, Callable[[EmbeddedStore, Any], jobs.Reply]]:
        return {jobs.UpdateJob: self._update, jobs.GraphWriteJob: _write_graph,
                jobs.GraphDeleteJob: _delete_graph}

    def _update(self, store: EmbeddedStore, job: jobs.UpdateJob) -> jobs.Reply:
        check_update(job.text, allow_network=self.settings.allow_service)
        store.update(job.text)
        return jobs.Reply(status=204)


def _write_graph(store: EmbeddedStore, job: jobs.GraphWriteJob) -> jobs.Reply:
    fmt = by_name(GRAPH_FORMATS, job.format) or GRAPH_FORMATS[0]
    try:
        quads = ox.parse(job.data, fmt.rdf_format, base_iri=job.graph)
        triples = [str(ox.Triple(q.subject, q.predicate, q.object)) for q in quads]
    except (SyntaxError, ValueError) as error:
        raise InputError(f"the {fmt.name} data does not parse: {error}") from None
    existed = job.graph is None or job.graph in store.graph_names()
    store.update(graph_update(job.graph, triples, replace=job.replace))
    return jobs.Reply(status=204 if existed else 201)


def _delete_graph(store: EmbeddedStore, job: jobs.GraphDeleteJob) -> jobs.Reply:
    if job.graph is not None and job.graph not in store.graph_names():
        raise GraphNotFound(f"the store holds no graph {job.graph}")
    store.update(f"DROP SILENT GRAPH {ox.NamedNode(job.graph)}" if job.graph else "DROP SILENT DEFAULT")
    return jobs.Reply(status=204)


def graph_update(graph: str | None, triples: list[str], *, replace: bool) -> str:
    """One update that (optionally) empties a graph and inserts triples into it, atomically."""
    name = str(ox.NamedNode(graph)) if graph else ""
    parts = [f"DROP SILENT {'GRAPH ' + name if name else 'DEFAULT'}"] if replace else []
    body = " .\n".join(triples)
    if triples:
        parts.append(f"INSERT DATA {{ GRAPH {name} {{ {body} }} }}" if name else f"INSERT DATA {{ {body} }}")
    elif name:
        parts.append(f"CREATE SILENT GRAPH {name}")
    return " ;\n".join(parts)


def _die_with_parent() -> None:
    """Ask Linux to kill this worker if the server dies, so no query outlives it."""
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


def serve(connection: Connection, worker: Worker) -> None:
    connection.send("ready")
    while True:
        try:
            job = connection.recv()
        except (EOFError, OSError):
            return
        connection.send(worker.handle(job))


def main(argv: list[str] | None = None) -> None:
    fd, settings = (argv or sys.argv[1:])[:2]
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with_parent()
    worker = Worker(WorkerSettings(**json.loads(settings)))
    if not worker.settings.allow_service:  # before any query: no text can open a socket after this
        raise_barrier(lambda message: print(f"kg.server WARNING {message}", file=sys.stderr, flush=True))
    serve(Connection(int(fd)), worker)


if __name__ == "__main__":
    main()
