"""An Arabic agreement said to be "signed" or "concluded" between parties ("مذكرة التفاهم الموقعة بين …",
"الاتفاقية المبرمة بين …"): the participle is a signing cue, so the parties sign it (sentences written for
the purpose)."""

from __future__ import annotations

from kg.nlp import Extractor
from tests.support.nlp_support import relations, run


def test_arabic_an_agreement_signed_between_two_countries_is_signed_by_both(extractor: Extractor) -> None:
    text = "وناقش الجانبان تفعيل مذكرة التفاهم الموقعة بين تونس والأردن في مجال الأمن السيبراني."
    signers = {s for kind, s, _ in relations(run(extractor, text, "ar")) if kind == "signs"}
    assert signers == {"country/tn", "country/jo"}, signers
