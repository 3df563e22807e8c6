"""A counterpart cue ends a chain of titles ("the Minister of Energy and his Italian counterpart, Minister of
Industry X": X holds one post, not the other minister's; kg/nlp/roles.py, through the whole extractor)."""

from __future__ import annotations

import pytest

from tests.support.nlp_support import headline_posts as posts


@pytest.mark.parametrize(("language", "title", "text", "name"), [
    ("en", "Algeria and Italy sign a deal", "ALGIERS - The Minister of Energy and his Italian counterpart, the "
     "Minister of Industry, Marco Rossi, signed a memorandum of understanding on Monday.", "Marco Rossi"),
    ("fr", "L'Algérie et l'Italie signent un accord", "Alger - Le ministre de l'Energie et son homologue italien, "
     "ministre de l'Industrie, Marco Rossi, ont signé lundi un protocole d'accord.", "Marco Rossi"),
])
def test_a_counterpart_ends_a_chain_of_titles(extractor, language: str, title: str, text: str, name: str) -> None:
    found = posts(extractor, title, text, language)
    mine = {o for t, s, o in found if t == "memberOf" and s == name}
    assert any("Industr" in b for b in mine)
    assert not any("Energ" in b for b in mine)

