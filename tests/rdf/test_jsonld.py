"""JSON-LD: one shape from the CLI and the server, compacted by our context, isomorphic on reading back."""

from __future__ import annotations

import io
import json

import pyoxigraph as ox
import rdflib
from rdflib.compare import isomorphic

from kg.rdf import jsonld
from kg.rdf.jsonld import write_jsonld, write_store
from kg.server.worker import Worker, WorkerSettings
from kg.services.export import export
from kg.store.oxigraph import EmbeddedStore

DP, DPR = "https://w3id.org/digipol/ontology#", "https://w3id.org/digipol/id/"
#: A literal that looks like JSON-LD holding IRIs: it must come back unchanged.
TRICKY = 'see "https://w3id.org/digipol/id/x": {"@id":"https://w3id.org/digipol/id/y"} </script>'


def _dataset(data: bytes, fmt: str) -> rdflib.Dataset:
    dataset = rdflib.Dataset()
    dataset.parse(data=data, format=fmt)
    return dataset


def _same_quads(store, data: bytes) -> None:
    """The JSON-LD read by rdflib holds exactly the store's quads, graph by graph."""
    nquads = io.BytesIO()
    store.dump(nquads, ox.RdfFormat.N_QUADS)
    expected, found = _dataset(nquads.getvalue(), "nquads"), _dataset(data, "json-ld")
    names = {str(g.identifier) for g in expected.graphs() if len(g)}
    assert names == {str(g.identifier) for g in found.graphs() if len(g)}
    for name in names:
        assert isomorphic(expected.graph(rdflib.URIRef(name)), found.graph(rdflib.URIRef(name))), name


def _canonical(quads) -> set[str]:
    """Quads as canonical N-Quads lines (blank nodes relabelled the same way whatever their labels)."""
    dataset = ox.Dataset(quads)
    dataset.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
    return {str(quad) for quad in dataset}


def _read_back(data: bytes) -> set[str]:
    """What a JSON-LD processor (rdflib's) reads in a document, quad for quad."""
    nquads = _dataset(data, "json-ld").serialize(format="nquads", encoding="utf-8")
    return _canonical(ox.parse(nquads, format=ox.RdfFormat.N_QUADS))


def test_jsonld_export_round_trips_to_the_same_quads(sample_store) -> None:
    buffer = io.BytesIO()
    export(sample_store, "jsonld", buffer)
    _same_quads(sample_store, buffer.getvalue())
    document = json.loads(buffer.getvalue())
    text = json.dumps(document["@graph"])
    assert '"@id": "dpr:' in text and DPR not in text  # compacted, not just wrapped


def test_jsonld_store_written_by_threads_is_the_same_document(sample_store) -> None:
    """Graphs written by threads come out in the same order, byte for byte, as without threads."""
    documents = []
    for threads in (0, 1, 3):
        buffer = io.BytesIO()
        write_store(sample_store, buffer, threads=threads)
        documents.append(buffer.getvalue())
    assert documents[0] == documents[1] == documents[2]
    assert _read_back(documents[0]) == _canonical(sample_store.quads())


def test_jsonld_statements_cut_in_small_runs_read_back_whole(sample_store, monkeypatch) -> None:
    monkeypatch.setattr(jsonld, "CHUNK", 3)
    buffer = io.BytesIO()
    write_jsonld(sample_store.quads(), buffer)
    graph_objects = [item for item in json.loads(buffer.getvalue())["@graph"] if "@graph" in item]
    assert len(graph_objects) > len(sample_store.graph_names())  # a graph's runs are several graph objects
    assert _read_back(buffer.getvalue()) == _canonical(sample_store.quads())


def test_jsonld_leaves_literals_alone_and_uses_terms_for_keys() -> None:
    store = EmbeddedStore(None)
    subject, graph = ox.NamedNode(DPR + "a"), ox.NamedNode(DPR + "article/1")
    store.replace_graphs({graph.value: [
        ox.Quad(subject, ox.NamedNode("http://schema.org/name"), ox.Literal(TRICKY), graph),
        ox.Quad(subject, ox.NamedNode(DP + "meets"), ox.NamedNode(DPR + "b"), graph),
        ox.Quad(subject, ox.NamedNode(DP + "meets"), ox.NamedNode(DPR + "//odd"), graph),
        ox.Quad(subject, ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"),
                ox.Literal(TRICKY, language="en"), graph),
    ]})
    buffer = io.BytesIO()
    export(store, "jsonld", buffer)
    _same_quads(store, buffer.getvalue())
    node = json.loads(buffer.getvalue())["@graph"][0]["@graph"][0]
    assert {"@id": "dpr:b"} in node["meets"]
    assert node["rdfs:label"] == [{"@language": "en", "@value": TRICKY}]  # a language-map term is not used


def test_jsonld_same_shape_from_the_server_worker(tmp_path, sample_store) -> None:
    """A CONSTRUCT answered as JSON-LD by the server's worker is what kg export's writer makes."""
    worker = Worker(WorkerSettings(store=str(tmp_path), base_iri=DPR, allow_service=False, max_result_bytes=10**8))
    triples = list(sample_store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"))
    reply = worker._serialized(iter(triples), "json", "jsonld")
    cli = io.BytesIO()
    write_jsonld(iter(triples), cli)
    assert reply.format == "jsonld" and reply.body == cli.getvalue()
    assert json.loads(reply.body)["@context"]["dp"] == DP
