"""Names of people, companies and news sources: "Hon" before a name is an honorific, a company's name ends at
its legal form before what it signs for, a source credited before a hanging hyphen is no word of the next
name, a news agency credited by its short name. Sentences written for the purpose."""

from __future__ import annotations

from kg.nlp import Extractor
from tests.support.nlp_support import run, signers


def _names(extractor: Extractor, text: str, kind: str) -> set[str]:
    return {e.name for e in run(extractor, text, "en").entities if e.type.value == kind}


def test_hon_before_a_name_is_an_honorific(extractor: Extractor) -> None:
    people = _names(extractor, "The Minister of Trade Hon Jane Mwale opened the fair in Lilongwe on Monday.", "Person")
    assert "Jane Mwale" in people
    assert not any(name.startswith("Hon") for name in people)


def test_a_company_name_ends_at_its_legal_form_before_what_it_signs_for(extractor: Extractor) -> None:
    text = "The ministry signed a contract with Acme Import and Export Corporation for the Smart Ruritania Project."
    orgs = _names(extractor, text, "Organization")
    assert "Acme Import and Export Corporation" in orgs
    assert not any("Project" in name for name in orgs)


def test_a_group_on_a_subject_keeps_its_whole_name(extractor: Extractor) -> None:
    orgs = _names(extractor, "The Working Group on the Digital Economy met in Geneva on Monday.", "Organization")
    assert "Working Group on the Digital Economy" in orgs


def test_a_source_before_a_hanging_hyphen_is_no_word_of_the_next_name(extractor: Extractor) -> None:
    text = "(Acmenews- Trend News Agency) BAKU, March 3. Ruritania and Azerbaijan signed a memorandum on ICT."
    orgs = _names(extractor, text, "Organization")
    assert "Trend News Agency" in orgs
    assert not any(name.startswith("Acmenews") for name in orgs)


def test_a_news_agency_credited_by_its_short_name(extractor: Extractor) -> None:
    text = "Ruritania and Azerbaijan signed a memorandum on ICT, Trend reports. The trend is clear."
    assert "Trend News Agency" in _names(extractor, text, "Organization")


def test_a_minister_in_the_witness_of_whom_a_deal_is_signed_does_not_sign(extractor: Extractor) -> None:
    text = ("The memorandum was signed by Secretary Jane Doe and Secretary John Roe in the witness of Minister "
            "Peter Banda.")
    found = signers(extractor, text, "en")
    assert "person/peter-banda" not in found
    assert "person/jane-doe" in found
