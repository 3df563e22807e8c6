"""French press wordings of a field ("cyberexercices", "formation des
compétences", "puces de pointe", "formation universitaire", "sécurisation des données"): the fr pack's
`variants`; on sentences written for the purpose."""

from __future__ import annotations

import pytest

from kg.nlp import Extractor
from tests.support.nlp_support import relations, run


@pytest.mark.parametrize(("text", "domain"), [
    ("Le Ghana et le Togo ont convenu lundi de coopérer dans les cyberexercices.", "domain/cybersecurity"),
    ("Le Ghana et le Togo ont convenu lundi de coopérer dans la formation des compétences.",
     "domain/digital-skills"),
    ("Le Ghana et le Togo ont convenu lundi de coopérer sur les puces de pointe.", "domain/semiconductors"),
    ("Le Ghana et le Togo ont convenu lundi de coopérer dans la formation universitaire.", "domain/education"),
    ("Le Ghana et le Togo ont convenu lundi de coopérer sur la sécurisation des données.",
     "domain/data-protection-and-privacy"),
])
def test_press_field_wordings_fr_name_their_field(extractor: Extractor, text: str, domain: str) -> None:
    found = relations(run(extractor, text, "fr"))
    for country in ("country/gh", "country/tg"):
        assert ("cooperatesOn", country, domain) in found
