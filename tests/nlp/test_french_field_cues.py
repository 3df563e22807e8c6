"""French sentences of fields: talks told by "ont discuté de" (a `discussed` cue of the fr pack) name the fields
of the sides that held them; "Plusieurs volets … sont concernés : …" (a `fields` cue) lists the fields of an
article of cooperation, which go to its partners. On sentences written for the purpose."""

from __future__ import annotations

import pytest

from kg.nlp import Extractor
from tests.support.nlp_support import relations, run


@pytest.mark.parametrize("verb", ["ont discuté de", "ont longuement débattu de"])
def test_talks_discussed_name_the_fields_of_the_sides(extractor: Extractor, verb: str) -> None:
    text = f"Le Ghana et le Togo {verb} la cybersécurité lors d'une réunion tenue lundi à Lomé."
    found = relations(run(extractor, text, "fr"))
    for country in ("country/gh", "country/tg"):
        assert ("cooperatesOn", country, "domain/cybersecurity") in found


def test_fields_concerned_go_to_the_partners(extractor: Extractor) -> None:
    text = ("Le Ghana et le Togo ont signé lundi un accord de coopération à Accra. "
            "Plusieurs volets du secteur sont concernés : la cybersécurité et l'e-gouvernement.")
    found = relations(run(extractor, text, "fr"))
    for country in ("country/gh", "country/tg"):
        assert ("cooperatesOn", country, "domain/e-government") in found
