"""Co-chairing a session is a meeting of its two chairs; "le coprésident de …" as a title is not."""

from __future__ import annotations

import pytest

from kg.models import EntityType
from kg.nlp.relations import SentenceRules
from tests.support.article_state import drafts, mention, state_for, term

E = EntityType
NAMES = ("Nadia Ben Salem", "Henrik Lindqvist")


def meetings(language: str, text: str) -> set[frozenset[str]]:
    """The pairs the meeting rules find, each person written by the last word of their name."""
    state = state_for(text, language)
    for name in NAMES:
        if name in text:
            mention(state, name, term(E.PERSON, name))
    SentenceRules(state).relate_all()
    return {frozenset((d[2].rsplit("-", 1)[-1], d[3].rsplit("-", 1)[-1])) for d in drafts(state) if d[1] == "meets"}


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Nadia Ben Salem et Henrik Lindqvist coprésident lundi la troisième session du comité mixte."),
    ("fr", "La session du comité mixte a été coprésidée par Nadia Ben Salem et Henrik Lindqvist."),
    ("en", "Nadia Ben Salem and Henrik Lindqvist co-chaired the third session of the joint committee."),
])
def test_cochairs_of_a_session_meet(language: str, text: str) -> None:
    assert meetings(language, text) == {frozenset(("salem", "lindqvist"))}


def test_a_cochair_title_is_no_meeting() -> None:
    text = "Nadia Ben Salem, le coprésident du conseil d'affaires, a félicité Henrik Lindqvist pour son élection."
    assert meetings("fr", text) == set()
