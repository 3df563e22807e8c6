"""JSON-LD: one shape from the CLI and the server, compacted by our context, isomorphic on reading back."""

from __future__ import annotations

import io
import json
import random
import threading
from concurrent.futures import ThreadPoolExecutor

import pyoxigraph as ox
import pytest
import rdflib
from pyld import jsonld as pyld
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


def _read_back_with_pyld(data: bytes) -> set[str]:
    """What pyld (the JSON-LD 1.1 algorithms, expansion then to RDF) reads in a document."""
    nquads = pyld.to_rdf(json.loads(data), {"format": "application/n-quads"})
    return _canonical(ox.parse(nquads.encode(), format=ox.RdfFormat.N_QUADS))


#: Two JSON-LD processors reading our documents back.
READERS = pytest.mark.parametrize("read_back", [_read_back, _read_back_with_pyld], ids=["rdflib", "pyld"])


def test_jsonld_export_round_trips_to_the_same_quads(sample_store) -> None:
    buffer = io.BytesIO()
    export(sample_store, "jsonld", buffer)
    _same_quads(sample_store, buffer.getvalue())
    document = json.loads(buffer.getvalue())
    text = json.dumps(document["@graph"])
    assert '"@id": "dpr:' in text and DPR not in text  # compacted, not just wrapped


@READERS
def test_jsonld_store_written_by_threads_is_the_same_document(sample_store, read_back) -> None:
    """Graphs written by threads come out in the same order, byte for byte, as without threads."""
    documents = []
    for threads in (0, 1, 3):
        buffer = io.BytesIO()
        write_store(sample_store, buffer, threads=threads)
        documents.append(buffer.getvalue())
    assert documents[0] == documents[1] == documents[2]
    assert read_back(documents[0]) == _canonical(sample_store.quads())


def test_jsonld_store_written_with_a_tiny_look_ahead_is_the_same_document(sample_store, monkeypatch) -> None:
    whole = io.BytesIO()
    write_store(sample_store, whole, threads=2)
    monkeypatch.setattr(jsonld, "LOOK_AHEAD", 1)
    tight = io.BytesIO()
    write_store(sample_store, tight, threads=2)
    assert tight.getvalue() == whole.getvalue()


def test_jsonld_pool_works_past_a_slow_first_graph_but_within_its_byte_budget(monkeypatch) -> None:
    """While the first graph is still being written, the other threads write the next ones until
    LOOK_AHEAD bytes wait, not only a fixed few graphs; the items still come out in order."""
    monkeypatch.setattr(jsonld, "LOOK_AHEAD", 40)
    others_written, written = threading.Event(), []
    seen_by_head: list[int] = []

    def write(graph: int) -> bytes:
        if graph == 0:
            assert others_written.wait(60), "the pool stalled behind the first graph"
            seen_by_head.append(len(written))
            return b"head"
        written.append(graph)
        if len(written) == 10:
            others_written.set()
        return b"ab"

    with ThreadPoolExecutor(2) as pool:
        items = list(jsonld._Ahead(pool, write, iter(range(100)), threads=2).items())
    assert items == [b"head"] + [b"ab"] * 99
    # 40 bytes of 2-byte items held, plus at most 2 x threads queued ones
    assert 10 <= seen_by_head[0] <= 40 // 2 + 4


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


XSD = "http://www.w3.org/2001/XMLSchema#"
#: Literal texts JSON or JSON-LD could trip on: quotes, escapes, line breaks, keywords, scripts.
TRICKY_TEXTS = [
    'a "quoted" word and a \\ backslash, \\"both\\"',
    "line one\nline two\r\n\ttabbed \u2028 separator \x01 control",
    "اتفاقية التعاون الرقمي بين المغرب والولايات المتحدة",
    'keys in a value: {"@id": "dp:x", "@graph": [], "@context": null, "meets": ["dpr:y"]}',
    '"https://w3id.org/digipol/ontology#meets":[{"@id":"https://w3id.org/digipol/id/z"}]',
    "emoji 🇲🇦 and combining e\u0301 and NUL-free ünïcödé",
    "",
]


