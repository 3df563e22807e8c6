"""Extraction that no single article can stop: long texts read in pieces, any failure its own.

spaCy refuses texts over 1,000,000 characters and its parser needs memory in proportion to
the text, so a long article is cut at paragraph boundaries into pieces of at most
``PIECE_CHARS``, each piece is extracted on its own, offsets are shifted back to the whole
text, and the entities of later pieces are resolved against those of earlier ones, as the
store resolves a new article against the articles it holds. Any exception raised while one
article is extracted becomes that article's error; the other articles go on.
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Iterable, Iterator
from typing import Any

from kg.errors import KgError, summary
from kg.models import SYMMETRIC, Entity, Extraction, Relation
from kg.nlp.parallel import chunked, extract_parallel
from kg.nlp.resolve import KnownIndex, resolve_against

#: Longest text given to spaCy at once, in characters (well under its 1,000,000 limit, and
#: small enough that the parser's memory stays modest).
PIECE_CHARS = 100_000

#: Where a piece may end, best first: a paragraph, a line, a sentence, a word.
BREAKS = ("\n\n", "\n", ". ", " ")

RelationKey = tuple[str, str, str]


def piece_bounds(text: str, limit: int = PIECE_CHARS) -> list[tuple[int, int]]:
    """Start and end offsets of consecutive pieces of at most ``limit`` characters covering the text.

    Each piece ends after the last paragraph break that fits, else the last line break,
    sentence end or space, and only when there is none of these, at the limit itself.
    """
    bounds: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > limit:
        end = _cut(text, start, start + limit)
        bounds.append((start, end))
        start = end
    bounds.append((start, len(text)))
    return bounds


def _cut(text: str, start: int, stop: int) -> int:
    for mark in BREAKS:
        at = text.rfind(mark, start + 1, stop)
        if at > start:
            return at + len(mark)
    return stop


def extract_documents(extractor: Any, documents: Iterable[Any], workers: int = 1,
                      batch_size: int = 16) -> Iterator[tuple[Any, Any]]:
    """Each document with its extraction or its error, in input order, whatever it holds."""
    if workers > 1:  # each worker extracts its chunks with extract_chunk
        yield from extract_parallel(extractor, documents, workers, batch_size, extract_chunk)
        return
    for chunk in chunked(documents, batch_size * 4):
        yield from zip(chunk, extract_chunk(extractor, chunk, batch_size), strict=True)


def extract_chunk(extractor: Any, documents: list[Any], batch_size: int = 16) -> list[Any]:
    """The result of each document: short ones in one spaCy batch, long ones in pieces.

    When the batch raises, the documents it had not finished are extracted one at a time,
    so that only the document at fault fails.
    """
    results: dict[int, Any] = {}
    short = [index for index, document in enumerate(documents) if len(document.text) <= PIECE_CHARS]
    with contextlib.suppress(Exception):  # the one-at-a-time pass below names the document at fault
        batch = extractor.extract_many([documents[i] for i in short], workers=1, batch_size=batch_size)
        for index, (_, result) in zip(short, batch, strict=True):
            results[index] = result
    for index, document in enumerate(documents):
        if index not in results:
            results[index] = extract_one(extractor, document)
    return [results[index] for index in range(len(documents))]


def extract_one(extractor: Any, document: Any) -> Any:
    """The extraction of one document, or the error that stopped it (never raised)."""
    try:
        if len(document.text) > PIECE_CHARS:
            return extract_in_pieces(extractor, document)
        return extractor.extract(document)
    except KgError as error:
        return error
    except Exception as error:
        return KgError(f"extraction failed ({summary(error)})")


def extract_in_pieces(extractor: Any, document: Any, limit: int = PIECE_CHARS) -> Extraction:
    """One extraction of a long document, read piece by piece with offsets into the whole text."""
    known = KnownIndex()
    entities: dict[str, Entity] = {}
    relations: dict[RelationKey, Relation] = {}
    for start, end in piece_bounds(document.text, limit):
        piece = dataclasses.replace(document, text=document.text[start:end])
        part, _ = resolve_against(shifted(extractor.extract(piece), start), known)
        known.add_extraction(part)
        for entity in part.entities:
            entities[entity.id] = joined(entities[entity.id], entity) if entity.id in entities else entity
        for relation in part.relations:
            key = relation_key(relation)
            if key not in relations or relations[key].confidence < relation.confidence:
                relations[key] = relation
    return Extraction(article=document.article, entities=list(entities.values()),
                      relations=list(relations.values()))


def shifted(extraction: Extraction, offset: int) -> Extraction:
    """The extraction with every mention and evidence offset moved ``offset`` characters on."""
    if not offset:
        return extraction
    entities = [entity.model_copy(update={"mentions": [
        mention.model_copy(update={"start": mention.start + offset, "end": mention.end + offset})
        for mention in entity.mentions]}) for entity in extraction.entities]
    relations = [relation if relation.evidence is None else relation.model_copy(update={
        "evidence": relation.evidence.model_copy(update={
            "start": relation.evidence.start + offset, "end": relation.evidence.end + offset})})
        for relation in extraction.relations]
    return extraction.model_copy(update={"entities": entities, "relations": relations})


def joined(first: Entity, second: Entity) -> Entity:
    """One entity from two readings of it: every alias and mention, the first role found."""
    aliases = sorted({*first.aliases, *second.aliases, second.name} - {first.name})
    mentions = sorted({*first.mentions, *second.mentions}, key=lambda mention: mention.start)
    return first.model_copy(update={"aliases": aliases, "mentions": mentions,
                                    "role": first.role or second.role,
                                    "wikidata": first.wikidata or second.wikidata})


def relation_key(relation: Relation) -> RelationKey:
    """What makes two relations the same fact: type and ends (in either order when symmetric)."""
    ends = [relation.subject, relation.object]
    if relation.type in SYMMETRIC:
        ends.sort()
    return (relation.type.value, ends[0], ends[1])
