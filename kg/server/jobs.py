"""The messages between the endpoint and its worker processes (pickled over a socket)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class QueryJob:
    """Run a SPARQL query; answer in ``results`` (SELECT, ASK) or ``graph`` (CONSTRUCT, DESCRIBE)."""

    text: str
    results: str = "json"
    graph: str = "turtle"
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()


@dataclass(frozen=True)
class UpdateJob:
    """Run a SPARQL update (the store is opened for writing just for it)."""

    text: str


@dataclass(frozen=True)
class GraphReadJob:
    """Graph Store Protocol GET: one graph (``None``: the store's default graph)."""

    graph: str | None
    format: str = "turtle"


@dataclass(frozen=True)
class GraphWriteJob:
    """Graph Store Protocol PUT (``replace``) or POST: RDF to put into one graph."""

    graph: str | None
    data: bytes
    format: str
    replace: bool


@dataclass(frozen=True)
class GraphDeleteJob:
    """Graph Store Protocol DELETE."""

    graph: str | None


@dataclass(frozen=True)
class ExploreJob:
    """The explorer's data: the whole graph, or the neighbourhood of ``focus`` (an entity id or name)."""

    focus: str | None = None
    depth: int = 1


@dataclass(frozen=True)
class ReleaseJob:
    """Close the store so that another process may open it for writing."""


Job = QueryJob | UpdateJob | GraphReadJob | GraphWriteJob | GraphDeleteJob | ExploreJob | ReleaseJob
WRITE_JOBS = (UpdateJob, GraphWriteJob, GraphDeleteJob)


@dataclass(frozen=True)
class Reply:
    """What a worker answers: a body in a named format, or an error with its HTTP status."""

    status: int = 200
    body: bytes = b""
    format: str = ""
    error: str = ""
    message: str = ""

    @property
    def ok(self) -> bool:
        return not self.error
