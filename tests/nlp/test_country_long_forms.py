"""A body's name that closes on its country's long form written with a genitive ("of the People's Republic
of China", curly apostrophe or straight) reads through it and names the country. Sentences written for
the purpose."""

from __future__ import annotations

import pytest

from kg.nlp import Extractor
from tests.support.nlp_support import run


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_a_long_form_with_a_genitive_closes_the_body_name(extractor: Extractor, apostrophe: str) -> None:
    text = (f"The plan was approved by the Ministry of Water Resources of the People{apostrophe}s Republic of China "
            "on Tuesday.")
    bodies = {e.id for e in run(extractor, text, "en").entities if e.type.value == "GovernmentBody"}
    assert "body/ministry-of-water-resources-of-china" in bodies
    assert not any(b.endswith("-of-the-people") or b.endswith("-of-taiwan") for b in bodies)


def test_a_country_genitive_before_a_body_stays_outside_its_name(extractor: Extractor) -> None:
    text = "Ruritania's Ministry of Water Resources approved the plan on Tuesday."
    bodies = {e.name for e in run(extractor, text, "en").entities if e.type.value == "GovernmentBody"}
    assert not any(name.startswith("Ruritania") for name in bodies)
