"""The RDF model as queries see it: countries the articles name, and cooperation as a node."""

from __future__ import annotations

import pyoxigraph as ox

from kg.ingest import ensure_reference, write_articles
from kg.models import Extraction
from kg.query import run_query
from kg.rdf.mapping import Iris, article_graph
from kg.rdf.shacl import validate_store

BASE = "https://w3id.org/digipol/id/"


def _count(store, sparql: str) -> int:
    (row,) = run_query(store, sparql)  # type: ignore[misc]
    return int(row["n"].value)


def test_rdf_model_counts_only_mentioned_countries(sample_store) -> None:
    assert _count(sample_store, "SELECT (COUNT(?c) AS ?n) { ?c a dp:Country }") == 2
    assert _count(sample_store, "SELECT (COUNT(?c) AS ?n) { ?c a dp:CountryRecord }") == 249
    rows = run_query(sample_store, 'SELECT ?code { ?c a dp:Country ; dp:isoCode ?code ; rdfs:label "Morocco"@en }')
    assert [row["code"].value for row in rows] == ["MA"]  # type: ignore[union-attr]
    assert validate_store(sample_store).conforms


def test_rdf_model_country_type_leaves_with_its_last_article(sample_store, sample: Extraction) -> None:
    iris = Iris()
    graph = iris.article(sample.article.id).value
    emptied = sample.model_copy(update={"entities": [e for e in sample.entities if e.type.value != "Country"],
                                        "relations": [r for r in sample.relations
                                                      if "country/" not in r.subject + r.object]})
    write_articles(sample_store, {graph: article_graph(emptied, iris)}, iris)
    assert _count(sample_store, "SELECT (COUNT(?c) AS ?n) { ?c a dp:Country }") == 0
    assert _count(sample_store, "SELECT (COUNT(?c) AS ?n) { ?c a dp:CountryRecord }") == 249


def test_rdf_model_reference_alone_has_no_country(memory_store) -> None:
    ensure_reference(memory_store)
    assert _count(memory_store, "SELECT (COUNT(?c) AS ?n) { ?c a dp:Country }") == 0
    assert ox.NamedNode(BASE + "country/ma") in {row["c"] for row in run_query(  # type: ignore[union-attr]
        memory_store, "SELECT ?c { ?c a dp:CountryRecord ; dp:isoCode 'MA' }")}
