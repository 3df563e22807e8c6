"""Offices of heads of government (offices.head_offices): named with the country written next to them,
else with the article's own. Sentences written for the purpose."""

from __future__ import annotations

import pytest

from kg.nlp import Extractor
from tests.support.nlp_support import run


def _facts(extractor: Extractor, text: str, language: str) -> tuple[set[str], set[tuple[str, str, str]]]:
    extraction = run(extractor, text, language)
    names = {e.id: e.name for e in extraction.entities}
    bodies = {e.name for e in extraction.entities if e.type.value == "GovernmentBody"}
    return bodies, {(names[r.subject], r.type.value, names[r.object]) for r in extraction.relations}


def test_an_office_of_the_government_takes_the_country_written_after_it(extractor) -> None:
    text = ("Le bureau du gouvernement du Laos et le cabinet du gouvernement japonais ont signé jeudi un "
            "protocole sur l'administration électronique.")
    bodies, facts = _facts(extractor, text, "fr")
    assert {"Office of the Government of Laos", "Office of the Government of Japan"} <= bodies
    assert ("Office of the Government of Laos", "partOf", "Laos") in facts


def test_a_member_of_an_office_of_the_government(extractor) -> None:
    text = "Le chef du bureau du gouvernement du Laos, Paul Martin, a reçu la délégation japonaise."
    _, facts = _facts(extractor, text, "fr")
    assert ("Paul Martin", "memberOf", "Office of the Government of Laos") in facts


@pytest.mark.parametrize(("text", "body"), [
    ("The Japanese Government Office will host the forum on digital identity next month.",
     "Office of the Government of Japan"),
    ("VALLETTA - The Office of the Prime Minister signed the agreement on digital skills with two universities.",
     "Office of the Prime Minister of Malta"),
])
def test_an_english_office_takes_its_country(extractor, text, body) -> None:
    bodies, _ = _facts(extractor, text, "en")
    assert body in bodies


def test_a_presidency_named_with_its_country(extractor) -> None:
    text = "Le secrétaire général de la Présidence de la Gambie, Paul Martin, a conduit la délégation à Dakar."
    bodies, facts = _facts(extractor, text, "fr")
    assert "Presidency of the Republic of the Gambia" in bodies
    assert ("Paul Martin", "memberOf", "Presidency of the Republic of the Gambia") in facts


@pytest.mark.parametrize("text", [
    "La réunion s'est tenue sous la présidence du ministre Paul Martin à Dakar.",
    "Le Sénégal a transmis la présidence de l'organisation au Mali.",
    "Le sommet marquera la transition de présidence entre le Sénégal et le Mali.",
])
def test_a_chairmanship_is_no_presidency(extractor, text) -> None:
    bodies, _ = _facts(extractor, text, "fr")
    assert not any(name.startswith("Presidency") for name in bodies)


def test_the_cabinet_is_the_article_country_s_and_the_one_the_reference_data_knows(extractor) -> None:
    text = ("NEW DELHI: The Cabinet on Wednesday approved a memorandum between India and Peru on "
            "cooperation in digital payments.")
    bodies, facts = _facts(extractor, text, "en")
    assert ("Union Cabinet", "partOf", "India") in facts
    assert not any(name.startswith("Cabinet of") for name in bodies)


def test_the_cabinet_office_is_no_cabinet(extractor) -> None:
    text = "Officials of the Cabinet Office of Peru met the delegation in Lima on Monday."
    bodies, _ = _facts(extractor, text, "en")
    assert not {"Cabinet of Peru", "Union Cabinet"} & bodies
