"""A country the signing bodies are of ("the regulators of Chad and Gabon signed …") does not sign: the bodies
do; one a body acts for ("on behalf of the Government of Chad") still does. On sentences written for the
purpose."""

from __future__ import annotations

import pytest

from kg.nlp import Extractor
from tests.support.nlp_support import relations, run


def signers(text: str, language: str) -> set[str]:
    """The subjects of the signs relations the extractor finds in the text."""
    return {subject for kind, subject, _ in relations(run(Extractor(), text, language)) if kind == "signs"}


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "À Libreville, les autorités de régulation des télécommunications du Tchad et du Gabon ont signé "
           "mardi un protocole d'accord sur l'itinérance."),
    ("en", "In Libreville, the telecommunications regulatory authorities of Chad and Gabon signed a memorandum "
           "of understanding on roaming on Tuesday."),
])
def test_signers_countries_whose_bodies_sign_do_not_sign(language: str, text: str) -> None:
    assert not {"country/td", "country/ga"} & signers(text, language)


def test_signers_a_country_a_body_signs_for_still_signs() -> None:
    text = ("The memorandum of understanding was signed in Suva between the Korea Internet Agency on behalf of "
            "the Government of Korea and the Ministry of Communications on behalf of the Government of Tonga.")
    assert "country/to" in signers(text, "en")


def test_signers_a_signing_only_envisaged_has_no_signer() -> None:
    text = ("Le ministère du Numérique du Tchad et l'agence de l'économie numérique du Gabon envisagent la "
            "signature d'un accord de partenariat entre les deux États.")
    assert not signers(text, "fr")
