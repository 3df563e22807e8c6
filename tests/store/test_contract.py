"""One contract suite over every store: embedded in memory, embedded on disk, remote over HTTP."""

from __future__ import annotations

import contextlib
import io
import re
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.errors import QueryRefused, QuerySyntaxError
from kg.models import Extraction
from kg.rdf.iris import Iris
from kg.rdf.mapping import article_graph
from kg.store.base import Store
from tests.support.localserver import ServerError, oxigraph_binary, oxigraph_serve

ROOT = Path(__file__).parents[2]
G1, G2, G3 = (f"https://w3id.org/digipol/id/article/contract{n}" for n in (1, 2, 3))
EX = "http://example.org/"


# -- a real oxigraph server on loopback -----------------------------------------------------

@contextlib.contextmanager
def running_oxigraph(folder: Path, port: int | None = None) -> Iterator[str]:
    """An ``oxigraph serve`` on 127.0.0.1 storing into ``folder``; yields its query endpoint."""
    if oxigraph_binary() is None:
        pytest.skip("the oxigraph server is not installed (pip install oxigraph)")
    try:
        with oxigraph_serve(folder, port) as endpoint:
            yield endpoint
    except ServerError as error:
        pytest.fail(str(error))


@pytest.fixture(scope="session")
def oxigraph_endpoint(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with running_oxigraph(tmp_path_factory.mktemp("oxigraph") / "store") as endpoint:
        yield endpoint


# -- the stores under contract --------------------------------------------------------------

@pytest.fixture(params=["memory", "disk", pytest.param("remote", marks=pytest.mark.server)])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    if request.param == "remote":
        from kg.store.remote import RemoteStore

        remote = RemoteStore(request.getfixturevalue("oxigraph_endpoint"))
        remote.update("DROP ALL")
        opened: Store = remote
    else:
        from kg.store.oxigraph import EmbeddedStore

        opened = EmbeddedStore(None if request.param == "memory" else tmp_path / "store")
    yield opened
    opened.close()


def quad(subject: str, obj: ox.NamedNode | ox.Literal | ox.BlankNode, graph: str,
         predicate: str = "p") -> ox.Quad:
    return ox.Quad(ox.NamedNode(EX + subject), ox.NamedNode(EX + predicate), obj, ox.NamedNode(graph))


def dumped(store: Store, rdf_format: ox.RdfFormat = ox.RdfFormat.N_QUADS) -> bytes:
    buffer = io.BytesIO()
    store.dump(buffer, rdf_format)
    return buffer.getvalue()


def quad_set(store: Store) -> set[str]:
    return {str(q) for q in ox.parse(dumped(store), format=ox.RdfFormat.N_QUADS)}


def rows(result: object) -> set[tuple[str, ...]]:
    assert isinstance(result, ox.QuerySolutions)
    names = [v.value for v in result.variables]
    return {tuple(str(solution[name]) for name in names) for solution in result}


# -- the contract ---------------------------------------------------------------------------

def test_store_contract_starts_empty(store: Store) -> None:
    assert store.count() == 0
    assert store.graph_names() == set()
    assert quad_set(store) == set()
    assert not store.query("ASK { ?s ?p ?o }")


def test_store_contract_replace_adds_new_graphs(store: Store) -> None:
    store.replace_graphs({G1: [quad("a", ox.Literal("one"), G1)],
                          G2: [quad("b", ox.Literal("two"), G2), quad("c", ox.Literal("three"), G2)]})
    assert store.graph_names() == {G1, G2}
    assert store.count() == 3


def test_store_contract_replace_touches_only_named_graphs(store: Store) -> None:
    store.replace_graphs({G1: [quad("a", ox.Literal("old"), G1)], G2: [quad("b", ox.Literal("kept"), G2)]})
    store.replace_graphs({G1: [quad("a", ox.Literal("new"), G1), quad("x", ox.Literal("more"), G1)]})
    assert quad_set(store) == {str(quad("a", ox.Literal("new"), G1)), str(quad("x", ox.Literal("more"), G1)),
                               str(quad("b", ox.Literal("kept"), G2))}


def test_store_contract_replace_is_idempotent(store: Store, sample: Extraction) -> None:
    graph = {Iris().article(sample.article.id).value: article_graph(sample)}
    store.replace_graphs(graph)
    first = quad_set(store)
    store.replace_graphs(graph)
    assert quad_set(store) == first
    assert len(first) == len(graph.popitem()[1])


def test_store_contract_replace_with_nothing_empties_graph(store: Store) -> None:
    store.replace_graphs({G1: [quad("a", ox.Literal("x"), G1)], G2: [quad("b", ox.Literal("y"), G2)]})
    store.replace_graphs({G1: []})
    assert store.graph_names() == {G2}
    store.replace_graphs({})
    assert store.count() == 1


def test_store_contract_shared_quads_and_cleanup_in_one_write(store: Store) -> None:
    store.replace_graphs({G3: [quad("kept", ox.Literal("fact"), G3), quad("stale", ox.Literal("fact"), G3)]})
    store.replace_graphs({G1: [quad("a", ox.Literal("one"), G1)]}, shared=[quad("new", ox.Literal("fact"), G3)],
                         cleanup=f"DELETE DATA {{ GRAPH <{G3}> {{ <{EX}stale> <{EX}p> 'fact' }} }}")
    assert {q.subject.value for q in ox.parse(dumped(store), format=ox.RdfFormat.N_QUADS)
            if q.graph_name == ox.NamedNode(G3)} == {EX + "kept", EX + "new"}
    assert store.graph_names() == {G1, G3}


def test_store_contract_quads_go_to_the_graph_they_name(store: Store) -> None:
    store.replace_graphs({G1: [quad("a", ox.Literal("own"), G1), quad("b", ox.Literal("elsewhere"), G2)]})
    assert rows(store.query("SELECT ?g ?o WHERE { GRAPH ?g { ?s ?p ?o } }")) == {
        (f"<{G1}>", '"own"'), (f"<{G2}>", '"elsewhere"')}


def test_store_contract_untrusted_text_stays_a_literal(store: Store) -> None:
    hostile = 'x" } } ; DROP ALL ; INSERT DATA { <a:b> <a:c> "\n\\u0022 \'\'\' """'
    for _ in range(2):  # the second write replaces an existing graph
        store.replace_graphs({G1: [quad("a", ox.Literal(hostile, language="fr"), G1)]})
    (solution,) = store.query("SELECT ?o WHERE { ?s ?p ?o }")
    assert solution["o"] == ox.Literal(hostile, language="fr")
    assert store.graph_names() == {G1}


def test_store_contract_terms_round_trip(store: Store) -> None:
    terms = [ox.Literal("0.85", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#decimal")),
             ox.Literal("2025-03", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#gYearMonth")),
             ox.Literal("Ministère de l'Économie — الرقمنة", language="fr"),
             ox.NamedNode(EX + "caf%C3%A9")]
    store.replace_graphs({G1: [quad(f"s{i}", term, G1) for i, term in enumerate(terms)]})
    assert quad_set(store) == {str(quad(f"s{i}", term, G1)) for i, term in enumerate(terms)}


def test_store_contract_blank_nodes_are_kept(store: Store) -> None:
    node = ox.BlankNode("b1")
    store.replace_graphs({G1: [quad("a", node, G1), ox.Quad(node, ox.NamedNode(EX + "q"), ox.Literal("v"),
                                                             ox.NamedNode(G1))]})
    assert store.count() == 2
    assert store.query("ASK { ?s ?p ?b . ?b ?q 'v' FILTER(isBlank(?b)) }")


def test_store_contract_remove_graphs(store: Store) -> None:
    store.replace_graphs({name: [quad("a", ox.Literal(name), name)] for name in (G1, G2, G3)})
    store.remove_graphs([G1, G3, "https://w3id.org/digipol/id/article/never-there"])
    assert store.graph_names() == {G2}
    store.remove_graphs([])
    assert store.count() == 1


def test_store_contract_queries_see_the_union(store: Store) -> None:
    store.replace_graphs({G1: [quad("a", ox.Literal("one"), G1)], G2: [quad("b", ox.Literal("two"), G2)]})
    union = rows(store.query("SELECT ?s ?o WHERE { ?s ?p ?o }"))
    assert union == {(f"<{EX}a>", '"one"'), (f"<{EX}b>", '"two"')}
    by_graph = rows(store.query("SELECT ?g ?o WHERE { GRAPH ?g { ?s ?p ?o } }"))
    assert by_graph == {(f"<{G1}>", '"one"'), (f"<{G2}>", '"two"')}


def test_store_contract_from_names_the_default_graph(store: Store) -> None:
    store.replace_graphs({G1: [quad("a", ox.Literal("one"), G1)], G2: [quad("b", ox.Literal("two"), G2)]})
    assert rows(store.query(f"SELECT ?o FROM <{G1}> WHERE {{ ?s ?p ?o }}")) == {('"one"',)}


def test_store_contract_query_forms(store: Store) -> None:
    store.replace_graphs({G1: [quad("a", ox.Literal("one"), G1)]})
    assert isinstance(store.query("ASK { ?s ?p 'one' }"), ox.QueryBoolean)
    assert not store.query("ASK { ?s ?p 'two' }")
    constructed = store.query(f"CONSTRUCT {{ ?s <{EX}q> ?o }} WHERE {{ ?s ?p ?o }}")
    assert list(constructed) == [ox.Triple(ox.NamedNode(EX + "a"), ox.NamedNode(EX + "q"), ox.Literal("one"))]
    short = store.query(f"CONSTRUCT WHERE {{ <{EX}a> ?p ?o }}")
    assert list(short) == [ox.Triple(ox.NamedNode(EX + "a"), ox.NamedNode(EX + "p"), ox.Literal("one"))]


def test_store_contract_known_prefixes_need_no_declaration(store: Store) -> None:
    store.replace_graphs({G1: [ox.Quad(ox.NamedNode(EX + "a"), ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"),
                                       ox.Literal("A", language="en"), ox.NamedNode(G1))]})
    assert rows(store.query("SELECT ?l WHERE { ?s rdfs:label ?l }")) == {('"A"@en',)}


@pytest.mark.parametrize("query", [
    "SELECT ?o ?subject WHERE { ?s ?p ?o FILTER(?s = ?subject) }",
    "SELECT ?o ?subject WHERE { OPTIONAL { ?s ?p ?o } FILTER(?s = ?subject) }",
    "ASK { ?subject ?p ?o }",
    "CONSTRUCT WHERE { ?subject ?p ?o }",
])
def test_store_contract_substitutions_bind_terms(store: Store, query: str) -> None:
    store.replace_graphs({G1: [quad("a", ox.Literal("one"), G1), quad("b", ox.Literal("two"), G1)]})
    result = store.query(query, substitutions={"subject": ox.NamedNode(EX + "b")})
    if isinstance(result, ox.QueryBoolean):
        assert result
    elif isinstance(result, ox.QuerySolutions):
        assert {str(s["o"]) for s in result} == {'"two"'}
    else:
        assert {str(t.object) for t in result} == {'"two"'}


def test_store_contract_substituted_literal_is_not_text(store: Store) -> None:
    store.replace_graphs({G1: [quad("a", ox.Literal("one"), G1)]})
    hostile = ox.Literal('one" } ; DROP ALL ; #')
    assert not store.query("ASK { ?s ?p ?value }", substitutions={"value": hostile})
    assert store.count() == 1


def test_store_contract_syntax_error(store: Store) -> None:
    with pytest.raises(QuerySyntaxError):
        store.query("SELECT * WHERE { ?s ?p }")


def test_store_contract_network_refused(store: Store) -> None:
    with pytest.raises(QueryRefused, match="SERVICE"):
        store.query("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")


@pytest.mark.parametrize("rdf_format", [ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG])
def test_store_contract_dump_quads_round_trip(store: Store, sample: Extraction, rdf_format: ox.RdfFormat) -> None:
    quads = article_graph(sample)
    store.replace_graphs({Iris().article(sample.article.id).value: quads, G2: [quad("b", ox.Literal("x"), G2)]})
    parsed = {str(q) for q in ox.parse(dumped(store, rdf_format), format=rdf_format)}
    assert parsed == {str(q) for q in [*quads, quad("b", ox.Literal("x"), G2)]}


@pytest.mark.parametrize("rdf_format", [ox.RdfFormat.N_TRIPLES, ox.RdfFormat.TURTLE])
def test_store_contract_dump_triples_is_the_union(store: Store, rdf_format: ox.RdfFormat) -> None:
    shared = ox.Literal("same")
    store.replace_graphs({G1: [quad("a", shared, G1)], G2: [quad("a", shared, G2), quad("b", shared, G2)]})
    parsed = {str(q.triple) for q in ox.parse(dumped(store, rdf_format), format=rdf_format)}
    assert parsed == {str(quad(s, shared, G1).triple) for s in ("a", "b")}


def test_store_contract_load_and_reference(store: Store) -> None:
    from kg.services.ingest import ensure_reference, load

    report = load([ROOT / "data" / "gold"], store)
    assert report.failed == 0 and report.loaded >= 2
    count = store.count()
    ensure_reference(store)
    assert store.count() == count
    assert Iris().reference_graph.value in store.graph_names()


def unordered(found: set[tuple[str, ...]]) -> set[tuple[str, ...]]:
    """Rows with GROUP_CONCAT lists sorted: engines may concatenate in any order."""
    def cell(text: str) -> str:
        literal = re.fullmatch(r'"(.*)"(.*)', text, re.DOTALL)
        return f'"{", ".join(sorted(literal.group(1).split(", ")))}"{literal.group(2)}' if literal else text

    return {tuple(map(cell, row)) for row in found}


@pytest.mark.server
def test_store_contract_named_queries_agree(oxigraph_endpoint: str) -> None:
    """Every shipped query gives the same rows on the embedded store and on the server."""
    from kg.queries.named import named_queries, parse_params, run_query
    from kg.services.ingest import load
    from kg.store.oxigraph import EmbeddedStore
    from kg.store.remote import RemoteStore

    embedded, remote = EmbeddedStore(None), RemoteStore(oxigraph_endpoint)
    remote.update("DROP ALL")
    params = {"entity-facts": ["entity=country/ma"],
              "partners-on-domain": ["country=country/ma", "domain=domain/cybersecurity"]}
    try:
        for store in (embedded, remote):
            load([Path(__file__).parents[1] / "data" / "sample_extraction.json"], store)
        for name, named in named_queries().items():
            wanted = parse_params(params.get(name, []))
            results = [unordered(rows(run_query(store, named.text, wanted))) for store in (embedded, remote)]
            assert results[0] == results[1], name
            assert results[0], f"{name} found nothing in the gold articles"
    finally:
        embedded.close()
        remote.close()
