"""JSON-LD, one shape for the CLI and the server: pyoxigraph's writer, compacted by our context.

pyoxigraph writes the quads as JSON-LD node objects with full IRIs (one ``@graph`` object per
named graph). Its output is then compacted with the fixed context of ontology/context.jsonld
without parsing it back: every JSON string token that is an IRI in a key, an ``@id`` or an
``@type`` is replaced by its term or compact IRI (``dp:meets``, ``dpr:country/ma``); literal
values are never touched. Quads are written in batches, so memory holds one batch at a time;
a graph cut by a batch boundary appears as two graph objects with the same ``@id``, which
JSON-LD merges when the document is read.
"""

from __future__ import annotations

import io
import itertools
import json
import re
from collections.abc import Iterable, Iterator
from functools import cache
from typing import IO, Any

import pyoxigraph as ox

from kg import resources
from kg.store.base import Store, SupportsQuads

#: Quads given to the writer at once.
BATCH = 50_000
#: A JSON string token holding an http(s) IRI, with the key it is the value of (@id, @type)
#: or the colon that makes it a key. Tokens are matched whole from their opening quote, so a
#: quote escaped inside a literal never starts one.
_IRI_TOKEN = re.compile(rb'("@id":|"@type":)?"(https?://[^"\\]*)"(:?)')
#: Term definitions whose keys change how a value is read; such terms are not used as keys.
_UNSAFE = ("@container", "@reverse", "@context", "@nest")
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


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
        """pyoxigraph's JSON-LD text with its IRIs shortened."""
        return _IRI_TOKEN.sub(self._token, expanded)


@cache
def _compactor() -> Compactor:
    return Compactor(context())


def write_jsonld(statements: Iterable[ox.Quad] | Iterable[ox.Triple], output: IO[bytes], *,
                 batch: int = BATCH) -> None:
    """Write quads (or triples) as one JSON-LD document compacted with the published context."""
    compactor = _compactor()
    output.write(b'{"@context": ' + json.dumps(context(), ensure_ascii=False).encode() + b',\n"@graph": [')
    first = True
    iterator: Iterator[ox.Quad | ox.Triple] = iter(statements)
    while chunk := list(itertools.islice(iterator, batch)):
        expanded = ox.serialize(_as_quads(chunk), format=ox.RdfFormat.JSON_LD) or b""
        body = compactor.compact(expanded.strip())[1:-1]
        if body:
            output.write(body if first else b",\n" + body)
            first = False
    output.write(b"]}\n")


def _as_quads(chunk: list[ox.Quad | ox.Triple]) -> list[ox.Quad]:
    """Triples (from CONSTRUCT or a flattened store) as quads of the default graph."""
    return [item if isinstance(item, ox.Quad) else ox.Quad(item.subject, item.predicate, item.object)
            for item in chunk]


def write_store(store: Store, output: IO[bytes], *, flat: bool = False) -> None:
    """Write the whole store; ``flat`` puts every distinct triple once in the default graph."""
    quads = _quads(store)
    if flat:
        triples = dict.fromkeys(ox.Triple(quad.subject, quad.predicate, quad.object) for quad in quads)
        write_jsonld(triples, output)
        return
    write_jsonld(quads, output)


def _quads(store: Store) -> Iterable[ox.Quad]:
    if isinstance(store, SupportsQuads):
        return store.quads()
    buffer = io.BytesIO()
    store.dump(buffer, ox.RdfFormat.N_QUADS)
    return ox.parse(buffer.getvalue(), format=ox.RdfFormat.N_QUADS)
