"""Bulk paths: N-Quads / TriG files into a store, and a store split into N-Quads shards."""

from __future__ import annotations

import contextlib
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

import pyoxigraph as ox

from kg.errors import InputError, RecordError
from kg.readers.files import folder_files, refusal
from kg.settings import DEFAULT_BASE_IRI
from kg.store.base import Store, SupportsBulkLoad
from kg.store.formats import DATASET_SUFFIXES

#: The RDF dataset formats ``load_rdf`` reads, by file suffix (from the format registry).
RDF_SUFFIXES = DATASET_SUFFIXES
#: A batch is written when it holds this many graphs or quads, whichever comes first.
BATCH_GRAPHS = 64
BATCH_QUADS = 50_000


@dataclass
class BulkReport:
    """What a bulk load did: files read, graphs and quads written, and each refused file."""

    files: int = 0
    graphs: int = 0
    quads: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return len(self.problems)

    def summary(self) -> str:
        return (f"{self.graphs} graphs ({self.quads} quads) loaded from {self.files} files, "
                f"{self.failed} files refused")


def is_rdf_file(path: Path) -> bool:
    return path.suffix.lower() in RDF_SUFFIXES


def rdf_files(paths: Iterable[Path | str]) -> list[Path]:
    """The RDF files among the paths: files with an RDF suffix, and those inside folders.

    Hidden files are skipped, and so are links out of a folder (kg.readers.files).
    """
    found: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            found.extend(file for file, _ in folder_files(path, is_rdf_file))
        elif is_rdf_file(path):
            found.append(path)
    return found


# -- loading --------------------------------------------------------------------------------

def load_rdf(paths: Iterable[Path | str], store: Store, *, default_graph: str | None = None,
             on_graph: Callable[[str], None] | None = None, base: str = DEFAULT_BASE_IRI) -> BulkReport:
    """Load N-Quads / TriG files: each named graph in them replaces that graph in the store.

    Triples in the default graph are refused unless ``default_graph`` names the graph to
    put them in. Graphs under ``{base}graph/`` (the facts and reference graphs the store
    keeps itself) are refused: replacing them would cut every article off its facts. A file
    that does not parse, or has refused triples, writes nothing; the other files are still
    loaded. A graph spread over several files or batches is merged.
    """
    target = _graph_iri(default_graph) if default_graph else None
    if target is not None and target.value.startswith(internal_namespace(base)):
        raise InputError(f"--graph {target.value} is under {internal_namespace(base)}, "
                         "the graphs this store keeps itself")
    report = BulkReport()
    writer = _GraphWriter(store, report, on_graph)
    for path in map(Path, paths):
        problem = _check_file(path, target, internal_namespace(base))
        if problem:
            report.problems.append(str(problem))
            continue
        report.files += 1
        for quad in _quads(path, target):
            writer.add(quad)
    writer.flush()
    return report


def _graph_iri(iri: str) -> ox.NamedNode:
    try:
        return ox.NamedNode(iri)
    except ValueError as error:
        raise InputError(f"--graph {iri!r} is not an absolute IRI ({error})") from None


def internal_namespace(base: str = DEFAULT_BASE_IRI) -> str:
    """The namespace of the graphs the store keeps itself (facts, reference), never loaded from files."""
    return f"{base}graph/"


def _check_file(path: Path, target: ox.NamedNode | None, internal: str) -> RecordError | None:
    """The reason a file cannot be loaded, found by parsing it once without writing."""
    if not is_rdf_file(path):
        return RecordError(f"not an RDF dataset file (use {', '.join(RDF_SUFFIXES)})", where=str(path))
    refused = refusal(path)
    if refused:
        return RecordError(refused, where=str(path))
    default_triples = 0
    try:
        parser = _parse(path)
        for quad in parser:
            if isinstance(quad.graph_name, ox.DefaultGraph):
                default_triples += 1
            elif isinstance(quad.graph_name, ox.BlankNode):
                return RecordError("a graph is named by a blank node; name each graph with an IRI",
                                   where=str(path))
            elif quad.graph_name.value.startswith(internal):
                return _internal_graph(path, quad.graph_name.value, internal, parser)
    except SyntaxError as error:
        return RecordError(f"not valid {RDF_SUFFIXES[path.suffix.lower()].name}: {error}", where=str(path))
    except (OSError, UnicodeDecodeError) as error:
        return RecordError(f"cannot read: {error}", where=str(path))
    if default_triples and target is None:
        return RecordError(f"{default_triples} triples are in the default graph; each article's facts "
                           "belong in a named graph (give --graph IRI to put them in one)", where=str(path))
    return None


def _internal_graph(path: Path, graph: str, internal: str, parser: ox.QuadParser) -> RecordError:
    spellings = [f"<{graph}>", *(f"{prefix}:{graph[len(iri):]}" for prefix, iri in parser.prefixes.items()
                                 if graph.startswith(iri))]
    if parser.base_iri and graph.startswith(parser.base_iri):
        spellings.append(f"<{graph[len(parser.base_iri):]}>")
    line = _first_line_with(path, spellings)
    return RecordError(f"names the graph <{graph}>, one the store keeps itself (graphs under <{internal}> "
                       "are refused; nothing was loaded from this file)",
                       where=f"{path}:{line}" if line else str(path))


def _first_line_with(path: Path, spellings: list[str]) -> int | None:
    """The number of the first line of a file holding one of the spellings, if any."""
    with path.open(encoding="utf-8", errors="replace") as lines:
        for number, line in enumerate(lines, start=1):
            if any(spelling in line for spelling in spellings):
                return number
    return None


def _parse(path: Path) -> ox.QuadParser:
    return ox.parse(path=path, format=RDF_SUFFIXES[path.suffix.lower()], rename_blank_nodes=True)


