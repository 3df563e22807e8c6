"""An agreement word closing the plural of a longer agreement phrase, with no number before it ("Les Protocoles
d'accord signés entre …"), is of that phrase's kind, not a bare agreement (sentences written for the purpose)."""

from __future__ import annotations

from kg.nlp import Extractor
from tests.support.nlp_support import run


def test_an_uncounted_plural_phrase_names_its_kind(extractor: Extractor) -> None:
    text = ("Les Protocoles d'accord signés entre le Ghana et le Togo sur les données ouvertes ont été publiés "
            "mardi à Lomé.")
    names = {e.name for e in run(extractor, text, "fr").entities if e.type.value == "Agreement"}
    assert names and all("Memorandum of Understanding" in name for name in names)
