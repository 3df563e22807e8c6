"""Names given as examples of a group ("une association d'universités comme A et B", "such as A and B"): they
are neither parties to the group's agreement nor what it is named after. Sentences written for the purpose."""

from __future__ import annotations

import pytest

from kg.nlp import Extractor
from tests.support.nlp_support import relations, run

EXAMPLES = {"org/korea-advanced-institute-of-science-and-technology", "org/pohang-university-of-science-and-technology"}


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Zedtech, une association d'universités comme l'Institut des sciences et technologies avancées de Corée "
           "(KAIST) et l'université des sciences et des technologies de Pohang (POSTECH), a signé lundi un protocole "
           "d'entente avec le Ghana sur l'intelligence artificielle."),
    ("en", "Zedtech, an association of universities such as the Korea Advanced Institute of Science and Technology "
           "(KAIST) and the Pohang University of Science and Technology (POSTECH), signed a memorandum of "
           "understanding with Ghana on artificial intelligence."),
])
def test_nlp_names_listed_as_examples_sign_nothing(extractor: Extractor, language: str, text: str) -> None:
    found = relations(run(extractor, text, language))
    signs = [r for r in found if r[0] == "signs"]
    assert any(r[1] == "country/gh" for r in signs)
    assert not any(r[1] in EXAMPLES for r in signs)
    assert not any(e in r[2] for r in signs for e in ("korea-advanced", "pohang"))
