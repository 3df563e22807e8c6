"""The embedded store: pyoxigraph on disk (or in memory for tests)."""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import IO

import pyoxigraph as ox

from kg.errors import QuerySyntaxError, RecordError, StoreError
from kg.settings import DEFAULT_BASE_IRI
from kg.sparql.guard import check_query, declares_dataset, engine_message
from kg.sparql.text import bind_values, replace_request, syntax_hint
from kg.store.base import QueryResult
from kg.store.fastload import load_pieces, pieces
from kg.store.formats import QUAD_FORMATS
from kg.vocab import PREFIXES, query_prefixes

#: Quads written between flushes of the store's write buffers to disk. RocksDB would keep
#: buffering until its own (large) limits; flushing on the way keeps a long ingest's memory flat.
FLUSH_EVERY_QUADS = 100_000


class EmbeddedStore:
    """A pyoxigraph store in a folder; ``path=None`` keeps it in memory."""

    def __init__(self, path: str | Path | None, *, read_only: bool = False,
                 base_iri: str = DEFAULT_BASE_IRI) -> None:
        self.location = str(path) if path is not None else ":memory:"
        self.base_iri = base_iri
        self.read_only = read_only
        self._store = _open(path, read_only)
        self._unflushed = 0

    def replace_graphs(self, graphs: Mapping[str, Sequence[ox.Quad]], *, shared: Sequence[ox.Quad] = (),
                       cleanup: str | None = None) -> None:
        existing = [name for name in graphs if self._store.contains_named_graph(ox.NamedNode(name))]
        try:
            if existing or cleanup:
                self._store.update(replace_request(graphs, shared, cleanup))
            else:  # nothing to remove: a plain transactional insert is much faster
                self._store.extend([*(quad for quads in graphs.values() for quad in quads), *shared])
        except OSError as error:
            raise StoreError(f"could not write to the store: {error}", where=self.location) from None
        self._written(sum(map(len, graphs.values())) + len(shared))

    def _written(self, quads: int) -> None:
        self._unflushed += quads
        if self._unflushed >= FLUSH_EVERY_QUADS and self.location != ":memory:":
            self._store.flush()
            self._unflushed = 0

    def remove_graphs(self, names: Iterable[str]) -> None:
        drops = " ;\n".join(f"DROP SILENT GRAPH {ox.NamedNode(name)}" for name in names)
        if drops:
            self._store.update(drops)

    def graph_names(self) -> set[str]:
        return {graph.value for graph in self._store.named_graphs() if isinstance(graph, ox.NamedNode)}

    def query(self, sparql: str, *, allow_network: bool = False,
              substitutions: Mapping[str, ox.NamedNode | ox.Literal] | None = None,
              default_graph: Sequence[ox.NamedNode | ox.DefaultGraph] | None = None,
              named_graphs: Sequence[ox.NamedNode] | None = None) -> QueryResult:
        """Run a query; the default graph is the union of all graphs unless the query's FROM
        or ``default_graph`` names the graphs to use (as SPARQL Protocol's default-graph-uri)."""
        # pyoxigraph's own substitutions only bind projected variables; VALUES binds any.
        sparql = bind_values(sparql, substitutions or {})
        check_query(sparql, allow_network=allow_network, local_graphs=self.base_iri)  # the text the engine gets
        union = default_graph is None and not declares_dataset(sparql)
        try:
            return self._store.query(sparql, prefixes=query_prefixes(self.base_iri), use_default_graph_as_union=union,
                                     default_graph=list(default_graph) if default_graph else None,
                                     named_graphs=list(named_graphs) if named_graphs else None)
        except SyntaxError as error:
            raise QuerySyntaxError(syntax_hint(sparql, str(error))) from None
        except OSError as error:
            raise StoreError(f"could not read the store: {engine_message(error)}", where=self.location) from None

    def update(self, sparql: str) -> None:
        """Run a SPARQL update (callers check permission and network use first)."""
        try:
            self._store.update(sparql, prefixes=query_prefixes(self.base_iri))
        except SyntaxError as error:
            raise QuerySyntaxError(syntax_hint(sparql, str(error))) from None

    def bulk_load(self, quads: Iterable[ox.Quad]) -> None:
        """Add many quads fast, without a transaction (for fresh stores and benchmarks)."""
        self._store.bulk_extend(quads)

    def bulk_load_files(self, paths: Sequence[Path], threads: int | None = None) -> list[RecordError]:
        """Load N-Quads / TriG files without transactions, several loaders at once.

        Meant for filling an empty store from dumps; the problems found are returned with
        their file and line, and what was loaded before them stays (callers clear it).
        """
        threads = threads or os.cpu_count() or 1
        parts = [piece for path in paths for piece in pieces(Path(path), threads)]
        problems = load_pieces(self._store, parts, threads)
        if self.location != ":memory:":
            self._store.flush()
        return problems

    def has_default_graph_triples(self) -> bool:
        return bool(self._store.query("ASK { ?s ?p ?o }", use_default_graph_as_union=False))

    def has_blank_graph_names(self) -> bool:
        return any(isinstance(graph, ox.BlankNode) for graph in self._store.named_graphs())

    def compact(self) -> None:
        """Merge the store's files (after a bulk load, queries and exports then read less)."""
        self._store.optimize()

    def clear(self) -> None:
        """Remove everything (every graph, the default graph too)."""
        self._store.clear()

    def dump(self, output: IO[bytes], rdf_format: ox.RdfFormat) -> None:
        if rdf_format in QUAD_FORMATS:
            self._store.dump(output, rdf_format, prefixes=PREFIXES)
            return
        triples = self._store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", use_default_graph_as_union=True)
        ox.serialize(triples, output, rdf_format, prefixes=PREFIXES)  # type: ignore[arg-type]

    def quads(self) -> Iterable[ox.Quad]:
        return self._store.quads_for_pattern(None, None, None, None)

    def graphs(self) -> list[ox.NamedNode | ox.BlankNode | ox.DefaultGraph]:
        named: list[ox.NamedNode | ox.BlankNode | ox.DefaultGraph] = list(self._store.named_graphs())
        return [ox.DefaultGraph(), *named] if self.has_default_graph_triples() else named

    def dump_graph(self, graph: ox.NamedNode | ox.BlankNode | ox.DefaultGraph, rdf_format: ox.RdfFormat) -> bytes:
        """pyoxigraph writes into bytes of its own here, releasing the interpreter lock meanwhile."""
        written = self._store.dump(format=rdf_format, from_graph=graph)
        return written or b""

    def count(self) -> int:
        return len(self._store)

    def flush(self) -> None:
        self._store.flush()

    def close(self) -> None:
        if self.location != ":memory:" and not self.read_only:
            self._store.flush()
        del self._store


def _open(path: str | Path | None, read_only: bool) -> ox.Store:
    if path is None:
        return ox.Store()
    folder = Path(path)
    if folder.exists() and not folder.is_dir():
        raise StoreError("is a file, not a store folder", where=str(folder))
    if read_only and not folder.exists():
        raise StoreError("no store here yet (load or ingest something first)", where=str(folder))
    target = folder if folder.exists() else folder.parent
    if not os.access(target if str(target) else ".", os.W_OK) and not read_only:
        raise StoreError("the folder is not writable", where=str(folder))
    try:
        return ox.Store.read_only(str(folder)) if read_only else ox.Store(str(folder))
    except OSError as error:
        hint = " (is another kg process using it?)" if "lock" in str(error).lower() else ""
        raise StoreError(f"cannot open the store: {error}{hint}", where=str(folder)) from None
