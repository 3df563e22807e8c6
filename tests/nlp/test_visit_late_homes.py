"""Meetings abroad read again once the ministries tell each minister's country (the late-visits layer)."""

from __future__ import annotations

from kg.models import RelationType
from tests.support.layer_run import before, relations

TEXT = ("Le gouvernement sénégalais veut accélérer sa transformation numérique. "
        "Des discussions à Genève entre la ministre de l'Économie numérique, Awa Ndiaye, et Jane Doe, "
        "secrétaire générale de l'UIT, ont porté sur la connectivité.")


def test_late_visits_a_minister_whose_country_only_the_ministry_tells_visits_the_city_of_the_talks() -> None:
    state, layer = before(TEXT, "fr", "late-visits")
    assert state.person_country.get("person/awa-ndiaye") == "sn"
    assert "person/awa-ndiaye" not in {d.subject for d in state.drafts if d.type is RelationType.VISITS}
    layer(state)
    assert {("visits", "person/awa-ndiaye", "place/geneva"), ("visits", "person/awa-ndiaye", "country/ch")} \
        <= relations(state, RelationType.VISITS)


def test_late_visits_no_one_is_sent_abroad_by_talks_at_home() -> None:
    state, layer = before(TEXT.replace("Genève", "Dakar"), "fr", "late-visits")
    layer(state)
    assert not {d for d in state.drafts if d.type is RelationType.VISITS and d.subject == "person/awa-ndiaye"}


def test_late_visits_a_signing_told_at_a_venue_with_no_one_named_sends_its_signer_there() -> None:
    text = ("Le gouvernement sénégalais veut accélérer sa transformation numérique. "
            "Le protocole a été signé lors d'un salon organisé à Genève. "
            "La ministre de l'Économie numérique, Awa Ndiaye, a signé le protocole avec Jane Doe, "
            "secrétaire générale de l'UIT.")
    state, layer = before(text, "fr", "late-visits")
    assert state.person_country.get("person/awa-ndiaye") == "sn"
    assert "person/awa-ndiaye" not in {d.subject for d in state.drafts if d.type is RelationType.VISITS}
    layer(state)
    assert ("visits", "person/awa-ndiaye", "place/geneva") in relations(state, RelationType.VISITS)
