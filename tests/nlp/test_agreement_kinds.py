"""Kinds of agreement named in the words a language borrows or uses less often, on sentences written for the
purpose: the English "Memorandum of Understanding" in French text, "memorandum" without its accent, "pact"."""

from __future__ import annotations

import pytest

from kg.nlp import Extractor
from tests.support.nlp_support import relations, run


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


@pytest.mark.parametrize(("language", "text", "agreement"), [
    ("fr", "Le Kenya et la France ont signé lundi à Nairobi un Memorandum of Understanding (MoU) sur la "
           "cybersécurité.", "agreement/france-kenya-memorandum-of-understanding-on-cybersecurity"),
    ("fr", "Le Ghana et le Portugal ont signé mardi un memorandum d'entente sur la cybersécurité.",
     "agreement/ghana-portugal-memorandum-of-understanding-on-cybersecurity"),
    ("fr", "Le Chili et l'Estonie ont conclu jeudi un pacte sur la cybersécurité.",
     "agreement/chile-estonia-agreement-on-cybersecurity"),
    ("en", "Chile and Estonia signed a pact on cybersecurity on Thursday.",
     "agreement/chile-estonia-agreement-on-cybersecurity"),
])
def test_nlp_a_kind_of_agreement_is_read_in_the_words_the_language_uses(extractor: Extractor, language: str,
                                                                        text: str, agreement: str) -> None:
    signed = {(s, o) for kind, s, o in relations(run(extractor, text, language)) if kind == "signs"}
    assert {o for _, o in signed} == {agreement}
    assert len({s for s, _ in signed if s.startswith("country/")}) == 2
