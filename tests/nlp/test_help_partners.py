"""Help offered or asked between two parties ("Japan is ready to support Kenya in …", "la Belgique
accompagnera le Bénin dans …"): their cooperation on the fields the sentence names (`helps` cues,
kg/nlp/cooperation.py); on sentences written for the purpose."""

from __future__ import annotations

import pytest

from kg.nlp import Extractor
from tests.support.nlp_support import relations, run


@pytest.mark.parametrize(("language", "text", "pair"), [
    ("en", "Japan is ready to support Kenya in cybersecurity, the envoy said on Monday.",
     ("country/jp", "country/ke")),
    ("en", "Ghana is seeking Canada's assistance in cybersecurity for its banks.",
     ("country/gh", "country/ca")),
    ("fr", "La Belgique accompagnera le Bénin dans la cybersécurité de ses banques.",
     ("country/be", "country/bj")),
    ("fr", "Le Ghana a sollicité le soutien du Canada en matière de cybersécurité.",
     ("country/gh", "country/ca")),
    ("ar", "أعلنت اليابان استعدادها لدعم كينيا في مجال الأمن السيبراني.", ("country/jp", "country/ke")),
])
def test_help_partners_helper_and_helped_cooperate_on_the_field(extractor: Extractor, language: str, text: str,
                                                                pair: tuple[str, str]) -> None:
    found = relations(run(extractor, text, language))
    assert any(r[0] == "cooperatesWith" and set(r[1:]) == set(pair) for r in found)
    for country in pair:
        assert ("cooperatesOn", country, "domain/cybersecurity") in found


def test_help_partners_one_party_alone_takes_no_field(extractor: Extractor) -> None:
    found = relations(run(extractor, "Kenya will support its banks in cybersecurity, the ministry said.", "en"))
    assert not any(r[0] == "cooperatesOn" for r in found)


def test_help_partners_one_side_of_the_first_cooperation_gives_its_fields_to_both(extractor: Extractor) -> None:
    text = ("Ghana and Togo signed a partnership agreement in Accra on Monday.\n\n"
            "Togo will also provide support in cybersecurity to the banks of the region.")
    found = relations(run(extractor, text, "en"))
    for country in ("country/gh", "country/tg"):
        assert ("cooperatesOn", country, "domain/cybersecurity") in found
