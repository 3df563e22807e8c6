"""Map one Extraction to quads (pure, deterministic).

What the article says (its metadata, mentions, aliases, roles, one statement per relation
with its provenance, and which events it reports) goes into the article's named graph.
What those statements imply about the world (one direct triple per relation, each entity's
type and canonical label, each event's participants) goes into the shared facts graph, once,
however many articles say it; the store removes a fact when no article supports it any more.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Protocol

import pyoxigraph as ox

from kg.models import SYMMETRIC, EntityType, Extraction, RelationType
from kg.rdf import terms
from kg.rdf.cooperation import map_cooperation
from kg.rdf.events import map_events
from kg.rdf.iris import Iris, Triple
from kg.vocab import EXT, WIKIDATA_IRI, dp, node

#: Types whose canonical name is English (SPEC section 2).
ENGLISH_NAMED = frozenset({EntityType.COUNTRY, EntityType.GOVERNMENT_BODY, EntityType.POLICY_DOMAIN})
#: Types described once in the reference graph (country table, domain scheme).
REFERENCE_TYPES = frozenset({EntityType.COUNTRY, EntityType.POLICY_DOMAIN})


class MergeRecord(Protocol):
    """An id rewritten to a known one (kg.nlp.resolve.Merge has this shape)."""

    @property
    def from_id(self) -> str: ...
    @property
    def to_id(self) -> str: ...
    @property
    def rule(self) -> str: ...
    @property
    def evidence(self) -> str: ...


def article_graph(extraction: Extraction, iris: Iris | None = None, *,
                  extractor: str = "unknown", content_hash: str | None = None,
                  merges: Sequence[MergeRecord] = (), pipeline: str | None = None) -> list[ox.Quad]:
    """The quads of one article: its own graph, and the facts it supports in the facts graph.
    `pipeline` is the spaCy pipeline that read it ("fr_core_news_md 3.8.0"; None for a hand annotation)."""
    iris = iris or Iris()
    graph = iris.article(extraction.article.id)
    event_own, event_shared = map_events(extraction, graph, iris)
    cooperation_own, cooperation_shared = map_cooperation(extraction, graph, iris)
    own = [
        *_article_triples(extraction, graph, extractor, content_hash),
        *([(graph, dp("pipeline"), terms.string(pipeline))] if pipeline else []),
        *_entity_triples(extraction, graph, iris),
        *_relation_triples(extraction, graph, iris),
        *event_own,
        *cooperation_own,
        *_merge_triples(merges, iris),
    ]
    shared = [*_entity_descriptions(extraction, iris), *_direct_triples(extraction, iris), *event_shared,
              *cooperation_shared]
    facts = iris.facts_graph
    return [ox.Quad(s, p, o, graph) for s, p, o in dict.fromkeys(own)] + [
        ox.Quad(s, p, o, facts) for s, p, o in dict.fromkeys(shared)
    ]



def _article_triples(extraction: Extraction, graph: ox.NamedNode, extractor: str,
                     content_hash: str | None) -> Iterator[Triple]:
    article = extraction.article
    yield graph, node(EXT.type), dp("Article")
    yield graph, node(EXT.title), terms.text(article.title, article.language)
    yield graph, node(EXT.language), terms.string(article.language)
    yield graph, dp("extractor"), terms.string(extractor)
    if article.published:
        yield graph, node(EXT.issued), terms.date(article.published)
    if article.url:
        yield graph, node(EXT.url), _url(article.url)
    if article.source:
        yield graph, dp("sourceName"), terms.string(article.source)
    if content_hash:
        yield graph, dp("contentHash"), terms.string(content_hash)


def _url(url: str) -> ox.NamedNode | ox.Literal:
    """The article's URL as an IRI, or as an xsd:anyURI literal when it is not a valid IRI."""
    try:
        return ox.NamedNode(url)
    except ValueError:
        return ox.Literal(url, datatype=node(EXT.XSD + "anyURI"))


def _merge_triples(merges: Sequence[MergeRecord], iris: Iris) -> Iterator[Triple]:
    """Why this article's name for an entity was taken to be a known entity."""
    for merge in merges:
        source = iris.entity(merge.from_id)
        yield source, dp("mergedWith"), iris.entity(merge.to_id)
        yield source, dp("mergeRule"), terms.string(f"{merge.rule}: {merge.evidence}")


def _entity_triples(extraction: Extraction, graph: ox.NamedNode, iris: Iris) -> Iterator[Triple]:
    """What this article says of each entity: that it names it, how, and the post held."""
    language = extraction.article.language
    for entity in extraction.entities:
        subject = iris.entity(entity.id)
        yield graph, dp("mentions"), subject
        for alias in entity.aliases:
            if alias != entity.name:
                yield subject, node(EXT.altLabel), terms.text(alias, language)
        if entity.role:
            yield subject, dp("role"), terms.text(entity.role, language)


def _entity_descriptions(extraction: Extraction, iris: Iris) -> Iterator[Triple]:
    """Type, canonical label and Wikidata link; countries and domains have their labels in the
    reference graph, and a country is a dp:Country once an article names it."""
    for entity in extraction.entities:
        subject = iris.entity(entity.id)
        if entity.type is EntityType.COUNTRY:
            yield subject, node(EXT.type), dp("Country")
        if entity.type in REFERENCE_TYPES:
            continue
        yield subject, node(EXT.type), dp(entity.type.value)
        label_language = "en" if entity.type in ENGLISH_NAMED else None
        yield subject, node(EXT.label), terms.text(entity.name, label_language)
        if entity.wikidata:
            yield subject, node(EXT.sameAs), node(WIKIDATA_IRI + entity.wikidata)


def _direct_triples(extraction: Extraction, iris: Iris) -> Iterator[Triple]:
    """One triple per relation; symmetric ones both ways, so either direction is a plain pattern."""
    for relation in extraction.relations:
        subject, predicate, obj = iris.entity(relation.subject), dp(relation.type.value), iris.entity(relation.object)
        yield subject, predicate, obj
        if relation.type in SYMMETRIC:
            yield obj, predicate, subject


def _relation_triples(extraction: Extraction, graph: ox.NamedNode, iris: Iris) -> Iterator[Triple]:
    article = extraction.article
    for relation in extraction.relations:
        subject, obj = iris.entity(relation.subject), iris.entity(relation.object)
        predicate = dp(relation.type.value)
        statement = iris.statement(article.id, relation)
        yield statement, node(EXT.type), node(EXT.Statement)
        yield statement, node(EXT.subject), subject
        yield statement, node(EXT.predicate), predicate
        yield statement, node(EXT.object), obj
        yield statement, node(EXT.wasDerivedFrom), graph
        yield statement, dp("confidence"), terms.decimal(relation.confidence)
        if relation.date:
            yield statement, dp("date"), terms.date(relation.date)
        if relation.evidence:
            evidence = relation.evidence
            yield statement, dp("evidence"), terms.text(evidence.text, article.language)
            yield statement, dp("evidenceStart"), terms.integer(evidence.start)
            yield statement, dp("evidenceEnd"), terms.integer(evidence.end)
        if relation.type is RelationType.MEMBER_OF:
            role = extraction.entity(relation.subject).role
            if role:
                yield statement, dp("role"), terms.text(role, article.language)
