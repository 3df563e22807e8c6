"""JSON-LD, one shape for the CLI and the server: pyoxigraph's writer, compacted by our context.

The document is written piece by piece, a piece being the triples of one graph (or a run of them)
that pyoxigraph writes as an array of node objects with full IRIs. The store writes each graph
itself, several at once in threads (it releases the interpreter lock while it writes) that also
compact them, working ahead of the document by at most LOOK_AHEAD bytes; statements from a query
are cut into runs of at most CHUNK. Each piece becomes one graph object
(``{"@id": graph, "@graph": [...]}``) or, for the default graph, top-level node objects, so memory
holds a few graphs, never the document.

A piece is compacted with the fixed context of ontology/context.jsonld without being parsed:
keys become terms or compact IRIs (``meets``, ``schema:name``), the IRIs of ``@id`` and ``@type``
values compact IRIs (``dpr:country/ma``); literal values are never touched. This relies on JSON
escaping: inside a string every quote is escaped, so an unescaped ``"@id":"`` or ``"IRI":[`` is
always structure. An IRI that would itself read as a compact IRI (``schema:x``, its scheme a
prefix of the context) makes its piece go out uncompacted under a null context, where it reads
as written.

What is compacted is found in one pass that cuts the text into spans: the fixed text between one
value and the next (``"}],"<key>":[{"@id":"<namespace>``, a datatype and ``","@value":"``, ...)
is one span, and each distinct span is compacted once, token by token, then looked up. Literal
bodies and the local parts of IRIs lie between spans and are copied as they are.
"""

from __future__ import annotations

import io
import json
import os
import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from functools import cache, partial
from typing import IO, Any

import pyoxigraph as ox

from kg import resources
from kg.store.base import Store, SupportsGraphDumps, SupportsQuads

#: Statements written by pyoxigraph at once when the input is a stream of statements.
CHUNK = 20_000
#: Bytes of graphs written ahead of the one the document is waiting for, at most (plus the
#: graphs the threads are writing).
LOOK_AHEAD = 64 << 20
#: Term definitions whose keys change how a value is read; such terms are not used as keys.
_UNSAFE = ("@container", "@reverse", "@context", "@nest")
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
#: Distinct spans (see ``_span_pattern``) whose compacted form is kept.
SPANS_KEPT = 1 << 16
#: What opens a value holding an IRI in pyoxigraph's output.
_OWNERS = rb'"(?:@id|@type)":"'

Graph = ox.NamedNode | ox.BlankNode | ox.DefaultGraph
#: One graph's triples as pyoxigraph writes them: a JSON array of node objects.
Piece = tuple[Graph, bytes]


@cache
def context() -> dict[str, Any]:
    """The published @context (the inner object of ontology/context.jsonld)."""
    with resources.ontology_file("context.jsonld").open(encoding="utf-8") as handle:
        return json.load(handle)["@context"]


