"""Press wordings of fields in the domain packs (data/lang/*/domains.yaml): "la cyberadministration",
"l'e-paiement", "electronic payments", "internet security", "artificial satellites" name their fields in a
sentence of cooperation. On sentences written for the purpose."""

from __future__ import annotations

import pytest

from kg.nlp import Extractor
from tests.support.nlp_support import relations, run


@pytest.mark.parametrize(("text", "language", "domain"), [
    ("Le Ghana et le Togo ont signé lundi un accord de coopération dans le domaine de la cyberadministration.",
     "fr", "domain/e-government"),
    ("Le Ghana et le Togo ont signé lundi un accord de coopération sur l'e-paiement.",
     "fr", "domain/fintech-and-digital-payments"),
    ("Le Ghana et le Togo vont coopérer pour la modernisation des administrations publiques.",
     "fr", "domain/e-government"),
    ("Ghana and Togo signed a cooperation agreement on electronic payments on Monday.",
     "en", "domain/fintech-and-digital-payments"),
    ("Ghana and Togo signed a cooperation agreement on internet security on Monday.",
     "en", "domain/cybersecurity"),
    ("Ghana and Togo will cooperate on high-speed internet for rural schools.",
     "en", "domain/telecommunications-and-connectivity"),
    ("Ghana and Togo plan a joint launch of artificial satellites to watch their coasts.",
     "en", "domain/space-technology"),
])
def test_press_wordings_name_the_fields(extractor: Extractor, text: str, language: str, domain: str) -> None:
    found = relations(run(extractor, text, language))
    for country in ("country/gh", "country/tg"):
        assert ("cooperatesOn", country, domain) in found
