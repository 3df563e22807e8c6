"""The one table of serialisations: names, media types, file suffixes and who writes them.

The CLI's ``kg export``, the server's content negotiation, the bulk loader and the store
all read this table; a new format is one entry here (plus its writer when the store cannot
write it itself).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

import pyoxigraph as ox


@dataclass(frozen=True)
class Format:
    """One serialisation: short name, media types (canonical first) and how it is written.

    ``engine`` names the pyoxigraph format (``RdfFormat`` for graphs, ``QueryResultsFormat``
    for results); ``writer`` ("module:function") writes formats pyoxigraph does not, called
    with the store and a binary stream. ``named_graphs`` tells whether the format keeps one
    graph per article (else it holds the union of all graphs); ``served`` whether the
    server offers it for graphs; ``bulk`` whether the bulk loader reads it.
    """

    name: str
    media_types: tuple[str, ...]
    engine: str = ""
    text: bool = True
    suffixes: tuple[str, ...] = ()
    named_graphs: bool = False
    writer: str = ""
    served: bool = False
    bulk: bool = False

    @property
    def content_type(self) -> str:
        media = self.media_types[0]
        return f"{media}; charset=utf-8" if self.text else media

    @property
    def suffix(self) -> str:
        return self.suffixes[0] if self.suffixes else ""

    @property
    def rdf_format(self) -> ox.RdfFormat:
        """The pyoxigraph RDF format (for formats the store writes or parses itself)."""
        return getattr(ox.RdfFormat, self.engine)

    def write_with(self) -> Callable[..., None]:
        """The function writing this format from a store, for formats the store does not write."""
        module, _, function = self.writer.partition(":")
        return getattr(importlib.import_module(module), function)


#: Graph and dataset formats, in the server's order of preference when a client accepts several.
GRAPH_FORMATS: tuple[Format, ...] = (
    Format("turtle", ("text/turtle", "application/x-turtle", "application/turtle", "text/n3", "text/rdf+n3"),
           "TURTLE", suffixes=(".ttl",), served=True),
    Format("ntriples", ("application/n-triples", "text/plain"), "N_TRIPLES", suffixes=(".nt",), served=True),
    Format("jsonld", ("application/ld+json", "application/x-json+ld", "application/json"), "JSON_LD",
           text=False, suffixes=(".jsonld",), named_graphs=True, writer="kg.rdf.jsonld:write_store", served=True),
    Format("rdfxml", ("application/rdf+xml", "application/xml", "text/xml"), "RDF_XML", text=False,
           suffixes=(".rdf",), served=True),
    Format("trig", ("application/trig",), "TRIG", suffixes=(".trig",), named_graphs=True, bulk=True),
    Format("nquads", ("application/n-quads",), "N_QUADS", suffixes=(".nq", ".nquads"), named_graphs=True,
           bulk=True),
    Format("graphml", ("application/graphml+xml",), text=False, suffixes=(".graphml",),
           writer="kg.viz.graph_files:write_graphml"),
    Format("gexf", ("application/gexf+xml",), text=False, suffixes=(".gexf",), writer="kg.viz.graph_files:write_gexf"),
)

#: Results of SELECT and ASK, in the order preferred when a client accepts several.
RESULT_FORMATS: tuple[Format, ...] = (
    Format("json", ("application/sparql-results+json", "application/json", "text/javascript",
                    "application/javascript"), "JSON", text=False),
    Format("xml", ("application/sparql-results+xml", "application/xml", "text/xml"), "XML", text=False),
    Format("csv", ("text/csv",), "CSV"),
    Format("tsv", ("text/tab-separated-values",), "TSV"),
)

#: Formats ``kg export`` writes, by name.
EXPORT_FORMATS: dict[str, Format] = {fmt.name: fmt for fmt in GRAPH_FORMATS}
#: Formats the server answers graphs in (CONSTRUCT, DESCRIBE, Graph Store).
SERVED_FORMATS: tuple[Format, ...] = tuple(fmt for fmt in GRAPH_FORMATS if fmt.served)
#: RDF datasets the bulk loader reads, by file suffix.
DATASET_SUFFIXES: dict[str, ox.RdfFormat] = {
    suffix: fmt.rdf_format for fmt in GRAPH_FORMATS if fmt.bulk for suffix in fmt.suffixes}
#: pyoxigraph formats that hold named graphs.
QUAD_FORMATS: frozenset[ox.RdfFormat] = frozenset(
    fmt.rdf_format for fmt in GRAPH_FORMATS if fmt.named_graphs and fmt.engine)


def by_name(formats: tuple[Format, ...], name: str | None) -> Format | None:
    """The format of that short name among ``formats``."""
    return next((fmt for fmt in formats if fmt.name == name), None)
