"""One person's name written with and without a hyphen inside a word ("Park Min-jun", "Park Minjun"): one
person, under the name written first. Sentences written for the purpose."""

from __future__ import annotations

from kg.models import EntityType
from kg.nlp import Extractor
from kg.nlp.coref import _join_spellings
from kg.nlp.found import Found
from kg.nlp.lexicon import Term
from tests.support.nlp_support import run


def _person(start: int, name: str) -> Found:
    slug = name.lower().replace(" ", "-")
    return Found(start, start + len(name), name, Term(f"person/{slug}", EntityType.PERSON, name), "ner")


def test_nlp_hyphened_and_joined_spellings_are_one_person() -> None:
    people = [_person(0, "Park Min-jun"), _person(40, "Park Minjun"), _person(80, "Park Jun")]
    _join_spellings(people)
    assert [p.term.id for p in people] == ["person/park-min-jun", "person/park-min-jun", "person/park-jun"]


def test_nlp_one_word_names_are_not_joined() -> None:
    people = [_person(0, "Min-jun"), _person(20, "Minjun")]
    _join_spellings(people)
    assert people[0].term.id != people[1].term.id


def test_nlp_spelling_variant_signs_as_one_person(extractor: Extractor) -> None:
    text = ("Ghana's Digital Minister Kwame Ato-Mensah and Kenya's ICT Minister John Kamau signed an MoU on "
            "cybersecurity in Accra. Kwame Atomensah signed on behalf of the Ghanaian government.")
    extraction = run(extractor, text, "en")
    people = [e for e in extraction.entities if e.type is EntityType.PERSON]
    assert sum("Ato" in e.name for e in people) == 1
