"""Provenance of an article read from the web: the capture (URL, time, content hash) it came from."""

from __future__ import annotations

from typing import Protocol

import pyoxigraph as ox

from kg.rdf import terms
from kg.vocab import EXT, dp, node


class CaptureRecord(Protocol):
    """What a kept capture tells (kg.web.captures.Capture has this shape)."""

    @property
    def final_url(self) -> str: ...
    @property
    def fetched(self) -> str: ...
    @property
    def sha256(self) -> str: ...


def capture_node(capture: CaptureRecord) -> ox.NamedNode:
    """The capture's IRI names its content: ``urn:sha256:<hex>`` (RFC 6920 style)."""
    return ox.NamedNode(f"urn:sha256:{capture.sha256}")


def capture_quads(graph: ox.NamedNode, capture: CaptureRecord) -> list[ox.Quad]:
    """Quads in the article's graph saying it was derived from the capture, and what the capture is."""
    kept = capture_node(capture)
    try:
        where: ox.NamedNode | ox.Literal = ox.NamedNode(capture.final_url)
    except ValueError:
        where = ox.Literal(capture.final_url, datatype=node(EXT.XSD + "anyURI"))
    triples = [
        (graph, node(EXT.wasDerivedFrom), kept),
        (kept, node(EXT.type), node(EXT.prov_Entity)),
        (kept, node(EXT.atLocation), where),
        (kept, node(EXT.generatedAtTime), ox.Literal(capture.fetched, datatype=node(EXT.dateTime))),
        (kept, dp("contentHash"), terms.string(f"sha256:{capture.sha256}")),
    ]
    return [ox.Quad(s, p, o, graph) for s, p, o in triples]
