"""The Store protocol every store implements, the capabilities some add, and query results."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import IO, Protocol, runtime_checkable

import pyoxigraph as ox

from kg.errors import RecordError

#: What a query returns: solutions (SELECT), a boolean (ASK) or triples (CONSTRUCT, DESCRIBE).
QueryResult = ox.QuerySolutions | ox.QueryBoolean | Iterable[ox.Triple]


@runtime_checkable
class Store(Protocol):
    """A quad store holding one named graph per article plus a reference graph."""

    location: str
    #: The namespace of the graph's own IRIs (entities, articles, statements).
    base_iri: str

    def replace_graphs(self, graphs: Mapping[str, Sequence[ox.Quad]], *, shared: Sequence[ox.Quad] = (),
                       cleanup: str | None = None) -> None:
        """In one transaction: replace each named graph with its quads, add the ``shared``
        quads (to whatever graphs they name), then run the ``cleanup`` SPARQL update."""

    def remove_graphs(self, names: Iterable[str]) -> None:
        """Remove named graphs and everything in them."""

    def graph_names(self) -> set[str]:
        """The IRIs of the named graphs held."""

    def query(self, sparql: str, *, allow_network: bool = False,
              substitutions: Mapping[str, ox.NamedNode | ox.Literal] | None = None) -> QueryResult:
        """Run a SPARQL query over the union of all graphs."""

    def dump(self, output: IO[bytes], rdf_format: ox.RdfFormat) -> None:
        """Write every quad (quad formats) or the union graph (triple formats)."""

    def count(self) -> int:
        """The number of quads held."""

    def close(self) -> None:
        """Release the store (files, connections)."""


@runtime_checkable
class SupportsQuads(Protocol):
    """A store that streams its quads directly, grouped by graph (no dump and parse)."""

    def quads(self) -> Iterable[ox.Quad]:
        """Every quad held, those of one graph together."""


@runtime_checkable
class SupportsGraphDumps(Protocol):
    """A store that writes one graph at a time to bytes without holding the interpreter lock,
    so that several graphs can be written at once by threads."""

    def graphs(self) -> list[ox.NamedNode | ox.BlankNode | ox.DefaultGraph]:
        """The graphs to write: the default graph first when it holds triples, then every named graph."""

    def dump_graph(self, graph: ox.NamedNode | ox.BlankNode | ox.DefaultGraph, rdf_format: ox.RdfFormat) -> bytes:
        """The triples of one graph in a triple format."""


@runtime_checkable
class SupportsBulkLoad(Protocol):
    """A store filled from dump files without transactions, then checked and compacted."""

    location: str

    def bulk_load_files(self, paths: Sequence[Path], threads: int | None = None) -> list[RecordError]:
        """Load N-Quads / TriG files; the problems found, with their file and line."""

    def has_default_graph_triples(self) -> bool:
        """Whether some triples sit outside every named graph."""

    def has_blank_graph_names(self) -> bool:
        """Whether a graph is named by a blank node."""

    def compact(self) -> None:
        """Merge the store's files after a bulk load."""

    def clear(self) -> None:
        """Remove everything held."""

    def count(self) -> int:
        """The number of quads held."""

    def graph_names(self) -> set[str]:
        """The IRIs of the named graphs held."""
