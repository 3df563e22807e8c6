"""The Store protocol every store implements, and the results it returns."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import IO, Protocol, runtime_checkable

import pyoxigraph as ox

#: What a query returns: solutions (SELECT), a boolean (ASK) or triples (CONSTRUCT, DESCRIBE).
QueryResult = ox.QuerySolutions | ox.QueryBoolean | Iterable[ox.Triple]


@runtime_checkable
class Store(Protocol):
    """A quad store holding one named graph per article plus a reference graph."""

    location: str

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