def _quads(path: Path, target: ox.NamedNode | None) -> Iterator[ox.Quad]:
    for quad in _parse(path):
        if isinstance(quad.graph_name, ox.DefaultGraph) and target is not None:
            yield ox.Quad(quad.subject, quad.predicate, quad.object, target)
        else:
            yield quad


class _GraphWriter:
    """Collects quads by graph and writes them in batches, merging a graph seen again."""

    def __init__(self, store: Store, report: BulkReport, on_graph: Callable[[str], None] | None) -> None:
        self.store = store
        self.report = report
        self.on_graph = on_graph
        self.batch: dict[str, list[ox.Quad]] = {}
        self.size = 0
        self.written: set[str] = set()

    def add(self, quad: ox.Quad) -> None:
        name = cast(ox.NamedNode, quad.graph_name).value  # named graphs only, checked before
        if name not in self.batch and (len(self.batch) >= BATCH_GRAPHS or self.size >= BATCH_QUADS):
            self.flush()
        self.batch.setdefault(name, []).append(quad)
        self.size += 1

    def flush(self) -> None:
        if not self.batch:
            return
        for name in self.batch.keys() & self.written:
            self.batch[name] = [*graph_quads(self.store, name), *self.batch[name]]
        self.store.replace_graphs(self.batch)
        for name in self.batch.keys() - self.written:
            self.report.graphs += 1
            if self.on_graph:
                self.on_graph(name)
        self.report.quads += self.size
        self.written |= self.batch.keys()
        self.batch, self.size = {}, 0


def graph_quads(store: Store, name: str) -> list[ox.Quad]:
    """The quads of one named graph, read back through the Store protocol."""
    graph = ox.NamedNode(name)
    result = store.query("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }", substitutions={"g": graph})
    if not isinstance(result, ox.QuerySolutions):
        raise TypeError("a SELECT query gave no solutions")
    return [ox.Quad(row["s"], row["p"], row["o"], graph) for row in result]


def restore(paths: Iterable[Path | str], store: Store, *, threads: int | None = None) -> BulkReport:
    """Fill an empty on-disk store from N-Quads / TriG dumps at full speed, all or nothing.

    No transactions and several loaders at once (see kg.store.fastload), then the store's
    files are merged so that queries read fewer of them. Any problem (a file that does not
    parse, triples outside named graphs, a graph named by a blank node) empties the store
    again, so it is never left half-filled; the report names the place.
    """
    if not isinstance(store, SupportsBulkLoad):
        raise InputError("--bulk writes an on-disk store directly; for a server, use its own bulk "
                         "loader on the files of kg export --format nquads --split N")
    if store.count():
        raise InputError("--bulk fills an empty store; this one holds data (load without --bulk to "
                         "replace graphs in it)", where=store.location)
    given = [Path(path) for path in paths]
    files = rdf_files(given)
    report = BulkReport()
    report.problems = [str(RecordError(refused, where=str(path))) for path in dict.fromkeys([*given, *files])
                       if not path.is_dir() and (refused := refusal(path))]
    if not files and not report.problems:
        report.problems.append(str(RecordError(f"no N-Quads or TriG files ({', '.join(RDF_SUFFIXES)})",
                                               where=", ".join(map(str, given)))))
    if report.problems:
        return report
    report.problems = [str(problem) for problem in store.bulk_load_files(files, threads)]
    report.problems += _model_problems(store) if not report.problems else []
    if report.problems:
        store.clear()
        return report
    store.compact()
    report.files, report.graphs, report.quads = len(files), len(store.graph_names()), store.count()
    return report


def _model_problems(store: SupportsBulkLoad) -> list[str]:
    """What a loaded dump holds that the model refuses."""
    if store.has_default_graph_triples():
        return ["some triples are in the default graph; each article's facts belong in a named graph "
                "(load without --bulk and give --graph IRI)"]
    if store.has_blank_graph_names():
        return ["a graph is named by a blank node; name each graph with an IRI"]
    return []


# -- splitting ------------------------------------------------------------------------------

def split_export(store: Store, out_dir: Path | str, shards: int, *, stem: str = "digipol") -> list[Path]:
    """Write the store as ``shards`` N-Quads files for bulk loaders, each graph whole in one file.

    Graphs go to the shard holding the fewest quads so far, so shards come out of similar
    size. Files are written under a temporary name and renamed when complete.
    """
    if shards < 1:
        raise InputError(f"--split needs at least 1 shard, not {shards}")
    folder = Path(out_dir)
    if folder.exists() and not folder.is_dir():
        raise InputError("--split writes a folder of shards; this is a file", where=str(folder))
    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / f"{stem}-{index:05d}-of-{shards:05d}.nq" for index in range(1, shards + 1)]
    partials = [path.with_name(path.name + ".partial") for path in paths]
    with tempfile.TemporaryFile() as dump:
        store.dump(dump, ox.RdfFormat.N_QUADS)
        dump.seek(0)
        _write_shards(ox.parse(dump, format=ox.RdfFormat.N_QUADS), partials)
    for partial, path in zip(partials, paths, strict=True):
        partial.replace(path)
    return paths


def _write_shards(quads: Iterable[ox.Quad], partials: list[Path]) -> None:
    sizes = [0] * len(partials)
    shard_of: dict[ox.NamedNode | ox.BlankNode | ox.DefaultGraph, int] = {}
    with contextlib.ExitStack() as stack:
        handles = [stack.enter_context(path.open("w", encoding="utf-8", newline="\n")) for path in partials]
        for quad in quads:
            shard = shard_of.get(quad.graph_name)
            if shard is None:
                shard = shard_of[quad.graph_name] = min(range(len(sizes)), key=sizes.__getitem__)
            handles[shard].write(f"{quad} .\n")
            sizes[shard] += 1
