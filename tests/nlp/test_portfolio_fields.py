"""Domain words inside a title's portfolio or a name are no field (kg/nlp/portfolio_fields.py and the
domain heads of the packs), on sentences written for the purpose."""

from __future__ import annotations

import pytest

from kg.nlp import Extractor
from tests.support.nlp_support import ids, relations, run


@pytest.mark.parametrize(("language", "text", "domain"), [
    ("fr", "Le ministre de la Communication et de l'Économie numérique a reçu lundi une délégation du Togo.",
     "domain/digital-economy"),
    ("fr", "Son collègue en charge du numérique et de la digitalisation a reçu lundi une délégation du Togo.",
     "domain/digital-transformation"),
    ("fr", "La ministre togolaise du numérique et de la digitalisation a reçu lundi une délégation du Ghana.",
     "domain/digital-transformation"),
    ("fr", "Le ministère ghanéen de la transformation numérique, de l'innovation et de la modernisation de "
           "l'administration a annoncé lundi un accord avec le Togo.", "domain/e-government"),
    ("en", "The Cybersecurity and Digital Economy Minister received a delegation from Togo on Monday.",
     "domain/digital-economy"),
    ("en", "The official in charge of digital transformation received a delegation from Togo on Monday.",
     "domain/digital-transformation"),
])
def test_portfolio_fields_a_domain_in_a_title_is_no_domain(
        extractor: Extractor, language: str, text: str, domain: str) -> None:
    assert domain not in ids(run(extractor, text, language))


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Le ministre du Numérique a signé avec le Togo un accord sur l'économie numérique."),
    ("en", "The Minister of ICT signed an agreement with Togo on the digital economy."),
])
def test_portfolio_fields_a_field_after_the_title_stays(extractor: Extractor, language: str, text: str) -> None:
    assert "domain/digital-economy" in ids(run(extractor, text, language))


@pytest.mark.parametrize(("language", "text", "domain"), [
    ("en", "Ghana and Togo signed an agreement on Monday. A new digital transformation centre will open in Lomé.",
     "domain/digital-transformation"),
    ("en", "Ghana and Togo signed an agreement on Monday at the Internet governance forum in Lomé.",
     "domain/digital-governance"),
    ("fr", "Le Ghana et le Togo ont signé lundi un accord au Forum sur la gouvernance de l'Internet à Lomé.",
     "domain/digital-governance"),
    ("fr", "Le Ghana a signé lundi un accord avec le géant des télécoms Orange.",
     "domain/telecommunications-and-connectivity"),
])
def test_portfolio_fields_a_domain_naming_a_place_or_event_is_no_field(
        extractor: Extractor, language: str, text: str, domain: str) -> None:
    extraction = run(extractor, text, language)
    assert domain not in ids(extraction)
    assert not {r for r in relations(extraction) if r[0] == "cooperatesOn"}


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Ghana and Togo agreed on Monday to cooperate on innovation, cybersecurity and digital skills."),
    ("fr", "Le Ghana et le Togo ont convenu lundi de coopérer dans la cybersécurité et l'innovation."),
])
def test_listed_fields_a_vague_field_listed_with_fields_is_a_field(
        extractor: Extractor, language: str, text: str) -> None:
    found = relations(run(extractor, text, language))
    for country in ("country/gh", "country/tg"):
        assert ("cooperatesOn", country, "domain/research-and-innovation") in found


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Ghana and Togo agreed on Monday to cooperate on cybersecurity. Innovation was the word of the day."),
    ("fr", "Le Ghana et le Togo ont convenu lundi de coopérer dans la cybersécurité, par souci d'innovation."),
])
def test_listed_fields_a_vague_word_alone_stays_no_field(extractor: Extractor, language: str, text: str) -> None:
    assert "domain/research-and-innovation" not in ids(run(extractor, text, language))


@pytest.mark.parametrize("text", [
    "وقعت مصر والأردن مذكرة تفاهم للتعاون في مجالات الأمن السيبراني والابتكار.",
    "وقعت مصر والأردن مذكرة تفاهم للتعاون في مجالات الابتكار والتحول الرقمي.",
    "وقعت مصر والأردن مذكرة تفاهم للتعاون في مجال الأمن السيبراني، والابتكار.",
])
def test_listed_fields_arabic_glued_and_lists_a_vague_field(extractor: Extractor, text: str) -> None:
    found = relations(run(extractor, text, "ar"))
    for country in ("country/eg", "country/jo"):
        assert ("cooperatesOn", country, "domain/research-and-innovation") in found


