"""An Arabic envoy's title posted to "the Kingdom" ("سفير اليابان لدى المملكة"): the kingdom belongs to the
title, so the name after it is the envoy's and a member of the embassy (sentences written for the purpose)."""

from __future__ import annotations

from kg.nlp import Extractor
from tests.support.nlp_support import relations, run


def test_arabic_the_envoy_to_the_kingdom_is_a_member_of_the_embassy(extractor: Extractor) -> None:
    text = ("حضر الحفل في الرياض عدد من المسؤولين السعوديين، وسفير اليابان لدى المملكة السيد كينجي ساتو، "
            "ومدير عام الهيئة المهندس سامي الأحمد.")
    found = relations(run(extractor, text, "ar"))
    assert any(kind == "memberOf" and body.startswith("body/embassy-of-japan") for kind, _, body in found), found