class Compactor:
    """Shortens IRIs by the context: terms for keys where the context has one, else compact IRIs."""

    def __init__(self, ctx: dict[str, Any]) -> None:
        namespaces = [(iri, name) for name, iri in ctx.items()
                      if isinstance(iri, str) and not name.startswith("@") and iri[-1:] in "/#"]
        self.namespaces = sorted(namespaces, key=lambda pair: -len(pair[0]))
        self.prefixes = {name for _, name in self.namespaces}
        self.terms: dict[str, str] = {}
        for term, definition in ctx.items():
            spec = {"@id": definition} if isinstance(definition, str) else definition
            target = spec.get("@id", "") if isinstance(spec, dict) else ""
            if term.startswith("@") or ":" in term or target.startswith("@") or any(k in spec for k in _UNSAFE):
                continue
            self.terms.setdefault(self.expand(target), term)
        self.terms.pop(RDF_TYPE, None)
        spans = b"|".join(re.escape(iri.encode()) for iri, _ in self.namespaces)
        names = b"|".join(re.escape(name.encode()) for _, name in self.namespaces)
        # Every alternative opens with a quote.
        tokens = (_OWNERS + b"(?:" + spans + rb')(?!//|")'  # a namespace opening a value
                  + rb'|"https?://[^"\\]*":\['  # a key
                  + b"|" + _OWNERS + b"(?:" + names + b"):"  # a value that reads as compact
                  + rb'|"(?:' + names + rb'):[^"\\]*":\[')  # a key that reads as compact
        self._tokens = re.compile(b"(" + tokens + b")")
        self._spans = _span_pattern(self.namespaces, tokens)
        self._table = _Spans(self)

    def expand(self, value: str) -> str:
        prefix, sep, rest = value.partition(":")
        for iri, name in self.namespaces:
            if sep and name == prefix and not rest.startswith("//"):
                return iri + rest
        return value

    def iri(self, value: str) -> str:
        """The compact IRI (``prefix:local``) of an IRI, or the IRI itself when none fits."""
        for iri, name in self.namespaces:
            if value.startswith(iri) and len(value) > len(iri) and not value[len(iri):].startswith("//"):
                return f"{name}:{value[len(iri):]}"
        return value

    def reads_as_compact(self, iri: str) -> bool:
        """Whether an IRI written as it is would be read as a compact IRI of the context."""
        prefix, sep, rest = iri.partition(":")
        return bool(sep) and prefix in self.prefixes and not rest.startswith("//")

    def compact(self, expanded: bytes, head: bytes = b"", tail: bytes = b"", trim: int = 0) -> bytes | None:
        """pyoxigraph's JSON-LD text with its IRIs shortened, or None when it holds an IRI that
        reads as a compact IRI (then no shortening keeps its meaning under this context). The
        result is ``head``, the text less ``trim`` bytes at each end, then ``tail``: one copy."""
        parts = self._spans.split(expanded)
        spans = parts[1::2]
        parts[1::2] = map(self._table.__getitem__, spans)
        if self._table.clashing and not self._table.clashing.isdisjoint(spans):
            return None
        # No span opens or closes the text ("[...]"): spans open with a quote, never end with "]".
        parts[0] = head + parts[0][trim:]
        parts[-1] = parts[-1][:len(parts[-1]) - trim] + tail
        return b"".join(parts)

    def compact_tokens(self, expanded: bytes) -> bytes | None:
        """``compact`` the plain way, token by token: what each distinct span is compacted by."""
        parts = self._tokens.split(expanded)
        for index in range(1, len(parts), 2):
            token = parts[index]
            if token.endswith(b":") or (token.endswith(b'":[') and self.reads_as_compact(token[1:-3].decode())):
                return None
            parts[index] = self.shorten(token)
        return b"".join(parts)

    def shorten(self, token: bytes) -> bytes:
        """The compacted form of one token of ``compact``'s pattern."""
        if token.endswith(b'":['):  # a key
            iri = token[1:-3].decode()
            return b'"' + self.terms.get(iri, self.iri(iri)).encode() + b'":['
        owner, _, namespace = token.partition(b':"')
        return owner + b':"' + self.iri(namespace.decode() + "_")[:-1].encode()


def _span_pattern(namespaces: list[tuple[str, str]], tokens: bytes) -> re.Pattern[bytes]:
    """The spans ``compact`` looks up: the fixed text of pyoxigraph's node objects from the end of
    one value (a literal, or the local part of an IRI) to the start of the next, the next one's
    namespace included (``"}],"<key>":[{"@id":"<namespace>``); or else one of the tokens of
    ``compact_tokens``. Every span opens with a quote and holds most quotes, so the scan stops
    at few of them. Compacting each span alone gives what compacting the whole text gives:
    a span ends where no token runs on (after a quote that opens a string, or after the
    namespace a token would end with, by the same test) and starts where none began (a span
    opens at a quote followed by ``}`` or ``,``, which opens no token); a span cannot open in a
    literal, since its second quote is unescaped and the literal's closing quote is followed by
    ``}``, not by what the span holds next."""
    text = rb'[^"]*+'
    opener = (b"(?:" + _trie([iri.encode() for iri, _ in namespaces], rb'(?!//|")')
              + b"|" + _trie([name.encode() for _, name in namespaces], b":") + b")?")
    value = (rb'(?:"@id":"' + opener + rb'|"@value":"|"@language":"' + text + rb'","@value":"'
             + rb'|"@type":"' + text + rb'","@value":")')
    key = rb'"' + text + rb'":\[{'
    glue = rb'"(?:}(?:,{' + value + rb'|\],' + key + value + rb'|\]},{"@id":"' + opener + rb')|,' + key + value + b")"
    return re.compile(b"(" + glue + b"|" + tokens + b")")


