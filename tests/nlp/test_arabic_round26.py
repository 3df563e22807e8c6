"""Arabic signings read on sentences written for these tests (round 26): signed copies exchanged, and a
signing told inside reported speech."""

from __future__ import annotations

from kg.nlp import Extractor
from tests.support.nlp_support import run


def _signed(extraction) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return {(r.subject, r.object) for r in extraction.relations if r.type.value == "signs"}


def test_arabic_exchanging_a_memorandum_is_signing_it(extractor: Extractor) -> None:
    """"تبادل الجانبان مذكرة تفاهم": the two sides exchanged the signed memorandum, so its parties sign it;
    exchanging expertise under a memorandum signs nothing."""
    found = run(extractor, "تبادل الجانبان مذكرة تفاهم بين تونس والمغرب في مجال الأمن السيبراني.", "ar")
    signers = {s for s, _ in _signed(found)}
    assert {"country/tn", "country/ma"} <= signers
    text = "تبادل الجانبان الخبرات بين تونس والمغرب في مجال الأمن السيبراني بموجب مذكرة تفاهم."
    assert not _signed(run(extractor, text, "ar"))


def test_arabic_the_speaker_of_a_reported_signing_does_not_sign(extractor: Extractor) -> None:
    """"أوضح الوزير X أن المذكرة التي تبادلتها الوزارة مع نظيرتها …": the counterpart ministry signs the
    memorandum exchanged; the minister who speaks of it is the speaker, no signer."""
    text = ("أوضح وزير الاقتصاد الرقمي الأردني سامر الحديدي أن مذكرة التفاهم التي تبادلتها الوزارة اليوم مع "
            "نظيرتها وزارة تكنولوجيا الاتصال التونسية تهدف إلى تطوير الخدمات الرقمية.")
    signers = {s for s, _ in _signed(run(extractor, text, "ar"))}
    assert "body/ministry-of-communication-technologies-of-tunisia" in signers
    assert not any(s.startswith("person/") for s in signers)
