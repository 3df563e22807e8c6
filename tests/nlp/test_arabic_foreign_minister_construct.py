"""An Arabic foreign minister's title in construct with the country ("وزير خارجية مملكة البحرين": the
minister of foreign affairs of the Kingdom of Bahrain) names the country's Ministry of Foreign Affairs
(sentences written for the purpose)."""

from __future__ import annotations

from kg.nlp import Extractor
from tests.support.nlp_support import relations, run


def test_arabic_a_foreign_minister_in_construct_with_the_country(extractor: Extractor) -> None:
    text = "واستقبلت الوزيرة، بمعية وزير خارجية جمهورية إستونيا، ماركوس تساكنا، وفدا رسميا."
    found = relations(run(extractor, text, "ar"))
    assert ("partOf", "body/ministry-of-foreign-affairs-of-estonia", "country/ee") in found, found
    assert any(kind == "memberOf" and body == "body/ministry-of-foreign-affairs-of-estonia"
               for kind, _, body in found), found
