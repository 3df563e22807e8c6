"""Press wordings of a field ("the cyber fields", "the telecom sector",
"security of information systems", "earth observation", "cross-border electronic services", "coding"): the
packs' `variants`; on sentences written for the purpose."""

from __future__ import annotations

import pytest

from kg.nlp import Extractor
from tests.support.nlp_support import relations, run


@pytest.mark.parametrize(("text", "domain"), [
    ("Ghana and Togo agreed on Monday to cooperate in the cyber fields.", "domain/cybersecurity"),
    ("Ghana and Togo agreed on Monday to cooperate on the security of information systems.",
     "domain/cybersecurity"),
    ("Ghana and Togo agreed on Monday to cooperate on information security.", "domain/cybersecurity"),
    ("Ghana and Togo agreed on Monday to cooperate in the telecom sector.",
     "domain/telecommunications-and-connectivity"),
    ("Ghana and Togo agreed on Monday to cooperate in communications and information technology.",
     "domain/telecommunications-and-connectivity"),
    ("Ghana and Togo agreed on Monday to cooperate on earth observation.", "domain/space-technology"),
    ("Ghana and Togo agreed on Monday to cooperate on cross-border electronic services.", "domain/e-government"),
    ("Ghana and Togo agreed on Monday to cooperate on coding skills for pupils.", "domain/digital-skills"),
])
def test_press_field_wordings_name_their_field(extractor: Extractor, text: str, domain: str) -> None:
    found = relations(run(extractor, text, "en"))
    for country in ("country/gh", "country/tg"):
        assert ("cooperatesOn", country, domain) in found
