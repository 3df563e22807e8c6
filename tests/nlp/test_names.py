"""The names layer (kg/nlp/names.py): named policies read from their policy words."""

from __future__ import annotations

import pytest

from kg.nlp.names import PolicyWords, policies
from tests.support.article_state import state_for


@pytest.mark.parametrize(("text", "policy"), [
    ("Le président a inscrit dans son projet de Société, le Plan Stratégique Gabon Émergent, les TIC.", None),
    ("Le pays mise sur le New Deal technologique, la stratégie présentée en février.", "New Deal technologique"),
])
def test_names_one_capitalised_word_before_an_apposed_strategy_names_no_policy(text: str,
                                                                                  policy: str | None) -> None:
    state = state_for(text, "fr")
    lexicon = state.lexicon
    found = policies(state.doc, lexicon.cues["fr"]["policy"], PolicyWords.of(lexicon.words("fr")))
    apposed = {f.text for f in found if f.source == "apposition"}
    assert apposed == ({policy} if policy else set())


@pytest.mark.parametrize(("language", "text", "policy"), [
    ("en", "The bank approved funds for the Malawi Digital Access Project on Monday.", "Malawi Digital Access Project"),
])
def test_names_a_named_project_is_a_policy(language: str, text: str, policy: str) -> None:
    state = state_for(text, language)
    lexicon = state.lexicon
    found = policies(state.doc, lexicon.cues[language]["policy"], PolicyWords.of(lexicon.words(language)))
    assert policy in {f.text for f in found}
