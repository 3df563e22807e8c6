"""Countries named only as the sides of ties ("relations between X and Y") in a signing sentence are no
parties to the agreement, on sentences written for the purpose."""

from __future__ import annotations

import pytest

from kg.nlp import Extractor
from tests.support.nlp_support import relations, run


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The memorandum of understanding on artificial intelligence was signed to build on the warm relations "
           "between Kenya and Ghana, the ministry said."),
    ("fr", "Le protocole d'accord sur l'intelligence artificielle a été signé pour renforcer les bonnes relations "
           "entre le Kenya et le Ghana, selon le ministère."),
])
def test_nlp_the_countries_of_ties_named_with_a_signing_do_not_sign(language: str, text: str) -> None:
    signers = {s for kind, s, _ in relations(run(Extractor(), text, language)) if kind == "signs"}
    assert not {"country/ke", "country/gh"} & signers