def test_listed_fields_arabic_vague_word_alone_stays_no_field(extractor: Extractor) -> None:
    text = "وقعت مصر والأردن مذكرة تفاهم للتعاون في مجال الأمن السيبراني. وقال الوزير إن الابتكار مهم للشباب."
    assert "domain/research-and-innovation" not in ids(run(extractor, text, "ar"))


@pytest.mark.parametrize(("language", "text", "domain"), [
    ("en", "Ghana and Togo signed an agreement on Monday to attract investment in the digital sector.",
     "domain/digital-economy"),
    ("en", "Ghana and Togo signed an agreement on Monday; both face climate change and need renewable energy.",
     "domain/sustainable-development"),
    ("fr", "Le Ghana et le Togo ont signé lundi un accord; les deux pays misent sur les énergies renouvelables.",
     "domain/sustainable-development"),
])
def test_excluded_labels_a_sector_or_energy_word_names_no_field(
        extractor: Extractor, language: str, text: str, domain: str) -> None:
    assert domain not in ids(run(extractor, text, language))


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Le Ghana et le Togo ont signé lundi un accord de coopération dans le domaine de l'innovation."),
    ("fr", "Le Ghana et le Togo ont signé lundi un accord pour coopérer dans le domaine de la recherche."),
    ("fr", "Le Ghana et le Togo ont signé lundi un accord de partenariat en matière d’innovation."),
    ("en", "Ghana and Togo signed an agreement on Monday to cooperate in the fields of innovation and trade."),
])
def test_listed_fields_a_vague_field_after_a_field_opener_is_a_field(
        extractor: Extractor, language: str, text: str) -> None:
    found = relations(run(extractor, text, language))
    for country in ("country/gh", "country/tg"):
        assert ("cooperatesOn", country, "domain/research-and-innovation") in found


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Le Ghana et le Togo ont signé lundi un accord. La recherche et les chercheurs y gagneront."),
    ("en", "Ghana and Togo signed an agreement on Monday. Research institutes will follow."),
])
def test_listed_fields_a_vague_field_without_opener_stays_no_field(
        extractor: Extractor, language: str, text: str) -> None:
    assert "domain/research-and-innovation" not in ids(run(extractor, text, language))


@pytest.mark.parametrize(("text", "domain"), [
    ("Ghana and Togo signed an agreement on Monday; the ICT cluster of Accra will host the first projects.",
     "domain/telecommunications-and-connectivity"),
    ("Ghana and Togo signed an agreement on Monday to extend health insurance to farmers.", "domain/health"),
])
def test_domain_heads_a_domain_word_before_a_cluster_or_insurance_is_no_field(
        extractor: Extractor, text: str, domain: str) -> None:
    assert domain not in ids(run(extractor, text, "en"))


def test_domain_variants_press_wordings_of_infrastructure_fields(extractor: Extractor) -> None:
    text = "Ghana and Togo signed an agreement on Monday to build data processing centres and lay undersea cables."
    found = relations(run(extractor, text, "en"))
    for domain in ("domain/cloud-and-data-infrastructure", "domain/telecommunications-and-connectivity"):
        assert ("cooperatesOn", "country/gh", domain) in found


def test_domain_heads_arabic_cyberspace_is_no_space_field(extractor: Extractor) -> None:
    text = "وقعت مصر والأردن مذكرة تفاهم لتوسيع نفاذ المواطنين إلى الفضاء السيبراني وتعزيز الأمن السيبراني."
    found = ids(run(extractor, text, "ar"))
    assert "domain/space-technology" not in found
    assert "domain/cybersecurity" in found


@pytest.mark.parametrize(("text", "named"), [
    ("وقّعت غانا يوم الاثنين اتفاقية تعاون لتعزيز الابتكار.", True),
    ("وقّعت غانا يوم الاثنين اتفاقية تعاون تهدف إلى دعم الابتكار في المدارس.", True),
    ("وقّعت غانا يوم الاثنين اتفاقية تعاون. وقال الوزير إن الابتكار مهم.", False),
])
def test_listed_fields_a_vague_field_after_a_verb_of_promotion_is_a_field(
        extractor: Extractor, text: str, named: bool) -> None:
    assert ("domain/research-and-innovation" in ids(run(extractor, text, "ar"))) is named


@pytest.mark.parametrize(("text", "named"), [
    ("Ghana and Togo signed an agreement on Monday to work on Spectrum Management, Cloud Services, Audits and Trade.",
     True),
    ("Ghana and Togo signed an agreement on Monday with the Ministry of Spectrum Management, Audits and Trade.",
     False),
])
def test_title_case_list_a_field_opening_a_list_of_capitalised_items_is_a_field(
        extractor: Extractor, text: str, named: bool) -> None:
    assert ("domain/telecommunications-and-connectivity" in ids(run(extractor, text, "en"))) is named
