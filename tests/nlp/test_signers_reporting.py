"""Which people and bodies sign: not one who reports the signing; the one a subject pronoun of the signing verb
stands for. On sentences written for the purpose."""

from __future__ import annotations

import pytest

from kg.nlp import Extractor
from tests.support.nlp_support import signers


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The memorandum of understanding between Kenya and Ghana on cybersecurity was signed on Monday in "
           "Nairobi, said Peter Otieno, the Kenyan government spokesman."),
    ("en", "Kenya and Ghana signed a memorandum of understanding on cybersecurity on Monday, the Kenyan government "
           "spokesman Peter Otieno told reporters."),
    ("fr", "Le Kenya et le Ghana ont signé lundi un protocole d'accord sur la cybersécurité, a précisé le porte-parole "
           "du gouvernement kényan, Peter Otieno."),
])
def test_nlp_a_person_who_reports_the_signing_does_not_sign(extractor: Extractor, language: str, text: str) -> None:
    found = signers(extractor, text, language)
    assert {"country/ke", "country/gh"} <= found
    assert "person/peter-otieno" not in found


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Kenyan minister Peter Otieno and Ghanaian minister John Mensah signed a memorandum of understanding on "
           "cybersecurity on Monday in Nairobi."),
    ("fr", "Le ministre kényan Peter Otieno et le ministre ghanéen John Mensah ont signé lundi à Nairobi un protocole "
           "d'accord sur la cybersécurité."),
])
def test_nlp_the_people_who_sign_still_sign(extractor: Extractor, language: str, text: str) -> None:
    """The counterpart of the test above: the people the signing verb governs keep signing."""
    assert {"person/peter-otieno", "person/john-mensah"} <= signers(extractor, text, language)


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Le ministre kényan Peter Otieno est arrivé lundi à Accra. Lors de cette visite de deux jours, il a signé "
           "un protocole d'accord sur la cybersécurité avec le Ghana."),
    ("en", "Kenyan minister Peter Otieno arrived in Accra on Monday. During the two-day visit, he signed a memorandum "
           "of understanding on cybersecurity with Ghana."),
])
def test_nlp_a_pronoun_subject_of_the_signing_verb_signs_for_the_person_before(extractor: Extractor, language: str,
                                                                               text: str) -> None:
    assert "person/peter-otieno" in signers(extractor, text, language)


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Kenya and Ghana concluded the negotiations for a memorandum of understanding on cybersecurity on Monday."),
    ("fr", "Le Kenya et le Ghana ont conclu lundi les négociations d'un protocole d'accord sur la cybersécurité."),
])
def test_nlp_concluding_the_negotiations_is_not_signing(extractor: Extractor, language: str, text: str) -> None:
    assert not signers(extractor, text, language)


def test_nlp_a_body_that_reports_the_signing_does_not_sign(extractor: Extractor) -> None:
    text = ("The Ministry of Information and Communications Technology said in a statement that the signing of the "
            "memorandum of understanding between Kenya and Ghana on cybersecurity took place on Monday in Nairobi.")
    found = signers(extractor, text, "en")
    assert {"country/ke", "country/gh"} <= found
    assert not any(s.startswith("body/") for s in found)


def test_nlp_a_body_that_announces_it_has_signed_signs(extractor: Extractor) -> None:
    text = ("The Ministry of Information and Communications Technology and Microsoft announced on Monday that they "
            "have signed a memorandum of understanding on cybersecurity.")
    found = signers(extractor, text, "en")
    assert "org/microsoft" in found and any(s.startswith("body/") for s in found)
