"""Venues named by a head word ("… Convention Centre", "… Hotel"): places where a meeting is held,
not organisations. Sentences written for the purpose."""

from __future__ import annotations

import pytest

from tests.support.nlp_support import run


@pytest.mark.parametrize(("text", "name"), [
    ("The two ministers opened the summit at the Marlowe Convention Centre on Tuesday.", "Marlowe Convention Centre"),
    ("Delegates gathered at the Riverside Grand Hotel to sign the accord.", "Riverside Grand Hotel"),
])
def test_a_venue_named_by_its_head_is_a_place(extractor, text, name) -> None:
    typed = {(e.type.value, e.name) for e in run(extractor, text, "en").entities}
    assert ("Place", name) in typed
    assert ("Organization", name) not in typed
