"""An article state built by hand, for tests that feed one rule layer its inputs."""

from __future__ import annotations

from typing import Any

from kg.ids import entity_id
from kg.models import EntityType
from kg.nlp.article import assign
from kg.nlp.dates import parse_published
from kg.nlp.found import Found
from kg.nlp.lexicon import Term, load_lexicon
from kg.nlp.pipeline import load_pipeline
from kg.nlp.state import ArticleState, split_sentences
from kg.nlp.text import normalize
from kg.nlp.tokens import read_tokens


def state_for(text: str, language: str, published: str | None = "2025-06-12") -> ArticleState:
    """The state of an article after parsing and sentence splitting, before any rule layer."""
    doc = load_pipeline(language)(normalize(text))
    read_tokens(doc)
    state = ArticleState(doc.text, doc, language, load_lexicon(), parse_published(published), original=text,
                         published=published)
    state.sentences = split_sentences(doc)
    return state


def state_with_roles(layers: Any, text: str, language: str) -> ArticleState:
    """The state after one language's mention and people-role layers (``Extractor().layers(language)``)."""
    state = state_for(text, language)
    layers.mentions(state)
    layers.people_roles(state)
    return state


def term(kind: EntityType, name: str, country: str | None = None, demonym: bool = False) -> Term:
    """A lexicon term where the lexicon has one (countries by code), else a new one of that name."""
    lexicon = load_lexicon()
    if kind is EntityType.COUNTRY and country:
        known = lexicon.countries[country]
        return Term(known.id, known.type, known.name, known.wikidata, "demonym" if demonym else "name", country)
    found = lexicon.known(entity_id(kind, name))
    return found or Term(entity_id(kind, name), kind, name, country=country)


def mention(state: ArticleState, text: str, entity: Term, occurrence: int = 0, source: str = "gazetteer") -> Found:
    """A mention of an entity at the n-th place the text is written, added to the state."""
    start = -1
    for _ in range(occurrence + 1):
        start = state.text.index(text, start + 1)
    found = Found(start, start + len(text), text, entity, source)
    state.found = sorted([*state.found, found], key=lambda f: f.start)
    assign(state)
    return found


def drafts(state: ArticleState) -> set[tuple[str, str, str, str, float]]:
    """The relations the layers drafted: (rule, type, subject, object, confidence)."""
    return {(d.rule, d.type.value, d.subject, d.object, d.confidence) for d in state.drafts}


def mentioned_organisations(text: str, language: str, layers: Any) -> set[str]:
    """The names of the organisations the mentions layer finds in the text (`layers`: language -> Layers)."""
    state = state_for(text, language)
    layers[language].mentions(state)
    return {f.term.name for f in state.found if f.term.type.value == "Organization"}
