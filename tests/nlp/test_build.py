"""Building an extraction from the rule layers' state (kg/nlp/build.py): evidence of relations."""

from __future__ import annotations

import pytest

from kg.nlp import Extractor
from tests.support.nlp_support import run


@pytest.mark.parametrize(("language", "text", "intro", "item"), [
    ("fr", "Le Sénégal et la France ont convenu de coopérer dans plusieurs domaines :\n\n"
           "- la cybersécurité des réseaux publics ;\n- l'inclusion numérique dans les régions rurales.",
     "Le Sénégal et la France ont convenu", "- l'inclusion numérique dans les régions rurales."),
    ("en", "Senegal and France agreed to cooperate in several areas:\n\n"
           "- cybersecurity for public networks;\n- digital inclusion in rural regions.",
     "Senegal and France agreed", "- digital inclusion in rural regions."),
])
def test_build_list_item_evidence_keeps_the_sentence_introducing_the_list(
        extractor: Extractor, language: str, text: str, intro: str, item: str) -> None:
    extraction = run(extractor, text, language)
    found = [r for r in extraction.relations
             if r.type.value == "cooperatesOn" and r.object == "domain/digital-inclusion"]
    assert {r.subject for r in found} == {"country/sn", "country/fr"}
    for relation in found:
        evidence = relation.evidence
        assert evidence is not None
        assert evidence.text.startswith(intro) and evidence.text.rstrip().endswith(item.rstrip())
        assert text[evidence.start : evidence.end] == evidence.text


def test_build_evidence_of_a_plain_sentence_is_that_sentence(extractor: Extractor) -> None:
    text = "Kenya hosts a forum. Kenya and India agreed to deepen their partnership on cybersecurity."
    extraction = run(extractor, text, "en")
    relation = next(r for r in extraction.relations if r.type.value == "cooperatesWith")
    assert relation.evidence is not None
    assert relation.evidence.text == text[text.index("Kenya and India") :]
