"""Arabic social portfolios, and staff whose title ends with "للوزارة" (of the ministry named before)."""

from __future__ import annotations

import pytest

from kg.nlp import Extractor
from kg.nlp.lexicon import load_lexicon, portfolio_of
from tests.support.nlp_support import relations, run


@pytest.mark.parametrize(("text", "portfolios"), [
    ("وزيرة العمل والحماية الاجتماعية", ["Labour", "Social Protection"]),
    ("وزير المالية والتشغيل", ["Finance", "Employment"]),
    ("وزير التحول الرقمي وعصرنة الإدارة", ["Digital Transformation", "Modernisation of the Administration"])])
def test_arabic_labour_employment_and_administration_portfolios(text: str, portfolios: list[str]) -> None:
    """"العمل", "الحماية الاجتماعية", "التشغيل", "عصرنة الإدارة" are portfolios of their own."""
    assert portfolio_of(text, load_lexicon()) == portfolios


def test_arabic_a_secretary_general_of_the_ministry_is_its_member(extractor: Extractor) -> None:
    """"الأمين العام للوزارة، X": X belongs to the ministry named just before."""
    text = ("أعلنت وزارة الاتصالات وتقنية المعلومات السعودية إطلاق منصة جديدة للخدمات. "
            "وحضر حفل الإطلاق الأمين العام للوزارة، سامي بن خالد الراشد، وعدد من المسؤولين.")
    members = {(r[1], r[2]) for r in relations(run(extractor, text, "ar")) if r[0] == "memberOf"}
    assert any(body.startswith("body/ministry-of-communications-and-information-technology")
               for _, body in members), members


def test_arabic_a_military_rank_opens_a_name(extractor: Extractor) -> None:
    """"اللواء سالم بن راشد الكعبي، …": a rank written before a name marks a person, as an honorific does."""
    text = "وحضر الاجتماع اللواء سالم بن راشد الكعبي، قائد شرطة المنطقة، إلى جانب عدد من الضباط."
    people = [e.name for e in run(extractor, text, "ar").entities if e.type.value == "Person"]
    assert len(people) == 1 and people[0].startswith("Salm"), people


def test_arabic_a_glued_and_before_a_hamza_is_no_article(extractor: Extractor) -> None:
    """"وألبرت براون، المدير العام للشركة": "و" then "أ" is no article; the name is a person's, of the company."""
    text = ("وأعلنت شركة سيسكو عن برنامج جديد. "
            "ووقع الاتفاق الدكتور سامي حداد، رئيس الجامعة، وألبرت براون، المدير العام للشركة.")
    members = {(r[1], r[2]) for r in relations(run(extractor, text, "ar")) if r[0] == "memberOf"}
    assert any("braun" in person and body == "org/cisco" for person, body in members), members
