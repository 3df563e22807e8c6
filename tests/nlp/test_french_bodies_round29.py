"""French bodies and the posts in them: "l'honorable" before a name, a body's name going on through
"pour le …", a region inside a body's name, and a second post giving the country of the first."""

from __future__ import annotations

from kg.nlp import Extractor
from tests.support.nlp_support import run


def facts(extractor: Extractor, text: str) -> set[tuple[str, str, str]]:
    extraction = run(extractor, text, "fr")
    names = {e.id: e.name for e in extraction.entities}
    return {(r.type.value, names[r.subject], names[r.object]) for r in extraction.relations}


def bodies(extractor: Extractor, text: str) -> set[str]:
    return {e.name for e in run(extractor, text, "fr").entities if e.type.value == "GovernmentBody"}


def test_an_honorific_between_a_title_and_the_name(extractor: Extractor) -> None:
    text = ("La ministre canadienne de l'Énergie et de l'Innovation, l'honorable Claire Dubois, a reçu mardi "
            "une délégation du Ghana.")
    found = facts(extractor, text)
    assert ("memberOf", "Claire Dubois", "Ministry of Energy and Innovation of Canada") in found
    assert not any("honorable" in subject for _, subject, _ in found)


def test_a_body_name_goes_on_after_pour_le(extractor: Extractor) -> None:
    text = "L'Agence nationale pour le développement des compétences a signé mardi un accord avec le Ghana."
    found = bodies(extractor, text)
    assert "Agence nationale pour le développement des compétences" in found
    assert "Agence nationale" not in found


def test_a_region_in_the_name_and_a_fellow_post_give_the_country(extractor: Extractor) -> None:
    text = ("Le ministre des Transports et ministre responsable de l'Agence de développement économique pour le "
            "Nord du Manitoba, l'honorable Marc Roy, a conclu lundi une visite au Japon et au Kenya.")
    found = facts(extractor, text)
    assert ("partOf", "Agence de développement économique pour le Nord du Manitoba", "Canada") in found
    assert ("memberOf", "Marc Roy", "Ministry of Transport of Canada") in found
    assert ("memberOf", "Marc Roy", "Ministry of Transport of Kenya") not in found


def test_a_known_ministry_from_a_title_of_its_own_words(extractor: Extractor) -> None:
    text = ("Le ministre allemand de la Transformation numérique et de la Modernisation du gouvernement, Hans "
            "Keller, a rencontré jeudi son homologue ghanéen.")
    found = facts(extractor, text)
    assert ("memberOf", "Hans Keller", "Federal Ministry for Digital Transformation and Government Modernisation") \
        in found
    assert ("memberOf", "Hans Keller", "Ministry of Digital Transformation of Germany") not in found


def test_the_palace_is_a_place_not_a_body(extractor: Extractor) -> None:
    text = "La présidente ghanéenne Ama Mensah a été reçue mardi au palais de l'Élysée pour un dîner de travail."
    extraction = run(extractor, text, "fr")
    kinds = {(e.type.value, e.name) for e in extraction.entities}
    assert ("Place", "Élysée Palace") in kinds
    assert ("GovernmentBody", "Elysee Palace") not in kinds
