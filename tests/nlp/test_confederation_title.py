"""A title naming the Confederation ("le président de la Confédération …") is no part of the name that
follows it. Sentences written for the purpose."""

from __future__ import annotations

from kg.nlp import Extractor
from tests.support.nlp_support import run


def test_the_confederation_is_no_name_word() -> None:
    text = ("La ministre belge Claire Dumont a été reçue jeudi à Berne par le président de la Confédération "
            "Marc Dubois pour parler de cybersécurité.")
    people = {e.name for e in run(Extractor(), text, "fr").entities if e.type.value == "Person"}
    assert "Marc Dubois" in people
    assert not any("Confédération" in name for name in people)


def test_a_small_word_before_a_comma_ends_a_name() -> None:
    text = ("Le ministre vietnamien de l'Industrie, Lê Minh Son, a rencontré mardi à Paris la ministre "
            "française du Numérique.")
    people = {e.name for e in run(Extractor(), text, "fr").entities if e.type.value == "Person"}
    assert "Lê Minh Son" in people
