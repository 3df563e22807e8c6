"""Agreements an ordinal tells apart, on sentences written for the purpose: "the second memorandum, signed
by …" is another agreement than the first, signed by its own people, and its mention keeps the ordinal."""

from __future__ import annotations

import pytest

from kg.nlp import Extractor
from tests.support.nlp_support import run


@pytest.mark.parametrize(("language", "text", "first", "second"), [
    ("fr", "Le Kenya et le Ghana ont signé lundi à Nairobi un protocole d'accord sur la cybersécurité. Le premier "
           "mémorandum, signé par Peter Otieno et Kwame Mensah, vise à former des ingénieurs. Le second mémorandum, "
           "signé par Grace Wanjiru et Ama Owusu, vise à soutenir les startups.",
     ("person/peter-otieno", "person/kwame-mensah"), ("person/grace-wanjiru", "person/ama-owusu")),
    ("en", "Kenya and Ghana signed a memorandum of understanding on cybersecurity in Nairobi on Monday. The first "
           "memorandum was signed by minister John Smith and minister David Brown. The second memorandum was signed "
           "by minister Sarah Wilson and minister Mary Jones.",
     ("person/john-smith", "person/david-brown"), ("person/sarah-wilson", "person/mary-jones")),
])
def test_nlp_the_second_agreement_is_another_one_with_its_own_signatories(
        extractor: Extractor, language: str, text: str, first: tuple[str, str], second: tuple[str, str]) -> None:
    extraction = run(extractor, text, language)
    deals = [e for e in extraction.entities if e.type.value == "Agreement"]
    assert len(deals) == 2
    signed = {(r.subject, r.object) for r in extraction.relations if r.type.value == "signs"}
    by_person = {p: {o for s, o in signed if s == p} for p in (*first, *second)}
    assert len({frozenset(v) for v in by_person.values()}) == 2  # each pair signs one agreement, not both
    assert by_person[first[0]] == by_person[first[1]] and by_person[second[0]] == by_person[second[1]]
    assert all(len(v) == 1 for v in by_person.values())
    ordinal = next(d for d in deals if by_person[second[0]] == {d.id})
    assert any(m.text.lower().startswith("second") for m in ordinal.mentions)


def test_nlp_the_second_of_two_counted_agreements_is_the_second_of_the_group(extractor: Extractor) -> None:
    text = ("Le Kenya et le Ghana ont signé lundi deux accords de coopération. Le premier accord concerne la "
            "cybersécurité. Le second accord, signé par Grace Wanjiru, concerne l'intelligence artificielle.")
    extraction = run(extractor, text, "fr")
    assert {e.id for e in extraction.entities if e.type.value == "Agreement"} == {
        "agreement/ghana-kenya-cooperation-agreement-1-of-2", "agreement/ghana-kenya-cooperation-agreement-2-of-2"}
    assert {r.object for r in extraction.relations if r.type.value == "signs" and r.subject == "person/grace-wanjiru"} \
        == {"agreement/ghana-kenya-cooperation-agreement-2-of-2"}
