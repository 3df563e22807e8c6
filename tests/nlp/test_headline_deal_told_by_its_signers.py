"""A deal the headline line names, told below as signed by bodies the headline does not name, is one deal: the
first agreement of its kind the body names; one of another kind stays apart (sentences written for the
purpose)."""

from __future__ import annotations

from kg.models import Article
from kg.nlp import Extractor
from kg.readers import Document

TITLE = "Kosovo and Montenegro sign MoU on roaming"
BODY = ("The telecommunications regulator of Kosovo and the Agency for Electronic Communications of Montenegro "
        "signed a memorandum of understanding in Podgorica on Monday.")


def deals(extractor: Extractor, body: str) -> set[str]:
    article = Article(id="headline-deal", title=TITLE, language="en", published="2025-03-04")
    extraction = extractor.extract(Document(article=article, text=f"{TITLE}\n\n{body}", origin="test"))
    return {e.name for e in extraction.entities if e.type.value == "Agreement"}


def test_the_headline_memorandum_is_the_one_the_body_tells(extractor: Extractor) -> None:
    assert len(deals(extractor, BODY)) == 1


def test_a_deal_of_another_kind_stays_apart(extractor: Extractor) -> None:
    found = deals(extractor, BODY + " The two regulators also signed a letter of intent on spectrum.")
    assert len(found) == 2
    assert any("Letter of Intent" in name for name in found)
