"""A news agency credited with a picture or told something ("— Acme pic", "Picture from Twitter/Acme",
"told ACME"): it reports the news and signs nothing. Sentences written for the purpose."""

from __future__ import annotations

import pytest

from kg.models import EntityType
from kg.nlp import Extractor
from kg.nlp.found import Found
from kg.nlp.generic import credit_spans, credited
from kg.nlp.lexicon import Term, load_lexicon
from tests.support.nlp_support import run


def test_nlp_agency_told_of_a_signing_signs_nothing(extractor: Extractor) -> None:
    text = "Ghana and Kenya signed a memorandum of understanding on cybersecurity to deepen ties between them, " \
           "Kenyan minister John Kamau told AFP."
    extraction = run(extractor, text, "en")
    names = {e.id: e.name for e in extraction.entities}
    signers = {names.get(r.subject) for r in extraction.relations if r.type.value == "signs"}
    assert {"Ghana", "Kenya"} <= signers, "the report's own facts are still read"
    assert "Agence France-Presse" not in signers


@pytest.mark.parametrize("text", [
    "Two ministers exchange documents after the signing in Accra, May 3. — Zedpress pic",
    "Two ministers sign the memorandum in Accra. Picture from Twitter/Zedpress",
    "The memorandum was signed between them, the minister told Zedpress.",
])
def test_nlp_credit_names_its_agency(text: str) -> None:
    start = text.index("Zedpress")
    agency = Found(start, start + 8, "Zedpress", Term("org/zedpress", EntityType.ORGANIZATION, "Zedpress"), "pattern")
    credit = load_lexicon().context["en"].get("news_credit")
    assert credited(text, [agency], credit) == frozenset({"org/zedpress"})


def test_nlp_organisation_told_of_nothing_is_no_agency() -> None:
    text = "Zedpress signed the memorandum with Kenya on Monday."
    agency = Found(0, 8, "Zedpress", Term("org/zedpress", EntityType.ORGANIZATION, "Zedpress"), "pattern")
    assert not credited(text, [agency], load_lexicon().context["en"].get("news_credit"))


@pytest.mark.parametrize("text", [
    "OTTAWA, le 3 mai 2024 /ZPN/ - La ministre du Numérique du Ghana et son homologue du Kenya ont signé "
    "un protocole d'accord sur la cybersécurité.",
    "Accra, 3 mai, ZPN\n\nLa ministre du Numérique du Ghana et son homologue du Kenya ont signé un protocole "
    "d'accord sur la cybersécurité.",
])
def test_nlp_french_credited_wire_is_an_organisation_signing_nothing(extractor: Extractor, text: str) -> None:
    extraction = run(extractor, text, "fr")
    wire = next((e for e in extraction.entities if e.name == "ZPN"), None)
    assert wire is not None and wire.type is EntityType.ORGANIZATION
    assert not any(wire.id in (r.subject, r.object) for r in extraction.relations)


def test_nlp_french_credit_takes_the_known_name_of_its_wire(extractor: Extractor) -> None:
    text = "QUÉBEC, le 3 mai 2024 /CNW/ - Le Ghana et le Kenya ont signé un protocole d'accord sur la cybersécurité."
    names = {e.name for e in run(extractor, text, "fr").entities}
    assert "Canada Newswire" in names


def test_nlp_french_bracketed_acronym_in_a_sentence_is_no_credit() -> None:
    text = "Le Ghana a rejoint l'Union des télécommunications (UAT) en 2020, a indiqué le ministre."
    assert not credit_spans(text, load_lexicon().context["fr"].get("news_credit"))
