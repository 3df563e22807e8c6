"""A sentence that opens on the deal told just before ("The partnership will also …", "Ce partenariat vise à …")
and names only one of its partners gives its fields to all the deal's partners (the packs' `refers`); on
sentences written for the purpose."""

from __future__ import annotations

import pytest

from kg.nlp import Extractor
from tests.support.nlp_support import relations, run


@pytest.mark.parametrize(("language", "text", "country"), [
    ("en", "Ghana signed a partnership with Huawei on Monday. The partnership will also help Ghana train experts "
           "in cybersecurity.", "country/gh"),
    ("fr", "Le Togo a signé lundi un partenariat avec Huawei. Ce partenariat vise à renforcer la cybersécurité "
           "du Togo.", "country/tg"),
])
def test_referred_deal_fields_reach_every_partner(extractor: Extractor, language: str, text: str,
                                                  country: str) -> None:
    found = relations(run(extractor, text, language))
    assert ("cooperatesOn", "org/huawei", "domain/cybersecurity") in found
    assert ("cooperatesOn", country, "domain/cybersecurity") in found


def test_referred_deal_fields_not_from_a_sentence_about_one_side(extractor: Extractor) -> None:
    text = "Ghana signed a partnership with Huawei on Monday. Ghana also wants to train experts in cybersecurity."
    assert ("cooperatesOn", "org/huawei", "domain/cybersecurity") not in relations(run(extractor, text, "en"))
