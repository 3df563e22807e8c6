"""Companies introduced by a company noun (kg/nlp/introduced_names.py through the mentions layer), on
sentences written for the purpose."""

from __future__ import annotations

import pytest

from kg.nlp.extractor import Extractor
from tests.support.article_state import mentioned_organisations as organisations
from tests.support.article_state import state_for


@pytest.fixture(scope="module")
def layers():
    extractor = Extractor()
    return {language: extractor.layers(language) for language in ("en", "fr")}


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "The delegation later toured the plant of the car maker Zentrovo near the port.", {"Zentrovo"}),
    ("en", "Regional telecom companies Brightwave Networks and Kalomo signed a deal on fibre sharing.",
     {"Brightwave Networks", "Kalomo"}),
    ("fr", "Le ministre a reçu les dirigeants de l'opérateur télécom Zomitel à Lomé.", {"Zomitel"}),
    ("fr", "L'entreprise sud-coréenne Parkwon Industries emploie mille personnes.", {"Parkwon Industries"}),
])
def test_a_name_after_a_company_noun_is_an_organisation(layers, language: str, text: str, expected: set[str]) -> None:
    assert expected <= organisations(text, language, layers)


def test_a_country_after_a_company_noun_is_no_organisation(layers) -> None:
    text = "Les entreprises et le Gouvernement ont signé la charte ; la société Bénin reste un projet."
    assert not {"Gouvernement", "Bénin"} & organisations(text, "fr", layers)


def test_a_field_inside_an_introduced_name_stays_inside_it(layers) -> None:
    text = "Island telecom companies Wavecrest ICT Services and Palmline signed a deal on fibre sharing."
    assert {"Wavecrest ICT Services", "Palmline"} <= organisations(text, "en", layers)


def test_a_legal_form_word_opening_a_name_makes_no_other_organisation(layers) -> None:
    text = ("Le ministre a reçu le directeur du Groupe Zomitel Africa. Il a salué le choix du groupe Zomitel Africa "
            "par les autorités.")
    state = state_for(text, "fr")
    layers["fr"].mentions(state)
    ids = {f.term.id for f in state.found if f.term.type.value == "Organization"}
    assert len(ids) == 1
