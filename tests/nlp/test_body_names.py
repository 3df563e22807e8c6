"""Bodies named from a title or a mention: every portfolio word kept, the country of a demonym inside the
name, and a ministry's name ending with its country or its line. Sentences written for the purpose."""

from __future__ import annotations

import pytest

from kg.nlp import Extractor
from tests.support.nlp_support import named_facts, run


def _bodies(extractor: Extractor, text: str, language: str) -> set[str]:
    return {e.name for e in run(extractor, text, language).entities if e.type.value == "GovernmentBody"}


@pytest.mark.parametrize(("language", "text", "words"), [
    ("fr", "Le ministre des Postes et des Communications électroniques du Gabon, Paul Nzé, a inauguré le centre.",
     "Posts and Electronic Communications"),
    ("fr", "La ministre de l'Industrie et de l'Economie verte et numérique du Gabon, Salma Idrissi, a visité l'usine.",
     "Industry and Green and Digital Economy"),
    ("fr", "Le ministre du Commerce, de l'Artisanat et de la Consommation locale du Togo, Kodjo Amah, est arrivé.",
     "Trade, Crafts and Local Consumption"),
    ("fr", "La ministre de la Poste et des Technologies de l'information et de la communication, Nadia Benali, "
     "a reçu la délégation.", "Post and Information and Communication Technologies"),
    ("fr", "Le ministère de la Réforme administrative et bureaucratique prépare une nouvelle loi.",
     "Administrative and Bureaucratic Reform"),
])
def test_a_derived_ministry_keeps_every_portfolio_word(extractor: Extractor, language: str, text: str,
                                                       words: str) -> None:
    assert any(words in name for name in _bodies(extractor, text, language))


@pytest.mark.parametrize(("text", "own", "other"), [
    ("Les experts envoyés par le Japon rejoindront le ministère cambodgien de la Poste et de la Communication.",
     "country/kh", "country/jp"),
    ("Le directeur de l’Agence sud-coréenne de coopération internationale, Kim Minho, séjourne au Sénégal.",
     "country/kr", "country/sn"),
])
def test_a_demonym_inside_a_body_s_name_gives_its_country(extractor: Extractor, text: str, own: str,
                                                         other: str) -> None:
    extraction = run(extractor, text, "fr")
    homes = {r.object for r in extraction.relations if r.type.value == "partOf"}
    assert own in homes
    assert other not in homes


@pytest.mark.parametrize("text", [
    "Officials met the Ministry of Health of Ghana on cooperation in telemedicine last week.",
    "A statement came from the Ministry of Health of Ghana\n\nThe Minister for Innovation said more.",
])
def test_a_ministry_s_name_ends_with_its_country_or_its_line(extractor: Extractor, text: str) -> None:
    names = _bodies(extractor, text, "en")
    assert any("Health" in name for name in names)
    assert not [name for name in names if "Health" in name and ("Cooperation" in name or "Innovation" in name)]
    assert ("partOf", "Ministry of Health of Ghana", "Ghana") in named_facts(extractor, text, "en", "partOf")


def test_a_serial_comma_does_not_end_a_ministry_s_portfolios(extractor: Extractor) -> None:
    text = "Officials of the Ministry of Trade, Industry, and the Digital Economy of Chad spoke."
    names = _bodies(extractor, text, "en")
    assert any("Industry and Digital Economy" in name for name in names)


def test_a_leading_demonym_is_the_body_s_country_not_its_name(extractor: Extractor) -> None:
    text = "A new agreement links the Chilean Secretariat of Digital Government with partners in Uruguay."
    facts = named_facts(extractor, text, "en", "partOf")
    assert ("partOf", "Secretariat of Digital Government", "Chile") in facts


@pytest.mark.parametrize(("text", "body", "glued"), [
    ("The envoy also met the speaker of the Parliament of Peru Rosa Quispe Mamani on Monday.",
     "Parliament of Peru", "Rosa"),
    ("The accord was signed by Peru's Ministry of Energy and Mines Carlos Huaman Torres in Lima.",
     "Ministry of Energy and Mines", "Carlos"),
    ("The Ministry of Economic Growth and Job Creation will host the forum in Lima.",
     "Ministry of Economic Growth and Job Creation", "\0"),
])
def test_a_person_written_right_after_a_body_is_no_part_of_its_name(extractor: Extractor, text: str, body: str,
                                                                   glued: str) -> None:
    names = _bodies(extractor, text, "en")
    assert any(name.startswith(body) for name in names), names
    assert not any(glued in name for name in names), names
