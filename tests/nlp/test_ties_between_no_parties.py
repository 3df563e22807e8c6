"""A body-to-body memorandum told as signed within the framework of the ties between two countries ("في إطار
تعزيز التعاون الدولي بين …"): the countries are sides of the ties, not parties, and the bodies sign for them; the
same countries written as the ones the deal is between sign it beside their bodies."""

from __future__ import annotations

from kg.nlp import Extractor
from tests.support.nlp_support import signers

BODIES = "وقع الجهاز القومي لتنظيم الاتصالات مذكرة تفاهم مع هيئة تنظيم قطاع الاتصالات الأردنية "


def test_nlp_arabic_countries_of_the_ties_a_signing_serves_sign_nothing(extractor: Extractor) -> None:
    text = BODIES + ("للتعاون في مجال الطيف الترددي، ويأتي توقيع المذكرة في إطار تعزيز التعاون الدولي بين جمهورية "
                     "مصر العربية والمملكة الأردنية الهاشمية.")
    found = signers(extractor, text, "ar")
    assert "body/national-telecom-regulatory-authority" in found
    assert not {"country/eg", "country/jo"} & found


def test_nlp_arabic_countries_a_deal_is_between_sign_it(extractor: Extractor) -> None:
    text = BODIES + "للتعاون بين جمهورية مصر العربية والمملكة الأردنية الهاشمية في مجال الطيف الترددي."
    assert {"country/eg", "country/jo"} <= signers(extractor, text, "ar")
