"""Several agreements listed in one signing sentence, each with a field of its own ("un accord … dans le domaine
de X, un accord … dans le domaine de Y et une convention relative à Z ont été signés"), are one agreement each,
named after its own field and signed by the parties of the sentence (sentences written for the purpose)."""

from __future__ import annotations

from kg.nlp import Extractor
from tests.support.nlp_support import relations, run

TEXT = ("Au terme de la visite, un accord de coopération dans le domaine de la cybersécurité, un accord de "
        "coopération en matière d'intelligence artificielle et une convention relative à la transformation "
        "numérique ont été signés jeudi à Accra entre le Ghana et le Bénin.")


def test_each_listed_agreement_is_its_own(extractor: Extractor) -> None:
    names = {e.name for e in run(extractor, TEXT, "fr").entities if e.type.value == "Agreement"}
    assert "Benin-Ghana Cooperation Agreement on Artificial Intelligence" in names
    assert "Benin-Ghana Convention on Digital Transformation" in names
    assert "Benin-Ghana Cooperation Agreement on Cybersecurity and Artificial Intelligence" not in names


def test_the_parties_sign_each_listed_agreement(extractor: Extractor) -> None:
    found = relations(run(extractor, TEXT, "fr"))
    for slug in ("benin-ghana-cooperation-agreement-on-cybersecurity",
                 "benin-ghana-convention-on-digital-transformation"):
        assert ("signs", "country/gh", f"agreement/{slug}") in found
        assert ("signs", "country/bj", f"agreement/{slug}") in found
    assert ("signs", "country/gh", "agreement/benin-ghana-cooperation-agreement") not in found
