"""An Arabic chargé d'affaires titled with the definite embassy and its nationality ("القائم بأعمال السفارة
القطرية في سوريا"): the title is the envoy's, so the name after it is a member of that embassy (sentences
written for the purpose)."""

from __future__ import annotations

from kg.nlp import Extractor
from tests.support.nlp_support import relations, run


def test_arabic_the_charge_d_affaires_of_the_embassy_is_its_member(extractor: Extractor) -> None:
    text = "التقى الوزير القائم بأعمال السفارة الأردنية في تونس سامي بن خالد الحسيني لبحث التعاون."
    found = relations(run(extractor, text, "ar"))
    assert any(kind == "memberOf" and body == "body/embassy-of-jordan-in-tunisia" for kind, _, body in found), found
