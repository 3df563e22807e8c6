"""The SPARQL service description served at the endpoint when no query is given."""

from __future__ import annotations

import io

import pyoxigraph as ox

from kg.server.negotiation import Format

SD = "http://www.w3.org/ns/sparql-service-description#"
FORMATS = "http://www.w3.org/ns/formats/"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
TITLE = ox.NamedNode("http://purl.org/dc/terms/title")
#: The W3C names of the formats we write.
FORMAT_IRIS = ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
               "Turtle", "N-Triples", "JSON-LD", "RDF_XML")


def sd(term: str) -> ox.NamedNode:
    return ox.NamedNode(SD + term)


def description_triples(endpoint: str, *, update: bool, service: bool) -> list[ox.Triple]:
    """What the endpoint offers: languages, features, result formats, its dataset."""
    service_node, dataset, graph = ox.BlankNode("service"), ox.BlankNode("dataset"), ox.BlankNode("default")
    languages = ["SPARQL11Query", *(["SPARQL11Update"] if update else [])]
    features = ["UnionDefaultGraph", *(["BasicFederatedQuery"] if service else [])]
    triples = [
        ox.Triple(service_node, RDF_TYPE, sd("Service")),
        ox.Triple(service_node, sd("endpoint"), ox.NamedNode(endpoint)),
        ox.Triple(service_node, TITLE, ox.Literal("Digipol KG: digital-policy cooperation", language="en")),
        *(ox.Triple(service_node, sd("supportedLanguage"), sd(name)) for name in languages),
        *(ox.Triple(service_node, sd("feature"), sd(name)) for name in features),
        *(ox.Triple(service_node, sd("resultFormat"), ox.NamedNode(FORMATS + name)) for name in FORMAT_IRIS),
        ox.Triple(service_node, sd("defaultDataset"), dataset),
        ox.Triple(dataset, RDF_TYPE, sd("Dataset")),
        ox.Triple(dataset, sd("defaultGraph"), graph),
        ox.Triple(graph, RDF_TYPE, sd("Graph")),
    ]
    return triples


def describe(endpoint: str, fmt: Format, *, update: bool, service: bool) -> bytes:
    buffer = io.BytesIO()
    triples = description_triples(endpoint, update=update, service=service)
    ox.serialize(triples, buffer, fmt.rdf_format, prefixes={"sd": SD, "formats": FORMATS})
    return buffer.getvalue()
