"""Every rule layer reads only what it declares: run right after the layers it requires (and only
those), then the rest, it leaves the same state as the pipeline's own order (tests/support/layer_run.py)."""

from __future__ import annotations

from typing import Any

import pytest

from kg.nlp.layers import GIVEN
from kg.nlp.state import ArticleState
from tests.support.article_state import state_for
from tests.support.layer_run import before, layers_of, upstream

ARTICLES = {
    "en": ("Nigeria's Minister of Communications, Tunde Adeyemi, paid an official visit to Rabat on Monday.\n"
           "He and Morocco's Minister of Digital Transition signed a memorandum of understanding on cybersecurity.\n"
           "The two countries agreed to cooperate on artificial intelligence."),
    "fr": ("Le ministre sénégalais du Numérique, Moussa Diop, s'est rendu à Rabat le 10 juin.\n"
           "Le Maroc et le Sénégal ont signé un mémorandum d'entente sur la cybersécurité.\n"
           "Les deux pays vont coopérer dans le domaine de l'intelligence artificielle."),
}
NAMES = [layer.name for layer in layers_of("en").steps]


def summary(state: ArticleState) -> dict[str, Any]:
    """What the layers leave for the extraction: mentions, drafts, dates, roles and countries."""
    return {
        "found": sorted((f.start, f.end, f.term.id, f.source) for f in state.found),
        "drafts": sorted((d.rule, d.type.value, d.subject, d.object, d.confidence, d.sentence.index, d.dated)
                         for d in state.drafts),
        "dates": [s.date for s in state.sentences],
        "roles": sorted(state.roles),
        "person_country": state.person_country,
        "body_country": {body: country for body, (country, _) in state.body_country.items()},
    }


@pytest.fixture(scope="module", params=sorted(ARTICLES))
def pipeline_state(request: pytest.FixtureRequest) -> tuple[str, dict[str, Any]]:
    """The state the pipeline leaves, its layers run in their own order."""
    language = request.param
    state = state_for(ARTICLES[language], language)
    for layer in layers_of(language).steps:
        layer(state)
    return language, summary(state)


def test_layers_the_test_articles_reach_every_kind_of_output(pipeline_state: tuple[str, dict[str, Any]]) -> None:
    _, expected = pipeline_state
    kinds = {kind for _, kind, *_ in expected["drafts"]}
    assert {"visits", "memberOf", "signs", "cooperatesWith", "cooperatesOn", "partOf"} <= kinds
    assert expected["roles"] and expected["body_country"] and all(expected["dates"])


@pytest.mark.parametrize("name", NAMES)
def test_layers_each_reads_only_what_it_requires(pipeline_state: tuple[str, dict[str, Any]], name: str) -> None:
    language, expected = pipeline_state
    state, layer = before(ARTICLES[language], language, name)
    ran = [earlier.name for earlier in upstream(language, name)]
    provided = {made for earlier in upstream(language, name) for made in earlier.provides}
    assert set(layer.requires) - set(GIVEN) <= provided
    layer(state)
    for rest in layers_of(language).steps:
        if rest.name not in ran and rest.name != name:
            rest(state)
    assert summary(state) == expected
