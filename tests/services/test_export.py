"""Every export format round-trips through rdflib with the same number of triples or quads."""

from __future__ import annotations

import io
import json

import pytest
import rdflib

from kg.services.export import export

QUAD_FORMATS = {"trig": "trig", "nquads": "nquads", "jsonld": "json-ld"}
TRIPLE_FORMATS = {"turtle": "turtle", "ntriples": "nt"}


def _dump(store, fmt: str) -> bytes:
    buffer = io.BytesIO()
    export(store, fmt, buffer)
    return buffer.getvalue()


def _union_size(store) -> int:
    return len({(q.subject, q.predicate, q.object) for q in store.quads()})


@pytest.mark.parametrize(("fmt", "rdflib_format"), QUAD_FORMATS.items())
def test_export_quad_formats_round_trip(sample_store, fmt: str, rdflib_format: str) -> None:
    dataset = rdflib.Dataset()
    dataset.parse(data=_dump(sample_store, fmt), format=rdflib_format)
    assert len(list(dataset.quads((None, None, None, None)))) == sample_store.count()
    graphs = {g.identifier for g in dataset.graphs() if len(g)}
    assert {str(g) for g in graphs} == sample_store.graph_names()


@pytest.mark.parametrize(("fmt", "rdflib_format"), TRIPLE_FORMATS.items())
def test_export_triple_formats_round_trip(sample_store, fmt: str, rdflib_format: str) -> None:
    graph = rdflib.Graph()
    graph.parse(data=_dump(sample_store, fmt), format=rdflib_format)
    assert len(graph) == _union_size(sample_store)


def test_export_jsonld_is_compacted_with_context(sample_store) -> None:
    document = json.loads(_dump(sample_store, "jsonld"))
    assert "dp" in document["@context"]
    text = json.dumps(document)
    assert "https://w3id.org/digipol/id/country/ma" not in text
    assert "dpr:country/ma" in text


def test_export_unknown_format(sample_store) -> None:
    from kg.errors import InputError

    with pytest.raises(InputError, match="unknown format"):
        export(sample_store, "xlsx", io.BytesIO())
