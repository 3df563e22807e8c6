"""Namespaces and terms: the only place that spells IRIs (checked against ontology/*.ttl)."""

from __future__ import annotations

from functools import cache

import pyoxigraph as ox
from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef

DP_IRI = "https://w3id.org/digipol/ontology#"
DPR_IRI = "https://w3id.org/digipol/id/"
WIKIDATA_IRI = "http://www.wikidata.org/entity/"


class DP(DefinedNamespace):
    """The Digipol ontology (ontology/dp.ttl); a typo fails at once."""

    _NS = Namespace(DP_IRI)
    _fail = True

    # classes
    Person: URIRef
    Country: URIRef
    CountryRecord: URIRef
    GovernmentBody: URIRef
    Organization: URIRef
    Place: URIRef
    Policy: URIRef
    Agreement: URIRef
    PolicyDomain: URIRef
    Article: URIRef
    Event: URIRef
    Meeting: URIRef
    Visit: URIRef
    Signing: URIRef
    Cooperation: URIRef
    # relations
    meets: URIRef
    visits: URIRef
    memberOf: URIRef
    partOf: URIRef
    cooperatesWith: URIRef
    cooperatesOn: URIRef
    hasPolicy: URIRef
    signs: URIRef
    # events, provenance and attributes
    participant: URIRef
    party: URIRef
    domain: URIRef
    location: URIRef
    agreement: URIRef
    mentions: URIRef
    confidence: URIRef
    evidence: URIRef
    evidenceStart: URIRef
    evidenceEnd: URIRef
    date: URIRef
    role: URIRef
    isoCode: URIRef
    isoAlpha3: URIRef
    cameoCode: URIRef
    sourceName: URIRef
    contentHash: URIRef
    extractor: URIRef
    pipeline: URIRef
    mergedWith: URIRef
    mergeRule: URIRef
    # the summary graph: what each article reports, kept at ingest for the list queries
    # (terms of their own, so that no query over the union of all graphs meets a report)
    reportsMeeting: URIRef
    reportsSigning: URIRef
    reportsCooperation: URIRef
    reportsPolicy: URIRef
    reportsDomain: URIRef
    reportedBy: URIRef
    reportedTitle: URIRef
    reportedDate: URIRef
    reportedMonth: URIRef
    reportedPlace: URIRef
    reportedSentence: URIRef
    reportedParticipant: URIRef
    reportedParty: URIRef
    reportedPair: URIRef
    reportedDomain: URIRef
    reportedAgreement: URIRef
    countedDomain: URIRef
    countedPolicy: URIRef
    countedParty: URIRef
    articleCount: URIRef


class EXT:
    """Terms of other vocabularies we use, spelled once."""

    RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    RDFS = "http://www.w3.org/2000/01/rdf-schema#"
    XSD = "http://www.w3.org/2001/XMLSchema#"
    OWL = "http://www.w3.org/2002/07/owl#"
    SKOS = "http://www.w3.org/2004/02/skos/core#"
    PROV = "http://www.w3.org/ns/prov#"
    DCTERMS = "http://purl.org/dc/terms/"
    SCHEMA = "http://schema.org/"
    FOAF = "http://xmlns.com/foaf/0.1/"
    ORG = "http://www.w3.org/ns/org#"
    TIME = "http://www.w3.org/2006/time#"

    type = RDF + "type"
    Statement = RDF + "Statement"
    subject = RDF + "subject"
    predicate = RDF + "predicate"
    object = RDF + "object"
    langString = RDF + "langString"
    label = RDFS + "label"
    comment = RDFS + "comment"
    altLabel = SKOS + "altLabel"
    prefLabel = SKOS + "prefLabel"
    sameAs = OWL + "sameAs"
    wasDerivedFrom = PROV + "wasDerivedFrom"
    generatedAtTime = PROV + "generatedAtTime"
    atLocation = PROV + "atLocation"
    prov_Entity = PROV + "Entity"
    title = DCTERMS + "title"
    issued = DCTERMS + "issued"
    language = DCTERMS + "language"
    url = SCHEMA + "url"
    decimal = XSD + "decimal"
    integer = XSD + "integer"
    string = XSD + "string"
    xsd_date = XSD + "date"
    dateTime = XSD + "dateTime"
    gYearMonth = XSD + "gYearMonth"
    gYear = XSD + "gYear"


#: Prefixes offered to every query and used by the exports (a data table, as kglab does).
PREFIXES: dict[str, str] = {
    "dp": DP_IRI,
    "dpr": DPR_IRI,
    "rdf": EXT.RDF,
    "rdfs": EXT.RDFS,
    "xsd": EXT.XSD,
    "owl": EXT.OWL,
    "skos": EXT.SKOS,
    "prov": EXT.PROV,
    "dcterms": EXT.DCTERMS,
    "schema": EXT.SCHEMA,
    "foaf": EXT.FOAF,
    "org": EXT.ORG,
    "time": EXT.TIME,
    "wd": WIKIDATA_IRI,
}

#: One prefix per kind of resource, for queries only (``country:ma`` is ``<base>country/ma``);
#: ``org:`` names organisations there, so the W3C ORG ontology is ``w3org:`` in queries.
KIND_PREFIXES: dict[str, str] = {
    "country": "country/",
    "person": "person/",
    "body": "body/",
    "org": "org/",
    "place": "place/",
    "policy": "policy/",
    "agreement": "agreement/",
    "domain": "domain/",
    "event": "event/",
    "cooperation": "cooperation/",
    "article": "article/",
}


@cache
def node(iri: str) -> ox.NamedNode:
    """A pyoxigraph node for an IRI, cached since the same terms recur in every article."""
    return ox.NamedNode(str(iri))


@cache
def dp(term: str) -> ox.NamedNode:
    """The pyoxigraph node of a dp: term, checked against the closed namespace (once per term)."""
    return node(str(getattr(DP, term)))


@cache
def query_prefixes(base_iri: str = DPR_IRI) -> dict[str, str]:
    """The prefixes predefined in every query: the common ones and one per kind of resource."""
    kinds = {name: base_iri + path for name, path in KIND_PREFIXES.items()}
    # graph:facts and graph:reference name the shared graphs, for queries that read only them.
    graphs = {"graph": base_iri + "graph/"}
    return {**{name: iri for name, iri in PREFIXES.items() if name != "org"}, "w3org": EXT.ORG, **kinds, **graphs}


def sparql_prefixes(base_iri: str = DPR_IRI) -> str:
    """PREFIX lines for every predefined prefix, to prepend to queries and updates."""
    return "".join(f"PREFIX {name}: <{iri}>\n" for name, iri in query_prefixes(base_iri).items())
