"""A signing only spoken of as possible ("the possibility of signing a memorandum") has not happened: nobody
signs, on sentences written for the purpose."""

from __future__ import annotations

import pytest

from kg.nlp import Extractor
from tests.support.nlp_support import relations, run


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Minister Jane Wanjiru said the two ministries of Kenya and Ghana are weighing the possibility of "
           "signing a memorandum of understanding on open data."),
    ("fr", "La ministre Jane Wanjiru a évoqué avec le Ghana la possibilité de signer un protocole d'accord sur "
           "les données ouvertes entre le Kenya et le Ghana."),
])
def test_nlp_a_signing_spoken_of_as_possible_has_no_signer(language: str, text: str) -> None:
    assert not any(kind == "signs" for kind, _, _ in relations(run(Extractor(), text, language)))
