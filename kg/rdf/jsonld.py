"""JSON-LD, one shape for the CLI and the server: pyoxigraph's writer, compacted by our context.

pyoxigraph writes the quads as JSON-LD node objects with full IRIs (one ``@graph`` object per
named graph), straight from the store. Its output is compacted on the way out with the fixed
context of ontology/context.jsonld, without parsing it back: keys become terms or compact IRIs
(``meets``, ``schema:name``) and the IRIs of ``@id`` and ``@type`` compact IRIs
(``dpr:country/ma``); literal values are never touched. This relies on JSON escaping: inside a
string every quote is escaped, so an unescaped ``"@id":"`` or ``"IRI":[`` is always structure.
The output is compacted in pieces cut before a ``{"@id":``, so memory holds one piece.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Callable, Iterable
from functools import cache
from typing import IO, Any

import pyoxigraph as ox

from kg import resources
from kg.store.base import Store, SupportsQuads

#: Bytes of pyoxigraph's output compacted at once.
PIECE = 1 << 20
#: A key (a predicate IRI) of a node object.
_KEY = re.compile(rb'"(https?://[^"\\]*)":\[')
#: A JSON string token holding an http(s) IRI, with the key it is the value of (@id, @type)
#: or the colon that makes it a key. Tokens are matched whole from their opening quote, so a
#: quote escaped inside a literal never starts one.
_IRI_TOKEN = re.compile(rb'("@id":|"@type":)?"(https?://[^"\\]*)"(:?)')
#: Term definitions whose keys change how a value is read; such terms are not used as keys.
_UNSAFE = ("@container", "@reverse", "@context", "@nest")
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
#: Where pieces of the writer's output may be cut: before a node object (always structure).
_CUT = b'{"@id":'


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
        self.terms: dict[str, str] = {}
        for term, definition in ctx.items():
            spec = {"@id": definition} if isinstance(definition, str) else definition
            target = spec.get("@id", "") if isinstance(spec, dict) else ""
            if term.startswith("@") or ":" in term or target.startswith("@") or any(k in spec for k in _UNSAFE):
                continue
            self.terms.setdefault(self.expand(target), term)
        self.terms.pop(RDF_TYPE, None)
        self._keys: dict[bytes, bytes] = {}
        self._iris: dict[bytes, bytes] = {}
        self._values = [(b'"' + owner + b'":"' + iri.encode(), b'"' + owner + b'":"' + name.encode() + b":")
                        for iri, name in self.namespaces for owner in (b"@id", b"@type")]
        self._odd = [b'"' + name.encode() + b"://" for _, name in self.namespaces]

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

    def _token(self, match: re.Match[bytes]) -> bytes:
        owner, value, colon = match.groups()
        if owner:
            short = self._iris.get(value)
            if short is None:
                short = self._iris[value] = self.iri(value.decode()).encode()
            return owner + b'"' + short + b'"'
        if colon:
            key = self._keys.get(value)
            if key is None:
                text = value.decode()
                key = self._keys[value] = self.terms.get(text, self.iri(text)).encode()
            return b'"' + key + b'":'
        return match.group(0)

    def compact(self, expanded: bytes) -> bytes:
        """pyoxigraph's JSON-LD text with its IRIs shortened.

        Keys go through a cached lookup; ``@id`` and ``@type`` values by plain replacement of
        each namespace. A local part starting with ``//`` would then read as an absolute IRI,
        so a piece holding one is compacted token by token instead.
        """
        text = _KEY.sub(self._key, expanded)
        for long, short in self._values:
            text = text.replace(long, short)
        if any(odd in text for odd in self._odd):
            return _IRI_TOKEN.sub(self._token, expanded)
        return text

    def _key(self, match: re.Match[bytes]) -> bytes:
        value = match.group(1)
        key = self._keys.get(value)
        if key is None:
            text = value.decode()
            key = self._keys[value] = self.terms.get(text, self.iri(text)).encode()
        return b'"' + key + b'":['


class CompactingSink:
    """A binary stream for pyoxigraph's writer that compacts what it is given, piece by piece."""

    def __init__(self, output: IO[bytes], compactor: Compactor) -> None:
        self.output, self.compactor, self.pending = output, compactor, bytearray()

    def write(self, data: bytes) -> int:
        self.pending += data
        if len(self.pending) >= PIECE:
            cut = self.pending.rfind(_CUT)
            if cut > 0:
                self.output.write(self.compactor.compact(bytes(self.pending[:cut])))
                del self.pending[:cut]
        return len(data)

    def flush(self) -> None:
        """Nothing to do until ``close``: a piece is only compacted whole."""

    def close(self) -> None:
        self.output.write(self.compactor.compact(bytes(self.pending)))
        self.pending.clear()


@cache
def _compactor() -> Compactor:
    return Compactor(context())


def write_jsonld(statements: Iterable[ox.Quad] | Iterable[ox.Triple], output: IO[bytes]) -> None:
    """Write quads (or triples) as one JSON-LD document compacted with the published context."""
    quads = (item if isinstance(item, ox.Quad) else ox.Quad(item.subject, item.predicate, item.object)
             for item in statements)
    _document(output, lambda sink: ox.serialize(quads, sink, ox.RdfFormat.JSON_LD))


def write_store(store: Store, output: IO[bytes], *, flat: bool = False) -> None:
    """Write the whole store, straight from it; ``flat`` puts every distinct triple once in the
    default graph."""
    if flat:
        quads = store.quads() if isinstance(store, SupportsQuads) else _dumped(store)
        write_jsonld(dict.fromkeys(ox.Triple(quad.subject, quad.predicate, quad.object) for quad in quads), output)
        return
    _document(output, lambda sink: store.dump(sink, ox.RdfFormat.JSON_LD))


def _document(output: IO[bytes], write: Callable[[Any], object]) -> None:
    """The document: our context, then the writer's array of node and graph objects, compacted."""
    output.write(b'{"@context": ' + json.dumps(context(), ensure_ascii=False).encode() + b',\n"@graph": ')
    sink = CompactingSink(output, _compactor())
    write(sink)
    sink.close()
    output.write(b"}\n")


def _dumped(store: Store) -> Iterable[ox.Quad]:
    buffer = io.BytesIO()
    store.dump(buffer, ox.RdfFormat.N_QUADS)
    return ox.parse(buffer.getvalue(), format=ox.RdfFormat.N_QUADS)
