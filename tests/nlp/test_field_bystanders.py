"""An organisation or state body that partners no one in the article takes no field of a sentence that gives
the field to the partners: it hosts or stands by the cooperation (`CooperationRules.without_bystanders`); on
sentences written for the purpose."""

from __future__ import annotations

import pytest

from kg.nlp import Extractor
from tests.support.nlp_support import relations, run


@pytest.mark.parametrize(("language", "text", "bystander"), [
    ("en", "Ghana and Togo signed a memorandum on cybersecurity at the headquarters of the International "
     "Telecommunication Union on Monday.", "org/international-telecommunication-union"),
    ("en", "Ghana and Togo agreed on Monday to cooperate on cybersecurity, at a forum organised by the World Bank "
     "in Accra.", "org/world-bank"),
    ("fr", "Le Ghana et le Togo ont signé lundi un accord sur la cybersécurité au siège de l'Union internationale "
     "des télécommunications.", "org/international-telecommunication-union"),
])
def test_field_bystanders_an_unpartnered_organisation_takes_no_field(extractor: Extractor, language: str, text: str,
                                                                    bystander: str) -> None:
    found = relations(run(extractor, text, language))
    assert ("cooperatesOn", "country/gh", "domain/cybersecurity") in found
    assert ("cooperatesOn", bystander, "domain/cybersecurity") not in found


def test_field_bystanders_a_partnering_organisation_keeps_its_field(extractor: Extractor) -> None:
    found = relations(run(extractor, "Ghana signed an agreement with the World Bank on cybersecurity on Monday.", "en"))
    assert ("cooperatesOn", "org/world-bank", "domain/cybersecurity") in found


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Ghana discussed cybersecurity and digital skills at the meeting on Monday."),
    ("en", "Officials of Ghana held talks on Monday and discussed cybersecurity."),
    ("fr", "Le Ghana a évoqué la cybersécurité lors de la réunion de lundi."),
])
def test_field_bystanders_talks_of_one_party_alone_give_no_field(extractor: Extractor, language: str,
                                                                 text: str) -> None:
    found = relations(run(extractor, text, language))
    assert ("cooperatesOn", "country/gh", "domain/cybersecurity") not in found


def test_field_bystanders_talks_of_two_parties_give_the_field(extractor: Extractor) -> None:
    found = relations(run(extractor, "Ghana and Togo discussed cybersecurity at the meeting on Monday.", "en"))
    assert ("cooperatesOn", "country/gh", "domain/cybersecurity") in found
