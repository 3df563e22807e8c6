"""The reference graph: ontology, policy-domain scheme and the country table."""

from __future__ import annotations

from collections.abc import Iterator

import pyoxigraph as ox

from kg import resources
from kg.ids import short_hash
from kg.rdf import terms
from kg.rdf.iris import Iris
from kg.vocab import DPR_IRI, EXT, WIKIDATA_IRI, dp, node

ONTOLOGY_FILES = ("dp.ttl", "domains.ttl")


def reference_graph(iris: Iris | None = None) -> list[ox.Quad]:
    """Quads of the reference graph, under the configured base IRI."""
    iris = iris or Iris()
    graph = iris.reference_graph
    triples = [*_ontology_triples(), *_country_triples(iris)]
    return [ox.Quad(_rebase(s, iris), p, _rebase(o, iris), graph) for s, p, o in triples]


def reference_digest(iris: Iris) -> str:
    """A hash of the shipped files the reference graph is made from (blank nodes differ per parse)."""
    files = [resources.ontology_file(name) for name in ONTOLOGY_FILES]
    files.append(resources.data_file("reference", "countries.tsv"))
    return short_hash(iris.base, *(path.read_text(encoding="utf-8") for path in files))


def _ontology_triples() -> Iterator[tuple]:
    for name in ONTOLOGY_FILES:
        path = resources.ontology_file(name)
        for triple in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE):
            yield triple.subject, triple.predicate, triple.object


def _country_triples(iris: Iris) -> Iterator[tuple]:
    for row in resources.countries():
        country = iris.entity(f"country/{row.alpha2.lower()}")
        # Not dp:Country: only the countries that articles name are typed so (in the facts graph).
        yield country, node(EXT.type), dp("CountryRecord")
        yield country, node(EXT.label), terms.text(row.name_en, "en")
        yield country, node(EXT.label), terms.text(row.name_fr, "fr")
        if row.name_ar:  # an alternative label: pages that pick one rdfs:label keep the English or French one
            yield country, node(EXT.altLabel), terms.text(row.name_ar, "ar")
        yield country, dp("isoCode"), terms.string(row.alpha2)
        yield country, dp("isoAlpha3"), terms.string(row.alpha3)
        if row.wikidata:
            yield country, node(EXT.sameAs), node(WIKIDATA_IRI + row.wikidata)
        for alias in row.aliases_en:
            yield country, node(EXT.altLabel), terms.text(alias, "en")
        for alias in row.aliases_fr:
            yield country, node(EXT.altLabel), terms.text(alias, "fr")
        for alias in row.aliases_ar:
            yield country, node(EXT.altLabel), terms.text(alias, "ar")


def _rebase(term, iris: Iris):
    """Move shipped resource IRIs under a custom base IRI."""
    if isinstance(term, ox.NamedNode) and iris.base != DPR_IRI and term.value.startswith(DPR_IRI):
        return ox.NamedNode(iris.base + term.value[len(DPR_IRI):])
    return term
