"""Exports of the whole store: RDF formats by the store, JSON-LD compacted, graphs for Gephi."""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator
from typing import IO

import pyoxigraph as ox

from kg.errors import InputError
from kg.store.base import Store

RDF_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "nquads": ox.RdfFormat.N_QUADS,
}
GRAPH_FORMATS = ("graphml", "gexf")
FORMATS = (*RDF_FORMATS, "jsonld", *GRAPH_FORMATS)
#: Formats that hold one graph: the union of all graphs.
FLAT = ("turtle", "ntriples", *GRAPH_FORMATS)
SUFFIXES = {"turtle": ".ttl", "trig": ".trig", "ntriples": ".nt", "nquads": ".nq", "jsonld": ".jsonld",
            "graphml": ".graphml", "gexf": ".gexf"}


def export(store: Store, fmt: str, output: IO[bytes], *, flat: bool = False) -> None:
    """Write the store in one of FORMATS to a binary stream.

    ``flat`` JSON-LD puts every triple in one default graph (each once), for tools that read
    a single graph; the normal JSON-LD export keeps one named graph per article.
    """
    if flat and fmt != "jsonld":
        raise InputError(f"--flat is for JSON-LD; {fmt} is written {'flat' if fmt in FLAT else 'with its graphs'} "
                         "already")
    if fmt in RDF_FORMATS:
        store.dump(output, RDF_FORMATS[fmt])
    elif fmt == "jsonld":
        from kg.rdf.jsonld import write_jsonld

        text = io.TextIOWrapper(output, encoding="utf-8", write_through=True)
        write_jsonld(_flattened(_quads(store)) if flat else _quads(store), text)
        text.detach()
    elif fmt in GRAPH_FORMATS:
        from kg.viz.export import write_network

        write_network(store, fmt, output)
    else:
        raise InputError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")


def _flattened(quads: Iterable[ox.Quad]) -> Iterator[ox.Quad]:
    """Every distinct triple once, in the default graph."""
    triples = dict.fromkeys(ox.Triple(quad.subject, quad.predicate, quad.object) for quad in quads)
    return (ox.Quad(triple.subject, triple.predicate, triple.object) for triple in triples)


def _quads(store: Store):
    quads = getattr(store, "quads", None)
    if quads is not None:
        return quads()
    buffer = io.BytesIO()
    store.dump(buffer, ox.RdfFormat.N_QUADS)
    return ox.parse(buffer.getvalue(), format=ox.RdfFormat.N_QUADS)
