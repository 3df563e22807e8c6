"""Arabic fields of cooperation read on sentences written for these tests (round 29)."""

from __future__ import annotations

from kg.nlp import Extractor
from tests.support.nlp_support import run


def _fields(extraction) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return {(r.subject, r.object) for r in extraction.relations if r.type.value == "cooperatesOn"}


def test_arabic_goals_of_a_domain_name_no_field(extractor: Extractor) -> None:
    """"أهداف التنمية المستدامة" (the Sustainable Development Goals, written with a hamza the text loses) are
    goals a deal serves, not its field; the field named in the same sentence stays."""
    text = "وقعت تونس والمغرب مذكرة تفاهم للتعاون في مجال الحوسبة السحابية بما يدعم أهداف التنمية المستدامة."
    fields = _fields(run(extractor, text, "ar"))
    assert ("country/tn", "domain/cloud-and-data-infrastructure") in fields
    assert ("country/tn", "domain/sustainable-development") not in fields
    text = "وقعت تونس والمغرب مذكرة تفاهم للتعاون في مجال التنمية المستدامة."
    assert ("country/ma", "domain/sustainable-development") in _fields(run(extractor, text, "ar"))


def _partners(extraction) -> set[frozenset[str]]:  # type: ignore[no-untyped-def]
    return {frozenset((r.subject, r.object)) for r in extraction.relations if r.type.value == "cooperatesWith"}


def test_arabic_countries_listed_after_with_partner_the_one_before(extractor: Extractor) -> None:
    """"مع تونس والمغرب والأردن": every country of the list after "with" (their names uncased, the "and" glued)
    partners the country named before it, and none partners another of the list."""
    text = "وقعت مصر مذكرات تفاهم مع تونس والمغرب والأردن لتعزيز التعاون في مجال الحوسبة السحابية."
    partners = _partners(run(extractor, text, "ar"))
    assert {frozenset(("country/eg", "country/jo")), frozenset(("country/eg", "country/ma"))} <= partners
    assert frozenset(("country/tn", "country/ma")) not in partners


def test_arabic_fields_describing_those_attending_are_no_fields(extractor: Extractor) -> None:
    """"بحضور خبراء الأمن السيبراني" (in the presence of cybersecurity experts): a field named right after the mark
    of those attending describes them, not the talks; the field of the talks stays."""
    text = "وبحث الجانبان تعزيز التعاون بين تونس والمغرب في مجال الحوسبة السحابية بحضور خبراء الأمن السيبراني."
    fields = _fields(run(extractor, text, "ar"))
    assert ("country/tn", "domain/cloud-and-data-infrastructure") in fields
    assert ("country/tn", "domain/cybersecurity") not in fields


def test_arabic_space_field_named_by_its_adjective(extractor: Extractor) -> None:
    """"التعاون الفضائي" (space cooperation) names space technology for the partners; the adjective in a sentence
    of no cooperation is a domain and no field of anyone."""
    text = "وقعت تونس والمغرب اتفاقية لتعزيز التعاون الفضائي بين البلدين."
    assert ("country/tn", "domain/space-technology") in _fields(run(extractor, text, "ar"))
    found = run(extractor, "أطلقت تونس أول أقمارها الفضائية.", "ar")
    assert not _fields(found)
