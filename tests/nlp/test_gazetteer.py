"""The gazetteer layer (kg/nlp/gazetteer.py): a capital stands for its state only when it acts."""

from __future__ import annotations

import pytest

from kg.nlp.extractor import Extractor
from kg.nlp.found import Found
from kg.nlp.gazetteer import resolve_capitals
from kg.nlp.lexicon import load_lexicon
from tests.support.article_state import state_for


@pytest.mark.parametrize(("language", "text", "capital", "acts"), [
    ("fr", "Le ministre est arrivé à Rabat lundi.", "Rabat", False),
    ("fr", "L'accord a été salué par Rabat et Washington.", "Rabat", True),
    ("en", "The minister arrived in Rabat on Monday.", "Rabat", False),
    ("en", "The deal was welcomed by Rabat.", "Rabat", True),
    ("en", "Rabat's digital strategy was presented.", "Rabat", True),
])
def test_gazetteer_capital_or_state(language: str, text: str, capital: str, acts: bool) -> None:
    state = state_for(text, language)
    lexicon = load_lexicon()
    start = text.index(capital)
    capital_term = next(t for s, t in lexicon.forms[language] if s == capital and t.kind == "capital")
    place = Found(start, start + len(capital), capital, capital_term)
    resolved = resolve_capitals(state.doc, [place], lexicon, lexicon.words(language))
    assert resolved[0].id == ("country/ma" if acts else place.id)


@pytest.mark.parametrize(("language", "text", "stands_for"), [
    ("en", "The European Union and Chile signed a declaration, with Brussels promising to mobilise funds.",
     "org/european-union"),
    ("en", "Belgium and Rwanda signed a declaration, with Brussels promising to mobilise funds.", "country/be"),
    ("fr", "L'Union européenne soutient le projet. Bruxelles a promis un financement de vingt millions d'euros.",
     "org/european-union"),
])
def test_gazetteer_an_acting_capital_may_stand_for_an_organisation_the_article_names(
        language: str, text: str, stands_for: str) -> None:
    lexicon = load_lexicon()
    state = state_for(text, language)
    layers = Extractor().layers(language)
    layers.mentions(state)
    capital = next(f for f in state.found if f.text in ("Brussels", "Bruxelles"))
    assert capital.id == stands_for
    assert lexicon.acts_for["place/brussels"] == "org/european-union"
@pytest.mark.parametrize(("language", "text", "field", "expected"), [
    ("fr", "Les deux pays coopéreront dans trois domaines :\n- Inclusion numérique : des accès pour tous.",
     "Inclusion numérique", "domain/digital-inclusion"),
    ("en", "The two sides agreed on three areas:\n- Digital inclusion: access for all.",
     "Digital inclusion", "domain/digital-inclusion"),
    ("en", "He spoke at the Ministry of Digital Inclusion on Monday.", "Digital Inclusion", None),
    ("en", "The pact also covers cooperation on Artificial Intelligence and quantum computing.",
     "Artificial Intelligence", "domain/artificial-intelligence"),
    ("fr", "Les échanges ont porté sur la santé, l'Intelligence Artificielle et la Cybersécurité.",
     "Cybersécurité", "domain/cybersecurity"),
    ("en", "The Kenya Digital Economy Project was approved in May.", "Digital Economy", None),
    ("en", "She is Minister for Energy, Education and Sport of the island.", "Education", None),
    ("en", "The two states will work jointly in Spectrum Planning, Postal Services, Cybersecurity and Data Law.",
     "Cybersecurity", "domain/cybersecurity"),
    ("en", "He visited the Ministry of Posts, Transport, Cybersecurity and Housing.", "Cybersecurity", None),
    ("en", "It met the Office of Posts, Transport, Cybersecurity and Housing.", "Cybersecurity", None),
])
def test_gazetteer_capitalised_field_opens_a_list_item(language: str, text: str, field: str,
                                                         expected: str | None) -> None:
    from kg.nlp.gazetteer import Gazetteer
    from kg.nlp.pipeline import load_pipeline

    state = state_for(text, language)
    gazetteer = Gazetteer(load_pipeline(language), load_lexicon(), language)
    start = text.index(field)
    ids = {f.id for f in gazetteer.find(state.doc) if f.start == start}
    assert ids == ({expected} if expected else set())


