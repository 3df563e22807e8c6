"""Funding between two parties ("Japan will give Kenya a grant for …", "un financement du Japon au Bénin
pour …") is help offered (`helps` cues, kg/nlp/cooperation.py helped_sides): their cooperation on the
fields the sentence names; on sentences written for the purpose."""

from __future__ import annotations

import pytest

from kg.nlp import Extractor
from tests.support.nlp_support import relations, run


@pytest.mark.parametrize(("language", "text", "pair"), [
    ("en", "Japan will give Kenya a grant for cybersecurity in its banks.", ("country/jp", "country/ke")),
    ("fr", "Le Japon a accordé une subvention au Bénin pour la cybersécurité de ses banques.",
     ("country/jp", "country/bj")),
])
def test_funding_help_funder_and_funded_cooperate_on_the_field(extractor: Extractor, language: str, text: str,
                                                               pair: tuple[str, str]) -> None:
    found = relations(run(extractor, text, language))
    for country in pair:
        assert ("cooperatesOn", country, "domain/cybersecurity") in found