def _trie(words: list[bytes], end: bytes) -> bytes:
    """An alternation of ``words``, each followed by ``end``, as a tree on their first bytes (a
    longer word is tried before a word it extends)."""
    heads: dict[bytes, list[bytes]] = {}
    for word in words:
        if word:
            heads.setdefault(word[:1], []).append(word[1:])
    branches = [re.escape(head) + _trie(rest, end) for head, rest in heads.items()]
    if b"" in words:
        branches.append(end)
    return branches[0] if len(branches) == 1 else b"(?:" + b"|".join(branches) + b")"


class _Spans(dict[bytes, bytes]):
    """The compacted form of each span met, computed once; spans holding an IRI that reads as a
    compact IRI are kept apart (in ``clashing``)."""

    def __init__(self, compactor: Compactor) -> None:
        super().__init__()
        self.compactor = compactor
        self.clashing: set[bytes] = set()

    def __missing__(self, span: bytes) -> bytes:
        value = self.compactor.compact_tokens(span)
        if value is None:
            self.clashing.add(span)
            return span
        if len(self) < SPANS_KEPT:
            self[span] = value
        return value


@cache
def _compactor() -> Compactor:
    return Compactor(context())


def write_jsonld(statements: Iterable[ox.Quad] | Iterable[ox.Triple], output: IO[bytes]) -> None:
    """Write quads (or triples) as one JSON-LD document compacted with the published context."""
    compactor = _compactor()
    _write(output, (_item(compactor, graph, piece) for graph, piece in _statement_pieces(statements)))


def write_store(store: Store, output: IO[bytes], *, flat: bool = False, threads: int | None = None) -> None:
    """Write the whole store, straight from it; ``flat`` puts every distinct triple once in the
    default graph. ``threads`` write graphs at once (default: one per core, up to 4; 0: none).
    Each graph is read whole at one moment; graphs written meanwhile may be read before or after."""
    if flat:
        quads = store.quads() if isinstance(store, SupportsQuads) else _dumped(store)
        write_jsonld(dict.fromkeys(ox.Triple(quad.subject, quad.predicate, quad.object) for quad in quads), output)
    elif isinstance(store, SupportsGraphDumps):
        count = min(4, os.cpu_count() or 1) if threads is None else threads
        _write(output, _graph_items(store, count))
    else:
        write_jsonld(store.quads() if isinstance(store, SupportsQuads) else _dumped(store), output)


def _write(output: IO[bytes], items: Iterable[bytes]) -> None:
    """The document: our context, then the items (graph objects, or default-graph nodes)."""
    output.write(b'{"@context": ' + json.dumps(context(), ensure_ascii=False).encode() + b',\n"@graph": [')
    separator = b"\n"
    for item in items:
        if item:
            output.write(separator)
            output.write(item)
            separator = b",\n"
    output.write(b"\n]}\n")


def _item(compactor: Compactor, graph: Graph, expanded: bytes) -> bytes:
    """One piece in the document: compacted, or as written under a null context when an IRI in it
    would read as a compact IRI."""
    nodes = expanded.strip()
    if nodes in (b"", b"[]"):
        return b""
    if isinstance(graph, ox.DefaultGraph):
        compacted = compactor.compact(nodes, trim=1)
        return compacted if compacted is not None else _isolated(nodes)[1:-1]
    name = graph.value if isinstance(graph, ox.NamedNode) else f"_:{graph.value}"
    if compactor.reads_as_compact(name):
        compacted = None
    else:
        compacted = compactor.compact(nodes, b'{"@id":' + _string(compactor.iri(name)) + b',"@graph":', b"}")
    return compacted if compacted is not None else b"".join(
        (b'{"@context":null,"@id":', _string(name), b',"@graph":', nodes, b"}"))


