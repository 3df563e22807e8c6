"""Arabic embassies named outside an envoy's title, and the embassies of unnamed Arabic envoys."""

from __future__ import annotations

from kg.nlp import Extractor
from tests.support.nlp_support import ids, relations, run


def _bodies(extractor: Extractor, text: str) -> set[str]:
    return {i for i in ids(run(extractor, text, "ar")) if i.startswith("body/embassy-of")}


def test_arabic_an_embassy_with_its_demonym_and_host(extractor: Extractor) -> None:
    """"السفارة الأردنية في الرباط": the Embassy of Jordan in Morocco, a body of Jordan."""
    found = run(extractor, "وأعلنت السفارة الأردنية في الرباط عن تنظيم معرض للكتاب الشهر المقبل.", "ar")
    assert ("partOf", "body/embassy-of-jordan-in-morocco", "country/jo") in relations(found)


def test_arabic_an_embassy_behind_a_glued_preposition(extractor: Extractor) -> None:
    """"بسفارة لبنان": the preposition glued to the noun does not hide the embassy."""
    text = "شارك في الندوة مستشار ثقافي بسفارة لبنان في باريس إلى جانب عدد من الباحثين."
    assert _bodies(extractor, text) == {"body/embassy-of-lebanon-in-france"}


def test_arabic_an_unnamed_envoy_implies_the_embassy(extractor: Extractor) -> None:
    """"بحضور سفير البرتغال لدى المغرب": the envoy has no name, the embassy is a body all the same."""
    found = run(extractor, "افتتح الوزير المعرض بحضور سفير البرتغال لدى المغرب وعدد من المسؤولين.", "ar")
    assert ("partOf", "body/embassy-of-portugal-in-morocco", "country/pt") in relations(found)


def test_arabic_an_unnamed_envoy_without_a_country_after_the_title_implies_none(extractor: Extractor) -> None:
    """"السفير المكلف بملف …": no country right after the title, no embassy guessed from the sentence."""
    text = "وحضر اللقاء السفير المكلف بملف الهجرة في الخارجية المغربية وعدد من المسؤولين."
    assert not _bodies(extractor, text)


def test_arabic_a_demonym_before_the_envoy_sends_no_one(extractor: Extractor) -> None:
    """"وزير الثقافة التونسي، سفير الأردن بتونس": the country is read after the Arabic title, not before."""
    text = "استقبل وزير الثقافة التونسي، سفير الأردن بتونس، لبحث تنظيم أسبوع ثقافي مشترك."
    assert _bodies(extractor, text) == {"body/embassy-of-jordan-in-tunisia"}


def test_arabic_a_name_set_off_before_an_envoy_s_definite_title(extractor: Extractor) -> None:
    """"استقبل وزير الصحة بمكتبه يوهان لارسن، السفير الدنماركي لدى …": the words of the clause before the
    name are none of it, and the envoy's title after it (its country right after) is the name's."""
    text = "استقبل وزير الصحة بمكتبه يوهان لارسن، السفير الدنماركي لدى جمهورية مصر العربية."
    found = run(extractor, text, "ar")
    members = {(s, o) for kind, s, o in relations(found) if kind == "memberOf"}
    assert any(o == "body/embassy-of-denmark-in-egypt" for _, o in members)
