"""A parent company named with its subsidiary is no party of the subsidiary's cooperation (`parent_before`,
kg/nlp/relations.py), on sentences written for the purpose."""

from __future__ import annotations

import pytest

from kg.nlp.extractor import Extractor
from tests.support.nlp_support import named_facts


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Le Sénégal a signé un mémorandum d'entente avec la société Zomitel, filiale du groupe Orange, "
           "pour coopérer dans l'intelligence artificielle."),
    ("en", "Senegal signed a memorandum of understanding with the company Zomitel, a subsidiary of Orange, to "
           "cooperate on artificial intelligence."),
])
def test_the_parent_company_is_no_party(extractor: Extractor, language: str, text: str) -> None:
    facts = named_facts(extractor, text, language, "cooperatesWith", "cooperatesOn")
    assert not any("Orange" in (subject, obj) for _, subject, obj in facts)
    assert any("Zomitel" in (subject, obj) for _, subject, obj in facts)
