"""A minister's title names the known ministry whose portfolios are wider, never a known commission's."""

from __future__ import annotations

from kg.nlp import Extractor
from tests.support.nlp_support import relations, run


def test_a_minister_of_communications_is_no_member_of_the_media_commission(extractor: Extractor) -> None:
    """"وزيرة الاتصالات العراقية": Iraq's Communications and Media Commission is no ministry of hers."""
    text = "افتتحت وزيرة الاتصالات العراقية سلمى الحسني، الأحد في بغداد، مركزا جديدا للبيانات."
    members = {o for kind, _, o in relations(run(extractor, text, "ar")) if kind == "memberOf"}
    assert members and not any("media-commission" in o for o in members)
