"""The coreference layer alone, after mentions and roles: pronouns and "the Kingdom" become mentions."""

from __future__ import annotations

from tests.support.layer_run import before, mentioned, upstream


def test_coref_needs_mentions_and_roles() -> None:
    assert [layer.name for layer in upstream("fr", "coreference")] == ["mentions", "roles"]


def test_coref_a_pronoun_opening_the_next_sentence_is_the_person_named_before() -> None:
    state, layer = before("Nadia Ben Salem est arrivée lundi à Rabat.\nElle a rencontré le ministre.", "fr",
                          "coreference")
    assert ("Elle", "person/nadia-ben-salem") not in mentioned(state)
    layer(state)
    assert ("Elle", "person/nadia-ben-salem") in mentioned(state)
    assert [f.text for f in state.sentences[1].found] == ["Elle"]


def test_coref_a_pronoun_with_nobody_before_it_stays_unlinked() -> None:
    state, layer = before("Elle a rencontré le ministre à Rabat.", "fr", "coreference")
    layer(state)
    assert mentioned(state) == {("Rabat", "place/rabat")}


def test_coref_the_kingdom_is_the_kingdom_the_article_named() -> None:
    state, layer = before("Morocco hosted the forum. The Kingdom signed a cybersecurity agreement with Senegal.", "en",
                          "coreference")
    layer(state)
    assert ("Kingdom", "country/ma") in mentioned(state)


def test_coref_a_pronoun_after_a_sentence_opened_by_the_same_pronoun_is_its_antecedent() -> None:
    text = ("Nadia Ben Salem arrived in Rabat on Monday. She held talks with Henrik Lindqvist on payments.\n"
            "She also met Omar Haddad.")
    state, layer = before(text, "en", "coreference")
    layer(state)
    pronouns = [(f.text, f.term.id) for f in state.found if f.source == "pronoun"]
    assert pronouns == [("She", "person/nadia-ben-salem"), ("She", "person/nadia-ben-salem")]
