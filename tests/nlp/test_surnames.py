"""A person named in full and later by surname alone: the surname joins the person, even where a city's bare
alias or a particle joined by a hyphen would make it another entity. Sentences written for the purpose."""

from __future__ import annotations

import pytest

from kg.nlp import Extractor
from kg.nlp.coref import _fits
from tests.support.nlp_support import ids, run


def _people(extractor: Extractor, text: str, language: str) -> dict[str, list[str]]:
    return {e.id: [m.text for m in e.mentions] for e in run(extractor, text, language).entities
            if e.type.value == "Person"}


def test_nlp_city_alias_ending_a_name_stays_the_persons(extractor: Extractor) -> None:
    text = ("Le ministre du Numérique, M. Éric Caire, est arrivé lundi. Le ministre Caire a ensuite rencontré "
            "les élus de la région.")
    extraction = run(extractor, text, "fr")
    assert "person/eric-caire" in ids(extraction)
    assert "place/cairo" not in ids(extraction)


def test_nlp_surname_with_its_particle_joined_by_a_hyphen(extractor: Extractor) -> None:
    text = ("The accord was signed by Rashid bin Saif Al Kaabi, Minister of State for Energy, on Monday. "
            "Al-Kaabi said the accord would last.")
    people = _people(extractor, text, "en")
    assert list(people) == ["person/rashid-bin-saif-al-kaabi"]
    assert "Al-Kaabi" in people["person/rashid-bin-saif-al-kaabi"]


def test_nlp_honorific_and_middle_name_is_the_person(extractor: Extractor) -> None:
    text = ("The letter was signed by Mr. Rodrigo Almeida Filho, Director of the Bureau, on Friday. "
            "Mr. Almeida said the work would start soon.")
    assert list(_people(extractor, text, "en")) == ["person/rodrigo-almeida-filho"]


@pytest.mark.parametrize(("name", "longer", "fits"), [
    ("Almeida", "Rodrigo Almeida Filho", True),
    ("Zayed", "Hamdan bin Zayed Al Nahyan", False),
])
def test_nlp_single_word_fits_a_middle_name_not_a_fathers_name(name: str, longer: str, fits: bool) -> None:
    assert _fits([name], longer.split()) is fits
