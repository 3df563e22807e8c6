"""Each rule layer on small sentences written for the purpose, in French and English."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from kg.errors import UnsupportedLanguage
from kg.models import Extraction
from kg.nlp import Extractor
from tests.support.nlp_support import document, ids, relations, run


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("fr", "Le Maroc et la France renforcent leur coopération.", {"country/ma", "country/fr"}),
    ("fr", "Les ingénieurs marocaines et les chercheurs américains travaillent ensemble.",
     {"country/ma", "country/us"}),
    ("en", "Kenya and India agreed to deepen their partnership.", {"country/ke", "country/in"}),
    ("en", "The United Nations and the African Union met in Addis Ababa.",
     {"org/united-nations", "org/african-union"}),
])
def test_nlp_gazetteer_finds_countries_and_organisations(extractor: Extractor, language: str,
                                                         text: str, expected: set[str]) -> None:
    assert expected <= ids(run(extractor, text, language))


@pytest.mark.parametrize(("language", "text", "country", "place"), [
    ("fr", "Un partenariat stratégique entre Rabat et Paris a été annoncé.", True, False),
    ("fr", "La ministre s'est rendue à Rabat pour une visite officielle.", False, True),
    ("en", "The strategy launched by Rabat in 2024 is ambitious.", True, False),
    ("en", "The minister travelled to Rabat on Monday.", False, True),
])
def test_nlp_capital_is_state_when_it_acts(extractor: Extractor, language: str, text: str,
                                          country: bool, place: bool) -> None:
    found = ids(run(extractor, text, language))
    assert ("country/ma" in found) is country
    assert ("place/rabat" in found) is place


@pytest.mark.parametrize(("language", "text", "person", "role_word"), [
    ("fr", "Leila Elmergawi, directrice de la stratégie au sein du Département d'État américain, a parlé.",
     "person/leila-elmergawi", "directrice"),
    ("en", "Daniel Whitcombe, a deputy assistant secretary at the State Department, spoke.",
     "person/daniel-whitcombe", "secretary"),
    ("en", "Its head of international cooperation, Youssef Alami Idrissi, said so.",
     "person/youssef-alami-idrissi", "head"),
    ("fr", "Le ministre canadien du Numérique, Marc-André Tremblay, était à Paris.",
     "person/marc-andre-tremblay", "ministre"),
])
def test_nlp_people_from_appositions_and_titles(extractor: Extractor, language: str, text: str,
                                               person: str, role_word: str) -> None:
    extraction = run(extractor, text, language)
    assert person in ids(extraction)
    role = extraction.entity(person).role or ""
    assert role_word in role.lower()


@pytest.mark.parametrize(("language", "text", "body", "country"), [
    ("fr", "Amal El Fallah Seghrouchni, ministre déléguée chargée de la Transition numérique et de la "
           "Réforme de l'administration, est arrivée.",
     "body/ministry-of-digital-transition-and-administrative-reform", "country/ma"),
    ("en", "Tunde Adeyemi, Nigeria's Minister of Communications, Innovation and Digital Economy, spoke.",
     "body/ministry-of-communications-innovation-and-digital-economy-of-nigeria", "country/ng"),
    ("fr", "Claire Vasseur, ambassadrice de France au Sénégal, a reçu les journalistes.",
     "body/embassy-of-france-in-senegal", "country/fr"),
])
def test_nlp_roles_imply_member_of_and_part_of(extractor: Extractor, language: str, text: str,
                                              body: str, country: str) -> None:
    found = relations(run(extractor, text, language))
    assert any(r[0] == "memberOf" and r[2] == body for r in found)
    assert ("partOf", body, country) in found


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("fr", "Nadia Ben Salem, ministre des Technologies de la communication, a rencontré Henrik Lindqvist, "
           "directeur de la coopération, lundi à Tunis.",
     ("meets", "person/henrik-lindqvist", "person/nadia-ben-salem")),
    ("en", "Sarah Whitfield, the minister for AI, held talks with Tunde Adeyemi, the Nigerian minister.",
     ("meets", "person/sarah-whitfield", "person/tunde-adeyemi")),
    ("fr", "Amal El Fallah Seghrouchni, ministre déléguée, a effectué une visite officielle à Washington.",
     ("visits", "person/amal-el-fallah-seghrouchni", "place/washington")),
    ("en", "Daniel Whitcombe, a deputy assistant secretary, led a U.S. delegation to Rabat.",
     ("visits", "person/daniel-whitcombe", "place/rabat")),
])
def test_nlp_meetings_and_visits(extractor: Extractor, language: str, text: str,
                                 expected: tuple[str, str, str]) -> None:
    assert expected in relations(run(extractor, text, language))


def test_nlp_visit_to_a_capital_is_a_visit_to_its_country(extractor: Extractor) -> None:
    text = "Amal El Fallah Seghrouchni, ministre déléguée, a effectué une visite officielle à Washington."
    assert ("visits", "person/amal-el-fallah-seghrouchni", "country/us") in relations(run(extractor, text, "fr"))


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Le Maroc et les États-Unis ont signé un mémorandum d'entente sur la cybersécurité."),
    ("en", "Morocco and the United States signed a memorandum of understanding on cybersecurity."),
])
def test_nlp_signing_names_the_agreement(extractor: Extractor, language: str, text: str) -> None:
    extraction = run(extractor, text, language)
    agreement = "agreement/morocco-united-states-memorandum-of-understanding-on-cybersecurity"
    assert agreement in ids(extraction)
    found = relations(extraction)
    assert {("signs", "country/ma", agreement), ("signs", "country/us", agreement)} <= found
    assert ("cooperatesWith", "country/ma", "country/us") in found


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Le Sénégal et la France ont convenu de coopérer dans plusieurs domaines :\n\n"
           "- la cybersécurité et la protection des réseaux ;\n- l'inclusion numérique des régions."),
    ("en", "Senegal and France agreed to cooperate in several areas:\n\n"
           "- cybersecurity for public networks;\n- digital inclusion in rural regions."),
])
def test_nlp_bullets_give_cooperation_domains_of_both_parties(extractor: Extractor, language: str,
                                                             text: str) -> None:
    found = relations(run(extractor, text, language))
    for country in ("country/sn", "country/fr"):
        for domain in ("domain/cybersecurity", "domain/digital-inclusion"):
            assert ("cooperatesOn", country, domain) in found


@pytest.mark.parametrize(("language", "text", "policy"), [
    ("fr", "La stratégie marocaine « Digital Maroc 2030 » vise loin.", "policy/digital-maroc-2030"),
    ("en", 'Kenya presented the "Kenya National Digital Master Plan" to investors.',
     "policy/kenya-national-digital-master-plan"),
])
def test_nlp_named_policy_and_its_owner(extractor: Extractor, language: str, text: str, policy: str) -> None:
    extraction = run(extractor, text, language)
    owner = "country/ma" if language == "fr" else "country/ke"
    assert ("hasPolicy", owner, policy) in relations(extraction)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_nlp_dated_name_that_ends_the_text(extractor: Extractor, language: str) -> None:
    # A hyphened programme name and its year as the very last tokens, with no full stop after.
    text = {"en": "Kenya and Ghana agreed to work together under e-Ghana 2030",
            "fr": "Le Ghana et le Kenya travailleront ensemble dans le cadre de e-Ghana 2030"}[language]
    names = {e.name for e in run(extractor, text, language).entities}
    assert "e-Ghana 2030" in names


@pytest.mark.parametrize(("language", "text", "alias"), [
    ("fr", "Amal El Fallah Seghrouchni, ministre déléguée, est arrivée. La ministre a ensuite parlé.",
     "La ministre"),
    ("en", "Amal El Fallah Seghrouchni, Morocco's minister, arrived. Later the minister spoke.", "the minister"),
    ("fr", "Amal El Fallah Seghrouchni, ministre déléguée, est arrivée. Mme Seghrouchni a parlé.",
     "Seghrouchni"),
])
def test_nlp_coreference_joins_titles_and_surnames(extractor: Extractor, language: str, text: str,
                                                   alias: str) -> None:
    person = run(extractor, text, language).entity("person/amal-el-fallah-seghrouchni")
    assert alias in person.aliases


@pytest.mark.parametrize(("language", "text", "date"), [
    ("fr", "Le Maroc et la France ont signé mardi un accord de coopération.", "2025-06-10"),
    ("en", "Morocco and France signed a cooperation agreement last week.", "2025-06"),
    ("fr", "En mars 2025, le Maroc et la France ont renforcé leur partenariat.", "2025-03"),
])
def test_nlp_relation_dates_resolve_against_the_article_date(extractor: Extractor, language: str,
                                                            text: str, date: str) -> None:
    extraction = run(extractor, text, language)
    cooperation = [r for r in extraction.relations if r.type.value == "cooperatesWith"]
    assert cooperation and cooperation[0].date == date


def test_nlp_evidence_offsets_point_at_the_sentence(extractor: Extractor) -> None:
    text = "Titre.\n\nLe Maroc et la France ont signé un accord de coopération sur la cybersécurité."
    for relation in run(extractor, text, "fr").relations:
        assert relation.evidence is not None
        assert text[relation.evidence.start : relation.evidence.end] == relation.evidence.text


@pytest.mark.parametrize("language", ["de", "und", "fa"])
def test_nlp_unsupported_language_is_refused(extractor: Extractor, language: str) -> None:
    with pytest.raises(UnsupportedLanguage, match="supported"):
        run(extractor, "Deutschland und Frankreich arbeiten zusammen.", language)


def test_nlp_extract_many_keeps_order_and_reports_errors(extractor: Extractor) -> None:
    docs = [document("Le Maroc coopère avec la France.", "fr"), document("Hallo Welt.", "de"),
            document("Kenya works with India.", "en")]
    results = list(extractor.extract_many(docs))
    assert [d for d, _ in results] == docs
    assert isinstance(results[1][1], UnsupportedLanguage)
    assert isinstance(results[0][1], Extraction) and isinstance(results[2][1], Extraction)


@pytest.mark.slow
def test_nlp_extract_many_with_two_workers_matches_one(extractor: Extractor) -> None:
    docs = [document(f"Le Maroc et la France coopèrent sur la cybersécurité ({i}).", "fr") for i in range(4)]
    one = [r for _, r in extractor.extract_many(docs)]
    two = [r for _, r in extractor.extract_many(docs, workers=2, batch_size=2)]
    assert one == two


@pytest.mark.slow
def test_nlp_extract_many_workers_keep_the_uncalibrated_confidences() -> None:
    uncalibrated = Extractor(calibrated=False)
    docs = [document(f"Morocco and France signed a memorandum of understanding on cybersecurity ({i}).", "en")
            for i in range(2)]
    one = [r for _, r in uncalibrated.extract_many(docs)]
    two = [r for _, r in uncalibrated.extract_many(docs, workers=2, batch_size=1)]
    assert all(isinstance(r, Extraction) and r.relations for r in one)
    assert one == two


def test_nlp_extractor_factory_survives_pickling(tmp_path: Path) -> None:
    built = pickle.loads(pickle.dumps(Extractor(tmp_path, calibrated=False).factory()))()
    assert (built.root, built.calibrated) == (tmp_path, False)


@pytest.mark.parametrize(("language", "text", "agreement", "signers"), [
    ("fr", "La France et le Maroc ont signé un protocole d'accord sur la cybersécurité.",
     "agreement/france-morocco-memorandum-of-understanding-on-cybersecurity", {"country/fr", "country/ma"}),
    ("en", "Morocco and France signed a memorandum of understanding on cybersecurity.",
     "agreement/france-morocco-memorandum-of-understanding-on-cybersecurity", {"country/fr", "country/ma"}),
    ("fr", "Le Maroc et Mistral AI ont signé un protocole d'accord sur l'intelligence artificielle.",
     "agreement/mistral-ai-morocco-memorandum-of-understanding-on-artificial-intelligence",
     {"country/ma", "org/mistral-ai"}),
    ("en", "Morocco signed a memorandum of understanding with Mistral AI on artificial intelligence.",
     "agreement/mistral-ai-morocco-memorandum-of-understanding-on-artificial-intelligence",
     {"country/ma", "org/mistral-ai"}),
])
def test_nlp_an_agreement_is_named_after_its_parties_the_same_in_both_languages(
        extractor: Extractor, language: str, text: str, agreement: str, signers: set[str]) -> None:
    extraction = run(extractor, text, language)
    assert [e.id for e in extraction.entities if e.type.value == "Agreement"] == [agreement]
    assert {r.subject for r in extraction.relations if r.type.value == "signs"} == signers
