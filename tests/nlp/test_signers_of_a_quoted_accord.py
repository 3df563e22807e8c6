"""Who signs a deal told in passing: the people after "signed by" when the participle qualifies an agreement
named in quotes, not those of the sentence's own clause; nobody named after "in presence of" (sentences
written for the purpose)."""

from __future__ import annotations

from kg.nlp import Extractor
from tests.support.nlp_support import signers


def test_the_signers_of_a_quoted_accord_are_those_after_signed_by(extractor: Extractor) -> None:
    text = ('The meeting between Kenyan Minister Eliud Owalo and his Japanese counterpart Taro Kono is a follow-up '
            'to the "Nairobi Accord" signed by Kenyan President William Ruto and Japanese Prime Minister Fumio '
            'Kishida last year.')
    found = signers(extractor, text, "en")
    assert {"person/william-ruto", "person/fumio-kishida"} <= found
    assert not {"person/eliud-owalo", "person/taro-kono"} & found


def test_a_person_in_presence_of_whom_a_deal_is_signed_does_not_sign(extractor: Extractor) -> None:
    text = ("Kenyan Minister Eliud Owalo and Japanese Minister Taro Kono signed a memorandum of understanding on "
            "digital skills in presence of Kenyan President William Ruto.")
    found = signers(extractor, text, "en")
    assert {"person/eliud-owalo", "person/taro-kono"} <= found
    assert "person/william-ruto" not in found