@pytest.mark.parametrize(("language", "text", "phrase", "expected"), [
    ("en", "The deal covers digital skilling for young people.", "digital skilling", "domain/digital-skills"),
    ("en", "Both labs will push joint research on vaccines.", "joint research", "domain/research-and-innovation"),
    ("fr", "Il prévoit des services gouvernementaux en ligne.", "services gouvernementaux en ligne",
     "domain/e-government"),
    ("fr", "Le programme vise la modernisation de l'administration publique.",
     "modernisation de l'administration publique", "domain/e-government"),
    ("fr", "Il veut développer le secteur numérique du pays.", "secteur numérique", None),
    ("en", "Users pay for digital services by phone.", "digital services", None),
    ("fr", "Le pays mise sur les TIC pour créer des emplois.", "TIC", "domain/telecommunications-and-connectivity"),
    ("fr", "L'accord vise la dématérialisation des procédures dans les mairies.", "dématérialisation des procédures",
     "domain/e-government"),
    ("en", "The plan builds a national data center near the capital.", "data center",
     "domain/cloud-and-data-infrastructure"),
    ("fr", "Le secteur des technologies de l'information et de la communication recrute.",
     "technologies de l'information et de la communication", "domain/telecommunications-and-connectivity"),
])
def test_gazetteer_press_wordings_of_fields(language: str, text: str, phrase: str, expected: str | None) -> None:
    from kg.nlp.gazetteer import Gazetteer
    from kg.nlp.pipeline import load_pipeline

    state = state_for(text, language)
    gazetteer = Gazetteer(load_pipeline(language), load_lexicon(), language)
    start = text.index(phrase)
    ids = {f.id for f in gazetteer.find(state.doc) if f.start == start and f.end == start + len(phrase)}
    assert ids == ({expected} if expected else set())


