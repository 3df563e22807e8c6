"""Arabic ministries read on sentences written for these tests (round 27): portfolios of two words that the
shorter portfolio of their first word must not cut ("الاقتصاد الوطني", "الشؤون الرقمية")."""

from __future__ import annotations

import pytest

from kg.nlp import Extractor
from kg.nlp.lexicon import load_lexicon, portfolio_of
from tests.support.nlp_support import relations, run


@pytest.mark.parametrize(("text", "portfolios"), [
    ("وزير المالية والاقتصاد الوطني", ["Finance", "National Economy"]),
    ("وزيرة التخطيط والتنمية الاقتصادية والتعاون الدولي",
     ["Planning", "Economic Development", "International Cooperation"]),
    ("وزيرة العدل والشؤون الرقمية", ["Justice", "Digital Affairs"]),
    ("وزارة الشؤون الخارجية والتعاون", ["Foreign Affairs and Cooperation"])])
def test_arabic_two_word_portfolios_are_read_whole(text: str, portfolios: list[str]) -> None:
    """"الاقتصاد الوطني" is National Economy, not Economy and a stray adjective; "الشؤون الرقمية" is Digital
    Affairs; "الشؤون الخارجية والتعاون" is one portfolio."""
    assert portfolio_of(text, load_lexicon()) == portfolios


def test_arabic_a_minister_of_finance_and_national_economy_keeps_both(extractor: Extractor) -> None:
    """"وزير المالية والاقتصاد الوطني البحريني": the minister belongs to Bahrain's Ministry of Finance and National
    Economy, not to a Ministry of Finance and Economy."""
    text = "استقبل رئيس الهيئة أمس وزير المالية والاقتصاد الوطني البحريني خالد بن سالم المطوع في مكتبه."
    members = {r[2] for r in relations(run(extractor, text, "ar")) if r[0] == "memberOf"}
    assert "body/ministry-of-finance-and-national-economy-of-bahrain" in members, members
    assert "body/ministry-of-finance-and-economy-of-bahrain" not in members


@pytest.mark.parametrize("verb", ["أعرب", "شدد", "نوه"])
def test_arabic_a_reporting_verb_opens_no_name_before_an_envoy_s_title(extractor: Extractor, verb: str) -> None:
    """"أعرب جون سميث سفير كندا في القاهرة عن …": the verb that opens the sentence is no word of the name; the
    name before the title is the envoy's, a member of the embassy."""
    text = f"{verb} جون سميث سفير كندا في القاهرة عن أمله في تعزيز التعاون مع وزارة الاتصالات."
    found = run(extractor, text, "ar")
    names = {e.id: e.name for e in found.entities}
    people = [e.name for e in found.entities if e.type.value == "Person"]
    assert len(people) == 1 and len(people[0].split()) == 2, people
    members = {(names[r.subject], r.object) for r in found.relations if r.type.value == "memberOf"}
    assert (people[0], "body/embassy-of-canada-in-egypt") in members, members
