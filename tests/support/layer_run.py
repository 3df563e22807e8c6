"""Run one rule layer of the pipeline on the state its declared requirements leave.

`before(text, language, "dates")` parses the text, then runs only the layers that provide, directly
or through others, what the named layer `requires` (kg/nlp/layers.py), in the pipeline's order, and
returns that state with the layer itself, still to be run. A test then calls the layer once and
reads what it `provides`: a layer that reads more than it declares shows up here, not only end to end.
"""

from __future__ import annotations

from functools import lru_cache

from kg.models import RelationType
from kg.nlp.article import Layers
from kg.nlp.extractor import Extractor
from kg.nlp.layers import GIVEN, Layer
from kg.nlp.state import ArticleState
from tests.support.article_state import state_for


@lru_cache(maxsize=4)
def layers_of(language: str) -> Layers:
    """The compiled rule layers of a language (the shipped data, the pipeline the pack chooses)."""
    layers: Layers = Extractor().layers(language)
    return layers


def step(language: str, name: str) -> Layer:
    """The layer of that name in the language's pipeline."""
    by_name = {layer.name: layer for layer in layers_of(language).steps}
    return by_name[name]


def upstream(language: str, name: str) -> list[Layer]:
    """The layers the named one needs, directly or not, in the order the pipeline runs them."""
    steps = layers_of(language).steps
    provider = {provided: layer for layer in steps for provided in layer.provides}
    needed: set[str] = set()
    wanted = [need for need in step(language, name).requires if need not in GIVEN]
    while wanted:
        layer = provider[wanted.pop()]
        if layer.name not in needed:
            needed.add(layer.name)
            wanted += [need for need in layer.requires if need not in GIVEN]
    return [layer for layer in steps if layer.name in needed]


def before(text: str, language: str, name: str, published: str | None = "2025-06-12") -> tuple[ArticleState, Layer]:
    """The state once the layers the named one requires have run (and only those), and that layer."""
    state = state_for(text, language, published)
    for layer in upstream(language, name):
        layer(state)
    return state, step(language, name)


def relations(state: ArticleState, kind: RelationType | None = None) -> set[tuple[str, str, str]]:
    """The drafted relations (type, subject, object), of one type when given."""
    return {(d.type.value, d.subject, d.object) for d in state.drafts if kind is None or d.type is kind}


def mentioned(state: ArticleState) -> set[tuple[str, str]]:
    """The mentions found so far: (written text, entity id)."""
    return {(f.text, f.term.id) for f in state.found}