@pytest.mark.parametrize(("language", "text", "slug"), [
    ("en", "The two agencies back [skills development] for nurses.", "digital-skills"),
    ("fr", "Le fonds soutient le [renforcement des compétences] des agents.", "digital-skills"),
    ("en", "They agreed to grow the [aerospace industry] together.", "space-technology"),
    ("fr", "Les deux agences relancent les [activités spatiales].", "space-technology"),
    ("en", "The pact also covers [telecommunication] in rural areas.", "telecommunications-and-connectivity"),
    ("fr", "Un nouveau [câble sous-marin] reliera les deux côtes.", "telecommunications-and-connectivity"),
    ("fr", "Le plan mise sur les [nouvelles technologies de l'information et de la communication].",
     "telecommunications-and-connectivity"),
    ("en", "Both sides favour [science and technology cooperation].", "research-and-innovation"),
    ("fr", "Le plan prévoit le [transfert de technologie] vers les PME.", "research-and-innovation"),
    ("en", "The firms will help with [cloud migration] for ministries.", "cloud-and-data-infrastructure"),
    ("en", "The fund targets [digital startups] in the north.", "startups-and-entrepreneurship"),
    ("fr", "Le protocole porte sur l'[identité numérique] des citoyens.", "e-government"),
    ("fr", "La commune poursuit la [digitalisation de son administration].", "e-government"),
    ("en", "The grant pays for [IT education] in rural schools.", "digital-skills"),
    ("en", "Both sides want a fairer [data economy] for small firms.", "digital-economy"),
    ("en", "The pact backs [innovation and research] in both ports.", "research-and-innovation"),
    ("en", "It funds [research, development and innovation] at two campuses.", "research-and-innovation"),
    ("fr", "Le contrat prévoit un [transfert de compétences] vers les ingénieurs locaux.", "digital-skills"),
    ("fr", "Le programme vise l'[inclusion digitale] des régions.", "digital-inclusion"),
    ("fr", "Le fonds soutient la [recherche, du développement et de l'innovation] dans le pays.",
     "research-and-innovation"),
    ("fr", "Un centre de [calcul de haute performance] ouvrira à Dakar.", "cloud-and-data-infrastructure"),
    ("en", "Both towns plan their [digital transformations] with care.", "digital-transformation"),
    ("en", "The fund backs [electronic governance] in the provinces.", "e-government"),
    ("en", "The agencies will work on [satellite navigation] for farmers.", "space-technology"),
    ("en", "The accord widens [mobile communications] along the coast.", "telecommunications-and-connectivity"),
    ("fr", "Le projet étend la [téléphonie mobile] aux villages.", "telecommunications-and-connectivity"),
    ("fr", "Les deux agences partagent des images de [télédétection] chaque mois.", "space-technology"),
    ("fr", "Le plan lutte contre l'[exclusion numérique] des aînés.", "digital-inclusion"),
    ("fr", "La région déploie l'[administration en ligne] pour les permis.", "e-government"),
])
def test_gazetteer_more_press_wordings_of_fields(language: str, text: str, slug: str) -> None:
    from kg.nlp.gazetteer import Gazetteer
    from kg.nlp.pipeline import load_pipeline

    start, end = text.index("["), text.index("]") - 1
    plain = text.replace("[", "").replace("]", "")
    gazetteer = Gazetteer(load_pipeline(language), load_lexicon(), language)
    ids = {f.id for f in gazetteer.find(state_for(plain, language).doc) if (f.start, f.end) == (start, end)}
    assert ids == {f"domain/{slug}"}


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    ("La Commission Economique des Nations Unies pour l'Afrique a ouvert la session.",
     "Commission Economique des Nations Unies pour l'Afrique", "org/united-nations-economic-commission-for-africa"),
    ("La Commission économique des Nations unies pour l'Afrique a ouvert la session.",
     "Commission économique des Nations unies pour l'Afrique", "org/united-nations-economic-commission-for-africa"),
    ("La commission ecologique des nations unies a ouvert la session.", "commission ecologique", None),
])
def test_gazetteer_a_capital_written_without_its_accent_still_names(text: str, phrase: str,
                                                                     expected: str | None) -> None:
    """Capitals often lose their accents ("Economique", "Etat"): a known name matches either way."""
    from kg.nlp.gazetteer import Gazetteer
    from kg.nlp.pipeline import load_pipeline

    state = state_for(text, "fr")
    gazetteer = Gazetteer(load_pipeline("fr"), load_lexicon(), "fr")
    start = text.index(phrase)
    ids = {f.id for f in gazetteer.find(state.doc) if f.start == start and f.end == start + len(phrase)}
    assert ids == ({expected} if expected else set())


def test_gazetteer_unaccented_initials_touch_only_a_word_s_first_letter() -> None:
    from kg.nlp.gazetteer import unaccented_initials

    assert unaccented_initials("Commission économique de l'Égypte, Réseau éducatif") == \
        "Commission economique de l'Egypte, Réseau educatif"


@pytest.mark.parametrize(("text", "country"), [
    ("La réunion des ministres s'ouvre lundi à Dakar.", False),
    ("La Réunion et Maurice coopèrent sur le câble sous-marin.", True),
])
def test_gazetteer_an_article_opening_a_name_keeps_the_name_s_capital(text: str, country: bool) -> None:
    """"La Réunion": the article's capital at a sentence's start says nothing; the name's own word must be
    written with its capital ("La réunion des ministres" is a meeting)."""
    state = state_for(text, "fr")
    Extractor().layers("fr").mentions(state)
    assert ("country/re" in {f.id for f in state.found}) is country
