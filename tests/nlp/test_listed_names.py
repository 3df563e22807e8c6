"""Organisations named only in a list (kg/nlp/listed_names.py through the mentions layer), on sentences written
for the purpose."""

from __future__ import annotations

import pytest

from kg.nlp.extractor import Extractor
from tests.support.article_state import mentioned_organisations as organisations


@pytest.fixture(scope="module")
def layers():
    extractor = Extractor()
    return {language: extractor.layers(language) for language in ("en", "fr")}


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Several regional software companies, including Datavex Systems, Quillmark, BrightHUB and Netrion, "
           "joined the programme."),
    ("en", "The complete list of partners is: Datavex Systems, Quillmark, BrightHUB and Netrion."),
    ("en", "The participants of the pact are Datavex Systems (Ghana), Quillmark (Togo), BrightHUB (Benin), and "
           "Netrion (Senegal)."),
    ("fr", "Des entreprises européennes présentes au Sénégal, à l'instar de Datavex Systems, de Quillmark, "
           "d’Netrion et de BrightHUB, ont participé."),
])
def test_listed_names_after_a_word_for_companies_are_organisations(layers, language: str, text: str) -> None:
    assert {"Datavex Systems", "Quillmark", "BrightHUB", "Netrion"} <= organisations(text, language, layers)


def test_listed_names_beside_known_organisations_are_organisations(layers) -> None:
    text = "Training will be given by Microsoft, Quillmark, IBM and Datavex Systems over three years."
    assert {"Quillmark", "Datavex Systems", "Microsoft", "IBM"} <= organisations(text, "en", layers)


@pytest.mark.parametrize("text", [
    "Delegates from Ghana, Quillmark, Togo and Benin met in Accra.",  # beside countries: no organisations
    "Microsoft, Quillmark and Datavex Systems were mentioned.",  # beside one known organisation only
    "On March 6, 2024, Microsoft and IBM signed an agreement.",  # a date is no name
    "The Response Team for the Member Institutions, Bodies and Agencies (CERT-EU) and Microsoft met.",
])
def test_listed_names_need_a_list_of_organisations(layers, text: str) -> None:
    assert organisations(text, "en", layers) <= {"Microsoft", "IBM", "CERT-EU"}


def test_listed_names_a_name_and_an_acronym_listed_after_it_are_two(layers) -> None:
    text = "Earlier today the University of Vellora, QTEC, the Institute of Civic Studies and Microsoft signed a pact."
    assert {"University of Vellora", "QTEC", "Institute of Civic Studies"} <= organisations(text, "en", layers)


def test_listed_names_a_country_inside_a_listed_name_stays_inside(layers) -> None:
    text = "The participants of the pact are Quillmark (Ghana), BrightHUB (Benin), and Tech Park Senegal (Senegal)."
    assert {"Quillmark", "BrightHUB", "Tech Park Senegal"} <= organisations(text, "en", layers)