def _isolated(nodes: bytes) -> bytes:
    """Default-graph node objects as written, each under a null context."""
    return _string([{"@context": None, **node} for node in json.loads(nodes)])


def _string(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()


def _graph_items(store: SupportsGraphDumps, threads: int) -> Iterator[bytes]:
    """Each graph written by the store and compacted, in order; with ``threads``, by a pool that
    works ahead of the writer (see ``_Ahead``)."""
    write = partial(_graph_item, store, _compactor())
    graphs = store.graphs()
    if threads <= 0:
        yield from map(write, graphs)
        return
    with ThreadPoolExecutor(threads) as pool:
        yield from _Ahead(pool, write, iter(graphs), threads).items()


def _graph_item(store: SupportsGraphDumps, compactor: Compactor, graph: Graph) -> bytes:
    return _item(compactor, graph, store.dump_graph(graph, ox.RdfFormat.JSON_LD))


class _Ahead:
    """Graphs written by a pool and handed out in order. Every thread is kept busy as long as the
    items written but not yet handed out stay under LOOK_AHEAD bytes: one large graph at the head
    does not stall the pool, and memory holds a few large graphs at most."""

    def __init__(self, pool: ThreadPoolExecutor, write: Callable[[Graph], bytes], graphs: Iterator[Graph],
                 threads: int) -> None:
        self.pool, self.write, self.graphs, self.queue = pool, write, graphs, 2 * threads
        self.pending: deque[Future[bytes]] = deque()  # in the store's order
        self.running: set[Future[bytes]] = set()  # not yet seen finished
        self.held = 0  # bytes of finished items not yet handed out
        self.more = True

    def items(self) -> Iterator[bytes]:
        while True:
            self._settle()
            self._fill()
            if not self.pending:
                return
            if self.pending[0] in self.running:
                wait(self.running, return_when=FIRST_COMPLETED)
                continue
            item = self.pending.popleft().result()
            self.held -= len(item)
            yield item

    def _settle(self) -> None:
        for future in [future for future in self.running if future.done()]:
            self.running.discard(future)
            self.held += len(future.result())

    def _fill(self) -> None:
        while self.more and len(self.running) < self.queue and self.held < LOOK_AHEAD:
            graph = next(self.graphs, None)
            if graph is None:
                self.more = False
                return
            future = self.pool.submit(self.write, graph)
            self.pending.append(future)
            self.running.add(future)


def _statement_pieces(statements: Iterable[ox.Quad] | Iterable[ox.Triple]) -> Iterator[Piece]:
    """Runs of statements of one graph, cut at a change of subject once CHUNK long, each written
    by pyoxigraph."""
    run: list[ox.Triple] = []
    graph: Graph = ox.DefaultGraph()
    subject: object = None
    for item in statements:
        name = item.graph_name if isinstance(item, ox.Quad) else ox.DefaultGraph()
        if run and (name != graph or (len(run) >= CHUNK and item.subject != subject)):
            yield graph, _serialized(run)
            run = []
        graph, subject = name, item.subject
        run.append(item.triple if isinstance(item, ox.Quad) else item)
    if run:
        yield graph, _serialized(run)


def _serialized(triples: list[ox.Triple]) -> bytes:
    return ox.serialize(triples, format=ox.RdfFormat.JSON_LD) or b""


def _dumped(store: Store) -> Iterable[ox.Quad]:
    buffer = io.BytesIO()
    store.dump(buffer, ox.RdfFormat.N_QUADS)
    return ox.parse(buffer.getvalue(), format=ox.RdfFormat.N_QUADS)
