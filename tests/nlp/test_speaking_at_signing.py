"""A signing named in an opening clause of speech ("Speaking during the signing ceremony, Minister X said …"):
where the people of the sentence spoke, not a signature of theirs. Sentences written for the purpose."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from kg.nlp import Extractor
from kg.nlp.lexicon import load_lexicon
from kg.nlp.signatures import SignatureRules
from tests.support.nlp_support import run


def _signers(extractor: Extractor, text: str, language: str) -> set[str]:
    extraction = run(extractor, text, language)
    names = {e.id: e.name for e in extraction.entities}
    return {names.get(r.subject, r.subject) for r in extraction.relations if r.type.value == "signs"}


@pytest.mark.parametrize(("language", "text", "speaker"), [
    ("en", "Ghana and Kenya signed a memorandum of understanding on cybersecurity on Monday. Speaking during the "
     "signing ceremony in Accra, Amara Boateng, the minister for digital affairs, said the memorandum was a "
     "milestone.", "Amara Boateng"),
    ("fr", "Le Ghana et le Kenya ont signé un protocole d'accord sur la cybersécurité lundi. S'exprimant lors de la "
     "cérémonie de signature à Accra, Amara Boateng, ministre du Numérique, a salué un accord historique.",
     "Amara Boateng"),
])
def test_nlp_speaker_at_a_signing_signs_nothing(extractor: Extractor, language: str, text: str, speaker: str) -> None:
    signers = _signers(extractor, text, language)
    assert "Ghana" in signers and "Kenya" in signers
    assert speaker not in signers


def test_nlp_signer_named_outside_a_speaking_clause_still_signs(extractor: Extractor) -> None:
    text = "Amara Boateng signed the memorandum of understanding with Kenya on behalf of Ghana on Monday."
    assert "Amara Boateng" in _signers(extractor, text, "en")


def _speaking(text: str, language: str, cue: str) -> bool:
    """The rule on its own: the opening of the sentence up to its signing word."""
    context = load_lexicon().context[language]
    reader: Any = SimpleNamespace(state=SimpleNamespace(text=text), context=context)
    sentence: Any = SimpleNamespace(start=0)
    return SignatureRules(reader).speaking(sentence, text.index(cue))


@pytest.mark.parametrize(("language", "text", "cue", "expected"), [
    ("en", "Speaking during the signing ceremony in Accra, Amara Boateng, the minister, said it was a milestone.",
     "signing", True),
    ("en", "Addressing guests at the signing, the minister praised the memorandum.", "signing", True),
    ("fr", "S'exprimant lors de la cérémonie de signature, la ministre a salué l'accord.", "signature", True),
    ("en", "Amara Boateng, speaking for Ghana, signed the memorandum with Kenya.", "signed", False),
    ("en", "After speaking to reporters, the minister signed the memorandum.", "signed", False),
])
def test_nlp_speaking_opening(language: str, text: str, cue: str, expected: bool) -> None:
    assert _speaking(text, language, cue) is expected
