"""Arabic press wordings of a field ("بناء القدرات" capacity building,
"التدريب التكنولوجي" technology training, "اقتصاد رقمي" without the article): the ar pack's `variants`; on
sentences written for the purpose."""

from __future__ import annotations

import pytest

from kg.nlp import Extractor
from tests.support.nlp_support import ids, run


@pytest.mark.parametrize(("text", "domain"), [
    ("وقعت مصر والأردن يوم الاثنين اتفاقية للتعاون في بناء القدرات.", "domain/digital-skills"),
    ("وقعت مصر والأردن يوم الاثنين اتفاقية للتعاون في التدريب التكنولوجي.", "domain/digital-skills"),
    ("وقعت مصر والأردن يوم الاثنين اتفاقية لبناء اقتصاد رقمي قوي.", "domain/digital-economy"),
])
def test_press_field_wordings_ar_name_their_field(extractor: Extractor, text: str, domain: str) -> None:
    assert domain in ids(run(extractor, text, "ar"))