def _node(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def _tricky_quads(graph: ox.NamedNode) -> list[ox.Quad]:
    subject, name = _node(DPR + "s"), _node("http://schema.org/name")
    literals = [ox.Literal(text) for text in TRICKY_TEXTS]
    literals += [ox.Literal(TRICKY_TEXTS[2], language="ar"), ox.Literal(TRICKY_TEXTS[0], language="fr-CA"),
                 ox.Literal("2025-03-18", datatype=_node(XSD + "date")),
                 ox.Literal("42", datatype=_node(XSD + "integer")),
                 ox.Literal("x y", datatype=_node("http://example.org/types#odd")),
                 ox.Literal(TRICKY_TEXTS[3], datatype=_node(DP + "Payload")),
                 ox.Literal("{" + TRICKY_TEXTS[4] + "}", datatype=_node("http://www.w3.org/1999/02/22-rdf-syntax-ns#JSON"))]
    quads = [ox.Quad(subject, name, literal, graph) for literal in literals]
    # Predicates that are terms with a coercion in the context, holding values of another kind.
    quads += [ox.Quad(subject, _node(DP + "confidence"), ox.Literal("high"), graph),
              ox.Quad(subject, _node(DP + "meets"), ox.Literal("not an IRI"), graph),
              ox.Quad(subject, _node("http://www.w3.org/2000/01/rdf-schema#label"), ox.Literal("plain"), graph),
              ox.Quad(subject, _node("http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate"), _node(DP + "meets"),
                      graph)]
    return quads


@READERS
def test_jsonld_tricky_literals_round_trip_from_a_store_on_disk(tmp_path, read_back) -> None:
    store = EmbeddedStore(tmp_path / "store")
    graph = _node(DPR + "article/tricky")
    store.replace_graphs({graph.value: _tricky_quads(graph)})
    buffer = io.BytesIO()
    export(store, "jsonld", buffer)
    assert read_back(buffer.getvalue()) == _canonical(store.quads())
    node = json.loads(buffer.getvalue())["@graph"][0]["@graph"][0]
    assert node["@id"] == "dpr:s" and node["meets"] == [{"@value": "not an IRI"}]
    assert {"@language": "ar", "@value": TRICKY_TEXTS[2]} in node["schema:name"]
    assert {"@type": "xsd:date", "@value": "2025-03-18"} in node["schema:name"]
    assert {"@type": "rdf:JSON", "@value": "{" + TRICKY_TEXTS[4] + "}"} in node["schema:name"]  # JSON kept as a string
    store.close()


@READERS
def test_jsonld_iris_that_read_as_compact_go_out_under_a_null_context(tmp_path, read_back) -> None:
    """An IRI whose scheme is a prefix of the context (``dp:x``) would be read as a compact IRI:
    its graph is written uncompacted under a null context; the other graphs stay compacted."""
    store = EmbeddedStore(tmp_path / "store")
    plain, odd = _node(DPR + "article/plain"), _node("dpr:article/odd")
    meets, other = _node(DP + "meets"), _node(DPR + "other")
    store.bulk_load([
        ox.Quad(_node(DPR + "a"), meets, _node(DPR + "b"), plain),
        ox.Quad(_node(DPR + "a"), meets, _node("dp:Person"), _node(DPR + "article/object")),
        ox.Quad(_node("schema:thing"), meets, other, _node(DPR + "article/subject")),
        ox.Quad(other, _node("xsd:p"), ox.Literal("v", datatype=_node("rdf:odd")), _node(DPR + "article/key")),
        ox.Quad(other, meets, _node(DPR + "//double-slash"), odd),
        ox.Quad(other, meets, _node("Person:not-a-prefix"), ox.DefaultGraph()),
        ox.Quad(_node("wd:Q1"), _node("http://schema.org/"), _node("http://schema.org/"), ox.DefaultGraph()),
    ])
    buffer = io.BytesIO()
    export(store, "jsonld", buffer)
    assert read_back(buffer.getvalue()) == _canonical(store.quads())
    items = json.loads(buffer.getvalue())["@graph"]
    by_id = {item["@id"]: item for item in items}
    assert by_id["dpr:article/plain"]["@graph"] == [{"@id": "dpr:a", "meets": [{"@id": "dpr:b"}]}]
    for name in ("article/object", "article/subject", "article/key"):
        assert by_id[DPR + name]["@context"] is None
    assert by_id["dpr:article/odd"]["@context"] is None
    assert by_id["wd:Q1"]["@context"] is None and by_id[DPR + "other"]["@context"] is None  # default-graph nodes
    store.close()


@READERS
def test_jsonld_blank_nodes_and_the_default_graph_round_trip(tmp_path, read_back) -> None:
    store = EmbeddedStore(tmp_path / "store")
    event, graph = ox.BlankNode("event1"), ox.BlankNode("graph1")
    store.bulk_load([
        ox.Quad(event, _node(DP + "participant"), _node(DPR + "person/a"), _node(DPR + "article/1")),
        ox.Quad(_node(DPR + "person/a"), _node(DP + "role"), ox.Literal("ministre", language="fr"), graph),
        ox.Quad(event, _node(DP + "date"), ox.Literal("2025-03"), ox.DefaultGraph()),
    ])
    buffer = io.BytesIO()
    export(store, "jsonld", buffer)
    assert read_back(buffer.getvalue()) == _canonical(store.quads())
    store.close()


# The compaction by spans against the plain one, token by token, on pieces written by pyoxigraph.
SCHEMA, RDF, XSD_TYPES = "http://schema.org/", "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "http://example.org/types#"
#: IRIs at the edges of the context's namespaces: the namespace alone, `//` or `/` after it, a
#: prefix of two namespaces (…/ns/), schemes named like prefixes, unicode.
EDGE_IRIS = [DPR + "person/p1", DPR + "event/meeting/2f", DPR, DPR + "/x", DPR + "//x", DPR + "a#b/", DP + "Person",
             DP + "/x", "http://www.w3.org/ns/prov#Entity", "http://www.w3.org/ns/x", "http://www.w3.org/ns/org#",
             SCHEMA + "name", "http://schema.org", "http://example.org/ünï/ca#t", "urn:x:y", "http:x", "wd:Q1"]
#: IRIs that read as compact IRIs (their piece goes out under a null context).
COMPACT_LOOKING = ["dp:Person", "dpr:x/y", "schema://x", "xsd:odd", "rdf:"]
KEYS = [DP + "meets", DP + "role", DP + "confidence", RDF + "type", RDF + "predicate", SCHEMA + "name", DPR + "p",
        "http://www.w3.org/2000/01/rdf-schema#label", "http://purl.org/vocab/vann/preferredNamespaceUri", "urn:p"]
#: Literal texts holding what the spans are made of: key openers, closers, escapes before quotes.
SPAN_TEXTS = ['"}],"' + DP + 'meets":[{"@id":"' + DPR + 'x', '"},{"@id":"dp:x', 'a\\', '\\"',
              'a\\\\"}]},{"@id":"' + DPR, '","' + DP + 'role":[{"@language":"en","@value":"',
              '"@type":"' + XSD + 'int","@value":"1']


def _random_triples(rng, clash: bool) -> list[ox.Triple]:
    iris = EDGE_IRIS + (COMPACT_LOOKING if clash else [])
    subjects = [_node(iri) for iri in iris] + [ox.BlankNode("b1"), ox.BlankNode("b2")]
    texts = TRICKY_TEXTS + SPAN_TEXTS
    types = [XSD + "integer", XSD + "date", DP + "Payload", XSD_TYPES + "odd", DPR, RDF + "JSON"]
    objects = subjects + [ox.Literal(rng.choice(texts)) for _ in range(4)]
    objects += [ox.Literal(rng.choice(texts), language=rng.choice(["en", "fr-CA", "ar"])) for _ in range(3)]
    objects += [ox.Literal(rng.choice(texts), datatype=_node(rng.choice(types + iris))) for _ in range(3)]
    keys = KEYS + (COMPACT_LOOKING if clash else [])
    return [ox.Triple(rng.choice(subjects), _node(rng.choice(keys)), rng.choice(objects))
            for _ in range(rng.randint(1, 12))]


def _reference_item(compactor, graph, expanded: bytes) -> bytes:
    """One piece in the document, compacted token by token over the whole text."""
    nodes = expanded.strip()
    compacted = compactor.compact_tokens(nodes)
    if isinstance(graph, ox.DefaultGraph):
        return (compacted if compacted is not None else jsonld._isolated(nodes))[1:-1]
    name = graph.value if isinstance(graph, ox.NamedNode) else f"_:{graph.value}"
    if compacted is None or compactor.reads_as_compact(name):
        return b'{"@context":null,"@id":' + jsonld._string(name) + b',"@graph":' + nodes + b"}"
    return b'{"@id":' + jsonld._string(compactor.iri(name)) + b',"@graph":' + compacted + b"}"


def _walked(compactor, nodes: list) -> list:
    """Node objects compacted by walking the parsed JSON: keys, and @id and @type values."""
    def value(item: dict) -> dict:
        return {k: compactor.iri(v) if k in ("@id", "@type") else v for k, v in item.items()}

    def node(expanded: dict) -> dict:
        compacted = {"@id": compactor.iri(expanded.pop("@id"))}
        for key, items in expanded.items():
            compacted[compactor.terms.get(key, compactor.iri(key))] = [value(item) for item in items]
        return compacted
    return [node(expanded) for expanded in nodes]


@pytest.mark.parametrize("kept", [jsonld.SPANS_KEPT, 0], ids=["spans kept", "none kept"])
def test_jsonld_compaction_by_spans_is_the_token_by_token_one(monkeypatch, kept) -> None:
    """Compacting the distinct spans of a piece gives byte for byte what compacting its tokens one
    by one over the whole text gives (which reads as the input with keys, @id and @type values
    compacted), on random pieces made of the edge cases; the default graph and graph names too."""
    monkeypatch.setattr(jsonld, "SPANS_KEPT", kept)
    rng, compactor, outcomes = random.Random(14), jsonld.Compactor(jsonld.context()), set()
    graphs = [ox.DefaultGraph(), _node(DPR + "article/1"), ox.BlankNode("g"), _node("dpr:article/odd")]
    for round_ in range(400):
        store = ox.Store()
        store.extend([ox.Quad(*triple, graph) for graph in graphs
                      for triple in _random_triples(rng, clash=round_ % 5 == 0)])
        for graph in graphs:
            piece = store.dump(format=ox.RdfFormat.JSON_LD, from_graph=graph)
            assert jsonld._item(compactor, graph, piece) == _reference_item(compactor, graph, piece), piece
            compacted = compactor.compact(piece.strip())
            outcomes.add(compacted is None)
            if compacted is not None:  # the reference itself, against the parsed JSON walked
                assert json.loads(compacted) == _walked(compactor, json.loads(piece))
    assert outcomes == {True, False}  # both kinds of piece were met
